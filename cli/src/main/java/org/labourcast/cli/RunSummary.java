package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.indicators.AgeBand;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.results.IndicatorRow;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.targets.TargetResult;

/** The short report a planner reads on the terminal after a run. */
final class RunSummary {
    private RunSummary() {
    }

    static void print(ProjectionRun run, Path dir, PrintWriter out) {
        ScenarioSpec s = run.scenario();
        out.printf(Locale.ROOT, "%s — %s%n", s.title().en(), s.title().zh());
        int[] years = summaryYears(s.baseYear(), s.horizon());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-36s", "indicator"));
        for (int y : years) {
            header.append(String.format(Locale.ROOT, "%12d", y));
        }
        out.println(header);
        for (String name : List.of(IndicatorCatalog.POPULATION_TOTAL, IndicatorCatalog.URBANIZATION_RATE,
                IndicatorCatalog.workingAgeShare(new AgeBand(15, 59)), IndicatorCatalog.AGEING_SHARE_45_59,
                IndicatorCatalog.SHARE_60_PLUS, IndicatorCatalog.OLD_AGE_DEPENDENCY_RATIO)) {
            List<IndicatorRow> rows = run.indicator(name);
            if (rows.isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-36s", name));
            for (int y : years) {
                line.append(String.format(Locale.ROOT, "%12s", format(name, valueIn(rows, y))));
            }
            out.println(line);
        }
        for (TargetResult t : run.targets()) {
            out.printf(Locale.ROOT, "  target %s %s %s in %d: projected %s — %s%n", t.target().indicator(),
                    t.target().operator().display(), format(t.target().indicator(), t.target().value()),
                    t.target().year(), format(t.target().indicator(), t.projected()), t.status());
        }
        int notEvaluated = s.targets().size() - run.targets().size();
        if (notEvaluated > 0) {
            out.printf(Locale.ROOT, "  (%d target(s) on labour-model indicators are not evaluated by this run)%n",
                    notEvaluated);
        }
        out.printf(Locale.ROOT, "Results written to %s%n", dir);
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

    private static String format(String indicator, double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return IndicatorCatalog.isShare(indicator)
                ? String.format(Locale.ROOT, "%.2f%%", v * 100) : String.format(Locale.ROOT, "%,.0f", v);
    }
}
