package org.labourcast.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.labourcast.InputException;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.results.IndicatorCsv;

/**
 * A tidy table of indicator rows — scenario, indicator, year, stat, value — as in {@code indicators.csv}, with
 * filters that return smaller tables and column access. Values are in each indicator's unit: persons, or shares
 * 0–1; {@code NaN} where a value does not exist (a flow in the base year).
 *
 * <!-- example: tables -->
 * <pre>{@code
 * Result result = Scenario.load(Path.of("scenarios/leshan/baseline.yaml")).project();
 * IndicatorTable urbanization = result.indicators().indicator("urbanization_rate").years(2020, 2035);
 * int[] years = urbanization.years();       // 2020 … 2035
 * double[] shares = urbanization.values();  // 0.53 … in the same order
 * double in2025 = urbanization.year(2025).value();
 * String csv = result.indicators().indicator("population_total", "urbanization_rate").year(2025).toCsv();
 * System.out.println(result.indicators().indicator("population_total").year(2020, 2025, 2030, 2035).toText());
 * }</pre>
 * ({@code examples/Tables.java}, run by {@code ExamplesTest}.)
 *
 * <p>The filters check their names against what the table holds: a misspelt indicator, stat, year or scenario is an
 * {@link InputException} with "did you mean", never a silently empty table.
 *
 * <p>Immutable and thread-safe.
 */
public final class IndicatorTable implements Iterable<IndicatorRow> {
    /**
     * What the whole table holds, kept through every filter: a name is checked against it, so a misspelt name is an
     * error with a suggestion, while a valid one that a previous filter removed gives an empty table.
     */
    private record Scope(List<String> indicators, List<String> stats, List<Integer> years, List<String> scenarios) {
        static Scope of(List<IndicatorRow> rows) {
            Set<String> indicators = new LinkedHashSet<>();
            Set<String> stats = new LinkedHashSet<>();
            Set<Integer> years = new TreeSet<>();
            Set<String> scenarios = new LinkedHashSet<>();
            for (IndicatorRow r : rows) {
                indicators.add(r.indicator());
                stats.add(r.stat());
                years.add(r.year());
                scenarios.add(r.scenario());
            }
            return new Scope(List.copyOf(indicators), List.copyOf(stats), List.copyOf(years), List.copyOf(scenarios));
        }

        Scope union(Scope other) {
            return merge(other);
        }

        private Scope merge(Scope o) {
            Set<String> i = new LinkedHashSet<>(indicators);
            i.addAll(o.indicators);
            Set<String> s = new LinkedHashSet<>(stats);
            s.addAll(o.stats);
            Set<Integer> y = new TreeSet<>(years);
            y.addAll(o.years);
            Set<String> c = new LinkedHashSet<>(scenarios);
            c.addAll(o.scenarios);
            return new Scope(List.copyOf(i), List.copyOf(s), List.copyOf(y), List.copyOf(c));
        }
    }

    private final List<IndicatorRow> rows;
    private final Scope scope;

    private IndicatorTable(List<IndicatorRow> rows, Scope scope) {
        this.rows = List.copyOf(rows);
        this.scope = scope;
    }

    /** A table of these rows, in their order; its filters accept the indicators, stats, years and scenarios in them. */
    public static IndicatorTable of(List<IndicatorRow> rows) {
        return new IndicatorTable(rows, Scope.of(rows));
    }

    /**
     * The rows of these indicators.
     *
     * @throws InputException for an indicator the table does not hold, with "did you mean" for a near miss
     */
    public IndicatorTable indicator(String... names) {
        for (String n : names) {
            SweepTable.check("indicator", n, scope.indicators(), "the table has no indicator", "it has",
                    n != null && IndicatorCatalog.isLabour(n) && scope.indicators().stream()
                            .noneMatch(IndicatorCatalog::isLabour)
                            ? "a labour-model indicator: only a scenario with a labour: section has it" : null);
        }
        Set<String> set = Set.of(names);
        return where(r -> set.contains(r.indicator()));
    }

    /**
     * The rows of these stats ({@code median}, {@code p05}… or {@code value}).
     *
     * @throws InputException for a stat the table does not have, with "did you mean" for a near miss
     */
    public IndicatorTable stat(String... stats) {
        for (String s : stats) {
            SweepTable.check("stat", s, scope.stats(), "the table has no stat", "it has",
                    scope.stats().contains(IndicatorRow.VALUE)
                            ? "a deterministic projection has one value per year, stat 'value'" : null);
        }
        Set<String> set = Set.of(stats);
        return where(r -> set.contains(r.stat()));
    }

    /**
     * The rows of these years.
     *
     * @throws InputException for a year outside the table's years
     */
    public IndicatorTable year(int... years) {
        Set<Integer> set = new java.util.HashSet<>();
        for (int y : years) {
            if (!scope.years().contains(y)) {
                throw new InputException(null, "year", "the table has no year " + y + ": it has "
                        + yearsText(scope.years()), null);
            }
            set.add(y);
        }
        return where(r -> set.contains(r.year()));
    }

    /** The rows of the years {@code from} to {@code to}, both included. */
    public IndicatorTable years(int from, int to) {
        return where(r -> r.year() >= from && r.year() <= to);
    }

    /**
     * The rows of one scenario (tables joined from several results).
     *
     * @throws InputException for a scenario id the table does not hold, with "did you mean" for a near miss
     */
    public IndicatorTable scenario(String id) {
        SweepTable.check("scenario", id, scope.scenarios(), "the table has no scenario", "it has", null);
        return where(r -> r.scenario().equals(id));
    }

    /** The rows that pass {@code test}. */
    public IndicatorTable where(Predicate<IndicatorRow> test) {
        return new IndicatorTable(rows.stream().filter(test).toList(), scope);
    }

    /** This table's rows followed by the other's (to set scenarios side by side). */
    public IndicatorTable join(IndicatorTable other) {
        List<IndicatorRow> all = new ArrayList<>(rows);
        all.addAll(other.rows);
        return new IndicatorTable(all, scope.union(other.scope));
    }

    public List<IndicatorRow> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    public Iterator<IndicatorRow> iterator() {
        return rows.iterator();
    }

    /** The value column, in row order. */
    public double[] values() {
        return rows.stream().mapToDouble(IndicatorRow::value).toArray();
    }

    /** The year column, in row order. */
    public int[] years() {
        return rows.stream().mapToInt(IndicatorRow::year).toArray();
    }

    /** The indicator column, in row order. */
    public List<String> indicators() {
        return rows.stream().map(IndicatorRow::indicator).toList();
    }

    /** The stat column, in row order. */
    public List<String> stats() {
        return rows.stream().map(IndicatorRow::stat).toList();
    }

    /** The scenario column, in row order. */
    public List<String> scenarios() {
        return rows.stream().map(IndicatorRow::scenario).toList();
    }

    /** The distinct indicators, in order of first appearance. */
    public List<String> indicatorNames() {
        return List.copyOf(new LinkedHashSet<>(indicators()));
    }

    /**
     * The value of the table's only row.
     *
     * @throws IllegalStateException when the table has no row or several (filter it down first)
     */
    public double value() {
        if (rows.size() != 1) {
            throw new IllegalStateException("value() needs exactly one row, the table has " + rows.size()
                    + (rows.isEmpty() ? "" : " (" + String.join(", ", describe()) + ")")
                    + "; filter by indicator, stat and year");
        }
        return rows.get(0).value();
    }

    /**
     * Year to value of a table with one indicator and stat, in year order.
     *
     * @throws IllegalStateException when the table holds several indicators, stats or scenarios
     */
    public Map<Integer, Double> byYear() {
        if (describe().size() > 1) {
            throw new IllegalStateException("byYear() needs one series, the table has " + String.join(", ",
                    describe()) + "; filter by indicator and stat");
        }
        Map<Integer, Double> out = new LinkedHashMap<>();
        rows.stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).forEach(r -> out.put(r.year(), r.value()));
        return out;
    }

    /** The table as {@code indicators.csv} text: header {@code scenario,indicator,year,stat,value}, then the rows. */
    public String toCsv() {
        return IndicatorCsv.render(rows);
    }

    /**
     * A readable wide table: one line per scenario, indicator and stat, one column per year; shares in percent,
     * persons with thousands separators.
     */
    public String toText() {
        if (rows.isEmpty()) {
            return "(no rows)\n";
        }
        TreeSet<Integer> yearSet = new TreeSet<>();
        Map<String, Map<Integer, IndicatorRow>> series = new LinkedHashMap<>();
        boolean scenarios = new LinkedHashSet<>(scenarios()).size() > 1;
        for (IndicatorRow r : rows) {
            yearSet.add(r.year());
            String key = (scenarios ? r.scenario() + "  " : "") + r.indicator() + "  " + r.stat();
            series.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(r.year(), r);
        }
        int width = Math.max(9, series.keySet().stream().mapToInt(String::length).max().orElse(0));
        List<String[]> cells = new ArrayList<>();
        int cellWidth = 4;
        for (Map.Entry<String, Map<Integer, IndicatorRow>> e : series.entrySet()) {
            String[] line = new String[yearSet.size()];
            int i = 0;
            for (int y : yearSet) {
                IndicatorRow r = e.getValue().get(y);
                line[i] = r == null ? "" : format(r.value(), IndicatorCatalog.isShare(r.indicator()));
                cellWidth = Math.max(cellWidth, line[i].length());
                i++;
            }
            cells.add(line);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-" + width + "s", "indicator"));
        for (int y : yearSet) {
            sb.append(String.format(Locale.ROOT, "  %" + cellWidth + "d", y));
        }
        sb.append('\n');
        int k = 0;
        for (String key : series.keySet()) {
            sb.append(String.format(Locale.ROOT, "%-" + width + "s", key));
            for (String c : cells.get(k)) {
                sb.append(String.format(Locale.ROOT, "  %" + cellWidth + "s", c));
            }
            sb.append('\n');
            k++;
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toText();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorTable t && t.rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    /** "indicator/stat" (and scenario) of each series in the table. */
    private List<String> describe() {
        Set<String> s = new LinkedHashSet<>();
        for (IndicatorRow r : rows) {
            s.add(r.scenario() + ":" + r.indicator() + "/" + r.stat());
        }
        return List.copyOf(s);
    }

    /** "2020–2035" for consecutive years, else the years listed. */
    private static String yearsText(List<Integer> years) {
        if (years.isEmpty()) {
            return "none";
        }
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        if (last - first + 1 == years.size()) {
            return first == last ? Integer.toString(first) : first + "–" + last;
        }
        return String.join(", ", years.stream().map(String::valueOf).toList());
    }

    /** A share as a percentage with two decimals, a count with thousands separators; empty for NaN. */
    static String format(double v, boolean share) {
        if (Double.isNaN(v)) {
            return "";
        }
        return share ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : String.format(Locale.ROOT, "%,.0f", v);
    }
}
