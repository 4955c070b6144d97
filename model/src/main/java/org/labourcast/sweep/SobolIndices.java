package org.labourcast.sweep;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.ArrayValues;
import org.labourcast.stats.Quantiles;

/**
 * Variance-based sensitivity indices from Saltelli's sampling (Saltelli et al. 2010, "Variance based sensitivity
 * analysis of model output. Design and estimator for the total sensitivity index", Computer Physics Communications
 * 181, 259–270): with f(A), f(B) and f(AB_i) the outputs at the rows of matrices A, B and A with column i from B,
 *
 * <ul>
 *   <li>first order, their Table 2 (b): V_i = (1/N) Σ_j g(B)_j · (g(AB_i)_j − g(A)_j), S_i = V_i / V;</li>
 *   <li>total effect, Jansen (1999), their Table 2 (f): VT_i = (1/2N) Σ_j (g(A)_j − g(AB_i)_j)², ST_i = VT_i / V;</li>
 *   <li>V the variance (divisor 2N) of the 2N outputs g(A) and g(B) together;</li>
 *   <li>g = f − f̄, the outputs centred on the mean f̄ of all (k + 2)·N outputs of the rows used.</li>
 * </ul>
 *
 * <p>Why centre: estimator (b) multiplies f(B) by a difference, so an output mean μ adds μ·(mean of f(AB_i) − f(A))
 * to V_i; that term is zero only in expectation, and its sampling error grows with μ (an urbanization rate near 0.6
 * with a variance of 1e-4 gives first-order indices far outside [0, 1]). Centring makes S_i invariant to adding a
 * constant to the outputs; SALib (Herman &amp; Usher 2017, {@code SALib.analyze.sobol}) standardises its outputs
 * the same way before applying the same two estimators, and gives the same point estimates. ST_i and V are already
 * shift-invariant.
 *
 * <p>Confidence intervals are percentile bootstrap intervals: rows j resampled with replacement, every index
 * re-estimated on each resample by the same centred estimator (the resample's own mean). Stateless and thread-safe.
 */
public final class SobolIndices {
    private SobolIndices() {
    }

    /**
     * Indices of k parameters.
     *
     * @param first    S_i
     * @param total    ST_i
     * @param variance V, in the output's unit squared
     */
    public record Estimate(double[] first, double[] total, double variance) {
        public Estimate {
            first = ArrayValues.copy(first);
            total = ArrayValues.copy(total);
        }

        @Override
        public double[] first() {
            return ArrayValues.copy(first);
        }

        @Override
        public double[] total() {
            return ArrayValues.copy(total);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Estimate other && ArrayValues.equal(componentValues(), other.componentValues());
        }

        @Override
        public int hashCode() {
            return ArrayValues.hash(componentValues());
        }

        @Override
        public String toString() {
            return ArrayValues.text(this, componentValues());
        }

        private Object[] componentValues() {
            return new Object[] {first, total, variance};
        }
    }

    /** A two-sided interval. */
    public record Interval(double low, double high) {
    }

    /**
     * Bootstrap intervals of every index.
     *
     * @param first intervals of S_i
     * @param total intervals of ST_i
     */
    public record Intervals(Interval[] first, Interval[] total) {
        public Intervals {
            first = ArrayValues.copy(first);
            total = ArrayValues.copy(total);
        }

        @Override
        public Interval[] first() {
            return ArrayValues.copy(first);
        }

        @Override
        public Interval[] total() {
            return ArrayValues.copy(total);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Intervals other && ArrayValues.equal(componentValues(), other.componentValues());
        }

        @Override
        public int hashCode() {
            return ArrayValues.hash(componentValues());
        }

        @Override
        public String toString() {
            return ArrayValues.text(this, componentValues());
        }

        private Object[] componentValues() {
            return new Object[] {first, total};
        }
    }

    /**
     * @param fA  f(A_j), j = 0..N−1
     * @param fB  f(B_j)
     * @param fAB fAB[i][j] = f(AB_i,j) for parameter i
     */
    public static Estimate estimate(double[] fA, double[] fB, double[][] fAB) {
        int n = fA.length;
        int[] rows = new int[n];
        for (int j = 0; j < n; j++) {
            rows[j] = j;
        }
        return estimate(fA, fB, fAB, rows);
    }

    /** The estimate over the rows listed (a bootstrap resample may list a row several times). */
    static Estimate estimate(double[] fA, double[] fB, double[][] fAB, int[] rows) {
        int n = rows.length;
        if (n < 2 || fB.length != fA.length) {
            throw new IllegalArgumentException("Sobol' indices need at least two rows of A and B");
        }
        int k = fAB.length;
        double sumAB = 0;
        double sum = 0;
        for (int j : rows) {
            sum += fA[j] + fB[j];
            for (int i = 0; i < k; i++) {
                sumAB += fAB[i][j];
            }
        }
        double mean = sum / (2.0 * n);
        // Centre on the mean of every output used, as SALib does; only g(B) in estimator (b) depends on it.
        double centre = (sum + sumAB) / ((k + 2.0) * n);
        double ss = 0;
        for (int j : rows) {
            ss += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        }
        double variance = ss / (2.0 * n);
        double[] first = new double[k];
        double[] total = new double[k];
        for (int i = 0; i < k; i++) {
            double v = 0;
            double vt = 0;
            for (int j : rows) {
                v += (fB[j] - centre) * (fAB[i][j] - fA[j]);
                double d = fA[j] - fAB[i][j];
                vt += d * d;
            }
            first[i] = variance > 0 ? v / n / variance : Double.NaN;
            total[i] = variance > 0 ? vt / (2.0 * n) / variance : Double.NaN;
        }
        return new Estimate(first, total, variance);
    }

    /**
     * Percentile bootstrap intervals at {@code confidence}: {@code resamples} resamples of the N rows, each drawn as
     * N indices {@code rng.nextInt(N)} in order.
     */
    public static Intervals bootstrap(double[] fA, double[] fB, double[][] fAB, int resamples, double confidence,
                                      UniformRandomProvider rng) {
        int n = fA.length;
        int k = fAB.length;
        double[][] firsts = new double[k][resamples];
        double[][] totals = new double[k][resamples];
        int[] rows = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = rng.nextInt(n);
            }
            Estimate e = estimate(fA, fB, fAB, rows);
            for (int i = 0; i < k; i++) {
                firsts[i][b] = e.first()[i];
                totals[i][b] = e.total()[i];
            }
        }
        Interval[] first = new Interval[k];
        Interval[] total = new Interval[k];
        for (int i = 0; i < k; i++) {
            first[i] = interval(firsts[i], confidence);
            total[i] = interval(totals[i], confidence);
        }
        return new Intervals(first, total);
    }

    private static Interval interval(double[] values, double confidence) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double tail = (1 - confidence) / 2;
        return new Interval(Quantiles.type7(sorted, tail), Quantiles.type7(sorted, 1 - tail));
    }
}
