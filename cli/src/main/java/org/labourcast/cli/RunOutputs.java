package org.labourcast.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.labourcast.charts.IndicatorChart;
import org.labourcast.charts.IndicatorChartSpec;
import org.labourcast.charts.TargetMarker;
import org.labourcast.charts.YearValue;
import org.labourcast.experiment.ActualsReview;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.RandomStreams;
import org.labourcast.experiment.RunSettings;
import org.labourcast.experiment.ScenarioResult;
import org.labourcast.labour.LabourIndicators;
import org.labourcast.results.ActualsCsv;
import org.labourcast.results.Csv;
import org.labourcast.results.RunValuesCsv;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.results.IndicatorCsv;
import org.labourcast.results.IndicatorRow;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.results.PopulationCsv;
import org.labourcast.results.TargetCsv;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.UrbanizationPath;
import org.labourcast.targets.Target;

/**
 * Writes a run's files: indicators.csv, population.csv, targets.csv (target attainment over the run's replicates),
 * runs.csv when asked, actuals.csv when the scenario has actuals (and the re-anchored indicators and targets with
 * {@code --reanchor}), the charts and, last, manifest.json with the hashes of everything written before it. Each
 * file is written atomically.
 */
final class RunOutputs {
    static final int CHART_WIDTH = 1600;
    static final int CHART_HEIGHT = 1000;

    /** When the run started and how long reading and projecting took. */
    record Timings(Instant started, long readMillis, long projectMillis) {
    }

    /** What to write besides the tables. */
    record Options(boolean overwrite, boolean charts, boolean perRun) {
    }

    private RunOutputs() {
    }

    static List<Path> write(ScenarioResult run, RunSettings settings, Path scenarioFile, Path dir, Options options,
                            Timings timings, String version, ActualsReview review) {
        OutputDirectory out = OutputDirectory.prepare(dir, options.overwrite());
        long w0 = System.nanoTime();
        boolean agents = run instanceof AgentRun;
        out.writeText("indicators.csv", IndicatorCsv.render(run.indicators()));
        out.writeText("population.csv", PopulationCsv.render(run.years()));
        out.writeText("targets.csv", TargetCsv.render(run.targets()));
        if (options.perRun() && agents) {
            out.writeText("runs.csv", RunValuesCsv.render(run.replicates()));
        }
        if (!review.deviations().isEmpty()) {
            out.writeText("actuals.csv", ActualsCsv.render(review.deviations()));
        }
        review.reanchored().ifPresent(r -> {
            out.writeText("indicators_reanchored.csv", IndicatorCsv.render(r.indicators()));
            out.writeText("targets_reanchored.csv", TargetCsv.render(r.targets()));
        });
        if (options.charts()) {
            for (NamedChart chart : charts(run)) {
                out.writeAtomically(chart.fileName(),
                        os -> os.write(IndicatorChart.renderPng(chart.spec(), CHART_WIDTH, CHART_HEIGHT)));
            }
        }
        long w1 = System.nanoTime();
        ScenarioSpec s = run.scenario();
        Manifest.Builder manifest = Manifest.builder()
                .toolVersion(version)
                .scenario(s.id(), scenarioFile, s.file().sha256())
                .seed(agents ? settings.seed() : null);
        for (ScenarioSpec.InputFile input : s.file().inputs()) {
            manifest.inputFile(Path.of(input.path()), input.sha256()); // the scenario file and its parents
        }
        List<String> overrides = s.file().overrides();
        for (int i = 0; i < overrides.size(); i++) {
            manifest.setting(overrideSetting(i, overrides.size()), overrides.get(i));
        }
        manifest.setting("engine", run.engine())
                .setting("runs", Integer.toString(run.replicates().runs())) // targets.csv probabilities are over these
                .setting("base_year", Integer.toString(s.baseYear()))
                .setting("horizon", Integer.toString(s.horizon()))
                .setting("charts", Boolean.toString(options.charts()));
        review.reanchored().ifPresent(r -> r.anchors().forEach((indicator, year) ->
                manifest.setting("reanchor." + indicator, Integer.toString(year))));
        if (run instanceof AgentRun a) {
            manifest.setting("scale", Integer.toString(settings.scale()))
                    .setting("threads", Integer.toString(settings.threads()))
                    .setting("random_generator", RandomStreams.ALGORITHM.name())
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
    static String overrideSetting(int i, int count) {
        int width = Integer.toString(count).length();
        return "set." + String.format(Locale.ROOT, "%0" + width + "d", i + 1);
    }

    /** A chart and the file it goes to. */
    record NamedChart(String fileName, IndicatorChartSpec spec) {
    }

    /** The urbanization chart, and one chart per other indicator that carries a plan target. */
    static List<NamedChart> charts(ScenarioResult run) {
        List<NamedChart> out = new ArrayList<>();
        out.add(new NamedChart("urbanization_rate.png", urbanizationChart(run)));
        java.util.Set<String> done = new java.util.TreeSet<>();
        done.add(IndicatorCatalog.URBANIZATION_RATE);
        for (Target t : run.scenario().targets()) {
            if (t.kind() == Target.Kind.ANNUAL && done.add(t.indicator()) && !run.central(t.indicator()).isEmpty()) {
                out.add(new NamedChart(t.indicator() + ".png", targetChart(run, t.indicator())));
            }
        }
        return out;
    }

    static IndicatorChartSpec targetChart(ScenarioResult run, String indicator) {
        ScenarioSpec s = run.scenario();
        List<YearValue> projection = new ArrayList<>();
        for (IndicatorRow r : run.central(indicator)) {
            projection.add(new YearValue(r.year(), r.value()));
        }
        List<TargetMarker> markers = new ArrayList<>();
        for (Target t : s.targets()) {
            if (t.indicator().equals(indicator) && t.kind() == Target.Kind.ANNUAL) {
                markers.add(new TargetMarker(t.year(), t.value(), t.operator().symbol(),
                        String.format(Locale.ROOT, "%d target", t.year())));
            }
        }
        boolean share = IndicatorCatalog.isShare(indicator) || LabourIndicators.isShare(indicator);
        String label = run.replicates().runs() > 1 ? "Median of " + run.replicates().runs() + " runs (" + s.id() + ")"
                : "Projection (" + s.id() + ")";
        return new IndicatorChartSpec(
                s.region().name().en() + ": " + indicator.replace('_', ' '),
                s.title().en(),
                share ? "Share (%)" : "Persons",
                share,
                projection, label,
                actuals(s, indicator), "Actual",
                markers,
                "Source: labourcast " + run.engine() + ", scenario " + s.id()
                        + "; targets from the scenario's cited plan.");
    }

    /** The scenario's actuals of one indicator, drawn as observed values. */
    static List<YearValue> actuals(ScenarioSpec s, String indicator) {
        return s.actuals().stream().filter(a -> a.indicator().equals(indicator))
                .map(a -> new YearValue(a.year(), a.value())).sorted(java.util.Comparator.comparingInt(YearValue::year))
                .toList();
    }

    static IndicatorChartSpec urbanizationChart(ScenarioResult run) {
        ScenarioSpec s = run.scenario();
        List<YearValue> projection = new ArrayList<>();
        for (IndicatorRow r : run.central(IndicatorCatalog.URBANIZATION_RATE)) {
            projection.add(new YearValue(r.year(), r.value()));
        }
        List<YearValue> planPath = new ArrayList<>();
        UrbanizationPath path = s.urbanTransfer().path();
        if (path != null) {
            for (UrbanizationPath.Point p : path.points()) {
                planPath.add(new YearValue(p.year(), p.value()));
            }
        }
        List<TargetMarker> markers = new ArrayList<>();
        for (Target t : s.targets()) {
            if (t.indicator().equals(IndicatorCatalog.URBANIZATION_RATE)) {
                markers.add(new TargetMarker(t.year(), t.value(), t.operator().symbol(), String.format(Locale.ROOT,
                        "%d target", t.year())));
            }
        }
        return new IndicatorChartSpec(
                s.region().name().en() + ": resident urbanization rate",
                s.title().en(),
                "Urban residents / all residents (%)",
                true,
                projection, "Projection (" + s.id() + ")",
                planPath, "Plan path points",
                markers,
                "Source: labourcast " + run.engine() + ", scenario " + s.id()
                        + "; targets and path from the scenario's cited plan.");
    }
}
