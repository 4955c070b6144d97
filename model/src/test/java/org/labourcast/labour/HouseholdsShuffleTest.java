package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The base year's shuffle of working-age places ({@link Households#shuffle}, draws in batches before their swaps) gives
 * the permutation of the plain Fisher–Yates loop from the same stream: lengths below, at and across the batch, and a
 * stream left where the plain loop leaves it. Checked to fail with a draw's bound one too large and with a place
 * skipped at the start of each batch after the first.
 */
class HouseholdsShuffleTest {
    @Test
    void batchedDrawsGiveThePlainLoopsPermutation() {
        for (int n : new int[] {0, 1, 2, 3, 511, 512, 513, 1024, 1025, 5000}) {
            int[] batched = identity(n);
            int[] plain = identity(n);
            UniformRandomProvider a = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {n, 7});
            UniformRandomProvider b = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {n, 7});
            Households.shuffle(batched, a);
            for (int i = plain.length - 1; i > 0; i--) {
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
