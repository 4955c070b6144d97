package org.labourcast.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.labourcast.charts.ComparisonChart;
import org.labourcast.charts.ComparisonChartSpec;
import org.labourcast.charts.TargetMarker;
import org.labourcast.charts.YearValue;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.Comparison;
import org.labourcast.experiment.RandomStreams;
import org.labourcast.experiment.RunSettings;
import org.labourcast.experiment.ScenarioResult;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.results.ComparisonCsv;
import org.labourcast.results.IndicatorRow;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.targets.Target;
import org.labourcast.targets.TargetAttainment;

/**
 * Writes a comparison's files: comparison.csv, differences.csv, comparison_targets.csv, decomposition.csv (with the
 * labour model), one chart per targeted indicator and, last, manifest.json with every scenario file and output and
 * their SHA-256. Each file is written atomically.
 */
final class CompareOutputs {
    static final int CHART_WIDTH = 1600;
    static final int CHART_HEIGHT = 1000;

    private CompareOutputs() {
    }

    static List<Path> write(Comparison c, RunSettings settings, List<Path> scenarioFiles, Path dir, boolean overwrite,
                            boolean charts, RunOutputs.Timings timings, String version) {
        OutputDirectory out = OutputDirectory.prepare(dir, overwrite);
        long w0 = System.nanoTime();
        boolean agents = c.results().get(0) instanceof AgentRun;
        out.writeText("comparison.csv", ComparisonCsv.comparison(c));
        out.writeText("differences.csv", ComparisonCsv.differences(c));
        out.writeText("comparison_targets.csv", ComparisonCsv.targets(c));
        if (agents) {
            out.writeText("decomposition.csv", ComparisonCsv.decomposition(c));
        }
        if (charts) {
            for (Map.Entry<String, ComparisonChartSpec> chart : charts(c).entrySet()) {
                out.writeAtomically(chart.getKey(), os -> os.write(
                        ComparisonChart.renderPng(chart.getValue(), CHART_WIDTH, CHART_HEIGHT)));
            }
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
                .setting("charts", Boolean.toString(charts));
        for (int i = 0; i < scenarioFiles.size(); i++) {
            manifest.inputFile(scenarioFiles.get(i))
                    .setting(String.format(Locale.ROOT, "scenario.%d", i + 1),
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

    /** One chart per indicator with an annual target in some scenario: file name to chart, in target order. */
    static Map<String, ComparisonChartSpec> charts(Comparison c) {
        Set<String> indicators = new LinkedHashSet<>();
        for (Comparison.TargetRow row : c.targets()) {
            if (row.target().kind() == Target.Kind.ANNUAL && c.indicators().contains(row.target().indicator())) {
                indicators.add(row.target().indicator());
            }
        }
        Map<String, ComparisonChartSpec> out = new LinkedHashMap<>();
        for (String indicator : indicators) {
            out.put(indicator + ".png", chart(c, indicator));
        }
        return out;
    }

    static ComparisonChartSpec chart(Comparison c, String indicator) {
        List<ComparisonChartSpec.Series> series = new ArrayList<>();
        for (int i = 0; i < c.labels().size(); i++) {
            ScenarioResult r = c.results().get(i);
            List<YearValue> values = new ArrayList<>();
            for (IndicatorRow row : r.central(indicator)) {
                values.add(new YearValue(row.year(), row.value()));
            }
            series.add(new ComparisonChartSpec.Series(c.labels().get(i) + (i == 0 ? " (reference)" : ""), values));
        }
        List<TargetMarker> markers = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Comparison.TargetRow row : c.targets()) {
            TargetAttainment a = row.attainment();
            Target t = a.target();
            if (t.indicator().equals(indicator) && t.kind() == Target.Kind.ANNUAL
                    && seen.add(t.year() + t.operator().symbol() + t.value())) {
                markers.add(new TargetMarker(t.year(), t.value(), t.operator().symbol(),
                        String.format(Locale.ROOT, "%d target", t.year())));
            }
        }
        boolean share = IndicatorCatalog.isShare(indicator);
        ScenarioSpec ref = c.results().get(0).scenario();
        String what = c.runs() > 1 ? "Medians of " + c.runs() + " Monte Carlo runs per scenario, common random numbers"
                : "Deterministic projections";
        return new ComparisonChartSpec(ref.region().name().en() + ": " + indicator.replace('_', ' '), what,
                share ? "Share (%)" : "Persons", share, series, markers,
                "Source: labourcast compare, scenarios " + String.join(", ", c.labels())
                        + "; targets from the scenarios' cited plans.");
    }
}
