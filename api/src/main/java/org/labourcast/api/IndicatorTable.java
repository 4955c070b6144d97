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
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.results.IndicatorCsv;
import org.labourcast.results.IndicatorRow;

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
 * <p>Immutable and thread-safe.
 */
public final class IndicatorTable implements Iterable<IndicatorRow> {
    private final List<IndicatorRow> rows;

    private IndicatorTable(List<IndicatorRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** A table of these rows, in their order. */
    public static IndicatorTable of(List<IndicatorRow> rows) {
        return new IndicatorTable(rows);
    }

    /** The rows of these indicators. */
    public IndicatorTable indicator(String... names) {
        Set<String> set = Set.of(names);
        return where(r -> set.contains(r.indicator()));
    }

    /** The rows of these stats ({@code median}, {@code p05}… or {@code value}). */
    public IndicatorTable stat(String... stats) {
        Set<String> set = Set.of(stats);
        return where(r -> set.contains(r.stat()));
    }

    /** The rows of these years. */
    public IndicatorTable year(int... years) {
        Set<Integer> set = new java.util.HashSet<>();
        for (int y : years) {
            set.add(y);
        }
        return where(r -> set.contains(r.year()));
    }

    /** The rows of the years {@code from} to {@code to}, both included. */
    public IndicatorTable years(int from, int to) {
        return where(r -> r.year() >= from && r.year() <= to);
    }

    /** The rows of one scenario (tables joined from several results). */
    public IndicatorTable scenario(String id) {
        return where(r -> r.scenario().equals(id));
    }

    /** The rows that pass {@code test}. */
    public IndicatorTable where(Predicate<IndicatorRow> test) {
        return new IndicatorTable(rows.stream().filter(test).toList());
    }

    /** This table's rows followed by the other's (to set scenarios side by side). */
    public IndicatorTable join(IndicatorTable other) {
        List<IndicatorRow> all = new ArrayList<>(rows);
        all.addAll(other.rows);
        return new IndicatorTable(all);
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

    /** A share as a percentage with two decimals, a count with thousands separators; empty for NaN. */
    static String format(double v, boolean share) {
        if (Double.isNaN(v)) {
            return "";
        }
        return share ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : String.format(Locale.ROOT, "%,.0f", v);
    }
}
