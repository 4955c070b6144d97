package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.labourcast.evaluation.ActualScore;
import org.labourcast.evaluation.ActualsSummary;
import org.labourcast.experiment.ActualDeviation;
import org.labourcast.experiment.ActualsReview;
import org.labourcast.experiment.ScenarioResult;
import org.labourcast.indicators.AgeBand;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.Target;
import org.labourcast.targets.TargetAttainment;

/** The short report a planner reads on the terminal after a run. */
final class RunSummary {
    private RunSummary() {
    }

    static void print(ScenarioResult run, Path dir, PrintWriter out) {
        print(null, run, null, dir, out);
    }

    /**
     * The report, with the mid-term review against the scenario's actuals when {@code review} has any.
     *
     * @param scenario the scenario that ran (its actuals and history score the review); may be null without a review
     */
    static void print(LoadedScenario scenario, ScenarioResult run, ActualsReview review, Path dir, PrintWriter out) {
        ScenarioSpec s = run.scenario();
        out.printf(Locale.ROOT, "%s — %s%n", s.title().en(), s.title().zh());
        int[] years = summaryYears(s.baseYear(), s.horizon());
        java.util.List<String> names = new java.util.ArrayList<>(List.of(IndicatorCatalog.POPULATION_TOTAL,
                IndicatorCatalog.URBANIZATION_RATE, IndicatorCatalog.workingAgeShare(new AgeBand(15, 59)),
                IndicatorCatalog.AGEING_SHARE_45_59, IndicatorCatalog.SHARE_60_PLUS,
                IndicatorCatalog.OLD_AGE_DEPENDENCY_RATIO));
        names.addAll(List.of(LabourIndicators.EMPLOYMENT_TOTAL, LabourIndicators.SECTOR_SHARE_PRIMARY,
                LabourIndicators.SECTOR_SHARE_SECONDARY, LabourIndicators.SECTOR_SHARE_TERTIARY,
                LabourIndicators.RURAL_LABOUR_TRANSFER_RATE, LabourIndicators.URBAN_EMPLOYMENT_SHARE,
                LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE, LabourIndicators.REGISTERED_UNEMPLOYMENT_RATE,
                LabourIndicators.NEW_URBAN_JOBS, LabourIndicators.SKILLED_WORKERS));
        // Cells first, so that a column is as wide as its widest value (a national population needs 13 characters).
        java.util.List<String[]> table = new java.util.ArrayList<>();
        int width = 12;
        for (String name : names) {
            List<IndicatorRow> rows = run.central(name);
            if (rows.isEmpty()) {
                continue;
            }
            String[] cells = new String[years.length + 1];
            cells[0] = name;
            for (int i = 0; i < years.length; i++) {
                cells[i + 1] = format(name, valueIn(rows, years[i]));
                width = Math.max(width, cells[i + 1].length() + 2);
            }
            table.add(cells);
        }
        String column = "%" + width + "s";
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-36s", "indicator"));
        for (int y : years) {
            header.append(String.format(Locale.ROOT, column, y));
        }
        out.println(header);
        if (run.replicates().runs() > 1) {
            out.printf(Locale.ROOT, "  medians of %d Monte Carlo runs%n", run.replicates().runs());
        }
        for (String[] cells : table) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-36s", cells[0]));
            for (int i = 1; i < cells.length; i++) {
                line.append(String.format(Locale.ROOT, column, cells[i]));
            }
            out.println(line);
        }
        for (TargetAttainment a : run.targets()) {
            out.println(targetLine(a, s.baseYear()));
        }
        int notEvaluated = s.targets().size() - run.targets().size();
        if (notEvaluated > 0) {
            out.printf(Locale.ROOT, "  (%d target(s) on labour-model indicators are not evaluated by this run)%n",
                    notEvaluated);
        }
        if (review != null) {
            printReview(review, s.baseYear(), out);
            if (!review.deviations().isEmpty()) {
                printScores(ActualsSummary.of(ActualScore.of(scenario, run.replicates())), out);
            }
        }
        out.printf(Locale.ROOT, "Results written to %s%n", dir);
    }

    /**
     * How many actuals lie in the projection's 90% band, the largest relative deviation, and the targets on the
     * re-anchored projection.
     */
    static void printReview(ActualsReview review, int baseYear, PrintWriter out) {
        List<ActualDeviation> d = review.deviations();
        if (d.isEmpty()) {
            return;
        }
        long inBand = d.stream().filter(ActualDeviation::inBand).count();
        out.printf(Locale.ROOT, "  actuals: %d of %d within the projection's 90%% band (actuals.csv)%n", inBand, d.size());
        d.stream().filter(x -> !Double.isNaN(x.relativeDeviation()))
                .max(java.util.Comparator.comparingDouble(x -> Math.abs(x.relativeDeviation())))
                .ifPresent(x -> out.printf(Locale.ROOT, "  largest deviation: %s in %d, projected median %s vs actual %s"
                                + " (%+.1f%%)%n", x.actual().indicator(), x.actual().year(),
                        format(x.actual().indicator(), x.median()), format(x.actual().indicator(), x.actual().value()),
                        100 * x.relativeDeviation()));
        review.reanchored().ifPresent(r -> {
            out.println("  re-anchored on the latest actual of each indicator (" + r.anchors().size()
                    + " indicator(s); targets_reanchored.csv):");
            for (TargetAttainment a : r.targets()) {
                out.println("  " + targetLine(a, baseYear));
            }
        });
    }

    /** The scores over all actuals (actuals_summary.csv): band coverage and the skill against the naive forecasts. */
    static void printScores(List<ActualsSummary> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            return;
        }
        ActualsSummary all = rows.get(rows.size() - 1);
        out.printf(Locale.ROOT, "  past projections: %.0f%% of %d actuals inside the 80%% band, %.0f%% inside the 90%%"
                        + " band; CRPS skill vs last value %s, vs linear trend %s (> 0: better than the naive"
                        + " forecast; actuals_summary.csv)%n", 100 * all.inBand80(), all.actuals(), 100 * all.inBand90(),
                skill(all.skillLastValue()), skill(all.skillLinearTrend()));
    }

    private static String skill(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+.2f", v);
    }

    /**
     * One line per target, e.g. {@code target urbanization_rate ≥ 60.00% in 2025: met in 100% of 1 run, median
     * 60.00%, first met 2025 — on track}.
     */
    static String targetLine(TargetAttainment a, int baseYear) {
        Target t = a.target();
        String indicator = t.indicator();
        String period = t.period(baseYear);
        String firstMet = a.medianFirstYearMet().isPresent()
                ? "first met " + a.medianFirstYearMet().getAsInt()
                : "not met by most runs";
        String interval = a.runs() == 1 ? "" : String.format(Locale.ROOT, " (95%% interval %s–%s)",
                share(a.probabilityLow()), share(a.probabilityHigh()));
        String basis = switch (a.basis()) {
            case PROJECTED -> "";
            case INPUT -> " [fixed by input " + a.basisInput() + "]";
            case BASE_YEAR -> " [met in the base year; nothing projected can undo it]";
        };
        return String.format(Locale.ROOT, "  target %s %s %s %s: met in %s of %d %s%s, median %s, %s — %s%s",
                indicator, t.operator().display(), format(indicator, t.value()), period,
                percent(a.runsMet(), a.runs()), a.runs(), a.runs() == 1 ? "run" : "runs", interval,
                format(indicator, a.medianProjected()), firstMet, a.status().label(), basis);
    }

    /**
     * The warning for a target whose outcome a scenario input fixes (basis {@code input}), in English and Chinese;
     * empty for any other basis.
     */
    static java.util.Optional<String> inputWarning(TargetAttainment a) {
        if (a.basis() != org.labourcast.targets.TargetBasis.INPUT) {
            return java.util.Optional.empty();
        }
        Target t = a.target();
        return java.util.Optional.of(String.format(Locale.ROOT, "warning: target %s %s %s in %d is fixed by the"
                        + " scenario input %s; its probability restates that input, not a projection%n"
                        + "警告：目标 %s %s %s（%d年）由情景输入 %s 决定，其达成概率只是复述该输入，并非模型预测",
                t.indicator(), t.operator().display(), format(t.indicator(), t.value()), t.year(), a.basisInput(),
                t.indicator(), t.operator().display(), format(t.indicator(), t.value()), t.year(),
                a.basisInput()));
    }

    /**
     * A note when drivers.csv has no shares because the runs are too few for the drawn inputs: the attribution is a
     * regression of each output on p drawn columns and needs p + 2 runs.
     */
    static java.util.Optional<String> driversNote(ScenarioResult run) {
        org.labourcast.uncertainty.InputDraws draws = run.inputs();
        if (draws.names().isEmpty()) {
            return java.util.Optional.empty();
        }
        int needed = org.labourcast.uncertainty.VarianceAttribution.runsNeeded(draws);
        if (draws.runs() >= needed) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(Locale.ROOT, "note: drivers.csv is empty: %d runs cannot split the"
                + " variance among %d drawn inputs; use --runs %d or more%n"
                + "提示：drivers.csv 为空：%d 次运行不足以把方差分解到 %d 个抽样输入上，请使用 --runs %d 或更多",
                draws.runs(), needed - 2, needed, draws.runs(), needed - 2, needed));
    }

    // A share 0–1 as a whole percentage, e.g. 0.3006 -> "30%".
    private static String share(double p) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }

    /**
     * A share of runs as a percentage with at most one decimal. Never rounds to 0% or 100% unless exact, so a
     * planner is not told "100%" when some runs miss.
     */
    static String percent(int met, int runs) {
        if (met == 0 || met == runs) {
            return met == 0 ? "0%" : "100%";
        }
        double p = Math.min(99.9, Math.max(0.1, 100.0 * met / runs));
        String s = String.format(Locale.ROOT, "%.1f", p);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + "%";
    }

    private static int[] summaryYears(int base, int horizon) {
        java.util.TreeSet<Integer> ys = new java.util.TreeSet<>();
        ys.add(base);
        for (int y = (base / 5 + 1) * 5; y < horizon; y += 5) {
            ys.add(y);
        }
        ys.add(horizon);
        return ys.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double valueIn(List<IndicatorRow> rows, int year) {
        return rows.stream().filter(r -> r.year() == year).mapToDouble(IndicatorRow::value).findFirst().orElse(Double.NaN);
    }

    static String format(String indicator, double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (IndicatorCatalog.isYears(indicator)) {
            return String.format(Locale.ROOT, "%.2f years", v);
        }
        return IndicatorCatalog.isShare(indicator) || LabourIndicators.isShare(indicator)
                ? String.format(Locale.ROOT, "%.2f%%", v * 100) : String.format(Locale.ROOT, "%,.0f", v);
    }
}
