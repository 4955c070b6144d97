package org.labourcast.sweep.definition;

import java.util.Objects;
import org.labourcast.Csv;

/**
 * The value a sweep gives a parameter at one point: a number, or a text for a field that takes words
 * ({@code none}). Numbers are kept as the text {@link Csv#number} writes (at most 12 significant digits) and as the
 * double that text denotes, so the value the model reads, the value in {@code points.csv} and the value used in
 * sensitivity formulas are one and the same. Immutable.
 *
 * @param text   the value as written to CSV files and given to the scenario
 * @param number the numeric value, or {@code NaN} for a text value
 */
public record ParameterValue(String text, double number) {
    public ParameterValue {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a parameter value must not be empty");
        }
        if (Double.isInfinite(number)) {
            throw new IllegalArgumentException("a parameter value must be finite, got " + number);
        }
    }

    /** The number rounded to the 12 significant digits of {@link Csv#number}; the value a point runs with. */
    public static ParameterValue of(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("a parameter value must be finite, got " + x);
        }
        String text = Csv.number(x);
        return new ParameterValue(text, Double.parseDouble(text));
    }

    /** A text value (a word such as {@code none}); never treated as a number. */
    public static ParameterValue text(String text) {
        return new ParameterValue(text, Double.NaN);
    }

    public boolean numeric() {
        return !Double.isNaN(number);
    }

    @Override
    public String toString() {
        return text;
    }
}
