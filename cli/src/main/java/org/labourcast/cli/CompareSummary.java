package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.labourcast.experiment.Comparison;
import org.labourcast.indicators.AgeBand;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.Target;
import org.labourcast.targets.TargetAttainment;

/**
 * The side-by-side report of {@code labourcast compare}: key indicators in the last target year and the horizon, each
 * scenario's median and the paired difference from the reference with its 90% band; then every target with its
 * probability in each scenario.
 */
final class CompareSummary {
    /** Indicators shown when the scenarios project them, besides every targeted one. */
    static final List<String> KEY_INDICATORS = List.of(IndicatorCatalog.POPULATION_TOTAL,
            IndicatorCatalog.URBANIZATION_RATE, IndicatorCatalog.workingAgePopulation(new AgeBand(15, 59)),
            IndicatorCatalog.POPULATION_16_PLUS, LabourIndicators.LABOUR_FORCE, LabourIndicators.EMPLOYMENT_TOTAL,
            LabourIndicators.SECTOR_SHARE_PRIMARY, LabourIndicators.SECTOR_SHARE_SECONDARY,
            LabourIndicators.SECTOR_SHARE_TERTIARY, LabourIndicators.RURAL_LABOUR_TRANSFERRED,
            LabourIndicators.RURAL_LABOUR_TRANSFER_RATE, LabourIndicators.URBAN_EMPLOYMENT_SHARE,
            LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE, LabourIndicators.REGISTERED_UNEMPLOYMENT_RATE,
            LabourIndicators.NEW_URBAN_JOBS_CUMULATIVE, LabourIndicators.SKILLED_WORKERS);

    private CompareSummary() {
    }

    static void print(Comparison c, RunSettings settings, Path dir, PrintWriter out) {
        List<String> labels = c.labels();
        String ref = c.referenceLabel();
        out.printf(Locale.ROOT, "Comparison with %s (reference) — 情景比较%n", ref);
        if (c.runs() > 1) {
            out.printf(Locale.ROOT, "  common random numbers: %d Monte Carlo runs per scenario, seed %d, scale %d;"
                    + " differences are scenario − %s paired by run: median [p05, p95]%n", c.runs(), settings.seed(),
                    settings.scale(), ref);
        } else {
            out.printf(Locale.ROOT, "  deterministic projections (one run each): differences are exact%n");
        }
        int width = Math.max(14, labels.stream().mapToInt(String::length).max().orElse(0) + 2);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-34s%6s", "indicator", "year"));
        for (String l : labels) {
            header.append(String.format(Locale.ROOT, "%" + width + "s", l));
        }
        for (String l : labels.subList(1, labels.size())) {
            header.append("   ").append(l).append(" − ").append(ref);
        }
        out.println(header);
        Map<String, Comparison.Difference> differences = c.differences().stream().collect(Collectors.toMap(
                d -> d.scenario() + "|" + d.indicator() + "|" + d.year(), Function.identity()));
        for (String indicator : indicators(c)) {
            for (int year : years(c)) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-34s%6d", indicator, year));
                boolean any = false;
                for (int i = 0; i < labels.size(); i++) {
                    double v = valueIn(c.results().get(i).central(indicator), year);
                    any |= !Double.isNaN(v);
                    line.append(String.format(Locale.ROOT, "%" + width + "s", RunSummary.format(indicator, v)));
                }
                for (String l : labels.subList(1, labels.size())) {
                    Comparison.Difference d = differences.get(l + "|" + indicator + "|" + year);
                    line.append("   ").append(d == null ? "-" : difference(indicator, d, c.runs() > 1));
                }
                if (any) {
                    out.println(line);
                }
            }
        }
        List<Comparison.TargetRow> targets = c.targets();
        if (!targets.isEmpty()) {
            out.println("  targets: share of runs meeting each (difference from " + ref + " in percentage points)");
        }
        Set<String> done = new LinkedHashSet<>();
        for (Comparison.TargetRow row : targets) {
            Target t = row.target();
            String key = t.indicator() + t.year() + t.operator().symbol() + t.value() + t.kind();
            if (!done.add(key)) {
                continue;
            }
            StringBuilder line = new StringBuilder("  target ").append(describe(t, c)).append(':');
            String sep = " ";
            for (Comparison.TargetRow r : targets) {
                Target u = r.target();
                if (!(u.indicator() + u.year() + u.operator().symbol() + u.value() + u.kind()).equals(key)) {
                    continue;
                }
                TargetAttainment a = r.attainment();
                line.append(sep).append(r.scenario()).append(' ').append(RunSummary.percent(a.runsMet(), a.runs()));
                if (!r.scenario().equals(ref) && r.probabilityDifference().isPresent()) {
                    line.append(String.format(Locale.ROOT, " (%+.0f)", 100 * r.probabilityDifference().getAsDouble()));
                }
                sep = ", ";
            }
            out.println(line);
        }
        out.printf(Locale.ROOT, "Results written to %s%n", dir);
    }

    /** Key indicators the scenarios project, then targeted ones not among them. */
    private static List<String> indicators(Comparison c) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : KEY_INDICATORS) {
            if (c.indicators().contains(name)) {
                out.add(name);
            }
        }
        for (Comparison.TargetRow row : c.targets()) {
            if (c.indicators().contains(row.target().indicator())) {
                out.add(row.target().indicator());
            }
        }
        return new ArrayList<>(out);
    }

    /** The last target year (if before the horizon) and the horizon. */
    private static List<Integer> years(Comparison c) {
        int[] years = c.years();
        int horizon = years[years.length - 1];
        TreeSet<Integer> out = new TreeSet<>();
        c.targets().stream().mapToInt(r -> r.target().year()).max().ifPresent(out::add);
        out.add(horizon);
        return new ArrayList<>(out);
    }

    private static String describe(Target t, Comparison c) {
        int base = c.years()[0];
        String period = t.period(base);
        return t.indicator() + " " + t.operator().display() + " " + RunSummary.format(t.indicator(), t.value()) + " "
                + period;
    }

    /** "+8,284 [+5,000, +10,000]", or "+0.52 pp [...]" for shares; without the band for a deterministic run. */
    static String difference(String indicator, Comparison.Difference d, boolean band) {
        String median = signed(indicator, d.median());
        return band ? median + " [" + signed(indicator, d.p05()) + ", " + signed(indicator, d.p95()) + "]" : median;
    }

    static String signed(String indicator, double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (IndicatorCatalog.isShare(indicator)) {
            return String.format(Locale.ROOT, "%+.2f pp", v * 100);
        }
        return String.format(Locale.ROOT, "%+,.0f", v);
    }

    private static double valueIn(List<IndicatorRow> rows, int year) {
        return rows.stream().filter(r -> r.year() == year).mapToDouble(IndicatorRow::value).findFirst()
                .orElse(Double.NaN);
    }
}
