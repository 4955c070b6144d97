package org.labourcast.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.ChartSize;
import org.labourcast.charts.Lang;
import org.labourcast.charts.Messages;
import org.labourcast.charts.NamedChart;
import org.labourcast.charts.RunInfo;
import org.labourcast.charts.TornadoData;
import org.labourcast.charts.report.ChartSet;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.scenario.InputFile;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.sweep.PointResult;
import org.labourcast.sweep.SensitivityAnalysis;
import org.labourcast.sweep.SweepPlan;
import org.labourcast.sweep.SweepTables;
import org.labourcast.uncertainty.RandomStreams;

/**
 * The end of a sweep, whichever way its points were run: {@code labourcast sweep} (one machine, resumed or not),
 * {@code labourcast merge} (shards), {@link Sweep#run} and {@link SweepResult#writeTo} in this API, or a distributed
 * driver collecting {@link PointResult}s. All of them write a sweep's tables, tornado charts and manifest settings
 * through this class, so they write the same bytes:
 *
 * <ul>
 *   <li>{@link #write}: {@code sweep.csv}, {@code sweep_targets.csv}, {@code sensitivity.csv} and {@code tornado.csv}
 *       ({@link SweepTables}), then the tornado charts {@code sensitivity_<indicator>_<year>.<format>} of a
 *       one-at-a-time analysis;</li>
 *   <li>{@link #settings}: what {@code manifest.json} records about the sweep's plan;</li>
 *   <li>{@link #sensitivityText}: the analysis as the command prints it.</li>
 * </ul>
 *
 * <p>A driver that runs points elsewhere (for example a Spark job whose tasks return {@link PointResult#toText}
 * texts, read back with {@link PointResult#parse}) ends a sweep as {@code labourcast merge} does: prepare the output
 * folder ({@link OutputDirectory#prepare}), write {@link SweepPlan#pointsCsv()} and {@link SweepPlan#toJson()}, call
 * {@link #write} with the results by point index, then write {@code manifest.json} with {@link #settings} and the
 * folder's {@link OutputDirectory#written()} files.
 *
 * <p>Stateless and thread-safe.
 */
public final class SweepOutputs {
    private SweepOutputs() {
    }

    /**
     * Writes the sweep's tables into {@code out} and, for a one-at-a-time analysis, its tornado charts.
     *
     * @param points a point's result by index (from checkpoints, or held in memory); read once per table, so a
     *               sweep of many points need not be held in memory
     * @param charts the tornado charts' language, formats and size; no charts when null or when
     *               {@code charts.charts()} is false (its other fields, overwrite and per-run, do not apply here)
     * @return the sensitivity analysis, if the plan has one
     */
    public static Optional<SensitivityAnalysis.Result> write(SweepPlan plan, IntFunction<PointResult> points,
                                                             OutputDirectory out, WriteOptions charts) {
        Optional<SensitivityAnalysis.Result> result = SweepTables.write(plan, points, out);
        if (charts != null && charts.charts() && result.isPresent()) {
            for (NamedChart c : tornadoCharts(plan, result.get(), charts.lang(), charts.size())) {
                for (ChartFormat f : charts.formats()) {
                    byte[] bytes = c.render(f);
                    out.writeAtomically(c.fileName(f), os -> os.write(bytes));
                }
            }
        }
        return result;
    }

    /** The tornado charts of a one-at-a-time analysis, one per outcome (none for Sobol' indices). */
    public static List<NamedChart> tornadoCharts(SweepPlan plan, SensitivityAnalysis.Result result, Lang lang,
                                                 ChartSize size) {
        Messages m = Messages.of(lang);
        List<NamedChart> charts = new ArrayList<>();
        for (SensitivityAnalysis.Tornado t : result.tornadoes()) {
            charts.add(ChartSet.tornado(tornadoData(plan, t), m, size));
        }
        return charts;
    }

    /** One outcome's tornado as the charts module draws it. */
    public static TornadoData tornadoData(SweepPlan plan, SensitivityAnalysis.Tornado t) {
        List<TornadoData.Row> rows = new ArrayList<>();
        for (SensitivityAnalysis.TornadoRow r : t.rows()) {
            rows.add(new TornadoData.Row(r.parameter(), r.lowSetting(), r.highSetting(), r.outcomeLow(),
                    r.outcomeHigh()));
        }
        return new TornadoData(runInfo(plan), t.indicator(), t.year(), t.baseline(), rows);
    }

    /** What chart notes say about the sweep's runs (the model settings every point shares). */
    public static RunInfo runInfo(SweepPlan plan) {
        SweepPlan.ScenarioInfo s = plan.scenario();
        return new RunInfo(s.id(), s.titleEn(), s.titleZh(), s.regionEn(), s.regionZh(), plan.toolVersion(),
                plan.runsPerPoint(), plan.agents() ? plan.scale() : null, plan.agents() ? plan.modelSeed() : null);
    }

    /**
     * Records the sweep's plan in a manifest: {@code sweep.fingerprint}, {@code sweep.design}, {@code sweep.points},
     * {@code sweep.samples}, {@code sweep.seed}, {@code sweep.parameters}, the engine, runs per point, base year and
     * horizon, the scale and random generator of a Monte Carlo sweep, and the sensitivity method and statistic.
     */
    public static void settings(Manifest.Builder manifest, SweepPlan plan) {
        manifest.setting("sweep.fingerprint", plan.fingerprint())
                .setting("sweep.design", plan.design().label())
                .setting("sweep.points", Integer.toString(plan.size()))
                .setting("sweep.samples", Integer.toString(plan.samples()))
                .setting("sweep.seed", Long.toString(plan.seed()))
                .setting("sweep.parameters", String.join(",", plan.parameters()))
                .setting("engine", plan.agents() ? "agent-based (MASON), aligned to the cohort-component projection"
                        : "cohort-component")
                .setting("runs_per_point", Integer.toString(plan.runsPerPoint()))
                .setting("base_year", Integer.toString(plan.scenario().baseYear()))
                .setting("horizon", Integer.toString(plan.scenario().horizon()));
        if (plan.agents()) {
            manifest.setting("scale", Integer.toString(plan.scale()))
                    .setting("random_generator", RandomStreams.ALGORITHM.name())
                    .setting("common_random_numbers", "every point runs with master seed " + plan.modelSeed());
        }
        plan.sensitivity().ifPresent(s -> manifest.setting("sensitivity.method", s.method().label())
                .setting("sensitivity.stat", s.stat()));
    }

    /**
     * A manifest of a sweep run from its scenario file: tool version, the scenario file with its SHA-256 and every
     * input file (a variant's parents too), the model seed of a Monte Carlo sweep and the plan's {@link #settings}.
     */
    /**
     * A sweep's manifest so far: version, scenario and its input files, the sweep's {@code --set} overrides
     * ({@code set.1}, {@code set.2}… as for {@code run}) and {@link #settings}; the runner adds how it ran.
     */
    public static Manifest.Builder manifest(Path scenarioFile, LoadedScenario scenario, SweepPlan plan) {
        Manifest.Builder manifest = Manifest.builder()
                .toolVersion(Labourcast.version())
                .scenario(scenario.id(), scenarioFile, scenario.source().sha256())
                .seed(plan.agents() ? plan.modelSeed() : null);
        for (InputFile input : scenario.source().inputs()) {
            manifest.scenarioFile(Path.of(input.path()), input.sha256());
        }
        List<String> overrides = scenario.source().overrides();
        for (int i = 0; i < overrides.size(); i++) {
            manifest.setting(RunFiles.overrideSetting(i, overrides.size()), overrides.get(i)).override(overrides.get(i));
        }
        settings(manifest, plan);
        return manifest;
    }

    /**
     * The analysis as {@code labourcast sweep} prints it: per outcome ({@code indicator year (stat)}), one line per
     * parameter with its measure, value to three decimals ({@code —} when empty) and bootstrap interval.
     */
    public static String sensitivityText(SensitivityAnalysis.Result result) {
        StringBuilder out = new StringBuilder();
        String last = "";
        for (SensitivityAnalysis.Row r : result.rows()) {
            String outcome = r.indicator() + " " + r.year() + " (" + r.stat() + ")";
            if (!outcome.equals(last)) {
                out.append("  ").append(outcome).append('\n');
                last = outcome;
            }
            String ci = Double.isNaN(r.ciLow()) ? "" : " [" + fixed(r.ciLow()) + ", " + fixed(r.ciHigh()) + "]";
            out.append("    ").append(pad(r.parameter(), 34)).append(' ').append(pad(r.measure(), 12)).append(' ')
                    .append(Double.isNaN(r.value()) ? "—" : fixed(r.value())).append(ci).append('\n');
        }
        return out.toString();
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
