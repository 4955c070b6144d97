package org.labourcast.charts;

import java.util.Map;

/**
 * A policy target drawn on a chart: a point at ({@code year}, {@code value}) labelled e.g.
 * "≥ 60% (2025 target)".
 *
 * @param operator one of {@code ">="}, {@code "<="}, {@code ">"}, {@code "<"}
 * @param label    what follows the value in parentheses, e.g. "2025 target" or "14th FYP"; null or blank gives
 *                 "{@code <year>} target"
 */
public record TargetMarker(int year, double value, String operator, String label) {

    private static final Map<String, String> SYMBOLS =
            Map.of(">=", "\u2265", "<=", "\u2264", ">", ">", "<", "<");

    public TargetMarker {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("target value for " + year + " must be finite: " + value);
        }
        if (operator == null || !SYMBOLS.containsKey(operator)) {
            throw new IllegalArgumentException(
                    "target operator must be one of >=, <=, >, < but was " + operator);
        }
    }

    /** The operator as a typographic symbol: ≥ ≤ &gt; &lt;. */
    public String symbol() {
        return SYMBOLS.get(operator);
    }

    /** The label, or "{@code <year>} target" when none was given. */
    public String labelOrDefault() {
        return label == null || label.isBlank() ? year + " target" : label;
    }
}
