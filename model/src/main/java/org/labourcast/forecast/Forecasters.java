package org.labourcast.forecast;

import org.labourcast.indicators.IndicatorCatalog;

/** Fits a model of a given kind: the one place that maps {@link ModelKind} to its estimator. Thread-safe. */
public final class Forecasters {
    private Forecasters() {
    }

    /**
     * Fits {@code kind} to {@code s}; for ARIMA the order is chosen by AICc ({@link Arima#fitAuto}).
     *
     * @param share the series is a share (0–1): the logistic ceiling is then at most 1, and the line is in the logit
     *              unless the share is a part of a whole (the sector shares)
     * @throws IllegalArgumentException when the model cannot be fitted to this series (too short, wrong values)
     */
    public static Fit fit(ModelKind kind, ObservedSeries s, boolean share) {
        return switch (kind) {
            case NAIVE -> Naive.fit(s);
            // The sector shares are parts of a whole: three lines in the shares keep their sum at 1, lines in the
            // logits would not (the year's forecast would sum to more or less than all employment).
            case LINEAR -> LinearTrend.fit(s, share && !IndicatorCatalog.isSectorShare(s.name()));
            case LOGISTIC -> LogisticCurve.fit(s, share);
            case HOLT -> ExponentialSmoothing.fitEts(s, false);
            case DAMPED -> ExponentialSmoothing.fitEts(s, true);
            case ARIMA -> Arima.fitAuto(s);
        };
    }
}
