package org.labourcast.stats;

/**
 * Sample statistics of Monte Carlo outputs. Pure functions: the result depends only on the values, never on
 * thread timing. Stateless and thread-safe.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The sample quantile of Hyndman &amp; Fan (1996) type 7, R's default {@code quantile(x, p, type = 7)}.
     *
     * <p>With the values sorted, x<sub>1</sub> ≤ … ≤ x<sub>n</sub> (1-based), let h = 1 + (n − 1)p, lo = ⌊h⌋,
     * hi = ⌈h⌉; then Q(p) = (1 − (h − lo))·x<sub>lo</sub> + (h − lo)·x<sub>hi</sub>, and Q(p) = x<sub>lo</sub>
     * when h is whole or x<sub>lo</sub> = x<sub>hi</sub>. This is the arithmetic R's {@code stats:::quantile.default}
     * uses for type 7, so results agree with R to the last bit. Q(0) is the minimum, Q(1) the maximum, Q(0.5) the
     * usual median.
     *
     * <p>Reference: R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages", The American
     * Statistician 50(4), 361–365 (1996), definition 7; R documentation {@code ?quantile}.
     *
     * @param sorted values in ascending order, none NaN, at least one
     * @param p      probability in [0, 1]
     * @throws IllegalArgumentException for no values, NaN values, values out of order, or p outside [0, 1]
     */
    public static double type7(double[] sorted, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
        }
        requireSorted(sorted);
        int n = sorted.length;
        double h = 1 + (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = (int) Math.ceil(h);
        double low = sorted[lo - 1];
        double high = sorted[hi - 1];
        double g = h - lo;
        // Skipping the blend when it cannot change the value keeps ties exact (R does the same).
        return g == 0 || low == high ? low : (1 - g) * low + g * high;
    }

    /**
     * The arithmetic mean, by a two-pass sum (the mean of the values, then corrected by the mean of the residuals),
     * in the given order so the result is reproducible. A constant sample gives that constant exactly.
     *
     * @throws IllegalArgumentException for no values
     */
    public static double mean(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("mean of no values");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double residual = 0;
        for (double v : values) {
            residual += v - mean;
        }
        return mean + residual / values.length;
    }

    private static void requireSorted(double[] sorted) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("quantile of no values");
        }
        for (int i = 0; i < sorted.length; i++) {
            if (Double.isNaN(sorted[i])) {
                throw new IllegalArgumentException("quantile of NaN");
            }
            if (i > 0 && sorted[i] < sorted[i - 1]) {
                throw new IllegalArgumentException("values must be sorted ascending");
            }
        }
    }
}
