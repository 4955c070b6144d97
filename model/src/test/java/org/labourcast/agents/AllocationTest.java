package org.labourcast.agents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.junit.jupiter.api.Test;

/** Largest-remainder allocation with caps: a hand-computed case, and agreement with the textbook search. */
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

    @Test
    void agreesWithSearchingForTheLargestRemainderOneEventAtATime() {
        UniformRandomProvider rng = new XoRoShiRo128PlusPlus(17L, 4L);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + rng.nextInt(trial % 10 == 0 ? 1500 : 40);
            double[] w = new double[n];
            long[] caps = new long[n];
            long capacity = 0;
            for (int i = 0; i < n; i++) {
                caps[i] = rng.nextInt(5) == 0 ? 0 : rng.nextInt(200);
                // Few distinct weights, so equal remainders (ties) are common.
                w[i] = rng.nextInt(4) == 0 ? 0 : caps[i] * (1 + rng.nextInt(3));
                capacity += caps[i];
            }
            long total = capacity == 0 ? 0 : rng.nextLong(capacity + 1);
            long[] got = Allocation.proportional(total, w, caps);
            assertArrayEquals(reference(total, w, caps), got, "trial " + trial);
            long sum = 0;
            for (long v : got) {
                sum += v;
            }
            assertEquals(total, sum);
        }
    }

    /** Hamilton's method as first written here: cap and share again, then the largest remainder, one at a time. */
    private static long[] reference(long total, double[] weights, long[] caps) {
        int n = weights.length;
        long[] out = new long[n];
        long remaining = total;
        boolean[] full = new boolean[n];
        while (remaining > 0) {
            double w = 0;
            for (int i = 0; i < n; i++) {
                if (!full[i] && caps[i] > out[i]) {
                    w += weights[i];
                }
            }
            if (w <= 0) {
                for (int i = 0; i < n && remaining > 0; i++) {
                    long add = Math.min(remaining, caps[i] - out[i]);
                    out[i] += add;
                    remaining -= add;
                }
                break;
            }
            boolean capped = false;
            for (int i = 0; i < n; i++) {
                if (!full[i] && caps[i] > out[i] && remaining * weights[i] / w >= caps[i] - out[i]) {
                    remaining -= caps[i] - out[i];
                    out[i] = caps[i];
                    full[i] = true;
                    capped = true;
                }
            }
            if (capped) {
                continue;
            }
            long[] share = new long[n];
            double[] rest = new double[n];
            long placed = 0;
            for (int i = 0; i < n; i++) {
                if (!full[i] && caps[i] > out[i]) {
                    double exact = remaining * weights[i] / w;
                    share[i] = (long) Math.floor(exact);
                    rest[i] = exact - share[i];
                    placed += share[i];
                }
            }
            long left = remaining - placed;
            while (left > 0) {
                int best = -1;
                for (int i = 0; i < n; i++) {
                    if (!full[i] && caps[i] > out[i] + share[i] && (best < 0 || rest[i] > rest[best])) {
                        best = i;
                    }
                }
                share[best]++;
                rest[best] = -1;
                left--;
            }
            for (int i = 0; i < n; i++) {
                out[i] += share[i];
            }
            remaining = 0;
        }
        return out;
    }
}
