package org.labourcast.agents;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Chooses exactly k of n items uniformly at random without replacement — the "exact number, random who" step of
 * alignment. Small k uses rejection on a bit set (expected draws ≈ k when k ≤ n/2); large k chooses the n − k
 * items to leave out. The result is sorted in descending order, so callers can remove chosen agents by
 * swap-with-last without disturbing indices still to be removed.
 *
 * <p>Not thread-safe: one instance per thread (it keeps its work arrays).
 */
public final class Selection {
    private long[] bits = new long[16];
    private int[] chosen = new int[64];

    /**
     * @return a shared array whose first k entries are the chosen indices in [0, n), descending; valid until the
     *         next call
     */
    public int[] choose(int k, int n, UniformRandomProvider rng) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("cannot choose " + k + " of " + n);
        }
        if (chosen.length < k) {
            chosen = new int[Math.max(k, chosen.length * 2)];
        }
        if (k == 0) {
            return chosen;
        }
        if (k == n) {
            for (int i = 0; i < n; i++) {
                chosen[i] = n - 1 - i;
            }
            return chosen;
        }
        int words = (n + 63) >>> 6;
        if (bits.length < words) {
            bits = new long[Math.max(words, bits.length * 2)];
        } else {
            Arrays.fill(bits, 0, words, 0L);
        }
        boolean complement = k > n / 2;
        int marks = complement ? n - k : k;
        for (int m = 0; m < marks; ) {
            int i = rng.nextInt(n);
            long mask = 1L << i;
            if ((bits[i >>> 6] & mask) == 0) {
                bits[i >>> 6] |= mask;
                m++;
            }
        }
        int c = 0;
        for (int i = n - 1; i >= 0; i--) {
            boolean marked = (bits[i >>> 6] & (1L << i)) != 0;
            if (marked != complement) {
                chosen[c++] = i;
            }
        }
        return chosen;
    }
}
