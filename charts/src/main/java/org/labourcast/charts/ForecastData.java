package org.labourcast.charts;

import java.util.List;

/**
 * A forecast of an indicator (from the time-series module) beside the scenario's projection of it.
 *
 * @param forecasts forecasts of this indicator (others are ignored), one per model
 * @param history   observed values, may be empty
 */
public record ForecastData(RunInfo info, IndicatorProjection scenario, List<ForecastSeries> forecasts,
                           List<YearValue> history) {
    public ForecastData {
        forecasts = forecasts == null ? List.of()
                : forecasts.stream().filter(f -> f.indicator().equals(scenario.indicator())).toList();
        history = history == null ? List.of() : List.copyOf(history);
    }
}
