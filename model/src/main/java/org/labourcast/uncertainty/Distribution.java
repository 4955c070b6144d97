package org.labourcast.uncertainty;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * The distribution of a scenario number (docs/uncertainty.md): a replicate draws it by the inverse of its cumulative
 * distribution at one uniform number, so a draw is a monotone function of the uniform (two scenarios sharing the
 * uniform get draws of the same rank: common random numbers). Immutable and thread-safe.
 */
public sealed interface Distribution {
    /** The value a run without uncertainty uses: the mean of a normal, the median of a log-normal, and so on. */
    double central();

    /** The smallest value a draw can take (−∞ when unbounded). */
    double lower();

    /** The largest value a draw can take (+∞ when unbounded). */
    double upper();

    /** Whether {@link #lower()} itself can be drawn (false for an open end, e.g. 0 for a log-normal). */
    boolean lowerIncluded();

    /** Whether {@link #upper()} itself can be drawn. */
    boolean upperIncluded();

    /** The value at cumulative probability {@code u} in (0, 1). */
    double quantile(double u);

    /** A short description for messages and docs, e.g. {@code beta(mean 0.05, sd 0.01)}. */
    String describe();

    /**
     * A normal distribution, optionally truncated to {@code [lo, hi]} (the draw is the truncated distribution's
     * quantile, nothing is clipped). {@link #central()} is {@code mean}, the value written in the scenario.
     */
    record Normal(double mean, double sd, double lo, double hi) implements Distribution {
        public Normal {
            if (!(sd >= 0) || !Double.isFinite(mean) || !(lo < hi) || Double.isNaN(lo) || Double.isNaN(hi)) {
                throw new IllegalArgumentException("a normal needs a finite mean, sd >= 0 and lo < hi");
            }
            if (mean < lo || mean > hi) {
                throw new IllegalArgumentException("the mean must lie within the truncation bounds");
            }
        }

        public boolean truncated() {
            return lo != Double.NEGATIVE_INFINITY || hi != Double.POSITIVE_INFINITY;
        }

        @Override public double central() { return mean; }
        @Override public double lower() { return sd == 0 ? mean : lo; }
        @Override public double upper() { return sd == 0 ? mean : hi; }
        @Override public boolean lowerIncluded() { return true; }
        @Override public boolean upperIncluded() { return true; }

        @Override
        public double quantile(double u) {
            if (sd == 0) {
                return mean;
            }
            double a = lo == Double.NEGATIVE_INFINITY ? 0 : phi((lo - mean) / sd);
            double b = hi == Double.POSITIVE_INFINITY ? 1 : phi((hi - mean) / sd);
            double x = mean + sd * phiInverse(a + u * (b - a));
            return Math.min(hi, Math.max(lo, x)); // only rounding can step outside; the mass is inside
        }

        @Override
        public String describe() {
            return "normal(mean " + plain(mean) + ", sd " + plain(sd) + ")"
                    + (truncated() ? " truncated to [" + plain(lo) + ", " + plain(hi) + "]" : "");
        }
    }

    /** Uniform on {@code [a, b]}; central value the midpoint. */
    record Uniform(double a, double b) implements Distribution {
        public Uniform {
            if (!(a < b) || !Double.isFinite(a) || !Double.isFinite(b)) {
                throw new IllegalArgumentException("a uniform needs finite bounds a < b");
            }
        }

        @Override public double central() { return 0.5 * (a + b); }
        @Override public double lower() { return a; }
        @Override public double upper() { return b; }
        @Override public boolean lowerIncluded() { return true; }
        @Override public boolean upperIncluded() { return true; }
        @Override public double quantile(double u) { return a + u * (b - a); }
        @Override public String describe() { return "uniform(" + plain(a) + ", " + plain(b) + ")"; }
    }

    /**
     * Beta with shape parameters {@code alpha, beta} on (0, 1); central value its {@code mean}. Written
     * {@code {beta: [alpha, beta]}} (mean {@code alpha / (alpha + beta)}) or {@code {beta: {mean, sd}}}
     * ({@link #ofMeanSd}), where the mean is the number written: the shapes' ratio can differ from it in the last
     * bit, and a run without uncertainty must use exactly the written number (a calibrated value, for example).
     */
    record Beta(double alpha, double beta, double mean) implements Distribution {
        public Beta {
            if (!(alpha > 0) || !(beta > 0) || !Double.isFinite(alpha) || !Double.isFinite(beta)) {
                throw new IllegalArgumentException("beta shape parameters must be positive and finite");
            }
            if (!(Math.abs(mean - alpha / (alpha + beta)) <= 1e-12 * Math.max(mean, 1e-300))) {
                throw new IllegalArgumentException("the mean " + mean + " is not alpha / (alpha + beta) = "
                        + alpha / (alpha + beta));
            }
        }

        public Beta(double alpha, double beta) {
            this(alpha, beta, alpha / (alpha + beta));
        }

        /**
         * The beta with this mean and standard deviation: {@code k = m(1−m)/sd² − 1}, {@code alpha = m k},
         * {@code beta = (1−m) k}.
         *
         * @throws IllegalArgumentException unless {@code 0 < m < 1} and {@code 0 < sd² < m(1−m)}
         */
        public static Beta ofMeanSd(double m, double sd) {
            if (!(m > 0 && m < 1)) {
                throw new IllegalArgumentException("a beta's mean must lie strictly between 0 and 1");
            }
            double v = sd * sd;
            if (!(sd > 0) || !(v < m * (1 - m))) {
                throw new IllegalArgumentException("a beta with mean " + plain(m) + " needs 0 < sd < "
                        + plain(Math.sqrt(m * (1 - m))) + " (sd² < mean × (1 − mean))");
            }
            double k = m * (1 - m) / v - 1;
            return new Beta(m * k, (1 - m) * k, m);
        }

        @Override public double central() { return mean; }
        @Override public double lower() { return 0; }
        @Override public double upper() { return 1; }
        @Override public boolean lowerIncluded() { return false; }
        @Override public boolean upperIncluded() { return false; }

        @Override
        public double quantile(double u) {
            // commons-math3's inverse is a bracketing solve: deterministic, accurate to its default 1e-9
            return new BetaDistribution(null, alpha, beta, 1e-12).inverseCumulativeProbability(u);
        }

        @Override
        public String describe() {
            return "beta(" + plain(alpha) + ", " + plain(beta) + "; mean " + plain(central()) + ")";
        }
    }

    /** Log-normal: {@code ln X ~ normal(ln median, sdLog²)}; central value the median. */
    record LogNormal(double median, double sdLog) implements Distribution {
        public LogNormal {
            if (!(median > 0) || !Double.isFinite(median) || !(sdLog >= 0) || !Double.isFinite(sdLog)) {
                throw new IllegalArgumentException("a log-normal needs a positive median and sd_log >= 0");
            }
        }

        @Override public double central() { return median; }
        @Override public double lower() { return sdLog == 0 ? median : 0; }
        @Override public double upper() { return sdLog == 0 ? median : Double.POSITIVE_INFINITY; }
        @Override public boolean lowerIncluded() { return sdLog == 0; }
        @Override public boolean upperIncluded() { return true; }
        @Override public double quantile(double u) { return median * Math.exp(sdLog * phiInverse(u)); }

        @Override
        public String describe() {
            return "lognormal(median " + plain(median) + ", sd_log " + plain(sdLog) + ")";
        }
    }

    /** The standard normal cumulative distribution. */
    static double phi(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** The standard normal quantile (commons-math3's inverse error function; exact to double rounding). */
    static double phiInverse(double p) {
        return -Math.sqrt(2) * Erf.erfcInv(2 * p);
    }

    private static String plain(double v) {
        return Double.isFinite(v) ? java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(6))
                .stripTrailingZeros().toPlainString() : Double.toString(v);
    }
}
