package org.labourcast.charts;

import java.util.List;

/**
 * Everything one indicator line chart needs. Uses no model types, so charts stay decoupled from the engines.
 *
 * @param title           required, e.g. "Urbanization rate, Leshan"
 * @param subtitle        optional (null or blank: none), e.g. the scenario name
 * @param valueAxisLabel  required, with units, e.g. "Urban share of population" or "Labour force (persons)"
 * @param percent         values are fractions 0–1, shown as percentages ("53%")
 * @param projection      the projected series, one point per year (may be empty, not null)
 * @param projectionLabel legend entry for the projection; null or blank gives "Projection"
 * @param history         observed values (null: none)
 * @param historyLabel    legend entry for the history; null or blank gives "Observed"
 * @param targets         policy targets (null: none)
 * @param sourceNote      optional note under the plot, e.g. "Source: Sichuan Statistical Yearbook 2023; labourcast 0.1"
 */
public record IndicatorChartSpec(String title, String subtitle, String valueAxisLabel, boolean percent,
        List<YearValue> projection, String projectionLabel,
        List<YearValue> history, String historyLabel,
        List<TargetMarker> targets, String sourceNote) {

    public IndicatorChartSpec {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("chart title must not be null or blank");
        }
        if (valueAxisLabel == null || valueAxisLabel.isBlank()) {
            throw new IllegalArgumentException("value axis label (with units) must not be null or blank");
        }
        if (projection == null) {
            throw new IllegalArgumentException("projection must not be null (may be empty)");
        }
        projection = List.copyOf(projection);
        history = history == null ? List.of() : List.copyOf(history);
        targets = targets == null ? List.of() : List.copyOf(targets);
        projectionLabel = projectionLabel == null || projectionLabel.isBlank() ? "Projection" : projectionLabel;
        historyLabel = historyLabel == null || historyLabel.isBlank() ? "Observed" : historyLabel;
    }
}
