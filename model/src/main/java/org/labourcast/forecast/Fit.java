package org.labourcast.forecast;

import java.util.List;
import java.util.Map;

/**
 * A model fitted to one series: its estimates and fit statistics, and forecasts with 80% and 95% prediction
 * intervals. Implementations are immutable and thread-safe.
 */
public interface Fit {
    ModelKind kind();

    /** A short description such as {@code ARIMA(1,1,0) with drift}. */
    String description();

    /** Estimated (or given) parameters by name, in a fixed order, in the series' unit where they have one. */
    Map<String, Double> parameters();

    /** Observations the likelihood is over (fewer than the series for Holt–Winters-style starts or differencing). */
    int likelihoodObservations();

    /** Estimated parameters counted by AICc, including the noise variance. */
    int parameterCount();

    /** Maximised Gaussian log-likelihood, or NaN when there is no residual to estimate the noise from. */
    double logLikelihood();

    /**
     * Standard deviation of the one-step errors, as the model's interval formula uses it (for a share's line in its
     * logit, that of the logits).
     */
    double sigma();

    /** Year of the last observation the model was fitted to. */
    int lastYear();

    /** Forecasts for the {@code steps} years after {@link #lastYear()}. */
    List<Prediction> forecast(int steps);

    /**
     * Akaike's criterion corrected for small samples, AIC + 2k(k+1)/(n−k−1) with k = {@link #parameterCount()} and
     * n = {@link #likelihoodObservations()} (Hurvich & Tsai 1989); NaN when undefined (n ≤ k + 1).
     */
    default double aicc() {
        return Aicc.of(logLikelihood(), parameterCount(), likelihoodObservations());
    }
}
