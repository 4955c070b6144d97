package org.labourcast.scenario;

import java.util.Objects;

/**
 * A realised value of an indicator in a year after the base year, as a mid-term review (中期评估) finds it: the
 * figure a statistical bulletin or yearbook published. {@code run} compares the projection with it and can re-anchor
 * the projection on it (docs/comparison.md).
 *
 * @param indicator an indicator the scenario projects
 * @param year      a year after the base year, no later than the horizon
 * @param value     in the indicator's unit (persons, or a share 0–1)
 * @param source    where the figure was published
 */
public record Actual(String indicator, int year, double value, String source) {
    public Actual {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("actual " + indicator + " in " + year + " must be finite: " + value);
        }
    }
}
