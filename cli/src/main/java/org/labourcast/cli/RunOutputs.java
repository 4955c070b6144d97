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
import org.labourcast.experiment.ProjectionRun;
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
 * Writes a run's files: indicators.csv, population.csv, targets.csv (target attainment over the run's replicates;
 * one for this deterministic engine), the urbanization chart and, last, manifest.json with the hashes of everything
 * written before it. Each file is written atomically.
 */
final class RunOutputs {
    static final int CHART_WIDTH = 1600;
    static final int CHART_HEIGHT = 1000;

    /** When the run started and how long reading and projecting took. */
    record Timings(Instant started, long readMillis, long projectMillis) {
    }

    private RunOutputs() {
    }

    static List<Path> write(ProjectionRun run, Path scenarioFile, Path dir, boolean overwrite, boolean charts,
                            Timings timings, String version) {
        OutputDirectory out = OutputDirectory.prepare(dir, overwrite);
        long w0 = System.nanoTime();
        out.writeText("indicators.csv", IndicatorCsv.render(run.indicators()));
        out.writeText("population.csv", PopulationCsv.render(run.years()));
        out.writeText("targets.csv", TargetCsv.render(run.targets()));
        if (charts) {
            IndicatorChartSpec urbanization = urbanizationChart(run);
            out.writeAtomically("urbanization_rate.png",
                    os -> os.write(IndicatorChart.renderPng(urbanization, CHART_WIDTH, CHART_HEIGHT)));
        }
        long w1 = System.nanoTime();
        ScenarioSpec s = run.scenario();
        Manifest manifest = Manifest.builder()
                .toolVersion(version)
                .scenario(s.id(), scenarioFile)
                .seed(null)
                .inputFile(scenarioFile)
                .setting("engine", "cohort-component")
                .setting("runs", Integer.toString(run.replicates().runs())) // targets.csv probabilities are over these
                .setting("base_year", Integer.toString(s.baseYear()))
                .setting("horizon", Integer.toString(s.horizon()))
                .setting("charts", Boolean.toString(charts))
                .timingMillis("read_scenario", timings.readMillis())
                .timingMillis("project", timings.projectMillis())
                .timingMillis("write_outputs", (w1 - w0) / 1_000_000)
                .outputs(new ArrayList<>(out.written()))
                .started(timings.started())
                .finished(Instant.now())
                .build();
        out.writeText("manifest.json", manifest.toJson());
        return out.written();
    }

    static IndicatorChartSpec urbanizationChart(ProjectionRun run) {
        ScenarioSpec s = run.scenario();
        List<YearValue> projection = new ArrayList<>();
        for (IndicatorRow r : run.indicator(IndicatorCatalog.URBANIZATION_RATE)) {
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
                "Source: labourcast cohort-component projection of scenario " + s.id()
                        + "; targets and path from the scenario's cited plan.");
    }
}
