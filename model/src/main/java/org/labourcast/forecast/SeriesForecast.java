package org.labourcast.forecast;

import java.util.ArrayList;
import java.util.List;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.scenario.HistorySeries;

/**
 * Everything {@code labourcast forecast} reports for one history series: the model fitted (chosen automatically or
 * requested), its forecasts to the horizon year, every model tried, and the back-test of every model and of the
 * automatic choice. Forecasts and bounds are limited to the indicator's range: shares and rates to 0–1, counts to
 * at least 0 (net migration unlimited). Immutable.
 *
 * @param indicator   the indicator's name
 * @param series      the observations
 * @param selection   the fitted model and every model tried
 * @param predictions one per year from the year after the last observation to the horizon
 * @param backtest    rows by model (ModelKind order, then "auto") and horizon
 */
public record SeriesForecast(String indicator, ObservedSeries series, ModelSelection.Selection selection,
                             List<Prediction> predictions, List<Backtest.Row> backtest) {
    /** Label of the automatic choice in the back-test table and on the command line. */
    public static final String AUTO = "auto";
    /** The longest back-test horizon, in years. */
    public static final int BACKTEST_HORIZON = 5;

    public SeriesForecast {
        predictions = List.copyOf(predictions);
        backtest = List.copyOf(backtest);
    }

    /**
     * Fits and back-tests one history series.
     *
     * @param model      {@link #AUTO} or a {@link ModelKind} label
     * @param toYear     the last year to forecast (after the last observation)
     * @throws IllegalArgumentException for an unknown model, or {@code toYear} not after the last observation
     */
    public static SeriesForecast of(HistorySeries history, String model, int toYear) {
        ObservedSeries s = new ObservedSeries(history.indicator(), history.years(), history.values());
        if (toYear <= s.lastYear()) {
            throw new IllegalArgumentException("the horizon " + toYear + " is not after the last observation of "
                    + s.name() + " (" + s.lastYear() + ")");
        }
        boolean share = IndicatorCatalog.isShare(history.indicator());
        double lower = lowerBound(history.indicator());
        double upper = share ? 1 : Double.POSITIVE_INFINITY;
        ModelSelection.Selection selection = AUTO.equals(model) ? ModelSelection.auto(s, share)
                : ModelSelection.requested(ModelKind.fromLabel(model), s, share);
        List<Prediction> predictions = new ArrayList<>();
        for (Prediction p : selection.chosen().forecast(toYear - s.lastYear())) {
            predictions.add(p.clamp(lower, upper));
        }
        List<Backtest.Row> rows = new ArrayList<>();
        for (ModelKind k : ModelKind.values()) {
            rows.addAll(Backtest.run(k.label(), s, train -> Forecasters.fit(k, train, share), lower, upper,
                    BACKTEST_HORIZON));
        }
        rows.addAll(Backtest.run(AUTO, s, train -> ModelSelection.choose(train, share), lower, upper,
                BACKTEST_HORIZON));
        return new SeriesForecast(history.indicator(), s, selection, predictions, rows);
    }

    /** The least value an indicator can take: none for net migration, 0 for everything else. */
    public static double lowerBound(String indicator) {
        return indicator.equals(IndicatorCatalog.NET_MIGRATION) ? Double.NEGATIVE_INFINITY : 0;
    }

    public Fit fit() {
        return selection.chosen();
    }

    /** The back-test row of {@code model} at {@code horizon}, if any. */
    public java.util.Optional<Backtest.Row> backtest(String model, int horizon) {
        return backtest.stream().filter(r -> r.model().equals(model) && r.horizon() == horizon).findFirst();
    }
}
