package org.labourcast.agents;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Independent Bernoulli trials for every eligible agent of a group, in index order, with a probability that depends
 * on the agent's class: the hot loop of the per-agent processes (settlement, retirement, participation, separation,
 * transfer, return to farming). Eligibility and class come from a table indexed by {@linkplain AgentKeys key}
 * (0 = not eligible). Each class draws the number of failures before its next success from the geometric
 * distribution, ⌊E / −ln(1 − p)⌋ with E standard exponential (Devroye 1986, ch. X.2; E by the ziggurat method of
 * McFarland 2016 as Commons RNG implements it, exact in distribution and much cheaper than a logarithm), and counts it
 * down over that class's agents: the same distribution of outcomes as one uniform draw per agent, for one draw per
 * success. The counting is {@link GapScan}'s: columns without a success are not scanned, and a scan stops after the
 * last one.
 *
 * <p>Not thread-safe: one instance per group (the group's stream), used by one thread.
 */
public final class BernoulliTrials {
    /** What happens to an agent whose trial succeeds. */
    public interface Outcome {
        void success(AgentColumns c, int i, int cls);
    }

    /** An eligibility rule on an agent's state. */
    public interface KeyRule {
        /** The class (1..) of agents in this state, or 0 when not eligible. */
        int classOf(int status, int sector, int flags);
    }

    /** The class of every key under a rule, ready for scanning. Immutable. */
    public static final class Classes {
        final byte[] classOfKey;
        final long[] steps;
        /** The keys of an eligible class: only their counts matter to a scan. */
        final short[] eligible;

        private Classes(byte[] classOfKey) {
            this.classOfKey = classOfKey;
            this.steps = GapScan.laneSteps(classOfKey, null);
            int n = 0;
            short[] keys = new short[AgentKeys.COUNT];
            for (int key = 0; key < AgentKeys.COUNT; key++) {
                if (classOfKey[key] != 0) {
                    keys[n++] = (short) key;
                }
            }
            this.eligible = java.util.Arrays.copyOf(keys, n);
        }

        /** The class (0 = not eligible) of agents with this key. */
        public int classOf(int key) {
            return classOfKey[key];
        }
    }

    private final Scan scan;

    /**
     * @param probabilities success probability of each class, index 1..; index 0 (not eligible) is ignored
     * @param rng           the group's stream
     */
    public BernoulliTrials(double[] probabilities, UniformRandomProvider rng) {
        this.scan = new Scan(probabilities, rng);
    }

    /** The classes of every key by the given rule. */
    public static Classes table(KeyRule rule) {
        byte[] t = new byte[AgentKeys.COUNT];
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            t[key] = (byte) rule.classOf(AgentKeys.status(key), AgentKeys.sector(key), AgentKeys.flags(key));
        }
        return new Classes(t);
    }

    /**
     * Runs the trials of the agents of {@code c}, continuing each class's sequence from the previous call; returns the
     * number of successes. Agents of a class beyond the probabilities given never succeed.
     */
    public long run(AgentColumns c, Classes classes, Outcome outcome) {
        scan.outcome = outcome;
        return scan.scan(c, classes.classOfKey, classes.steps, classes.eligible, classes.eligible.length);
    }

    private static final class Scan extends GapScan {
        private final ZigguratSampler.Exponential exponential;
        /** 1 / −ln(1 − p) by class: the geometric gap is ⌊E × this⌋; 0 when p ≥ 1 (or p = 0, never asked). */
        private final double[] scaleOf;
        private Outcome outcome;

        Scan(double[] probabilities, UniformRandomProvider rng) {
            super(probabilities.length - 1);
            this.exponential = ZigguratSampler.Exponential.of(rng);
            int classes = probabilities.length - 1;
            this.scaleOf = new double[classes + 1];
            for (int k = 1; k <= classes; k++) {
                double p = probabilities[k];
                scaleOf[k] = p > 0 && p < 1 ? -1 / Math.log1p(-p) : 0;
                gap[k] = !(p > 0) ? NEVER : nextGapOf(k, p >= 1);
            }
        }

        @Override
        long nextGap(int cls) {
            return nextGapOf(cls, scaleOf[cls] == 0);
        }

        private long nextGapOf(int k, boolean always) {
            if (always) {
                return 0;
            }
            double g = exponential.sample() * scaleOf[k];
            return g >= NEVER ? NEVER : (long) g;
        }

        @Override
        void pick(AgentColumns c, int i, int cls) {
            outcome.success(c, i, cls);
        }
    }
}
