package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.labourcast.InputException;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.ForecastSeries;
import org.labourcast.charts.Messages;
import org.labourcast.charts.NamedChart;
import org.labourcast.charts.TornadoData;
import org.labourcast.charts.data.ForecastCsv;
import org.labourcast.charts.data.SavedResults;
import org.labourcast.charts.data.SensitivityFile;
import org.labourcast.charts.report.ChartSet;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labourcast chart RESULTS_DIR…}: draws charts again from saved results (indicators.csv, targets.csv,
 * population.csv, manifest.json and the scenario file) without running the model. One directory gives its standard
 * chart set (or fan charts of the {@code --indicator}s named); several give scenario comparison charts.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Draw charts from saved results without running the model again.", "根据已保存的结果重新绘制图表。"})
final class ChartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RESULTS_DIR", description = "directories written by labourcast run")
    List<Path> results;

    @Option(names = "--indicator", paramLabel = "NAME", split = ",",
            description = "only fan charts of these indicators (any in indicators.csv); with several results, the "
                    + "indicators to compare")
    List<String> indicators = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: RESULTS_DIR/charts; "
            + "required with several results)")
    Path out;

    @Option(names = "--overwrite", description = "replace charts already in the output directory")
    boolean overwrite;

    @Option(names = "--forecast", paramLabel = "FILE",
            description = "forecast CSV (indicator, model, year, point, lo80, hi80, lo95, hi95): adds forecast charts")
    Path forecast;

    @Option(names = "--sensitivity", paramLabel = "FILE", description = "sensitivity CSV (indicator, year, baseline, "
            + "parameter, low_setting, high_setting, outcome_low, outcome_high): adds tornado charts")
    Path sensitivity;

    @Option(names = "--debug", description = "print stack traces for errors")
    boolean debug;

    @Mixin
    ChartOptions.Flags chartFlags = new ChartOptions.Flags();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        ChartOptions options = chartFlags.toOptions();
        OutputFolders.checkOption(out);
        Messages m = Messages.of(options.lang());
        List<SavedResults> saved = new ArrayList<>();
        for (Path dir : results) {
            saved.add(SavedResults.read(dir));
        }
        if (saved.size() > 1 && out == null) {
            throw new InputException(null, "--out", "several results need an output directory for the comparison",
                    "add --out DIR");
        }
        SavedResults first = saved.get(0);
        List<NamedChart> charts = new ArrayList<>();
        if (saved.size() > 1) {
            charts.addAll(ChartSet.comparisons(saved, indicators, m, options.size()));
        } else if (!indicators.isEmpty()) {
            for (String name : indicators) {
                if (first.indicator(name) == null) {
                    String renamed = IndicatorCatalog.renameHint(name, first.indicators().keySet());
                    throw new InputException(null, "--indicator", "'" + name + "' is not in "
                            + first.dir().resolve("indicators.csv"),
                            renamed != null ? renamed : "see the indicator column of indicators.csv");
                }
                charts.add(ChartSet.fan(first, name, m, options.size()));
            }
        } else {
            charts.addAll(ChartSet.standard(first, m, options.size()));
        }
        if (forecast != null) {
            List<ForecastSeries> f = ForecastCsv.read(forecast, indicators.size() == 1 ? indicators.get(0) : null);
            List<NamedChart> fc = ChartSet.forecasts(first, f, m, options.size());
            if (fc.isEmpty()) {
                throw new InputException(null, "--forecast", "none of the forecast's indicators is in "
                        + first.dir().resolve("indicators.csv"));
            }
            charts.addAll(fc);
        }
        if (sensitivity != null) {
            try {
                // Stamped with the sweep that wrote the table (its manifest), not with the results folder's run.
                for (TornadoData t : SensitivityFile.read(sensitivity, first.info())) {
                    charts.add(ChartSet.tornado(t, m, options.size()));
                }
            } catch (IllegalArgumentException e) {
                throw new InputException(null, "--sensitivity", sensitivity + ": " + e.getMessage());
            }
        }
        Path dir = out != null ? out : first.dir().resolve("charts");
        for (SavedResults r : saved) {
            OutputDirectory.requireApart(dir, r.dir(), "charts go in a folder of their own",
                    r.dir().resolve("charts"));
        }
        int count;
        Instant started = Instant.now();
        try (OutputDirectory target = OutputFolders.open(dir, overwrite)) { // before the charts are rendered
            for (NamedChart c : charts) {
                for (ChartFormat f : options.formats()) {
                    byte[] bytes = c.render(f);
                    target.writeAtomically(c.fileName(f), os -> os.write(bytes));
                }
            }
            count = target.written().size();
            // A manifest of its own, so that a later chart --overwrite removes exactly these charts.
            Manifest.Builder manifest = Manifest.builder().toolVersion(Version.current())
                    .scenario(first.info().scenarioId(), first.dir().resolve("indicators.csv"))
                    .setting("command", "chart")
                    .setting("lang", options.lang().name().toLowerCase(java.util.Locale.ROOT));
            for (SavedResults r : saved) {
                manifest.inputFile(r.dir().resolve("indicators.csv"));
            }
            if (forecast != null) {
                manifest.inputFile(forecast);
            }
            if (sensitivity != null) {
                manifest.inputFile(sensitivity);
            }
            manifest.outputs(new ArrayList<>(target.written())).started(started).finished(Instant.now());
            target.writeText(OutputDirectory.MANIFEST, manifest.build().toJson());
        }
        stdout.println(count + " chart files written to " + dir);
        return LabourcastCli.EXIT_OK;
    }
}
