package org.labourcast.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.labourcast.Csv;
import org.labourcast.InputException;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.sweep.SweepPlan;
import org.labourcast.sweep.SweepTables;
import org.labourcast.sweep.definition.ParameterValue;
import org.labourcast.yaml.Fields;

/**
 * A sweep's point table, the rows of {@code sweep.csv}: point, the parameters' values at that point, indicator,
 * year, stat, value. Filters return smaller tables; columns come as arrays. Values are in each indicator's unit
 * (persons, or shares 0–1); the stats are those of {@code indicators.csv} over the point's Monte Carlo runs
 * ({@code mean}, {@code median}, {@code p05}, {@code p10}, {@code p90}, {@code p95}), or {@code value} for a
 * deterministic projection.
 *
 * <p>The filters check their arguments against the whole sweep, not the rows left: an indicator, stat or year the
 * sweep does not report, a parameter it does not have or a point it does not have is an {@link InputException} that
 * says what there is, with a suggestion for a misspelt name ({@code did you mean 'skilled_workers'?}). A filter
 * that matches nothing among the rows left gives an empty table.
 *
 * <p>{@link #toCsv()} of the whole table is {@code sweep.csv}, byte for byte. Immutable and thread-safe.
 */
public final class SweepTable implements Iterable<SweepTable.Row> {
    /**
     * One line of {@code sweep.csv}.
     *
     * @param point  the point's index
     * @param values the parameters' values at the point, in the sweep's parameter order
     * @param value  the statistic, in the indicator's unit; {@code NaN} where it does not exist
     */
    public record Row(int point, List<ParameterValue> values, String indicator, int year, String stat, double value) {
        public Row {
            values = List.copyOf(values);
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(stat, "stat");
        }
    }

    /** What the whole sweep reports, for checking filters' arguments. */
    private record Scope(List<String> indicators, List<Integer> years, List<String> stats) {
    }

    private final SweepPlan plan;
    private final List<Row> rows;
    private final Scope scope;

    private SweepTable(SweepPlan plan, List<Row> rows, Scope scope) {
        this.plan = plan;
        this.rows = List.copyOf(rows);
        this.scope = scope;
    }

    /** The whole table of a sweep: these rows are everything it reports. */
    static SweepTable of(SweepPlan plan, List<Row> rows) {
        Set<String> indicators = new LinkedHashSet<>();
        Set<Integer> years = new TreeSet<>();
        Set<String> stats = new LinkedHashSet<>();
        for (Row r : rows) {
            indicators.add(r.indicator());
            years.add(r.year());
            stats.add(r.stat());
        }
        return new SweepTable(plan, rows, new Scope(List.copyOf(indicators), List.copyOf(years), List.copyOf(stats)));
    }

    /** The parameters' names, the columns after {@code point}. */
    public List<String> parameters() {
        return plan.parameters();
    }

    /**
     * The rows of these points.
     *
     * @throws InputException for a point the sweep does not have
     */
    public SweepTable point(int... points) {
        Set<Integer> set = new HashSet<>();
        for (int p : points) {
            if (p < 0 || p >= plan.size()) {
                throw new InputException(null, "point", "the sweep has no point " + p + ": its points are 0 to "
                        + (plan.size() - 1));
            }
            set.add(p);
        }
        return where(r -> set.contains(r.point()));
    }

    /**
     * The rows of these indicators.
     *
     * @throws InputException for an indicator the sweep does not report, with a suggestion
     */
    public SweepTable indicator(String... names) {
        for (String n : names) {
            check("indicator", n, scope.indicators(), "the sweep reports no indicator", "it reports",
                    "sweep.outputs chooses what the sweep reports");
        }
        Set<String> set = Set.of(names);
        return where(r -> set.contains(r.indicator()));
    }

    /**
     * The rows of these stats ({@code mean}, {@code median}, {@code p05}… or {@code value}).
     *
     * @throws InputException for a stat the table does not have, with a suggestion
     */
    public SweepTable stat(String... stats) {
        for (String s : stats) {
            check("stat", s, scope.stats(), "the sweep has no stat", "it has", null);
        }
        Set<String> set = Set.of(stats);
        return where(r -> set.contains(r.stat()));
    }

    /**
     * The rows of these years.
     *
     * @throws InputException for a year the sweep does not report
     */
    public SweepTable year(int... years) {
        Set<Integer> set = new HashSet<>();
        for (int y : years) {
            if (!scope.years().contains(y)) {
                throw new InputException(null, "year", "the sweep reports no year " + y + ": it reports "
                        + scope.years().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                        "sweep.outputs.years chooses the years");
            }
            set.add(y);
        }
        return where(r -> set.contains(r.year()));
    }

    /** The rows of the years {@code from} to {@code to}, both included. */
    public SweepTable years(int from, int to) {
        return where(r -> r.year() >= from && r.year() <= to);
    }

    /**
     * The rows of the points where a parameter has a value: the number as the sweep writes it (12 significant
     * digits, so {@code 0.1 + 0.2} finds {@code 0.3}).
     *
     * @throws InputException for a parameter the sweep does not have, with a suggestion
     */
    public SweepTable where(String parameter, double value) {
        int i = parameterIndex(parameter);
        double x = ParameterValue.of(value).number();
        return where(r -> r.values().get(i).numeric() && r.values().get(i).number() == x);
    }

    /**
     * The rows of the points where a parameter has a value given as text, as {@code points.csv} writes it
     * ({@code "0.05"}, or a word such as {@code "none"}).
     *
     * @throws InputException for a parameter the sweep does not have, with a suggestion
     */
    public SweepTable where(String parameter, String text) {
        int i = parameterIndex(parameter);
        return where(r -> r.values().get(i).text().equals(text));
    }

    /** The rows that pass {@code test}. */
    public SweepTable where(Predicate<Row> test) {
        return new SweepTable(plan, rows.stream().filter(test).toList(), scope);
    }

    public List<Row> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    public Iterator<Row> iterator() {
        return rows.iterator();
    }

    /** The point column, in row order. */
    public int[] points() {
        return rows.stream().mapToInt(Row::point).toArray();
    }

    /** The value column, in row order. */
    public double[] values() {
        return rows.stream().mapToDouble(Row::value).toArray();
    }

    /** The year column, in row order. */
    public int[] years() {
        return rows.stream().mapToInt(Row::year).toArray();
    }

    /** The indicator column, in row order. */
    public List<String> indicators() {
        return rows.stream().map(Row::indicator).toList();
    }

    /** The stat column, in row order. */
    public List<String> stats() {
        return rows.stream().map(Row::stat).toList();
    }

    /**
     * A parameter's column, in row order: its numbers ({@code NaN} for a word value).
     *
     * @throws InputException for a parameter the sweep does not have, with a suggestion
     */
    public double[] parameter(String name) {
        int i = parameterIndex(name);
        return rows.stream().mapToDouble(r -> r.values().get(i).number()).toArray();
    }

    /**
     * The value of the table's only row.
     *
     * @throws IllegalStateException when the table has no row or several (filter it down first)
     */
    public double value() {
        if (rows.size() != 1) {
            throw new IllegalStateException("value() needs exactly one row, the table has " + rows.size()
                    + "; filter by point, indicator, year and stat");
        }
        return rows.get(0).value();
    }

    /**
     * Point to value of a table with one indicator, year and stat, in point order: the outcome across the sweep.
     *
     * @throws IllegalStateException when the table holds several indicators, years or stats
     */
    public Map<Integer, Double> byPoint() {
        Set<String> series = new LinkedHashSet<>();
        for (Row r : rows) {
            series.add(r.indicator() + " " + r.year() + " " + r.stat());
        }
        if (series.size() > 1) {
            throw new IllegalStateException("byPoint() needs one indicator, year and stat; the table has "
                    + String.join(", ", series) + "; filter it down first");
        }
        Map<Integer, Double> out = new LinkedHashMap<>();
        rows.stream().sorted((a, b) -> Integer.compare(a.point(), b.point()))
                .forEach(r -> out.put(r.point(), r.value()));
        return out;
    }

    /** The table as {@code sweep.csv} text: {@code point,<parameter>…,indicator,year,stat,value}, then the rows. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(SweepTables.header(plan, "indicator,year,stat,value"));
        for (Row r : rows) {
            sb.append(SweepTables.prefix(plan.points().get(r.point())))
                    .append(Csv.row(r.indicator(), r.year(), r.stat(), r.value()));
        }
        return sb.toString();
    }

    /**
     * A readable wide table: one line per point, indicator and stat (with the parameters' values), one column per
     * year; shares in percent, persons with thousands separators.
     */
    public String toText() {
        if (rows.isEmpty()) {
            return "(no rows)\n";
        }
        TreeSet<Integer> yearSet = new TreeSet<>();
        Map<List<String>, Map<Integer, Row>> lines = new LinkedHashMap<>();
        for (Row r : rows) {
            yearSet.add(r.year());
            List<String> key = new ArrayList<>();
            key.add(Integer.toString(r.point()));
            r.values().forEach(v -> key.add(v.text()));
            key.add(r.indicator());
            key.add(r.stat());
            lines.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(r.year(), r);
        }
        List<String> header = new ArrayList<>();
        header.add("point");
        header.addAll(plan.parameters());
        header.add("indicator");
        header.add("stat");
        yearSet.forEach(y -> header.add(Integer.toString(y)));
        List<List<String>> cells = new ArrayList<>();
        for (Map.Entry<List<String>, Map<Integer, Row>> e : lines.entrySet()) {
            List<String> line = new ArrayList<>(e.getKey());
            for (int y : yearSet) {
                Row r = e.getValue().get(y);
                line.add(r == null ? "" : IndicatorTable.format(r.value(), IndicatorCatalog.isShare(r.indicator())));
            }
            cells.add(line);
        }
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> line : cells) {
                width[c] = Math.max(width[c], line.get(c).length());
            }
        }
        int firstYear = header.size() - yearSet.size();
        StringBuilder sb = new StringBuilder();
        for (List<String> line : prepend(header, cells)) {
            for (int c = 0; c < line.size(); c++) {
                // numbers (the point and the years' values) to the right, texts to the left
                boolean right = c == 0 || c >= firstYear;
                String f = "%" + (right ? "" : "-") + width[c] + "s";
                sb.append(c == 0 ? "" : "  ").append(String.format(Locale.ROOT, f, line.get(c)));
            }
            int end = sb.length();
            while (end > 0 && sb.charAt(end - 1) == ' ') {
                end--;
            }
            sb.setLength(end);
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toText();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepTable t && t.rows.equals(rows) && t.plan.parameters().equals(plan.parameters());
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    private static List<List<String>> prepend(List<String> first, List<List<String>> rest) {
        List<List<String>> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private int parameterIndex(String name) {
        check("parameter", name, plan.parameters(), "the sweep has no parameter", "its parameters are", null);
        return plan.parameters().indexOf(name);
    }

    /**
     * Throws when {@code name} is not one of {@code known}: "{@code problem} 'name': {@code listing} a, b, c", with
     * "did you mean" for a near miss, else {@code otherwise}.
     */
    static void check(String what, String name, Collection<String> known, String problem, String listing,
                      String otherwise) {
        Objects.requireNonNull(name, what);
        if (known.contains(name)) {
            return;
        }
        String renamed = what.equals("indicator") ? IndicatorCatalog.renameHint(name, known) : null;
        String closest = Fields.closestName(name, known);
        throw new InputException(null, what, problem + " '" + name + "': " + listing + " " + String.join(", ", known),
                renamed != null ? renamed : closest != null ? "did you mean '" + closest + "'?" : otherwise);
    }
}
