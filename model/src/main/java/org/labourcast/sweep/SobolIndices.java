package org.labourcast.sweep;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.experiment.Quantiles;

/**
 * Variance-based sensitivity indices from Saltelli's sampling (Saltelli et al. 2010, "Variance based sensitivity
 * analysis of model output. Design and estimator for the total sensitivity index", Computer Physics Communications
 * 181, 259–270): with f(A), f(B) and f(AB_i) the outputs at the rows of matrices A, B and A with column i from B,
 *
 * <ul>
 *   <li>first order, their Table 2 (b): V_i = (1/N) Σ_j f(B)_j · (f(AB_i)_j − f(A)_j), S_i = V_i / V;</li>
 *   <li>total effect, Jansen (1999), their Table 2 (f): VT_i = (1/2N) Σ_j (f(A)_j − f(AB_i)_j)², ST_i = VT_i / V;</li>
 *   <li>V the variance (divisor 2N) of the 2N outputs f(A) and f(B) together.</li>
 * </ul>
 *
 * Confidence intervals are percentile bootstrap intervals: rows j resampled with replacement, every index
 * re-estimated on each resample. Stateless and thread-safe.
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
        double sum = 0;
        for (int j : rows) {
            sum += fA[j] + fB[j];
        }
        double mean = sum / (2.0 * n);
        double ss = 0;
        for (int j : rows) {
            ss += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        }
        double variance = ss / (2.0 * n);
        int k = fAB.length;
        double[] first = new double[k];
        double[] total = new double[k];
        for (int i = 0; i < k; i++) {
            double v = 0;
            double vt = 0;
            for (int j : rows) {
                v += fB[j] * (fAB[i][j] - fA[j]);
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
