package org.labourcast.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.labourcast.api.ResultsWorkbook;
import org.labourcast.api.RunFiles;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.Messages;
import org.labourcast.charts.NamedChart;
import org.labourcast.charts.data.SavedResults;
import org.labourcast.charts.report.ChartSet;
import org.labourcast.experiment.ActualDeviation;
import org.labourcast.experiment.ActualsReview;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.Comparison;
import org.labourcast.experiment.ScenarioResult;
import org.labourcast.results.ActualsCsv;
import org.labourcast.results.ComparisonCsv;
import org.labourcast.results.DriversCsv;
import org.labourcast.results.IndicatorCsv;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.results.PopulationCsv;
import org.labourcast.results.TargetCsv;
import org.labourcast.scenario.InputFile;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.uncertainty.InputDraws;
import org.labourcast.uncertainty.RandomStreams;
import org.labourcast.uncertainty.VarianceAttribution;

/**
 * Writes a comparison's files: comparison.csv, differences.csv, comparison_targets.csv, decomposition.csv and
 * differences_drivers.csv (with the labour model), results.xlsx (every scenario's tables in one workbook), one chart per targeted indicator and, last, manifest.json with every scenario file and output and
 * their SHA-256. Each file is written atomically.
 */
final class CompareOutputs {
    private CompareOutputs() {
    }

    /**
     * Writes into {@code out}, which the command opened (and locked) before running the scenarios.
     *
     * @param scenarios the scenarios as read, in the comparison's order
     */
    static List<Path> write(Comparison c, RunSettings settings, List<LoadedScenario> scenarios, OutputDirectory out,
                            ChartOptions charts, RunOutputs.Timings timings, String version) {
        return write(c, settings, scenarios, out, charts, timings, version,
                c.results().stream().map(ScenarioResult::inputs).toList());
    }

    /**
     * As above, with the inputs each scenario's replicates drew (in the comparison's order): a Monte Carlo comparison
     * also gets differences_drivers.csv, each paired difference's variance split by uncertainty source.
     */
    static List<Path> write(Comparison c, RunSettings settings, List<LoadedScenario> scenarios, OutputDirectory out,
                            ChartOptions charts, RunOutputs.Timings timings, String version, List<InputDraws> draws) {
        List<Path> scenarioFiles = scenarios.stream().map(s -> Path.of(s.source().path())).toList();
        Path dir = out.dir();
        long w0 = System.nanoTime();
        boolean agents = c.results().get(0) instanceof AgentRun;
        out.writeText("comparison.csv", ComparisonCsv.comparison(c));
        out.writeText("differences.csv", ComparisonCsv.differences(c));
        out.writeText("comparison_targets.csv", ComparisonCsv.targets(c));
        if (agents) {
            out.writeText("decomposition.csv", ComparisonCsv.decomposition(c));
            if (c.runs() > 1) {
                Map<String, List<VarianceAttribution.Share>> shares = new LinkedHashMap<>();
                for (int i = 1; i < c.labels().size(); i++) {
                    String label = c.labels().get(i);
                    VarianceAttribution a = new VarianceAttribution(InputDraws.paired(draws.get(0), draws.get(i)));
                    shares.put(label, a.ofDifferences(c.indicators(), c.years(),
                            (indicator, year) -> c.paired(label, indicator, year)));
                }
                out.writeText("differences_drivers.csv", DriversCsv.renderDifferences(shares));
            }
        }
        writeWorkbook(c, scenarios, out);
        if (charts != null) {
            writeCharts(c, settings, scenarios, dir, charts, version, out);
        }
        long w1 = System.nanoTime();
        ScenarioSpec ref = c.results().get(0).scenario();
        Manifest.Builder manifest = Manifest.builder()
                .toolVersion(version)
                .scenario(String.join(" vs ", c.labels()), null)
                .seed(agents ? settings.seed() : null)
                .setting("command", "compare")
                .setting("reference", c.referenceLabel())
                .setting("engine", c.results().get(0).engine())
                .setting("runs", Integer.toString(c.runs()))
                .setting("base_year", Integer.toString(ref.baseYear()))
                .setting("horizon", Integer.toString(ref.horizon()))
                .setting("charts", Boolean.toString(charts != null));
        if (charts != null) {
            manifest.setting("chart_language", charts.lang().code())
                    .setting("chart_formats", String.join(",",
                            charts.formats().stream().map(ChartFormat::extension).toList()));
        }
        for (int i = 0; i < scenarioFiles.size(); i++) {
            for (InputFile f : scenarios.get(i).source().inputs()) {
                manifest.inputFile(Path.of(f.path()), f.sha256()); // each scenario file and its parents
            }
            manifest.setting(String.format(Locale.ROOT, "scenario.%d", i + 1),
                            c.labels().get(i) + " = " + scenarioFiles.get(i).toString().replace('\\', '/'));
        }
        if (agents) {
            manifest.setting("common_random_numbers", "same seed, runs and scale for every scenario")
                    .setting("scale", Integer.toString(settings.scale()))
                    .setting("threads", Integer.toString(settings.threads()))
                    .setting("random_generator", RandomStreams.ALGORITHM.name());
        }
        manifest.timingMillis("read_scenarios", timings.readMillis())
                .timingMillis("project", timings.projectMillis())
                .timingMillis("write_outputs", (w1 - w0) / 1_000_000)
                .outputs(new ArrayList<>(out.written()))
                .started(timings.started())
                .finished(Instant.now());
        out.writeText("manifest.json", manifest.build().toJson());
        return out.written();
    }

    /**
     * results.xlsx: every scenario's indicators, targets, population and actuals (as {@code run} would write them)
     * in one workbook, with a scenario column.
     */
    private static void writeWorkbook(Comparison c, List<LoadedScenario> scenarios, OutputDirectory out) {
        List<ResultsWorkbook.Tables> tables = new ArrayList<>();
        for (int i = 0; i < c.results().size(); i++) {
            ScenarioResult r = c.results().get(i);
            List<ActualDeviation> actuals = ActualsReview.of(scenarios.get(i).actuals(), r, false).deviations();
            tables.add(new ResultsWorkbook.Tables(c.labels().get(i), IndicatorCsv.render(r.indicators()),
                    TargetCsv.render(r.targets()), PopulationCsv.render(r.years()),
                    actuals.isEmpty() ? null : ActualsCsv.render(actuals)));
        }
        byte[] workbook = ResultsWorkbook.render(tables);
        out.writeAtomically(ResultsWorkbook.FILE_NAME, os -> os.write(workbook));
    }

    /**
     * The comparison charts of {@code labourcast chart A B} (one per indicator with an annual target in some scenario:
     * medians, 80% bands, targets), drawn from the in-memory results as {@code run} would have saved them.
     */
    private static void writeCharts(Comparison c, RunSettings settings, List<LoadedScenario> scenarios, Path dir,
                                    ChartOptions charts, String version, OutputDirectory out) {
        List<SavedResults> saved = new ArrayList<>();
        for (int i = 0; i < c.results().size(); i++) {
            ScenarioResult r = c.results().get(i);
            saved.add(RunFiles.savedResults(r, settings, scenarios.get(i), dir, version,
                    IndicatorCsv.render(r.indicators()), TargetCsv.render(r.targets()), PopulationCsv.render(r.years())));
        }
        for (NamedChart chart : ChartSet.comparisons(saved, c.labels(), List.of(), Messages.of(charts.lang()),
                charts.size())) {
            for (ChartFormat f : charts.formats()) {
                byte[] bytes = chart.render(f);
                out.writeAtomically(chart.fileName(f), os -> os.write(bytes));
            }
        }
    }
}
