package org.labourcast.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.Actual;
import org.labourcast.scenario.HistorySeries;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.stats.Quantiles;

/**
 * How well a run's distribution foresaw one realised value: whether the actual lies in the central 80% band
 * [p10, p90] and the 90% band [p05, p95] (Hyndman &amp; Fan type 7 over the runs, edges inside within 1e-9
 * relative), the ensemble CRPS of the runs, and the CRPS (absolute error) of the two naive forecasts. All CRPS are
 * in the indicator's unit; {@code NaN} when that naive forecast is not available.
 *
 * @param actual          the realised value
 * @param p05             5th percentile of the runs in the actual's year
 * @param p10             10th percentile
 * @param p90             90th percentile
 * @param p95             95th percentile
 * @param crps            ensemble CRPS of the runs ({@link Crps#ensemble})
 * @param crpsLastValue   |last observed value − actual| ({@link NaiveForecast#lastValue})
 * @param crpsLinearTrend |linear trend of the last five observed points − actual| ({@link NaiveForecast#linearTrend})
 */
public record ActualScore(Actual actual, double p05, double p10, double p90, double p95, double crps,
                          double crpsLastValue, double crpsLinearTrend) {
    static final double EDGE_TOLERANCE = 1e-9;

    public ActualScore {
        Objects.requireNonNull(actual, "actual");
    }

    /** Whether the actual lies in [p10, p90]. */
    public boolean inBand80() {
        return inside(p10, p90);
    }

    /** Whether the actual lies in [p05, p95]. */
    public boolean inBand90() {
        return inside(p05, p95);
    }

    private boolean inside(double low, double high) {
        double x = actual.value();
        double eps = EDGE_TOLERANCE * Math.max(1.0, Math.abs(x));
        return x >= low - eps && x <= high + eps;
    }

    /** Scores every actual of the scenario against the run's replicates, in the actuals' order. */
    public static List<ActualScore> of(LoadedScenario scenario, ReplicateValues replicates) {
        return of(scenario.actuals(), scenario.history(), scenario.spec().baseYear(), replicates);
    }

    /**
     * Scores each actual; naive forecasts come from {@code history} (the series of the actual's indicator, if any)
     * and the runs' base-year value.
     *
     * @throws IllegalStateException if an actual's indicator or year is not projected or is missing in some run
     */
    public static List<ActualScore> of(List<Actual> actuals, List<HistorySeries> history, int baseYear,
                                       ReplicateValues replicates) {
        List<ActualScore> out = new ArrayList<>(actuals.size());
        for (Actual a : actuals) {
            double[] v = org.labourcast.experiment.ActualDeviation.sortedRuns(a, replicates);
            HistorySeries series = history.stream().filter(h -> h.indicator().equals(a.indicator())).findFirst()
                    .orElse(null);
            OptionalDouble last = NaiveForecast.lastValue(series, baseYear, baseValue(replicates, a.indicator(),
                    baseYear));
            OptionalDouble trend = NaiveForecast.linearTrend(series, baseYear, a.year());
            out.add(new ActualScore(a, Quantiles.type7(v, 0.05), Quantiles.type7(v, 0.10),
                    Quantiles.type7(v, 0.90), Quantiles.type7(v, 0.95), Crps.ensemble(v, a.value()),
                    last.isPresent() ? Crps.point(last.getAsDouble(), a.value()) : Double.NaN,
                    trend.isPresent() ? Crps.point(trend.getAsDouble(), a.value()) : Double.NaN));
        }
        return List.copyOf(out);
    }

    // The base-year value when every run has the same one (it is then the scenario's data, not a projection).
    private static double baseValue(ReplicateValues replicates, String indicator, int baseYear) {
        if (!replicates.hasYear(baseYear)) {
            return Double.NaN;
        }
        double[] v = replicates.values(indicator, baseYear);
        for (double x : v) {
            if (Double.isNaN(x) || x != v[0]) {
                return Double.NaN;
            }
        }
        return v[0];
    }
}
