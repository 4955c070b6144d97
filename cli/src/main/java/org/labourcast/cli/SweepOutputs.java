package org.labourcast.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.ChartSet;
import org.labourcast.charts.Messages;
import org.labourcast.charts.NamedChart;
import org.labourcast.charts.RunInfo;
import org.labourcast.charts.TornadoData;
import org.labourcast.experiment.RandomStreams;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.sweep.PointResult;
import org.labourcast.sweep.SensitivityAnalysis;
import org.labourcast.sweep.SweepPlan;
import org.labourcast.sweep.SweepTables;

/**
 * The end of a sweep, shared by {@code sweep} and {@code merge}: the tables from the points' checkpoints, the
 * tornado charts of a one-at-a-time analysis, and a short summary on the terminal.
 */
final class SweepOutputs {
    private SweepOutputs() {
    }

    /** Writes the tables, and the tornado charts in {@code charts}' formats unless it is null. */
    static Optional<SensitivityAnalysis.Result> write(SweepPlan plan, IntFunction<PointResult> points,
                                                      OutputDirectory out, ChartOptions charts) {
        Optional<SensitivityAnalysis.Result> result = SweepTables.write(plan, points, out);
        if (charts != null && result.isPresent()) {
            Messages m = Messages.of(charts.lang());
            RunInfo info = runInfo(plan);
            for (SensitivityAnalysis.Tornado t : result.get().tornadoes()) {
                List<TornadoData.Row> rows = new ArrayList<>();
                for (SensitivityAnalysis.TornadoRow r : t.rows()) {
                    rows.add(new TornadoData.Row(r.parameter(), r.lowSetting(), r.highSetting(), r.outcomeLow(),
                            r.outcomeHigh()));
                }
                NamedChart c = ChartSet.tornado(new TornadoData(info, t.indicator(), t.year(), t.baseline(), rows), m,
                        charts.size());
                for (ChartFormat f : charts.formats()) {
                    byte[] bytes = c.render(f);
                    out.writeAtomically(c.fileName(f), os -> os.write(bytes));
                }
            }
        }
        return result;
    }

    /** What chart notes say about the sweep's runs (the model settings every point shares). */
    static RunInfo runInfo(SweepPlan plan) {
        SweepPlan.ScenarioInfo s = plan.scenario();
        return new RunInfo(s.id(), s.titleEn(), s.titleZh(), s.regionEn(), s.regionZh(), plan.toolVersion(),
                plan.runsPerPoint(), plan.agents() ? plan.scale() : null, plan.agents() ? plan.modelSeed() : null);
    }

    /** The manifest settings of a sweep's plan. */
    static void settings(Manifest.Builder manifest, SweepPlan plan) {
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

    /** Prints the analysis: one line per outcome and parameter. */
    static void printSensitivity(SensitivityAnalysis.Result result, PrintWriter out) {
        String last = "";
        for (SensitivityAnalysis.Row r : result.rows()) {
            String outcome = r.indicator() + " " + r.year() + " (" + r.stat() + ")";
            if (!outcome.equals(last)) {
                out.println("  " + outcome);
                last = outcome;
            }
            String ci = Double.isNaN(r.ciLow()) ? "" : " [" + fixed(r.ciLow()) + ", " + fixed(r.ciHigh()) + "]";
            out.println("    " + pad(r.parameter(), 34) + " " + pad(r.measure(), 12) + " "
                    + (Double.isNaN(r.value()) ? "—" : fixed(r.value())) + ci);
        }
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** Seconds as text with one decimal. */
    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f s", s);
    }
}
