package org.labourcast.agents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.junit.jupiter.api.Test;

/** Largest-remainder allocation with caps: hand-computed cases, and the method's definition checked exactly. */
class AllocationTest {
    @Test
    void handComputedCase() {
        // 10 over weights 1:1:1 → 3.33 each; the one extra event goes to the lowest index among equal remainders.
        assertArrayEquals(new long[] {4, 3, 3}, Allocation.proportional(10, new double[] {1, 1, 1},
                new long[] {10, 10, 10}));
        // Stratum 0 would get 6 but has room for 2; the other 8 are shared 1:3 → 2 and 6.
        assertArrayEquals(new long[] {2, 2, 6}, Allocation.proportional(10, new double[] {3, 1, 3},
                new long[] {2, 10, 10}));
    }

    /**
     * On 2000 random cases with integer weights (ties common), the split satisfies the definition of Hamilton's
     * method with caps, checked in exact integer arithmetic rather than by rerunning an algorithm: with λ the
     * water level at which Σ min(cap_i, λ·w_i) = total, a stratum with cap_i ≤ λ·w_i gets its cap; every other
     * stratum gets ⌊λ·w_i⌋ or one more; the ones that get one more have fractional parts no smaller than those that
     * do not (equal parts between equal weights: the lower index first); zero-weight strata get nothing unless the
     * weighted ones are all full.
     */
    @Test
    void satisfiesTheLargestRemainderDefinitionInExactArithmetic() {
        UniformRandomProvider rng = new XoRoShiRo128PlusPlus(17L, 4L);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + rng.nextInt(trial % 10 == 0 ? 1500 : 40);
            long[] w = new long[n];
            long[] caps = new long[n];
            long capacity = 0;
            for (int i = 0; i < n; i++) {
                caps[i] = rng.nextInt(5) == 0 ? 0 : rng.nextInt(200);
                // Few distinct weights, so equal remainders (ties) are common.
                w[i] = rng.nextInt(4) == 0 ? 0 : caps[i] * (1 + rng.nextInt(3));
                capacity += caps[i];
            }
            long total = capacity == 0 ? 0 : rng.nextLong(capacity + 1);
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = w[i];
            }
            checkDefinition("trial " + trial, total, w, caps, Allocation.proportional(total, weights, caps));
        }
    }

    private static void checkDefinition(String what, long total, long[] w, long[] caps, long[] got) {
        int n = w.length;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            assertTrue(got[i] >= 0 && got[i] <= caps[i], what + ": stratum " + i + " outside [0, cap]");
            sum += got[i];
        }
        assertEquals(total, sum, what + ": total");
        // The water level λ = r / W: cap every stratum whose cap is at or below its quota, until none is.
        boolean[] capped = new boolean[n];
        long r;
        long bigW;
        boolean changed;
        do {
            changed = false;
            r = total;
            bigW = 0;
            for (int i = 0; i < n; i++) {
                if (capped[i]) {
                    r -= caps[i];
                } else {
                    bigW += w[i];
                }
            }
            for (int i = 0; i < n && bigW > 0; i++) {
                if (!capped[i] && w[i] > 0 && caps[i] * bigW <= r * w[i]) {
                    capped[i] = true;
                    changed = true;
                }
            }
        } while (changed);
        if (bigW == 0) {
            // Weighted strata full (or none): the rest fills zero-weight strata in index order.
            long left = r;
            for (int i = 0; i < n; i++) {
                long expected = capped[i] ? caps[i] : Math.min(left, caps[i]);
                if (!capped[i]) {
                    left -= expected;
                }
                assertEquals(expected, got[i], what + ": stratum " + i + " (zero-weight fill)");
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            if (capped[i]) {
                assertEquals(caps[i], got[i], what + ": capped stratum " + i);
            } else {
                long floor = r * w[i] / bigW;
                assertTrue(got[i] == floor || got[i] == floor + 1, what + ": stratum " + i + " got " + got[i]
                        + ", quota " + r * w[i] + "/" + bigW);
            }
        }
        for (int i = 0; i < n; i++) {
            if (capped[i] || got[i] != r * w[i] / bigW + 1) {
                continue;
            }
            long restUp = r * w[i] % bigW;
            for (int j = 0; j < n; j++) {
                if (capped[j] || got[j] != r * w[j] / bigW) {
                    continue;
                }
                long restDown = r * w[j] % bigW;
                assertTrue(restUp >= restDown, what + ": " + i + " rounded up before " + j + " with a smaller part");
                if (restUp == restDown && w[i] == w[j]) {
                    assertTrue(i < j, what + ": equal parts, " + i + " rounded up before lower index " + j);
                }
            }
        }
    }
}
