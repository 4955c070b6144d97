package org.labourcast.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.ChartSize;
import org.labourcast.charts.ForecastBandsChart;
import org.labourcast.charts.Lang;
import org.labourcast.charts.Messages;
import org.labourcast.charts.NamedChart;
import org.labourcast.charts.RunInfo;
import org.labourcast.charts.YearValue;
import org.labourcast.forecast.ForecastTables;
import org.labourcast.forecast.Prediction;
import org.labourcast.forecast.SeriesForecast;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.scenario.InputFile;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.ScenarioSpec;

/**
 * Writes trend forecasts' files, for {@code labourcast forecast} and {@link Forecast#writeTo}: forecast.csv,
 * backtest.csv, models.csv, a chart per series ({@code forecast_<indicator>.<format>}, drawn with the charts module's
 * style in English or Chinese, PNG, SVG or PDF as for {@code run}) and, last, manifest.json. Each file is written
 * atomically. Stateless.
 */
public final class ForecastFiles {

    /**
     * When the forecast started and how long each step took, for the manifest.
     *
     * @param readMillis reading the scenario, in milliseconds
     * @param fitMillis  fitting and back-testing, in milliseconds
     */
    public record Timings(Instant started, long readMillis, long fitMillis) {
    }

    /**
     * How the charts are drawn: language, formats (at least one) and printed size.
     *
     * @param formats in the order given
     */
    public record Charts(Lang lang, List<ChartFormat> formats, ChartSize size) {
        /** English PNG at the print size (16 × 10 cm, 300 dpi). */
        public static final Charts DEFAULT = new Charts(Lang.EN, List.of(ChartFormat.PNG), ChartSize.PRINT);

        public Charts {
            formats = List.copyOf(formats);
            if (lang == null || size == null || formats.isEmpty()) {
                throw new IllegalArgumentException("forecast charts need a language, a format and a size");
            }
        }
    }

    private ForecastFiles() {
    }

    /**
     * Writes every file into {@code dir}.
     *
     * @param scenario the scenario as read (its file, hash and inputs go into the manifest)
     * @param model   the model asked for ({@code auto}, or a {@link org.labourcast.forecast.ModelKind} label)
     * @param horizon the last forecast year
     * @param charts  how to draw the charts, or null for none
     * @return the files written, manifest.json last
     * @throws org.labourcast.InputException when {@code dir} already holds results and {@code overwrite} is false
     */
    public static List<Path> write(LoadedScenario scenario, List<SeriesForecast> forecasts, String model,
                                   int horizon, Path dir, boolean overwrite, Charts charts, Timings timings,
                                   String version) {
        try (OutputDirectory o = OutputDirectory.open(dir, overwrite)) {
            return write(scenario, forecasts, model, horizon, o, charts, timings, version);
        }
    }

    /** As above, into a folder the caller opened (and locked) before fitting ({@code labourcast forecast}). */
    public static List<Path> write(LoadedScenario scenario, List<SeriesForecast> forecasts, String model,
                                   int horizon, OutputDirectory o, Charts charts, Timings timings, String version) {
        ScenarioSpec s = scenario.spec();
        Path scenarioFile = Path.of(scenario.source().path());
        long w0 = System.nanoTime();
        o.writeText(ForecastTables.FORECAST_CSV, ForecastTables.forecast(forecasts));
        o.writeText(ForecastTables.BACKTEST_CSV, ForecastTables.backtest(forecasts));
        o.writeText(ForecastTables.MODELS_CSV, ForecastTables.models(forecasts));
        if (charts != null) {
            Messages m = Messages.of(charts.lang());
            for (SeriesForecast f : forecasts) {
                NamedChart c = chart(s, f, m, charts.size(), version);
                for (ChartFormat format : charts.formats()) {
                    byte[] bytes = c.render(format);
                    o.writeAtomically(c.fileName(format), os -> os.write(bytes));
                }
            }
        }
        long w1 = System.nanoTime();
        Manifest.Builder mb = Manifest.builder()
                .toolVersion(version)
                .scenario(s.id(), scenarioFile, scenario.source().sha256());
        for (InputFile input : scenario.source().inputs()) {
            mb.scenarioFile(Path.of(input.path()), input.sha256()); // the scenario file and its parents
        }
        mb.setting("command", "forecast")
                .setting("model", model)
                .setting("horizon", Integer.toString(horizon))
                .setting("backtest_max_horizon", Integer.toString(SeriesForecast.BACKTEST_HORIZON))
                .setting("charts", Boolean.toString(charts != null));
        if (charts != null) {
            mb.setting("chart_language", charts.lang().code())
                    .setting("chart_formats", String.join(",", charts.formats().stream()
                            .map(ChartFormat::extension).toList()))
                    .setting("chart_size", Messages.decimalText(charts.size().widthCm()) + "x"
                            + Messages.decimalText(charts.size().heightCm()) + " cm, " + charts.size().dpi() + " dpi");
        }
        Manifest m = mb.timingMillis("read_scenario", timings.readMillis())
                .timingMillis("fit_and_backtest", timings.fitMillis())
                .timingMillis("write_outputs", (w1 - w0) / 1_000_000)
                .outputs(new ArrayList<>(o.written()))
                .started(timings.started())
                .finished(Instant.now())
                .build();
        o.writeText(OutputDirectory.MANIFEST, m.toJson());
        return o.written();
    }

    /** The chart of one series as PNG bytes, in English at the print size (16 × 10 cm at 300 dpi). */
    public static byte[] png(ScenarioSpec s, SeriesForecast f) {
        return chart(s, f, Messages.of(Lang.EN), ChartSize.PRINT, Labourcast.version()).render(ChartFormat.PNG);
    }

    /** The chart of one series: its history, the forecast and the 80% and 95% bands, with a source note. */
    public static NamedChart chart(ScenarioSpec s, SeriesForecast f, Messages m, ChartSize size, String version) {
        return ForecastBandsChart.named(data(s, f, version), m, size);
    }

    /** What the chart of one series shows. */
    public static ForecastBandsChart.Data data(ScenarioSpec s, SeriesForecast f, String version) {
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
        RunInfo info = new RunInfo(s.id(), s.title().en(), s.title().zh(), s.region().name().en(),
                s.region().name().zh(), version, 1, null, null);
        return new ForecastBandsChart.Data(info, f.indicator(), history, bands, f.fit().kind().label(),
                f.fit().description(), f.selection().reason());
    }
}
