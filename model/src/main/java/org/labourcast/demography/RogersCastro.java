package org.labourcast.demography;

/**
 * Model migration schedule of Rogers &amp; Castro (1981), <i>Model Migration Schedules</i>, IIASA RR-81-30:
 * <pre>
 *   M(x) = a1 exp(-alpha1 x)                                           pre-labour-force (children moving with parents)
 *        + a2 exp(-alpha2 (x - mu2) - exp(-lambda2 (x - mu2)))         labour force
 *        + a3 exp(-alpha3 (x - mu3) - exp(-lambda3 (x - mu3)))         retirement (off when a3 = 0)
 *        + c                                                           constant
 * </pre>
 * Levels a1, a2, a3, c are migration rates (migrants per person-year) or, for a shape, any common unit; alpha and lambda
 * are per year of age; mu2, mu3 are ages in years.
 *
 * @param a1      pre-labour level, >= 0
 * @param alpha1  pre-labour rate of descent, > 0
 * @param a2      labour-force level, >= 0
 * @param alpha2  labour-force rate of descent, > 0
 * @param mu2     labour-force position (years)
 * @param lambda2 labour-force rate of ascent, > 0
 * @param a3      retirement level, >= 0 (0 disables the component)
 * @param alpha3  retirement rate of descent, > 0 when a3 > 0 (otherwise ignored, must be >= 0)
 * @param mu3     retirement position (years)
 * @param lambda3 retirement rate of ascent, > 0 when a3 > 0 (otherwise ignored, must be >= 0)
 * @param c       constant, >= 0
 */
public record RogersCastro(double a1, double alpha1, double a2, double alpha2, double mu2, double lambda2,
                           double a3, double alpha3, double mu3, double lambda3, double c) {

    public RogersCastro {
        requireLevel("a1", a1);
        requireRate("alpha1", alpha1);
        requireLevel("a2", a2);
        requireRate("alpha2", alpha2);
        requireFinite("mu2", mu2);
        requireRate("lambda2", lambda2);
        requireLevel("a3", a3);
        requireFinite("mu3", mu3);
        if (a3 > 0) {
            requireRate("alpha3", alpha3);
            requireRate("lambda3", lambda3);
        } else {
            requireLevel("alpha3", alpha3);
            requireLevel("lambda3", lambda3);
        }
        requireLevel("c", c);
    }

    /** The 7-parameter schedule (no retirement component). */
    public static RogersCastro sevenParameter(double a1, double alpha1, double a2, double alpha2, double mu2,
                                              double lambda2, double c) {
        return new RogersCastro(a1, alpha1, a2, alpha2, mu2, lambda2, 0, 0, 0, 0, c);
    }

    /**
     * The "fundamental" 7-parameter schedule suggested by Rogers &amp; Castro (1981): a1 = 0.02, alpha1 = 0.1,
     * a2 = 0.06, alpha2 = 0.1, mu2 = 20, lambda2 = 0.4, c = 0.003 (the same set is distributed as {@code rc9.fund} in
     * the R package migest). These sit inside the ranges Rogers &amp; Castro report for their fitted national and
     * regional schedules (roughly alpha1 0.05-0.15, alpha2 0.07-0.2, mu2 17-24, lambda2 0.2-0.7). The labour-force
     * peak is at mu2 + ln(lambda2/alpha2)/lambda2 = 20 + ln 4 / 0.4, about age 23.5. Use it as a shape
     * ({@link #profile}, {@link #shape}); its levels are not Chinese rates.
     */
    public static RogersCastro standardLabourMigration() {
        return sevenParameter(0.02, 0.1, 0.06, 0.1, 20.0, 0.4, 0.003);
    }

    /** M(age), in the unit of the levels (migrants per person-year for a rate schedule). */
    public double rate(double age) {
        if (!Double.isFinite(age) || age < 0) {
            throw new IllegalArgumentException("age must be finite and >= 0, got " + age);
        }
        double m = a1 * Math.exp(-alpha1 * age) + doubleExponential(a2, alpha2, mu2, lambda2, age) + c;
        if (a3 > 0) {
            m += doubleExponential(a3, alpha3, mu3, lambda3, age);
        }
        return m;
    }

    /**
     * Shares by single age 0..maxAge (the value at age x is M(x + 0.5), the middle of the year of age, including for
     * the last index), normalised to sum to 1: the age distribution of migrants for a uniform population.
     */
    public double[] profile(int maxAge) {
        double[] v = midYearValues(maxAge);
        double sum = 0;
        for (double d : v) {
            sum += d;
        }
        return scale(v, sum, "sum");
    }

    /** Values at ages x + 0.5 for x = 0..maxAge, normalised so the largest is 1. */
    public double[] shape(int maxAge) {
        double[] v = midYearValues(maxAge);
        double max = 0;
        for (double d : v) {
            max = Math.max(max, d);
        }
        return scale(v, max, "maximum");
    }

    private double[] midYearValues(int maxAge) {
        if (maxAge < 0) {
            throw new IllegalArgumentException("maxAge must be >= 0, got " + maxAge);
        }
        double[] v = new double[maxAge + 1];
        for (int x = 0; x <= maxAge; x++) {
            v[x] = rate(x + 0.5);
        }
        return v;
    }

    private static double[] scale(double[] v, double by, String what) {
        if (!(by > 0)) {
            throw new IllegalArgumentException("schedule is zero at every age; its " + what + " cannot be normalised");
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= by;
        }
        return v;
    }

    private static double doubleExponential(double a, double alpha, double mu, double lambda, double x) {
        // exp(-lambda (x - mu)) overflows to +inf for very young ages, giving exp(-inf) = 0 as it should.
        return a * Math.exp(-alpha * (x - mu) - Math.exp(-lambda * (x - mu)));
    }

    private static void requireLevel(String name, double v) {
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + v);
        }
    }

    private static void requireRate(String name, double v) {
        if (!Double.isFinite(v) || v <= 0) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + v);
        }
    }

    private static void requireFinite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite, got " + v);
        }
    }
}
