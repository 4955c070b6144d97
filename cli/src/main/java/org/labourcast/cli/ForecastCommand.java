package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.labourcast.InputException;
import org.labourcast.api.ForecastFiles;
import org.labourcast.forecast.Backtest;
import org.labourcast.forecast.ModelKind;
import org.labourcast.forecast.Prediction;
import org.labourcast.forecast.SeriesForecast;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.results.OutputDirectory;
import org.labourcast.scenario.HistorySeries;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.yaml.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labourcast forecast SCENARIO}: fits time-series models to each series of the scenario's {@code history:}
 * section, forecasts it to the horizon with 80% and 95% prediction intervals, back-tests every model from rolling
 * origins, and writes forecast.csv, backtest.csv, models.csv, a chart per series and manifest.json
 * (docs/forecasting.md).
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"Forecast the scenario's history series with time-series models and back-test them; write "
                + "forecast.csv, backtest.csv, models.csv, charts and manifest.json.",
            "用时间序列模型预测情景中的历史序列并回测，输出预测、回测、模型表、图表与运行清单。"})
final class ForecastCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario YAML file with a history: section")
    Path scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/<scenario id>-forecast)")
    Path out;

    @Option(names = "--overwrite", description = "replace results already in the output directory")
    boolean overwrite;

    @Option(names = "--horizon", paramLabel = "YEAR", description = "last year to forecast (default: the scenario's horizon)")
    Integer horizon;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = SeriesForecast.AUTO,
            description = "auto (default: lowest AICc, a line below 6 points), naive, linear, logistic, holt, damped or arima")
    String model;

    @Option(names = "--no-charts", description = "skip the charts")
    boolean noCharts;

    @Mixin
    ChartOptions.Flags chartFlags = new ChartOptions.Flags();

    @Option(names = "--debug", description = "print stack traces for errors")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Instant started = Instant.now();
        OutputFolders.checkOption(out);
        ChartOptions options = chartFlags.toOptions(); // bad --lang/--format/size before any work
        long t0 = System.nanoTime();
        LoadedScenario loaded = new ScenarioReader().read(scenario);
        ScenarioSpec s = loaded.spec();
        loaded.warnings().forEach(spec.commandLine().getErr()::println);
        checkModel();
        int toYear = horizon != null ? horizon : s.horizon();
        if (loaded.history().isEmpty()) {
            throw new InputException(null, "history", "scenario '" + s.id() + "' has no history: section to forecast",
                    "add observed series (docs/scenario-format.md, section history)");
        }
        if (toYear <= s.baseYear() || toYear > s.baseYear() + 100) {
            throw new InputException(null, "--horizon", "must be after the base year " + s.baseYear()
                    + " and at most 100 years later, got " + toYear);
        }
        Path dir = out != null ? out : Path.of("out", s.id() + "-forecast");
        try (OutputDirectory target = OutputFolders.open(dir, overwrite)) { // before fitting: fail fast
            long t1 = System.nanoTime();
            List<SeriesForecast> forecasts = new ArrayList<>();
            for (HistorySeries h : loaded.history()) {
                forecasts.add(SeriesForecast.of(h, model, toYear));
            }
            long t2 = System.nanoTime();
            ForecastFiles.write(loaded, forecasts, model, toYear, target, noCharts ? null
                    : new ForecastFiles.Charts(options.lang(), options.formats(), options.size()),
                    new ForecastFiles.Timings(started, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000),
                    Version.current());
            print(s, forecasts, toYear, dir, stdout);
        }
        return LabourcastCli.EXIT_OK;
    }

    private void checkModel() {
        if (!model.equals(SeriesForecast.AUTO) && !ModelKind.labels().contains(model)) {
            throw new InputException(null, "--model", "unknown model '" + model + "', expected auto or one of "
                    + String.join(", ", ModelKind.labels()));
        }
    }

    /** The readable table: per series, the model and why, its last forecast, and its back-test MASE. */
    static void print(ScenarioSpec s, List<SeriesForecast> forecasts, int toYear, Path dir, PrintWriter out) {
        out.printf(Locale.ROOT, "%s — trend forecasts to %d%n", s.title().en(), toYear);
        out.printf(Locale.ROOT, "  %-28s %6s %-11s %-9s %-36s %s%n", "indicator", "points", "years", "model",
                toYear + " forecast (95% interval)", "back-test MASE, 1 year ahead");
        for (SeriesForecast f : forecasts) {
            boolean share = IndicatorCatalog.isShare(f.indicator());
            Prediction last = f.predictions().get(f.predictions().size() - 1);
            String value = format(last.point(), share) + (last.hasInterval()
                    ? " (" + format(last.lo95(), share) + " to " + format(last.hi95(), share) + ")" : " (no interval)");
            String model = f.fit().kind().label();
            String mase = f.backtest(model, 1).map(ForecastCommand::mase).orElse("none (too few points)");
            String best = bestAtOneYear(f);
            out.printf(Locale.ROOT, "  %-28s %6d %-11s %-9s %-36s %s%s%n", f.indicator(), f.series().size(),
                    f.series().firstYear() + "-" + f.series().lastYear(), model, value, mase,
                    best.isEmpty() ? "" : "; best " + best);
            out.printf(Locale.ROOT, "  %-28s %s%n", "", "why: " + f.selection().reason());
        }
        out.println("  MASE < 1: better one year ahead than the naive forecast's in-sample error; see backtest.csv"
                + " for every model and horizon.");
        out.println("wrote " + dir + " (forecast.csv, backtest.csv, models.csv, charts, manifest.json)");
    }

    private static String mase(Backtest.Row r) {
        return Double.isNaN(r.mase()) ? "n/a (" + r.origins() + " origins)"
                : String.format(Locale.ROOT, "%.2f (%d origins)", r.mase(), r.origins());
    }

    /** The model with the lowest one-year-ahead MASE among those back-tested from at least 3 origins. */
    private static String bestAtOneYear(SeriesForecast f) {
        Backtest.Row best = null;
        for (Backtest.Row r : f.backtest()) {
            if (r.horizon() == 1 && r.origins() >= 3 && !Double.isNaN(r.mase())
                    && !r.model().equals(SeriesForecast.AUTO) && (best == null || r.mase() < best.mase())) {
                best = r;
            }
        }
        return best == null ? "" : String.format(Locale.ROOT, "%s %.2f", best.model(), best.mase());
    }

    private static String format(double v, boolean share) {
        return share ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : String.format(Locale.ROOT, "%,.0f", v);
    }
}
