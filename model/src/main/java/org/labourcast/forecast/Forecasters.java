package org.labourcast.forecast;

/** Fits a model of a given kind: the one place that maps {@link ModelKind} to its estimator. Thread-safe. */
public final class Forecasters {
    private Forecasters() {
    }

    /**
     * Fits {@code kind} to {@code s}; for ARIMA the order is chosen by AICc ({@link Arima#fitAuto}).
     *
     * @param share the series is a share (0–1): the logistic ceiling is then at most 1
     * @throws IllegalArgumentException when the model cannot be fitted to this series (too short, wrong values)
     */
    public static Fit fit(ModelKind kind, ObservedSeries s, boolean share) {
        return switch (kind) {
            case NAIVE -> Naive.fit(s);
            case LINEAR -> LinearTrend.fit(s);
            case LOGISTIC -> LogisticCurve.fit(s, share);
            case HOLT -> ExponentialSmoothing.fitEts(s, false);
            case DAMPED -> ExponentialSmoothing.fitEts(s, true);
            case ARIMA -> Arima.fitAuto(s);
        };
    }
}
