package org.labourcast.evaluation;

import java.util.Arrays;

/**
 * The continuous ranked probability score (Gneiting &amp; Raftery 2007, JASA 102(477), 359–378, eq. 21):
 * CRPS(F, y) = E|X − y| − ½ E|X − X'|, X and X' independent draws from the forecast F, in the unit of y. Lower is
 * better; for a point forecast (F a single value x) it is the absolute error |x − y|. Stateless and thread-safe.
 */
public final class Crps {
    private Crps() {
    }

    /**
     * The CRPS of the empirical distribution of an ensemble (the Monte Carlo replicates, each weighted 1/m):
     * (1/m) Σᵢ |xᵢ − y| − (1/(2m²)) Σᵢ Σⱼ |xᵢ − xⱼ|. The double sum is computed from the sorted values as
     * 2 Σᵢ (2i − m − 1) x₍ᵢ₎ (i = 1..m), so the cost is O(m log m). This is the CRPS of the ensemble's step CDF
     * exactly, not the "fair" variant with 1/(m(m − 1)).
     *
     * @param ensemble at least one value, none NaN
     * @param y        the observed value
     */
    public static double ensemble(double[] ensemble, double y) {
        if (ensemble.length == 0) {
            throw new IllegalArgumentException("CRPS of an empty ensemble");
        }
        if (!Double.isFinite(y)) {
            throw new IllegalArgumentException("CRPS against a non-finite observation " + y);
        }
        double[] x = ensemble.clone();
        Arrays.sort(x);
        if (Double.isNaN(x[x.length - 1]) || Double.isNaN(x[0])) {
            throw new IllegalArgumentException("CRPS of an ensemble with a NaN member");
        }
        int m = x.length;
        double absError = 0;
        double spread = 0;
        for (int i = 0; i < m; i++) {
            absError += Math.abs(x[i] - y);
            spread += (2.0 * (i + 1) - m - 1) * x[i];
        }
        // spread = ½ Σᵢ Σⱼ |xᵢ − xⱼ|
        return absError / m - spread / ((double) m * m);
    }

    /** The CRPS of a point forecast: the absolute error |forecast − y|. */
    public static double point(double forecast, double y) {
        return Math.abs(forecast - y);
    }
}
