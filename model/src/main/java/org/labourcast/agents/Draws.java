package org.labourcast.agents;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Fast draws: Bernoulli draws (a probability becomes a 53-bit threshold once, each draw is one integer comparison), and
 * draws in batches (uniform positions for probes, a shuffle).
 */
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

    /**
     * The next {@code count} draws of {@code rng.nextInt(bound)}, in order, into {@code into[0..count − 1]}. For probes
     * of random positions that keep some of them: a caller that asks for no more than the picks it still needs (each
     * position gives at most one) uses the stream exactly as one draw at a time would, while its looks at the random
     * places overlap instead of each waiting on the generator.
     */
    public static void nextInts(UniformRandomProvider rng, int bound, int[] into, int count) {
        for (int q = 0; q < count; q++) {
            into[q] = rng.nextInt(bound);
        }
    }

    /** Room for a batch of {@link #nextInts}. */
    public static final int BATCH = 256;

    /**
     * Fisher–Yates (Durstenfeld) on {@code a[0..n − 1]}: the item at i swapped with one at random in 0..i, i from the
     * last down. The draws come in batches before their swaps (the same draws in the same order as one at a time), so
     * the swaps' reads at random places do not wait on the generator and overlap in memory: about twice as fast once
     * the array outgrows the cache.
     */
    public static void shuffle(int[] a, int n, UniformRandomProvider rng) {
        int[] js = new int[SHUFFLE_BATCH];
        for (int i = n - 1; i > 0; ) {
            int batch = Math.min(SHUFFLE_BATCH, i);
            for (int q = 0; q < batch; q++) {
                js[q] = rng.nextInt(i - q + 1);
            }
            for (int q = 0; q < batch; q++, i--) {
                int j = js[q];
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }
    }

    private static final int SHUFFLE_BATCH = 512;
}
