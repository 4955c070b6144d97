package org.labourcast.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.labourcast.Csv;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.ChartSize;
import org.labourcast.charts.Lang;
import org.labourcast.charts.Messages;
import org.labourcast.charts.NamedChart;
import org.labourcast.charts.RunInfo;
import org.labourcast.charts.data.SavedResults;
import org.labourcast.charts.data.ScenarioDocument;
import org.labourcast.charts.report.ChartSet;
import org.labourcast.evaluation.ActualScore;
import org.labourcast.evaluation.ActualsSummary;
import org.labourcast.experiment.ActualsReview;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ScenarioResult;
import org.labourcast.results.ActualsCsv;
import org.labourcast.results.ActualsSummaryCsv;
import org.labourcast.results.DriversCsv;
import org.labourcast.results.IndicatorCsv;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.results.PopulationCsv;
import org.labourcast.results.RunValuesCsv;
import org.labourcast.results.TargetCsv;
import org.labourcast.scenario.InputFile;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioFile;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.Target;
import org.labourcast.targets.TargetAttainment;
import org.labourcast.targets.TargetAttainmentEvaluator;
import org.labourcast.uncertainty.InputDraws;
import org.labourcast.uncertainty.RandomStreams;
import org.labourcast.uncertainty.UncertaintySource;
import org.labourcast.uncertainty.VarianceAttribution;

/**
 * Writes a run's files, for {@code labourcast run} and {@link Result#writeTo}: indicators.csv, population.csv,
 * targets.csv (target attainment over the run's replicates), results.xlsx (the same tables as a workbook,
 * {@link ResultsWorkbook}), runs.csv when asked, drivers.csv and target_drivers.csv
 * for a Monte Carlo run, actuals.csv and actuals_summary.csv when the scenario has actuals (and the re-anchored indicators and targets when re-anchoring), the charts and, last, manifest.json with
 * the hashes of everything written before it. Each file is written atomically. Stateless.
 */
public final class RunFiles {
    /**
     * When the run started and how long reading and projecting took, for the manifest.
     *
     * @param readMillis    reading the scenario, in milliseconds
     * @param projectMillis running the engines, in milliseconds
     */
    public record Timings(Instant started, long readMillis, long projectMillis) {
    }

    private RunFiles() {
    }

    /**
     * Writes every file of a run into {@code dir}.
     *
     * @param settings     the settings the run used (seed, scale and threads go to the manifest)
     * @param scenario     the scenario as read: its file as the user named it (charts read titles and the plan's
     *                     path from it), the file's hash and inputs for the manifest, its actuals and history
     * @param version      the tool version for the manifest and the charts' source notes
     * @return the files written, manifest.json last
     * @throws org.labourcast.InputException when {@code dir} already holds results and {@code overwrite} is false
     */
    public static List<Path> write(ScenarioResult run, RunSettings settings, LoadedScenario scenario, Path dir,
                                   WriteOptions options, Timings timings, String version, ActualsReview review) {
        return write(run, settings, scenario, dir, options, timings, version, review, run.inputs());
    }

    /**
     * As {@link #write(ScenarioResult, RunSettings, LoadedScenario, Path, WriteOptions, Timings, String, ActualsReview)}, with
     * the inputs each replicate drew: a Monte Carlo run also gets drivers.csv and target_drivers.csv, its variance
     * attributed to those inputs' sources ({@link VarianceAttribution}; with {@link InputDraws#none} all of it is
     * {@code sampling}).
     */
    public static List<Path> write(ScenarioResult run, RunSettings settings, LoadedScenario scenario, Path dir,
                                   WriteOptions options, Timings timings, String version, ActualsReview review,
                                   InputDraws draws) {
        try (OutputDirectory out = OutputDirectory.open(dir, options.overwrite())) {
            return write(run, settings, scenario, out, options, timings, version, review, draws);
        }
    }

    /**
     * As above, into a folder already opened (and locked) by the caller, who checked it before computing the run
     * ({@code labourcast run}); {@code options.overwrite()} was the caller's to apply when opening it.
     */
    public static List<Path> write(ScenarioResult run, RunSettings settings, LoadedScenario scenario, OutputDirectory out,
                                   WriteOptions options, Timings timings, String version, ActualsReview review,
                                   InputDraws draws) {
        Path dir = out.dir();
        Path scenarioFile = Path.of(scenario.source().path());
        long w0 = System.nanoTime();
        boolean agents = run instanceof AgentRun;
        String indicatorsCsv = IndicatorCsv.render(run.indicators());
        String populationCsv = PopulationCsv.render(run.years());
        String targetsCsv = TargetCsv.render(run.targets());
        out.writeText("indicators.csv", indicatorsCsv);
        out.writeText("population.csv", populationCsv);
        out.writeText("targets.csv", targetsCsv);
        if (options.perRun() && agents) {
            out.writeText("runs.csv", RunValuesCsv.render(run.replicates()));
        }
        if (agents && run.replicates().runs() > 1) {
            VarianceAttribution attribution = new VarianceAttribution(draws);
            out.writeText("drivers.csv", DriversCsv.render(attribution.of(run.replicates())));
            List<Target> targets = run.targets().stream().map(TargetAttainment::target).toList();
            out.writeText("target_drivers.csv", DriversCsv.renderTargets(targets, targets.stream()
                    .map(t -> attribution.shares(TargetAttainmentEvaluator.projectedValues(t, run.replicates(),
                            run.scenario().baseYear()))).toList()));
        }
        String actualsCsv = review.deviations().isEmpty() ? null : ActualsCsv.render(review.deviations());
        if (actualsCsv != null) {
            out.writeText("actuals.csv", actualsCsv);
            out.writeText("actuals_summary.csv", ActualsSummaryCsv.render(ActualsSummary.of(
                    ActualScore.of(scenario, run.replicates()))));
        }
        review.reanchored().ifPresent(r -> {
            out.writeText("indicators_reanchored.csv", IndicatorCsv.render(r.indicators()));
            out.writeText("targets_reanchored.csv", TargetCsv.render(r.targets()));
        });
        byte[] workbook = ResultsWorkbook.render(List.of(new ResultsWorkbook.Tables(run.scenario().id(),
                indicatorsCsv, targetsCsv, populationCsv, actualsCsv)));
        out.writeAtomically(ResultsWorkbook.FILE_NAME, os -> os.write(workbook));
        if (options.charts()) {
            SavedResults saved = savedResults(run, settings, scenario, dir, version, indicatorsCsv, targetsCsv,
                    populationCsv);
            renderCharts(saved, options.lang(), options.formats(), options.size()).forEach((name, bytes) ->
                    out.writeAtomically(name, os -> os.write(bytes)));
        }
        long w1 = System.nanoTime();
        ScenarioSpec s = run.scenario();
        ScenarioFile source = scenario.source();
        Manifest.Builder manifest = Manifest.builder()
                .toolVersion(version)
                .scenario(s.id(), scenarioFile, source.sha256())
                .seed(agents ? settings.seed() : null);
        for (InputFile input : source.inputs()) {
            manifest.scenarioFile(Path.of(input.path()), input.sha256()); // the scenario file and its parents
        }
        List<String> overrides = source.overrides();
        for (int i = 0; i < overrides.size(); i++) {
            manifest.setting(overrideSetting(i, overrides.size()), overrides.get(i)).override(overrides.get(i));
        }
        manifest.setting("engine", run.engine())
                .setting("runs", Integer.toString(run.replicates().runs())) // targets.csv probabilities are over these
                .setting("base_year", Integer.toString(s.baseYear()))
                .setting("horizon", Integer.toString(s.horizon()))
                .setting("charts", Boolean.toString(options.charts()));
        review.reanchored().ifPresent(r -> r.anchors().forEach((indicator, year) ->
                manifest.setting("reanchor." + indicator, Integer.toString(year))));
        if (options.charts()) {
            manifest.setting("chart_language", options.lang().code())
                    .setting("chart_formats", String.join(",",
                            options.formats().stream().map(ChartFormat::extension).toList()))
                    .setting("chart_size", Messages.decimalText(options.size().widthCm()) + "x"
                            + Messages.decimalText(options.size().heightCm()) + " cm, " + options.size().dpi()
                            + " dpi");
        }
        if (run instanceof AgentRun a) {
            manifest.setting("scale", Integer.toString(settings.scale()))
                    .setting("threads", Integer.toString(settings.threads()))
                    .setting("random_generator", RandomStreams.ALGORITHM.name())
                    .setting("uncertainty", uncertaintyText(settings))
                    .setting("calibration.participation_shift", Csv.number(a.calibration().participationShift()))
                    .setting("calibration.transfer_intercept", Csv.number(a.calibration().transferIntercept()))
                    .setting("calibration.registration_urban_hukou",
                            Csv.number(a.calibration().registrationUrbanHukou()))
                    .setting("calibration.registration_rural_hukou",
                            Csv.number(a.calibration().registrationRuralHukou()))
                    .setting("calibration.matching_scale", Csv.number(a.calibration().matchingScale()))
                    .setting("calibration.rural_labour_away_base", Csv.number(a.calibration().awayAtBase()));
        }
        manifest.timingMillis("read_scenario", timings.readMillis())
                .timingMillis("project", timings.projectMillis())
                .timingMillis("write_outputs", (w1 - w0) / 1_000_000)
                .outputs(new ArrayList<>(out.written()))
                .started(timings.started())
                .finished(Instant.now());
        out.writeText("manifest.json", manifest.build().toJson());
        return out.written();
    }

    /**
     * The manifest setting that records the i-th {@code --set} override: {@code set.1}, {@code set.2}…, numbered
     * from 1 and zero-padded to the count's width ({@code set.01} … {@code set.12}), so the sorted settings keep the
     * order the overrides were applied in.
     */
    public static String overrideSetting(int i, int count) {
        int width = Integer.toString(count).length();
        return "set." + String.format(Locale.ROOT, "%0" + width + "d", i + 1);
    }

    /**
     * A run's results as {@code labourcast chart} reads them from disk (same CSV text, scenario file and run facts
     * as the manifest records), so {@code run}, {@code chart} and the API draw the same bytes.
     *
     * @param dir where the results are (or would be) written; comparison legends name the folder
     */
    public static SavedResults savedResults(ScenarioResult run, RunSettings settings, LoadedScenario scenario, Path dir,
                                            String version, String indicatorsCsv, String targetsCsv,
                                            String populationCsv) {
        boolean agents = run instanceof AgentRun;
        // The scenario as it ran (parents merged, overrides applied), from the very files the run read, as
        // `labourcast chart` resolves it from the manifest.
        Path scenarioFile = Path.of(scenario.source().path());
        ScenarioFile file = scenario.source();
        java.util.Map<String, String> recorded = new java.util.LinkedHashMap<>();
        file.inputs().forEach(f -> recorded.put(f.path().replace('\\', '/'), f.sha256()));
        ScenarioDocument.Resolution resolved = ScenarioDocument.resolve(scenarioFile, recorded, file.overrides());
        ScenarioDocument doc = resolved.document();
        RunInfo info = new RunInfo(run.scenario().id(), doc == null ? null : doc.titleEn(),
                doc == null ? null : doc.titleZh(), doc == null ? null : doc.regionEn(),
                doc == null ? null : doc.regionZh(), version, run.replicates().runs(),
                agents ? settings.scale() : null, agents ? settings.seed() : null);
        return SavedResults.of(dir, info, indicatorsCsv, targetsCsv, populationCsv, null, doc, resolved.problem());
    }

    /** Renders the standard chart set in each format; returns file name to bytes, in order. */
    public static LinkedHashMap<String, byte[]> renderCharts(SavedResults results, Lang lang,
                                                             List<ChartFormat> formats, ChartSize size) {
        LinkedHashMap<String, byte[]> out = new LinkedHashMap<>();
        for (NamedChart c : ChartSet.standard(results, Messages.of(lang), size)) {
            for (ChartFormat f : formats) {
                out.put(c.fileName(f), c.render(f));
            }
        }
        return out;
    }

    /** The sources a run drew, in {@link UncertaintySource} order: sampling always, e.g. "fertility,…,sampling". */
    static String uncertaintyText(RunSettings settings) {
        return java.util.Arrays.stream(UncertaintySource.values()).filter(settings::draws)
                .map(UncertaintySource::id).collect(java.util.stream.Collectors.joining(","));
    }
}
