package org.labourcast.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.junit.jupiter.api.Test;

class SelectionTest {
    @Test
    void choosesExactlyKDistinctIndicesDescendingAndAscending() {
        Selection s = new Selection();
        int[] out = null;
        for (int n : new int[] {1, 63, 64, 65, 130, 1000}) {
            for (int k : new int[] {0, 1, n / 3, n / 2 + 1, n - 1, n}) {
                if (k < 0 || k > n) {
                    continue;
                }
                int[] d = s.choose(k, n, new XoRoShiRo128PlusPlus(n, k)).clone();
                for (int j = 1; j < k; j++) {
                    assertTrue(d[j] < d[j - 1]);
                }
                for (int j = 0; j < k; j++) {
                    assertTrue(d[j] >= 0 && d[j] < n);
                }
                out = s.chooseAscending(k, n, new XoRoShiRo128PlusPlus(n, k), out);
                for (int j = 0; j < k; j++) {
                    assertEquals(d[k - 1 - j], out[j]);
                }
            }
        }
    }

    @Test
    void everyIndexIsEquallyLikely() {
        Selection s = new Selection();
        XoRoShiRo128PlusPlus rng = new XoRoShiRo128PlusPlus(3L, 4L);
        int n = 100;
        int[] hits = new int[n];
        int reps = 20_000;
        for (int r = 0; r < reps; r++) {
            int k = r % 2 == 0 ? 10 : 70; // both the marking and the complement paths
            int[] c = s.choose(k, n, rng);
            for (int j = 0; j < k; j++) {
                hits[c[j]]++;
            }
        }
        double expected = reps / 2.0 * (10 + 70) / n;
        for (int h : hits) {
            assertEquals(expected, h, 6 * Math.sqrt(expected));
        }
    }
}
