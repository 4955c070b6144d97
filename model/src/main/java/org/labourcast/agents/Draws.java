package org.labourcast.agents;

import org.apache.commons.rng.UniformRandomProvider;

/** Fast Bernoulli draws: a probability becomes a 53-bit threshold once, each draw is one integer comparison. */
public final class Draws {
    private static final double TWO_53 = 0x1.0p53;

    private Draws() {
    }

    /** The threshold of probability p (clamped to [0, 1]). */
    public static long threshold(double p) {
        if (!(p > 0)) {
            return 0;
        }
        if (p >= 1) {
            return 1L << 53;
        }
        return (long) (p * TWO_53);
    }

    /** True with the probability whose threshold is given. */
    public static boolean bernoulli(UniformRandomProvider rng, long threshold) {
        return (rng.nextLong() >>> 11) < threshold;
    }
}
