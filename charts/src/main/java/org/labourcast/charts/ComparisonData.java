package org.labourcast.charts;

import java.util.List;

/**
 * Several scenarios' projections of one indicator for one chart, and the plan's targets on it (from the first
 * scenario that has any).
 */
public record ComparisonData(String indicator, List<Scenario> scenarios, List<TargetResult> targets) {

    /**
     * One scenario: its run, its projection of the indicator, and its name in the legend (its title, with the
     * scenario id when two runs share a title: {@link org.labourcast.charts.report.ChartSet#legendNames}).
     */
    public record Scenario(RunInfo info, IndicatorProjection projection, String label) {
        public Scenario {
            if (info == null || projection == null) {
                throw new IllegalArgumentException("scenario info and projection are required");
            }
            label = label == null || label.isBlank() ? info.scenarioId() : label;
        }

        public Scenario(RunInfo info, IndicatorProjection projection) {
            this(info, projection, null);
        }
    }

    public ComparisonData {
        if (scenarios == null || scenarios.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one scenario");
        }
        scenarios = List.copyOf(scenarios);
        targets = targets == null ? List.of()
                : targets.stream().filter(t -> t.indicator().equals(indicator) && t.annual()).toList();
    }
}
