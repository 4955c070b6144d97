package org.labourcast.agents;

/**
 * Splits a whole number of events over strata in proportion to weights, each stratum capped at its number of
 * candidates, by the largest-remainder (Hamilton) method; ties go to the lower index. Deterministic: the same
 * inputs give the same split, which keeps allocations across groups independent of threads.
 */
public final class Allocation {
    private Allocation() {
    }

    /**
     * @param total   events to place, 0 ≤ total ≤ Σ caps
     * @param weights non-negative weight per stratum (e.g. candidates × relative propensity)
     * @param caps    candidates per stratum
     * @return events per stratum, summing to {@code total}, each within [0, cap]
     */
    public static long[] proportional(long total, double[] weights, long[] caps) {
        int n = weights.length;
        long capacity = 0;
        for (long c : caps) {
            capacity += c;
        }
        if (total < 0 || total > capacity) {
            throw new IllegalArgumentException("cannot place " + total + " events in " + capacity + " places");
        }
        long[] out = new long[n];
        long remaining = total;
        boolean[] full = new boolean[n];
        // Strata that would exceed their cap are filled and taken out; the rest is shared again.
        while (remaining > 0) {
            double w = 0;
            for (int i = 0; i < n; i++) {
                if (!full[i] && caps[i] > out[i]) {
                    w += weights[i];
                }
            }
            if (w <= 0) {
                // Only zero-weight strata have room left: fill them in index order.
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
            // The largest remainders, ties to the lower index: one stable sort instead of a search per event.
            int[] open = new int[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (!full[i] && caps[i] > out[i] + share[i]) {
                    open[m++] = i;
                }
            }
            int[] byRest = byDescendingRest(open, m, rest);
            for (int j = 0; j < m && left > 0; j++) {
                share[byRest[j]]++;
                rest[byRest[j]] = -1;
                left--;
            }
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

    /** The first {@code m} indices of {@code idx} by descending {@code rest}, ties kept in order (merge sort). */
    private static int[] byDescendingRest(int[] idx, int m, double[] rest) {
        int[] a = idx;
        int[] b = new int[m];
        for (int width = 1; width < m; width *= 2) {
            for (int lo = 0; lo < m; lo += 2 * width) {
                int mid = Math.min(lo + width, m);
                int hi = Math.min(lo + 2 * width, m);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    // Take from the right run only when strictly larger: equal remainders keep index order.
                    b[k] = j < hi && (i >= mid || rest[a[j]] > rest[a[i]]) ? a[j++] : a[i++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }
}
