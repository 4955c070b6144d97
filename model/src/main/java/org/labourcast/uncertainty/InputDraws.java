package org.labourcast.uncertainty;

import java.util.Arrays;
import java.util.List;
import org.labourcast.ArrayValues;

/**
 * The inputs each Monte Carlo replicate drew: one column per drawn scalar (named, e.g. {@code fertility.level} or a
 * scenario field path such as {@code labour.transfer.base_rate}), tagged with its source, one row per replicate.
 * What {@code drivers.csv} attributes each indicator's variance to.
 *
 * @param names   column names, unique
 * @param sources the source of each column
 * @param values  {@code values[run][column]}; defensive copies in and out
 */
public record InputDraws(List<String> names, List<UncertaintySource> sources, double[][] values) {
    public InputDraws {
        names = List.copyOf(names);
        sources = List.copyOf(sources);
        if (names.size() != sources.size()) {
            throw new IllegalArgumentException("one source per drawn input: " + names.size() + " names, "
                    + sources.size() + " sources");
        }
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != names.size()) {
                throw new IllegalArgumentException("run " + r + " has " + values[r].length + " draws, expected "
                        + names.size());
            }
            copy[r] = values[r].clone();
        }
        values = copy;
    }

    /** No drawn inputs (a run with every source but sampling switched off). */
    public static InputDraws none(int runs) {
        return new InputDraws(List.of(), List.of(), new double[runs][0]);
    }

    /**
     * The inputs of a paired difference B − A: A's columns, then B's columns that A lacks (by name) or drew
     * differently (a name both have with other values gets the suffix {@code "@b"}). Under common random numbers the
     * two scenarios draw the same values for a source they share, so those columns appear once.
     *
     * @throws IllegalArgumentException if the two have different numbers of runs
     */
    public static InputDraws paired(InputDraws a, InputDraws b) {
        if (a.runs() != b.runs()) {
            throw new IllegalArgumentException("paired draws need the same runs: " + a.runs() + " and " + b.runs());
        }
        java.util.List<String> names = new java.util.ArrayList<>(a.names);
        java.util.List<UncertaintySource> sources = new java.util.ArrayList<>(a.sources);
        java.util.List<Integer> fromB = new java.util.ArrayList<>();
        for (int c = 0; c < b.names.size(); c++) {
            int same = a.names.indexOf(b.names.get(c));
            if (same >= 0 && Arrays.equals(a.column(same), b.column(c))) {
                continue;
            }
            names.add(same >= 0 ? b.names.get(c) + "@b" : b.names.get(c));
            sources.add(b.sources.get(c));
            fromB.add(c);
        }
        double[][] values = new double[a.runs()][names.size()];
        for (int r = 0; r < a.runs(); r++) {
            System.arraycopy(a.values[r], 0, values[r], 0, a.names.size());
            for (int k = 0; k < fromB.size(); k++) {
                values[r][a.names.size() + k] = b.values[r][fromB.get(k)];
            }
        }
        return new InputDraws(names, sources, values);
    }

    public int runs() {
        return values.length;
    }

    /** Column {@code column} over all runs. */
    public double[] column(int column) {
        double[] c = new double[values.length];
        for (int r = 0; r < values.length; r++) {
            c[r] = values[r][column];
        }
        return c;
    }

    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            copy[r] = values[r].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputDraws d && names.equals(d.names) && sources.equals(d.sources)
                && Arrays.deepEquals(values, d.values);
    }

    @Override
    public int hashCode() {
        return 31 * names.hashCode() + Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return ArrayValues.text(this, componentValues());
    }

    private Object[] componentValues() {
        return new Object[] {names, sources, values};
    }
}
