package org.labourcast.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A straight line in the year, y = a + b·(t − t̄), by ordinary least squares ({@link LinearRegression}).
 * Prediction intervals are the regression's: ŷ ± t(n−2)·s·sqrt(1 + 1/n + (t − t̄)²/Sₜₜ), which assume independent
 * normal errors about the line. With two points the line passes through both: point forecasts only (no residual
 * is left to estimate the noise from). Gaps in the years are no problem. Stateless and thread-safe.
 *
 * <p>A share (0–1) is fitted on the logit scale, z = ln(y / (1 − y)), and the forecast and its bounds are transformed
 * back (Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed., §13.3): a straight line in
 * the share runs out of its range (Taizhou's registered unemployment, two points falling, reached 0% by 2035), the
 * line in the logit flattens as it nears 0 or 1. The back-transformed point is the forecast's median. The
 * log-likelihood is that of y (the logit's, less Σ ln(y(1 − y)), the Jacobian), so AICc compares it with models of y.
 */
public final class LinearTrend {
    private LinearTrend() {
    }

    /**
     * The line in y, or for a share whose values all lie strictly between 0 and 1 the line in the logit.
     *
     * @throws IllegalArgumentException with fewer than two points
     */
    public static Fit fit(ObservedSeries s, boolean share) {
        if (!share) {
            return fit(s);
        }
        double jacobian = 0;
        double[] z = new double[s.size()];
        for (int i = 0; i < z.length; i++) {
            double y = s.value(i);
            if (!(y > 0 && y < 1)) {
                return fit(s); // a share of 0 or 1 has no logit: the line in the share
            }
            z[i] = Math.log(y / (1 - y));
            jacobian += Math.log(y * (1 - y));
        }
        LinearFit onLogits = (LinearFit) fit(new ObservedSeries(s.name(), s.years(), z));
        return new LinearFit(onLogits.intercept, onLogits.slope, onLogits.centre, onLogits.regression,
                onLogits.lastYear, onLogits.n, true, jacobian);
    }

    /** The line in y. @throws IllegalArgumentException with fewer than two points */
    public static Fit fit(ObservedSeries s) {
        int n = s.size();
        if (n < 2) {
            throw new IllegalArgumentException("a linear trend needs at least two points, got " + n);
        }
        double mean = 0;
        for (int y : s.years()) {
            mean += y;
        }
        mean /= n;
        if (n == 2) {
            double slope = (s.value(1) - s.value(0)) / (s.year(1) - s.year(0));
            double intercept = (s.value(0) + s.value(1)) / 2;
            return new LinearFit(intercept, slope, mean, null, s.lastYear(), n, false, 0);
        }
        double[][] x = new double[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = s.year(i) - mean;
        }
        LinearRegression r = LinearRegression.fit(x, s.values());
        return new LinearFit(r.coefficients()[0], r.coefficients()[1], mean, r, s.lastYear(), n, false, 0);
    }

    /** @param logit fitted to the logits of a share; {@code jacobian} is then Σ ln(y(1 − y)) over the observations */
    private record LinearFit(double intercept, double slope, double centre, LinearRegression regression,
                             int lastYear, int n, boolean logit, double jacobian) implements Fit {
        @Override
        public ModelKind kind() {
            return ModelKind.LINEAR;
        }

        @Override
        public String description() {
            return logit ? "linear trend in the logit of the share (OLS)" : "linear trend (OLS)";
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> p = new LinkedHashMap<>();
            String scale = logit ? "logit_" : "";
            p.put(scale + "intercept_at_" + trimmed(centre), intercept);
            p.put(scale + "slope_per_year", slope);
            return p;
        }

        @Override
        public int likelihoodObservations() {
            return n;
        }

        @Override
        public int parameterCount() {
            return 3; // intercept, slope, error variance
        }

        @Override
        public double logLikelihood() {
            return regression == null ? Double.NaN
                    : Aicc.gaussianLogLikelihood(regression.residualSumOfSquares(), n) - jacobian;
        }

        @Override
        public double sigma() {
            return regression == null ? Double.NaN : regression.residualStandardDeviation();
        }

        @Override
        public List<Prediction> forecast(int steps) {
            List<Prediction> out = new ArrayList<>(steps);
            double q80 = regression == null ? Double.NaN : CriticalValues.t80(regression.degreesOfFreedom());
            double q95 = regression == null ? Double.NaN : CriticalValues.t95(regression.degreesOfFreedom());
            for (int h = 1; h <= steps; h++) {
                int year = lastYear + h;
                double x = year - centre;
                double point = intercept + slope * x;
                double se = regression == null ? Double.NaN : regression.predictionStandardError(x);
                Prediction p = Prediction.symmetric(year, point, se, q80, q95);
                out.add(logit ? new Prediction(year, expit(p.point()), expit(p.lo80()), expit(p.hi80()),
                        expit(p.lo95()), expit(p.hi95())) : p);
            }
            return out;
        }

        /** The share of a logit; NaN stays NaN (no interval). */
        private static double expit(double z) {
            return 1 / (1 + Math.exp(-z));
        }

        private static String trimmed(double year) {
            return year == Math.rint(year) ? Long.toString((long) year) : Double.toString(year);
        }
    }
}
