package org.labourcast.forecast;

/**
 * A forecast for one year: the point forecast and the bounds of the central 80% and 95% prediction intervals, in the
 * series' unit. A bound is {@link Double#NaN} when the model cannot give an interval (e.g. a line through two points
 * leaves no residual to estimate the noise from).
 */
public record Prediction(int year, double point, double lo80, double hi80, double lo95, double hi95) {
    public Prediction {
        if (!Double.isFinite(point)) {
            throw new IllegalArgumentException("point forecast for " + year + " is not finite: " + point);
        }
    }

    /** A symmetric interval: point ± z·se with the 80% and 95% quantiles {@code q80}, {@code q95}. */
    static Prediction symmetric(int year, double point, double se, double q80, double q95) {
        if (!(se >= 0) || !Double.isFinite(se)) {
            return new Prediction(year, point, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Prediction(year, point, point - q80 * se, point + q80 * se, point - q95 * se, point + q95 * se);
    }

    public boolean hasInterval() {
        return !Double.isNaN(lo95);
    }

    /** This prediction with point and bounds limited to {@code [lower, upper]} (e.g. a share to 0–1). */
    public Prediction clamp(double lower, double upper) {
        return new Prediction(year, clamp(point, lower, upper), clamp(lo80, lower, upper), clamp(hi80, lower, upper),
                clamp(lo95, lower, upper), clamp(hi95, lower, upper));
    }

    private static double clamp(double v, double lower, double upper) {
        return Double.isNaN(v) ? v : Math.max(lower, Math.min(upper, v));
    }
}
