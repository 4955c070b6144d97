package org.labourcast.sweep;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
import org.labourcast.Csv;
import org.labourcast.results.OutputDirectory;
import org.labourcast.sweep.definition.SensitivitySpec;

/**
 * Writes a finished sweep's tables from its plan and its points' checkpoints, and nothing else, so that a sweep run
 * straight through, resumed, or run in shards and merged writes the same bytes:
 *
 * <ul>
 *   <li>{@code sweep.csv}: {@code point,<parameter>…,indicator,year,stat,value}, the reported indicators' summary
 *       statistics at every point (points in order, then indicators, years and stats in the engine's order);</li>
 *   <li>{@code sweep_targets.csv}: {@code point,<parameter>…,indicator,year,operator,target,kind,probability,median,
 *       median_first_year_met,status,runs,probability_low,probability_high}, every plan target at every point (the
 *       last two: the 95% Wilson interval of the share of runs);</li>
 *   <li>with a sensitivity analysis, {@code sensitivity.csv} ({@link SensitivityAnalysis#HEADER}) and, for
 *       one-at-a-time, {@code tornado.csv} ({@link SensitivityAnalysis#TORNADO_HEADER}).</li>
 * </ul>
 */
public final class SweepTables {
    public static final String SWEEP_CSV = "sweep.csv";
    public static final String TARGETS_CSV = "sweep_targets.csv";
    public static final String SENSITIVITY_CSV = "sensitivity.csv";
    public static final String TORNADO_CSV = "tornado.csv";
    /** Columns of sweep_targets.csv after the parameters. */
    public static final String TARGET_COLUMNS = "indicator,year,operator,target,kind,probability,median,"
            + "median_first_year_met,status,runs,probability_low,probability_high";

    private SweepTables() {
    }

    /**
     * Writes the tables to {@code out}.
     *
     * @param points a point's result by index (from the checkpoints); read once per table
     * @return the sensitivity analysis, if the plan has one
     */
    public static Optional<SensitivityAnalysis.Result> write(SweepPlan plan, IntFunction<PointResult> points,
                                                             OutputDirectory out) {
        out.writeAtomically(SWEEP_CSV, os -> {
            write(os, header(plan, "indicator,year,stat,value"));
            for (SweepPoint p : plan.points()) {
                PointResult r = points.apply(p.index());
                String prefix = prefix(p);
                StringBuilder sb = new StringBuilder();
                for (PointResult.Cell c : r.cells()) {
                    if (plan.outputs().includes(c.indicator(), c.year())) {
                        sb.append(prefix).append(Csv.row(c.indicator(), c.year(), c.stat(), c.value()));
                    }
                }
                write(os, sb.toString());
            }
        });
        out.writeAtomically(TARGETS_CSV, os -> {
            write(os, header(plan, TARGET_COLUMNS));
            for (SweepPoint p : plan.points()) {
                PointResult r = points.apply(p.index());
                String prefix = prefix(p);
                StringBuilder sb = new StringBuilder();
                for (PointResult.TargetOutcome t : r.targets()) {
                    sb.append(prefix).append(Csv.row(t.indicator(), t.year(), t.operator(), t.target(), t.kind(),
                            t.probability(r.runs()), t.median(),
                            t.firstYearMet().isPresent() ? Integer.toString(t.firstYearMet().getAsInt()) : "",
                            t.status(r.runs()), r.runs(),
                            org.labourcast.targets.WilsonInterval.of95(t.runsMet(), r.runs()).low(),
                            org.labourcast.targets.WilsonInterval.of95(t.runsMet(), r.runs()).high()));
                }
                write(os, sb.toString());
            }
        });
        Optional<SensitivityAnalysis.Result> analysis = analyse(plan, points);
        analysis.ifPresent(result -> {
            out.writeText(SENSITIVITY_CSV, result.csv());
            if (!result.tornadoes().isEmpty()) {
                out.writeText(TORNADO_CSV, result.tornadoCsv());
            }
        });
        return analysis;
    }

    /**
     * The plan's sensitivity analysis of the points' results, as {@link #write} writes it, without writing anything.
     *
     * @param points a point's result by index; read once
     * @return the analysis, or empty when the plan has none
     * @throws IllegalStateException when a point lacks an outcome the analysis needs
     */
    public static Optional<SensitivityAnalysis.Result> analyse(SweepPlan plan, IntFunction<PointResult> points) {
        if (plan.sensitivity().isEmpty()) {
            return Optional.empty();
        }
        SensitivitySpec spec = plan.sensitivity().get();
        List<SensitivityAnalysis.Outcome> outcomes = SensitivityAnalysis.outcomes(spec);
        double[][] values = new double[outcomes.size()][plan.size()];
        for (SweepPoint p : plan.points()) {
            PointResult r = points.apply(p.index());
            for (int c = 0; c < outcomes.size(); c++) {
                SensitivityAnalysis.Outcome o = outcomes.get(c);
                OptionalDouble v = r.value(o.indicator(), o.year(), spec.stat());
                if (v.isEmpty() || Double.isNaN(v.getAsDouble())) {
                    throw new IllegalStateException("point " + p.index() + " has no " + spec.stat() + " of "
                            + o.indicator() + " in " + o.year());
                }
                values[c][p.index()] = v.getAsDouble();
            }
        }
        return Optional.of(SensitivityAnalysis.analyse(plan, values));
    }

    /**
     * The header line of a sweep table: {@code point,<parameter>…,} then {@code tail} (the table's own columns, e.g.
     * {@code indicator,year,stat,value}), with a line end.
     */
    public static String header(SweepPlan plan, String tail) {
        List<Object> cells = new ArrayList<>();
        cells.add("point");
        cells.addAll(plan.parameters());
        String head = Csv.row(cells.toArray());
        return head.substring(0, head.length() - 1) + "," + tail + "\n";
    }

    /** {@code point,<values>,} of a point's lines: the index and the parameters' values as in {@code points.csv}. */
    public static String prefix(SweepPoint p) {
        List<Object> cells = new ArrayList<>();
        cells.add(p.index());
        p.values().forEach(v -> cells.add(v.text()));
        String row = Csv.row(cells.toArray());
        return row.substring(0, row.length() - 1) + ",";
    }

    private static void write(OutputStream os, String text) throws java.io.IOException {
        os.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
