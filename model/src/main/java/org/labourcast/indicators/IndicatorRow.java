package org.labourcast.indicators;

/**
 * One tidy output row: the value of one indicator, in one year, under one scenario.
 *
 * <p>{@code stat} is {@code "value"} for deterministic output; Monte Carlo summaries use
 * {@code "mean"}, {@code "median"}, {@code "p05"}, {@code "p10"}, {@code "p90"}, {@code "p95"}.
 * {@code value} is in the indicator's own unit (persons, or a share 0–1); {@code NaN} means
 * "not available" and is written as an empty CSV cell. Infinite values are rejected: they are
 * always a bug upstream, never a result.
 *
 * <p>Immutable and thread-safe.
 */
public record IndicatorRow(String scenario, String indicator, int year, String stat, double value) {

    /** The {@code stat} of a deterministic (single-run) value. */
    public static final String VALUE = "value";

    public IndicatorRow {
        requireText(scenario, "scenario");
        requireText(indicator, "indicator");
        requireText(stat, "stat");
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    "value of " + indicator + " in " + year + " is infinite (scenario " + scenario + ")");
        }
    }

    private static void requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be null or blank");
        }
    }
}
