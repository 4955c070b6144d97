package org.labourcast.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The value of every indicator in every year for each replicate (run) of one scenario: the raw material of Monte
 * Carlo summaries and target attainment. A deterministic projection is the special case of one run
 * ({@link #ofSingleRun}), so both go down the same path.
 *
 * <p>Values are in each indicator's own unit (persons, or shares 0–1). {@code NaN} means "not available" (flows in
 * the base year); infinite values are rejected as bugs upstream.
 *
 * <p>Immutable and thread-safe: the arrays are copied on construction, and the array accessors return copies.
 * Copying {@link #values()} costs O(runs × indicators × years); prefer {@link #value}, {@link #values(String, int)}
 * and {@link #series} in loops.
 *
 * @param scenario   scenario id
 * @param indicators indicator names, in output order, without duplicates
 * @param years      calendar years, ascending and consecutive (at least one)
 * @param values     {@code values[run][indicator][yearIndex]}, at least one run; {@code yearIndex = year - years[0]}
 */
public record ReplicateValues(String scenario, List<String> indicators, int[] years, double[][][] values) {

    public ReplicateValues {
        if (scenario == null || scenario.isBlank()) {
            throw new IllegalArgumentException("scenario must not be null or blank");
        }
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
        Set<String> seen = new HashSet<>();
        for (String name : indicators) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("indicator names must not be blank");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("duplicate indicator " + name);
            }
        }
        years = Objects.requireNonNull(years, "years").clone();
        if (years.length == 0) {
            throw new IllegalArgumentException("at least one year is required");
        }
        for (int i = 1; i < years.length; i++) {
            if (years[i] != years[0] + i) {
                throw new IllegalArgumentException("years must be ascending and consecutive, got "
                        + years[i - 1] + " then " + years[i]);
            }
        }
        Objects.requireNonNull(values, "values");
        if (values.length == 0) {
            throw new IllegalArgumentException("at least one run is required");
        }
        double[][][] copy = new double[values.length][][];
        for (int r = 0; r < values.length; r++) {
            if (values[r] == null || values[r].length != indicators.size()) {
                throw new IllegalArgumentException("run " + (r + 1) + " must have values for "
                        + indicators.size() + " indicators");
            }
            copy[r] = new double[indicators.size()][];
            for (int i = 0; i < indicators.size(); i++) {
                double[] row = values[r][i];
                if (row == null || row.length != years.length) {
                    throw new IllegalArgumentException("run " + (r + 1) + ", " + indicators.get(i) + ": expected "
                            + years.length + " yearly values");
                }
                for (int y = 0; y < row.length; y++) {
                    if (Double.isInfinite(row[y])) {
                        throw new IllegalArgumentException("run " + (r + 1) + ", " + indicators.get(i) + " in "
                                + years[y] + " is infinite");
                    }
                }
                copy[r][i] = row.clone();
            }
        }
        values = copy;
    }

    /**
     * Wraps the rows of one deterministic run (stat {@code "value"}) as a single replicate. Indicators keep their
     * order of first appearance; years span the rows' first to last year; a cell without a row (a flow in the base
     * year) is {@code NaN}.
     *
     * @throws IllegalArgumentException for no rows, another scenario or stat, a duplicate cell or a year gap
     */
    public static ReplicateValues ofSingleRun(String scenario, List<IndicatorRow> rows) {
        return ofRuns(scenario, List.of(rows));
    }

    /**
     * Builds replicate values from the rows of each run, in run order. Indicators and years are those of the first
     * run; a later run may lack a cell (it becomes {@code NaN}) but may not add an indicator or year.
     *
     * @throws IllegalArgumentException for no runs or rows, another scenario or stat, a duplicate cell, a year gap,
     *                                  or a later run with an indicator or year the first lacks
     */
    public static ReplicateValues ofRuns(String scenario, List<List<IndicatorRow>> runs) {
        if (runs.isEmpty() || runs.get(0).isEmpty()) {
            throw new IllegalArgumentException("no indicator rows for scenario " + scenario);
        }
        Map<String, Integer> indicatorIndex = new LinkedHashMap<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (IndicatorRow r : runs.get(0)) {
            indicatorIndex.putIfAbsent(r.indicator(), indicatorIndex.size());
            first = Math.min(first, r.year());
            last = Math.max(last, r.year());
        }
        int[] years = new int[last - first + 1];
        boolean[] yearSeen = new boolean[years.length];
        for (int y = 0; y < years.length; y++) {
            years[y] = first + y;
        }
        double[][][] values = new double[runs.size()][indicatorIndex.size()][years.length];
        for (int run = 0; run < runs.size(); run++) {
            boolean[][] filled = new boolean[indicatorIndex.size()][years.length];
            for (double[] row : values[run]) {
                Arrays.fill(row, Double.NaN);
            }
            for (IndicatorRow r : runs.get(run)) {
                if (!r.scenario().equals(scenario)) {
                    throw new IllegalArgumentException("row of scenario " + r.scenario() + " in " + scenario);
                }
                if (!r.stat().equals(IndicatorRow.VALUE)) {
                    throw new IllegalArgumentException("expected stat \"value\", got \"" + r.stat() + "\" for "
                            + r.indicator() + " in " + r.year());
                }
                Integer i = indicatorIndex.get(r.indicator());
                if (i == null || r.year() < first || r.year() > last) {
                    throw new IllegalArgumentException("run " + (run + 1) + " has " + r.indicator() + " in "
                            + r.year() + ", which the first run lacks");
                }
                int y = r.year() - first;
                if (filled[i][y]) {
                    throw new IllegalArgumentException("run " + (run + 1) + " has two values of " + r.indicator()
                            + " in " + r.year());
                }
                filled[i][y] = true;
                yearSeen[y] = true;
                values[run][i][y] = r.value();
            }
        }
        for (int y = 0; y < years.length; y++) {
            if (!yearSeen[y]) {
                throw new IllegalArgumentException("no values in " + years[y] + ": years must be consecutive");
            }
        }
        return new ReplicateValues(scenario, new ArrayList<>(indicatorIndex.keySet()), years, values);
    }

    /** Number of runs (replicates), at least 1. */
    public int runs() {
        return values.length;
    }

    public int firstYear() {
        return years[0];
    }

    public int lastYear() {
        return years[years.length - 1];
    }

    public boolean hasIndicator(String indicator) {
        return indicators.contains(indicator);
    }

    public boolean hasYear(int year) {
        return year >= firstYear() && year <= lastYear();
    }

    /** A copy of the years. */
    @Override
    public int[] years() {
        return years.clone();
    }

    /** A deep copy of all values, {@code [run][indicator][yearIndex]}. */
    @Override
    public double[][][] values() {
        double[][][] copy = new double[values.length][][];
        for (int r = 0; r < values.length; r++) {
            copy[r] = new double[values[r].length][];
            for (int i = 0; i < values[r].length; i++) {
                copy[r][i] = values[r][i].clone();
            }
        }
        return copy;
    }

    /** The value of one indicator in one year of run {@code run} (0-based); {@code NaN} if not available. */
    public double value(int run, String indicator, int year) {
        return values[checkRun(run)][indexOf(indicator)][yearIndex(year)];
    }

    /** The values of one indicator in one year, one per run in run order. */
    public double[] values(String indicator, int year) {
        int i = indexOf(indicator);
        int y = yearIndex(year);
        double[] out = new double[values.length];
        for (int r = 0; r < values.length; r++) {
            out[r] = values[r][i][y];
        }
        return out;
    }

    /** The values of one indicator in run {@code run} (0-based), one per year from {@link #firstYear()}. */
    public double[] series(int run, String indicator) {
        return values[checkRun(run)][indexOf(indicator)].clone();
    }

    private int checkRun(int run) {
        if (run < 0 || run >= values.length) {
            throw new IndexOutOfBoundsException("run " + run + " of " + values.length);
        }
        return run;
    }

    private int indexOf(String indicator) {
        int i = indicators.indexOf(indicator);
        if (i < 0) {
            throw new IllegalArgumentException("no indicator " + indicator + " in scenario " + scenario);
        }
        return i;
    }

    private int yearIndex(int year) {
        if (!hasYear(year)) {
            throw new IllegalArgumentException("year " + year + " outside " + firstYear() + "-" + lastYear());
        }
        return year - years[0];
    }

    // Records compare arrays by identity; compare contents instead so equal results are equal values.
    @Override
    public boolean equals(Object o) {
        return o instanceof ReplicateValues other && scenario.equals(other.scenario)
                && indicators.equals(other.indicators) && Arrays.equals(years, other.years)
                && Arrays.deepEquals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scenario, indicators, Arrays.hashCode(years), Arrays.deepHashCode(values));
    }

    @Override
    public String toString() {
        return "ReplicateValues[scenario=" + scenario + ", runs=" + runs() + ", indicators=" + indicators.size()
                + ", years=" + firstYear() + "-" + lastYear() + "]";
    }
}
