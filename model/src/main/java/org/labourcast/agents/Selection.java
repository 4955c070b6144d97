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
    private final int[] draws = new int[Draws.BATCH];

    /**
     * @return a shared array whose first k entries are the chosen indices in [0, n), descending; valid until the
     *         next call
     */
    public int[] choose(int k, int n, UniformRandomProvider rng) {
        return chooseInto(k, n, rng);
    }

    /**
     * The chosen indices in ascending order, written to {@code out} (grown if needed); returns the array used.
     * Same draws as {@link #choose}.
     */
    public int[] chooseAscending(int k, int n, UniformRandomProvider rng, int[] out) {
        int[] desc = chooseInto(k, n, rng);
        int[] a = out == null || out.length < k ? new int[Math.max(k, out == null ? 16 : out.length * 2)] : out;
        for (int j = 0; j < k; j++) {
            a[j] = desc[k - 1 - j];
        }
        return a;
    }

    private int[] chooseInto(int k, int n, UniformRandomProvider rng) {
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
            int batch = Math.min(marks - m, draws.length); // no more than the marks still to make
            Draws.nextInts(rng, n, draws, batch);
            for (int q = 0; q < batch; q++) {
                int i = draws[q];
                long mask = 1L << i;
                long word = bits[i >>> 6];
                bits[i >>> 6] = word | mask;
                m += (int) (~word >>> i) & 1; // a new mark: no branch on whether the item was marked
            }
        }
        // Read the marks (or the unmarked items) word by word, highest index first.
        int c = 0;
        for (int w = words - 1; w >= 0; w--) {
            long word = complement ? ~bits[w] : bits[w];
            int valid = Math.min(64, n - (w << 6));
            if (valid < 64) {
                word &= (1L << valid) - 1;
            }
            while (word != 0) {
                int b = 63 - Long.numberOfLeadingZeros(word);
                chosen[c++] = (w << 6) + b;
                word &= ~(1L << b);
            }
        }
        return chosen;
    }
}
