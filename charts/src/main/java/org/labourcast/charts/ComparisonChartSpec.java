package org.labourcast.charts;

import java.util.List;

/**
 * A chart of one indicator under several scenarios: one line per scenario (its median, or its value for a
 * deterministic projection) and the plan's targets. Uses no model types.
 *
 * @param title          required
 * @param subtitle       optional (null or blank: none)
 * @param valueAxisLabel required, with units
 * @param percent        values are fractions 0–1, shown as percentages
 * @param series         at least one; the first is the reference, drawn like {@link IndicatorChart}'s projection
 * @param targets        policy targets (null: none)
 * @param sourceNote     optional note under the plot
 */
public record ComparisonChartSpec(String title, String subtitle, String valueAxisLabel, boolean percent,
                                  List<Series> series, List<TargetMarker> targets, String sourceNote) {

    /** One scenario's line: a legend label and one point per year. */
    public record Series(String label, List<YearValue> values) {
        public Series {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("a series needs a label");
            }
            values = List.copyOf(values);
        }
    }

    public ComparisonChartSpec {
        if (series == null || series.isEmpty()) {
            throw new IllegalArgumentException("a comparison chart needs at least one series");
        }
        series = List.copyOf(series);
        targets = targets == null ? List.of() : List.copyOf(targets);
        if (series.stream().map(Series::label).distinct().count() != series.size()) {
            throw new IllegalArgumentException("series labels must differ");
        }
    }
}
