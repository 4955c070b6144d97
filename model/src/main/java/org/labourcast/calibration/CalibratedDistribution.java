package org.labourcast.calibration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoublePredicate;
import org.labourcast.Csv;
import org.labourcast.uncertainty.Distribution;

/**
 * How the calibrated variant writes one fitted value (docs/calibration.md, "The calibrated variant"): a distribution
 * whose central value is the fitted value and whose sd is its standard error, or the plain value and why.
 *
 * <p>The family is the one the field's range takes, found with the probes the scenario reader makes at each end of
 * a distribution's support ({@code accepts}): a normal where the field takes any number; a beta (by the method of
 * moments, when it has a single peak inside (0, 1)) for a rate or share in [0, 1]; a log-normal with the fitted value
 * as its median for a positive number; else a normal truncated to the calibration's bounds, which the calibration
 * reader checked the field accepts.
 * Nothing is clipped. Immutable and thread-safe.
 *
 * @param distribution the distribution, or null when the plain value is written
 * @param keys         the distribution's keys and values as written (YAML text, without {@code basis}); empty for
 *                     the plain value
 * @param note         what the calibration's note says of it, e.g. "drawn per replicate from a beta with this mean
 *                     and sd" or why it is fixed
 */
record CalibratedDistribution(Distribution distribution, Map<String, String> keys, String note) {
    /** An unbounded end of a support, as the scenario reader probes it. */
    private static final double HUGE = 1e300;

    CalibratedDistribution {
        keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    static CalibratedDistribution plain(String why) {
        return new CalibratedDistribution(null, Map.of(), why);
    }

    /**
     * @param f          the parameter
     * @param value      its fitted value, as written (12 significant digits) and simulated
     * @param se         its standard error (NaN when none)
     * @param identified whether the calibration's parameters are identified
     * @param atBound    whether the fit lies on one of the parameter's bounds
     * @param accepts    whether the scenario reads with the field at a value (the others at their fitted values)
     */
    static CalibratedDistribution of(FreeParameter f, double value, double se, boolean identified, boolean atBound,
                                     DoublePredicate accepts) {
        if (!identified) {
            return plain("no standard error: the parameters are not identified by these targets, so the value is"
                    + " fixed");
        }
        if (!(se > 0 && Double.isFinite(se))) {
            return plain("no standard error could be estimated, so the value is fixed");
        }
        String sdText = Csv.number(se);
        double sd = Double.parseDouble(sdText);
        String seText = CalibrationTables.significant(se, 2);
        if (atBound) {
            // The linearisation behind the standard error does not hold on a bound (docs/calibration.md).
            return plain("s.e. " + seText + " not used: the fit is on a bound, where the standard error does not"
                    + " hold, so the value is fixed");
        }
        String x = Csv.number(value);
        if (accepts.test(-HUGE) && accepts.test(HUGE)) {
            return new CalibratedDistribution(new Distribution.Normal(value, sd, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY), keys("value", x, "sd", sdText),
                    "s.e. " + seText + ", drawn per replicate from a normal with this mean and sd");
        }
        boolean nonNegative = accepts.test(Double.MIN_VALUE) && !accepts.test(-Double.MIN_VALUE);
        boolean rate = nonNegative && accepts.test(Math.nextDown(1.0)) && !accepts.test(Math.nextUp(1.0));
        if (rate && value > 0 && value < 1 && singlePeaked(value, sd)) {
            return new CalibratedDistribution(Distribution.Beta.ofMeanSd(value, sd),
                    keys("beta", "{mean: " + x + ", sd: " + sdText + "}"),
                    "s.e. " + seText + ", drawn per replicate from a beta with this mean and sd");
        }
        if (!rate && nonNegative && value > 0 && accepts.test(HUGE)) {
            String sdLog = Csv.number(logSd(value, sd));
            return new CalibratedDistribution(new Distribution.LogNormal(value, Double.parseDouble(sdLog)),
                    keys("lognormal", "{median: " + x + ", sd_log: " + sdLog + "}"),
                    "s.e. " + seText + ", drawn per replicate from a log-normal with this median and sd, sd_log "
                            + CalibrationTables.significant(Double.parseDouble(sdLog), 2));
        }
        if (accepts.test(f.lower()) && accepts.test(f.upper())) {
            String lo = Csv.number(f.lower());
            String hi = Csv.number(f.upper());
            return new CalibratedDistribution(new Distribution.Normal(value, sd, f.lower(), f.upper()),
                    keys("value", x, "sd", sdText, "within", "[" + lo + ", " + hi + "]"),
                    "s.e. " + seText + ", drawn per replicate from a normal with this mean and sd truncated to the"
                            + " calibration bounds [" + lo + ", " + hi + "]");
        }
        return plain("s.e. " + seText + " not used: no distribution with this mean and sd fits the field's range,"
                + " so the value is fixed");
    }

    /**
     * Whether the beta with this mean and sd has both shape parameters above 1, a single peak inside (0, 1). A wider
     * one piles its mass against 0 or 1, which a standard error (a local, normal approximation) does not say.
     */
    private static boolean singlePeaked(double m, double sd) {
        double k = m * (1 - m) / (sd * sd) - 1;
        return m * k > 1 && (1 - m) * k > 1;
    }

    /**
     * The sd of the logarithm of the log-normal with median {@code m} and standard deviation {@code sd}:
     * Var = m² t (t − 1) with t = exp(σ²), so t = (1 + √(1 + 4 (sd/m)²)) / 2, written so that it keeps its precision
     * when sd/m is small (then σ ≈ sd/m).
     */
    static double logSd(double m, double sd) {
        double r2 = (sd / m) * (sd / m);
        return Math.sqrt(Math.log1p(2 * r2 / (1 + Math.sqrt(1 + 4 * r2))));
    }

    private static Map<String, String> keys(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
