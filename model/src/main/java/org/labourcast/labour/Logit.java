package org.labourcast.labour;

/**
 * The logit ln(p / (1 - p)) and its inverse, the logistic function (expit), written so that neither overflows nor
 * loses the small tail: logit uses log1p below one half, expit never forms exp of a large positive number.
 * Stateless and thread-safe.
 */
public final class Logit {

    private Logit() {
    }

    /**
     * ln(p / (1 - p)) for a share p in [0, 1]; -infinity at 0 and +infinity at 1.
     *
     * @throws IllegalArgumentException if p is outside [0, 1] or NaN
     */
    public static double logit(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("logit needs a share in [0, 1], got " + p);
        }
        // Below 1/2, 1 - p rounds away p's low digits, log1p(-p) keeps them; above 1/2, 1 - p is exact (Sterbenz).
        return p < 0.5 ? Math.log(p) - Math.log1p(-p) : Math.log(p) - Math.log(1.0 - p);
    }

    /** 1 / (1 + e^-x), a share in [0, 1]; 0 at -infinity, 1 at +infinity, NaN for NaN. */
    public static double expit(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x); // x < 0, so e < 1: no overflow, and tiny results keep their precision
        return e / (1.0 + e);
    }
}
