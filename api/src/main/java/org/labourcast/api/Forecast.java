package org.labourcast.api;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.labourcast.forecast.ForecastTables;
import org.labourcast.forecast.Prediction;
import org.labourcast.forecast.SeriesForecast;
import org.labourcast.indicators.IndicatorRow;

/**
 * Trend forecasts of a scenario's {@code history:} series ({@link Scenario#forecast()}): per series the fitted
 * model, its forecasts to the horizon with 80% and 95% prediction intervals, every model tried and the rolling-origin
 * back-tests — what {@code labourcast forecast} writes (docs/forecasting.md).
 *
 * <p>{@link #table()} gives the forecasts as an {@link IndicatorTable} with the stats {@code point}, {@code lo80},
 * {@code hi80}, {@code lo95}, {@code hi95} (NaN bounds where a series has no interval), so they filter like a run's
 * indicators.
 *
 * <!-- example: forecast -->
 * <pre>{@code
 * Forecast forecast = Scenario.load(Path.of("scenarios/leshan/baseline.yaml")).forecast();
 * for (SeriesForecast f : forecast.series()) {
 *     System.out.println(f.indicator() + ": " + f.fit().description() + " (" + f.selection().reason() + ")");
 * }
 * double point2025 = forecast.table().indicator("urbanization_rate").stat("point").year(2025).value();
 * forecast.writeTo(out.resolve("forecast"));   // forecast.csv, backtest.csv, models.csv, charts, manifest.json
 * }</pre>
 * ({@code examples/ForecastExample.java}, run by {@code ExamplesTest}.)
 *
 * <p>Immutable and thread-safe.
 */
public final class Forecast {
    private final Scenario scenario;
    private final List<SeriesForecast> series;
    private final String model;
    private final int horizon;
    private final Instant started;
    private final long fitMillis;

    Forecast(Scenario scenario, List<SeriesForecast> series, String model, int horizon, Instant started,
             long fitMillis) {
        this.scenario = scenario;
        this.series = List.copyOf(series);
        this.model = model;
        this.horizon = horizon;
        this.started = started;
        this.fitMillis = fitMillis;
    }

    /** One forecast per history series, in the scenario's order. */
    public List<SeriesForecast> series() {
        return series;
    }

    /**
     * The forecast of one indicator.
     *
     * @throws IllegalArgumentException when the scenario's history has no such series
     */
    public SeriesForecast series(String indicator) {
        return series.stream().filter(f -> f.indicator().equals(indicator)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no history series '" + indicator + "'; the scenario"
                        + " has " + String.join(", ", series.stream().map(SeriesForecast::indicator).toList())));
    }

    /** The model asked for: {@code auto} or a model's label. */
    public String model() {
        return model;
    }

    /** The last forecast year. */
    public int horizon() {
        return horizon;
    }

    /** Forecasts as rows: scenario id, indicator, year, stat (point, lo80, hi80, lo95, hi95), value. */
    public IndicatorTable table() {
        List<IndicatorRow> rows = new ArrayList<>();
        String id = scenario.id();
        for (SeriesForecast f : series) {
            for (Prediction p : f.predictions()) {
                rows.add(new IndicatorRow(id, f.indicator(), p.year(), "point", p.point()));
                rows.add(new IndicatorRow(id, f.indicator(), p.year(), "lo80", p.lo80()));
                rows.add(new IndicatorRow(id, f.indicator(), p.year(), "hi80", p.hi80()));
                rows.add(new IndicatorRow(id, f.indicator(), p.year(), "lo95", p.lo95()));
                rows.add(new IndicatorRow(id, f.indicator(), p.year(), "hi95", p.hi95()));
            }
        }
        return IndicatorTable.of(rows);
    }

    /** {@code forecast.csv} as text. */
    public String forecastCsv() {
        return ForecastTables.forecast(series);
    }

    /** {@code backtest.csv} as text. */
    public String backtestCsv() {
        return ForecastTables.backtest(series);
    }

    /** {@code models.csv} as text. */
    public String modelsCsv() {
        return ForecastTables.models(series);
    }

    /** The chart of one series (history, forecast, 80% and 95% bands) as PNG bytes, in English, 16 × 10 cm at 300 dpi. */
    public byte[] png(String indicator) {
        return ForecastFiles.png(scenario.spec(), series(indicator));
    }

    /** The chart of one series as an image, for display. */
    public BufferedImage image(String indicator) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png(indicator)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #writeTo(Path, boolean)} without overwriting. */
    public List<Path> writeTo(Path dir) {
        return writeTo(dir, false);
    }

    /**
     * Writes the files of {@code labourcast forecast}, through the same code: forecast.csv, backtest.csv, models.csv,
     * {@code forecast_<indicator>.png} per series and manifest.json.
     *
     * @return the files written, manifest.json last
     * @throws org.labourcast.InputException when {@code dir} already holds results and {@code overwrite} is false
     */
    public List<Path> writeTo(Path dir, boolean overwrite) {
        return ForecastFiles.write(scenario.loaded(), series, model, horizon, dir, overwrite,
                ForecastFiles.Charts.DEFAULT,
                new ForecastFiles.Timings(started, scenario.readMillis(), fitMillis), Labourcast.version());
    }
}
