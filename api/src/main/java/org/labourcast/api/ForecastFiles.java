package org.labourcast.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.labourcast.charts.ForecastBandsChart;
import org.labourcast.charts.YearValue;
import org.labourcast.forecast.ForecastTables;
import org.labourcast.forecast.Prediction;
import org.labourcast.forecast.SeriesForecast;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.scenario.ScenarioSpec;

/**
 * Writes trend forecasts' files, for {@code labourcast forecast} and {@link Forecast#writeTo}: forecast.csv,
 * backtest.csv, models.csv, a PNG chart per series ({@code forecast_<indicator>.png}, 1600 × 1000 px) and, last,
 * manifest.json. Each file is written atomically. Stateless.
 */
public final class ForecastFiles {
    /** Width of a forecast chart, in pixels. */
    public static final int CHART_WIDTH = 1600;
    /** Height of a forecast chart, in pixels. */
    public static final int CHART_HEIGHT = 1000;

    /**
     * When the forecast started and how long each step took, for the manifest.
     *
     * @param readMillis reading the scenario, in milliseconds
     * @param fitMillis  fitting and back-testing, in milliseconds
     */
    public record Timings(Instant started, long readMillis, long fitMillis) {
    }

    private ForecastFiles() {
    }

    /**
     * Writes every file into {@code dir}.
     *
     * @param model   the model asked for ({@code auto}, or a {@link org.labourcast.forecast.ModelKind} label)
     * @param horizon the last forecast year
     * @return the files written, manifest.json last
     * @throws org.labourcast.InputException when {@code dir} already holds results and {@code overwrite} is false
     */
    public static List<Path> write(ScenarioSpec s, Path scenarioFile, List<SeriesForecast> forecasts, String model,
                                   int horizon, Path dir, boolean overwrite, boolean charts, Timings timings,
                                   String version) {
        try (OutputDirectory o = OutputDirectory.open(dir, overwrite)) {
            return write(s, scenarioFile, forecasts, model, horizon, o, charts, timings, version);
        }
    }

    /** As above, into a folder the caller opened (and locked) before fitting ({@code labourcast forecast}). */
    public static List<Path> write(ScenarioSpec s, Path scenarioFile, List<SeriesForecast> forecasts, String model,
                                   int horizon, OutputDirectory o, boolean charts, Timings timings, String version) {
        long w0 = System.nanoTime();
        o.writeText(ForecastTables.FORECAST_CSV, ForecastTables.forecast(forecasts));
        o.writeText(ForecastTables.BACKTEST_CSV, ForecastTables.backtest(forecasts));
        o.writeText(ForecastTables.MODELS_CSV, ForecastTables.models(forecasts));
        if (charts) {
            for (SeriesForecast f : forecasts) {
                byte[] png = png(s, f);
                o.writeAtomically("forecast_" + f.indicator() + ".png", os -> os.write(png));
            }
        }
        long w1 = System.nanoTime();
        Manifest.Builder mb = Manifest.builder()
                .toolVersion(version)
                .scenario(s.id(), scenarioFile, s.file().sha256());
        for (ScenarioSpec.InputFile input : s.file().inputs()) {
            mb.scenarioFile(Path.of(input.path()), input.sha256()); // the scenario file and its parents
        }
        Manifest m = mb
                .setting("command", "forecast")
                .setting("model", model)
                .setting("horizon", Integer.toString(horizon))
                .setting("backtest_max_horizon", Integer.toString(SeriesForecast.BACKTEST_HORIZON))
                .setting("charts", Boolean.toString(charts))
                .timingMillis("read_scenario", timings.readMillis())
                .timingMillis("fit_and_backtest", timings.fitMillis())
                .timingMillis("write_outputs", (w1 - w0) / 1_000_000)
                .outputs(new ArrayList<>(o.written()))
                .started(timings.started())
                .finished(Instant.now())
                .build();
        o.writeText(OutputDirectory.MANIFEST, m.toJson());
        return o.written();
    }

    /** The chart of one series as PNG bytes ({@link #CHART_WIDTH} × {@link #CHART_HEIGHT} px). */
    public static byte[] png(ScenarioSpec s, SeriesForecast f) {
        return ForecastBandsChart.renderPng(chart(s, f), CHART_WIDTH, CHART_HEIGHT);
    }

    /** The chart of one series: its history, the forecast and the 80% and 95% bands, with a source note. */
    public static ForecastBandsChart.Spec chart(ScenarioSpec s, SeriesForecast f) {
        boolean share = IndicatorCatalog.isShare(f.indicator());
        List<YearValue> history = new ArrayList<>();
        int[] years = f.series().years();
        double[] values = f.series().values();
        for (int i = 0; i < years.length; i++) {
            history.add(new YearValue(years[i], values[i]));
        }
        List<ForecastBandsChart.Band> bands = new ArrayList<>();
        for (Prediction p : f.predictions()) {
            bands.add(new ForecastBandsChart.Band(p.year(), p.point(), p.lo80(), p.hi80(), p.lo95(), p.hi95()));
        }
        String interval = f.predictions().get(0).hasInterval() ? "; bands: 80% and 95% prediction intervals"
                : "; no interval (too few points)";
        return new ForecastBandsChart.Spec(
                s.region().name().en() + ": " + f.indicator().replace('_', ' ') + ", trend forecast",
                s.title().en(),
                share ? "Share (%)" : "Persons",
                share,
                history, bands,
                f.fit().description() + " forecast",
                "Source: history from scenario " + s.id() + " (cited per value); labourcast forecast, "
                        + f.fit().description() + interval + ". Model: " + f.selection().reason() + ".");
    }
}
