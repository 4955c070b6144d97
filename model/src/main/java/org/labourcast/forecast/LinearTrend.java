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
 */
public final class LinearTrend {
    private LinearTrend() {
    }

    /** @throws IllegalArgumentException with fewer than two points */
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
            return new LinearFit(intercept, slope, mean, null, s.lastYear(), n);
        }
        double[][] x = new double[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = s.year(i) - mean;
        }
        LinearRegression r = LinearRegression.fit(x, s.values());
        return new LinearFit(r.coefficients()[0], r.coefficients()[1], mean, r, s.lastYear(), n);
    }

    private record LinearFit(double intercept, double slope, double centre, LinearRegression regression,
                             int lastYear, int n) implements Fit {
        @Override
        public ModelKind kind() {
            return ModelKind.LINEAR;
        }

        @Override
        public String description() {
            return "linear trend (OLS)";
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> p = new LinkedHashMap<>();
            p.put("intercept_at_" + trimmed(centre), intercept);
            p.put("slope_per_year", slope);
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
                    : Aicc.gaussianLogLikelihood(regression.residualSumOfSquares(), n);
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
                out.add(Prediction.symmetric(year, point, se, q80, q95));
            }
            return out;
        }

        private static String trimmed(double year) {
            return year == Math.rint(year) ? Long.toString((long) year) : Double.toString(year);
        }
    }
}
