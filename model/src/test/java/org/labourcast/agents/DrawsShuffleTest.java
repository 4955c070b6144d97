package org.labourcast.agents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The shuffle with draws in batches before their swaps ({@link Draws#shuffle}: the base year's household places and
 * schooling order) gives the permutation of the plain Fisher–Yates loop from the same stream: lengths below, at and
 * across the batch, a prefix of a longer array (the rest untouched), and a stream left where the plain loop leaves
 * it. Checked to fail with a draw's bound one too large, with the whole array shuffled instead of the prefix, and
 * with a place skipped at the start of each batch after the first.
 */
class DrawsShuffleTest {
    @Test
    void batchedDrawsGiveThePlainLoopsPermutation() {
        for (int n : new int[] {0, 1, 2, 3, 511, 512, 513, 1024, 1025, 5000}) {
            int[] batched = identity(n + 3); // three more items, left in place
            int[] plain = identity(n + 3);
            UniformRandomProvider a = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {n, 7});
            UniformRandomProvider b = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {n, 7});
            Draws.shuffle(batched, n, a);
            for (int i = n - 1; i > 0; i--) {
                int j = b.nextInt(i + 1);
                int t = plain[i];
                plain[i] = plain[j];
                plain[j] = t;
            }
            assertArrayEquals(plain, batched, "length " + n);
            assertArrayEquals(new long[] {b.nextLong()}, new long[] {a.nextLong()}, "the stream after, length " + n);
        }
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}
