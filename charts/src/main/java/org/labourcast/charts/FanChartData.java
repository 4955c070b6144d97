package org.labourcast.charts;

import java.util.List;

/**
 * What a fan chart of one indicator shows: the projection (median and 80%/90% ranges of the runs), past values as
 * points, and the plan's targets on the indicator with the share of runs meeting each.
 *
 * @param history past values (e.g. the plan's base-year value), may be empty
 * @param targets annual targets on this indicator (others are ignored), may be empty
 */
public record FanChartData(RunInfo info, IndicatorProjection projection, List<YearValue> history,
                           List<TargetResult> targets) {
    public FanChartData {
        history = history == null ? List.of() : List.copyOf(history);
        targets = targets == null ? List.of()
                : targets.stream().filter(t -> t.indicator().equals(projection.indicator()) && t.annual()).toList();
    }
}
