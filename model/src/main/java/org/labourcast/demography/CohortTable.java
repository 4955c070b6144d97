package org.labourcast.demography;

import java.util.Arrays;

/**
 * Persons by single year of age (0..maxAge, the last age being the open group maxAge+), sex and residence.
 * Immutable; counts are persons (fractional, as cohort-component models carry them) and never negative.
 */
public final class CohortTable {
    private final int maxAge;
    private final double[] persons;

    private CohortTable(int maxAge, double[] persons) {
        this.maxAge = maxAge;
        this.persons = persons;
    }

    /**
     * @param cells persons indexed {@code [sex][residence][age]} using {@link Sex#ordinal()} and {@link Residence#ordinal()}
     */
    public static CohortTable of(double[][][] cells) {
        if (cells.length != Sex.values().length) {
            throw new IllegalArgumentException("expected " + Sex.values().length + " sexes, got " + cells.length);
        }
        int ages = cells[0][0].length;
        if (ages < 2) {
            throw new IllegalArgumentException("a cohort table needs at least two ages, got " + ages);
        }
        double[] flat = new double[Sex.values().length * Residence.values().length * ages];
        for (Sex s : Sex.values()) {
            if (cells[s.ordinal()].length != Residence.values().length) {
                throw new IllegalArgumentException("expected " + Residence.values().length + " residences for " + s.label());
            }
            for (Residence r : Residence.values()) {
                double[] row = cells[s.ordinal()][r.ordinal()];
                if (row.length != ages) {
                    throw new IllegalArgumentException("every sex and residence needs " + ages + " ages");
                }
                for (int a = 0; a < ages; a++) {
                    double v = row[a];
                    if (!Double.isFinite(v) || v < 0) {
                        throw new IllegalArgumentException("persons must be finite and non-negative, got " + v
                                + " at " + s.label() + " " + r.label() + " age " + a);
                    }
                    flat[index(s, r, a, ages)] = v;
                }
            }
        }
        return new CohortTable(ages - 1, flat);
    }

    private static int index(Sex s, Residence r, int age, int ages) {
        return (s.ordinal() * Residence.values().length + r.ordinal()) * ages + age;
    }

    /** The open age group starts here; ages run 0..maxAge. */
    public int maxAge() {
        return maxAge;
    }

    public double persons(Sex sex, Residence residence, int age) {
        return persons[index(sex, residence, age, maxAge + 1)];
    }

    /** A copy of one row: persons by age for a sex and residence. */
    public double[] row(Sex sex, Residence residence) {
        int ages = maxAge + 1;
        int from = index(sex, residence, 0, ages);
        return Arrays.copyOfRange(persons, from, from + ages);
    }

    /** A copy of all cells as {@code [sex][residence][age]}. */
    public double[][][] toArray() {
        double[][][] out = new double[Sex.values().length][Residence.values().length][];
        for (Sex s : Sex.values()) {
            for (Residence r : Residence.values()) {
                out[s.ordinal()][r.ordinal()] = row(s, r);
            }
        }
        return out;
    }

    public double total() {
        double sum = 0;
        for (double v : persons) {
            sum += v;
        }
        return sum;
    }

    public double total(Residence residence) {
        double sum = 0;
        for (Sex s : Sex.values()) {
            for (int a = 0; a <= maxAge; a++) {
                sum += persons(s, residence, a);
            }
        }
        return sum;
    }

    /** Persons aged {@code fromAge..toAge} inclusive, both sexes and residences; toAge may be maxAge (open group). */
    public double total(int fromAge, int toAge) {
        double sum = 0;
        for (Sex s : Sex.values()) {
            for (Residence r : Residence.values()) {
                for (int a = Math.max(0, fromAge); a <= Math.min(maxAge, toAge); a++) {
                    sum += persons(s, r, a);
                }
            }
        }
        return sum;
    }
}
