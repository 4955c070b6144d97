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

    /**
     * The marks are drawn in batches (no more than the marks still to make) but the choice and the stream left after it
     * are those of one draw at a time: a reference loop that draws, tests and marks one item after another. Sizes
     * where collisions are frequent (k near n / 2, both paths) and batches that end with marks still to make. Checked
     * to fail with a batch one larger than the marks still to make.
     */
    @Test
    void batchedMarksAreThoseOfOneDrawAtATime() {
        Selection s = new Selection();
        for (int n : new int[] {2, 64, 300, 1000, 5000}) {
            for (int k : new int[] {1, n / 2, n / 2 + 1, n - 1}) {
                XoRoShiRo128PlusPlus a = new XoRoShiRo128PlusPlus(n, 31L * k);
                XoRoShiRo128PlusPlus b = new XoRoShiRo128PlusPlus(n, 31L * k);
                int[] batched = s.choose(k, n, a).clone();
                boolean complement = k > n / 2;
                boolean[] marked = new boolean[n];
                for (int m = 0; m < (complement ? n - k : k); ) {
                    int i = b.nextInt(n);
                    if (!marked[i]) {
                        marked[i] = true;
                        m++;
                    }
                }
                int c = 0;
                for (int i = n - 1; i >= 0; i--) {
                    if (marked[i] != complement) {
                        assertEquals(i, batched[c++], "n " + n + ", k " + k);
                    }
                }
                assertEquals(k, c);
                assertEquals(b.nextLong(), a.nextLong(), "the stream after, n " + n + ", k " + k);
            }
        }
    }
}
