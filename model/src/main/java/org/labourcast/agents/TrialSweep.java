package org.labourcast.agents;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Independent Bernoulli trials for every eligible agent of a group, in index order, with a probability that depends
 * on the agent's class: the hot loop of the per-agent processes (settlement, retirement, participation, separation,
 * transfer, return to farming). Eligibility and class come from a table indexed by {@linkplain AgentKeys key}
 * (0 = not eligible), so the loop makes no call and has no data-dependent branch but the rare success. Each class
 * draws the number of failures before its next success from the geometric distribution,
 * ⌊ln U / ln(1 − p)⌋ with U uniform on (0, 1] (Devroye 1986, ch. X.2), and counts it down over that class's
 * agents: the same distribution of outcomes as one uniform draw per agent, for one draw per success.
 *
 * <p>Not thread-safe: one instance per group (the group's stream), used by one thread.
 */
public final class TrialSweep {
    /** What happens to an agent whose trial succeeds. */
    public interface Outcome {
        void success(AgentColumns c, int i, int cls);
    }

    private static final double TWO_MINUS_53 = 0x1.0p-53;

    private final UniformRandomProvider rng;
    private final double[] logFailure;
    private final boolean[] always;
    private final long[] gaps;

    /**
     * @param probabilities success probability of each class, index 1..; index 0 (not eligible) is ignored
     * @param rng           the group's stream
     */
    public TrialSweep(double[] probabilities, UniformRandomProvider rng) {
        this.rng = rng;
        int classes = probabilities.length;
        this.logFailure = new double[classes];
        this.always = new boolean[classes];
        this.gaps = new long[classes];
        for (int k = 1; k < classes; k++) {
            double p = probabilities[k];
            always[k] = p >= 1;
            logFailure[k] = p > 0 && p < 1 ? Math.log1p(-p) : 0;
            gaps[k] = p > 0 ? nextGap(k) : Long.MAX_VALUE;
        }
    }

    /**
     * Runs the trials of the agents of {@code c}; returns the number of successes.
     *
     * @param classOfKey class (0 = not eligible) by {@linkplain AgentKeys key}, {@link AgentKeys#COUNT} entries
     */
    public long run(AgentColumns c, byte[] classOfKey, Outcome outcome) {
        byte[] status = c.status;
        byte[] sector = c.sector;
        byte[] flags = c.flags;
        long[] g = gaps;
        long successes = 0;
        g[0] = Long.MAX_VALUE; // never reaches zero
        for (int i = 0, n = c.size(); i < n; i++) {
            int k = classOfKey[(status[i] & 3) | (sector[i] & 3) << 2 | (flags[i] & 0x1F) << 4];
            if (--g[k] < 0) {
                g[k] = nextGap(k);
                successes++;
                outcome.success(c, i, k);
            }
        }
        return successes;
    }

    /** A table of {@link AgentKeys#COUNT} entries: the class of each key by the given rule (0 = not eligible). */
    public static byte[] table(KeyRule rule) {
        byte[] t = new byte[AgentKeys.COUNT];
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            t[key] = (byte) rule.classOf(AgentKeys.status(key), AgentKeys.sector(key), AgentKeys.flags(key));
        }
        return t;
    }

    /** An eligibility rule on an agent's state. */
    public interface KeyRule {
        /** The class (1..) of agents in this state, or 0 when not eligible. */
        int classOf(int status, int sector, int flags);
    }

    private long nextGap(int k) {
        if (always[k]) {
            return 0;
        }
        double u = ((rng.nextLong() >>> 11) + 1) * TWO_MINUS_53;
        double g = Math.log(u) / logFailure[k];
        return g >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) g;
    }
}
