package org.labourcast.agents;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A sequence of independent Bernoulli(p) trials on one stream, one call per trial. For small p the trials are not
 * drawn one by one: the number of failures before the next success is drawn once from the geometric distribution,
 * ⌊ln U / ln(1 − p)⌋ with U uniform on (0, 1] (Devroye 1986, ch. X.2), and counted down — the same distribution
 * of outcomes for a fraction of the random draws. Larger p draws each trial (one integer comparison, see
 * {@link Draws}). Which agents succeed thus depends on the order the caller visits them in, which is fixed.
 *
 * <p>Not thread-safe: one instance per group and class of agents.
 */
public final class BernoulliTrials {
    /** Below this probability, skipping ahead costs fewer draws than it saves (one logarithm per success). */
    static final double SKIP_BELOW = 0.1;
    private static final double TWO_MINUS_53 = 0x1.0p-53;
    private static final long ONE = 1L << 53;

    private final UniformRandomProvider rng;
    private final long threshold;
    private final boolean skip;
    private final double logFailure;
    private long gap;

    public BernoulliTrials(double p, UniformRandomProvider rng) {
        this.rng = rng;
        this.threshold = Draws.threshold(p);
        this.skip = p > 0 && p < SKIP_BELOW;
        this.logFailure = skip ? Math.log1p(-p) : 0;
        this.gap = skip ? nextGap() : 0;
    }

    /** The outcome of the next trial. Probability 0 or 1 draws nothing. */
    public boolean next() {
        if (skip) {
            if (gap > 0) {
                gap--;
                return false;
            }
            gap = nextGap();
            return true;
        }
        if (threshold == 0 || threshold == ONE) {
            return threshold == ONE;
        }
        return (rng.nextLong() >>> 11) < threshold;
    }

    /** Whether any trial can succeed. */
    public boolean possible() {
        return threshold > 0;
    }

    private long nextGap() {
        double u = ((rng.nextLong() >>> 11) + 1) * TWO_MINUS_53;
        double g = Math.log(u) / logFailure;
        return g >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) g;
    }
}
