package org.labourcast.uncertainty;

import java.util.Arrays;
import java.util.List;

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
}
