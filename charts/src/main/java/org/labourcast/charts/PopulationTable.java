package org.labourcast.charts;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Persons by year, single year of age, sex and residence, as in {@code population.csv}. Ages run 0..{@link #maxAge},
 * the last being the open group (e.g. 100+). Immutable once built.
 */
public final class PopulationTable {
    public static final int MALE = 0;
    public static final int FEMALE = 1;
    public static final int URBAN = 0;
    public static final int RURAL = 1;

    private final int maxAge;
    private final SortedMap<Integer, double[][][]> years; // year -> [age][sex][residence]

    private PopulationTable(int maxAge, SortedMap<Integer, double[][][]> years) {
        this.maxAge = maxAge;
        this.years = years;
    }

    public int maxAge() {
        return maxAge;
    }

    /** The years held, ascending. */
    public java.util.List<Integer> years() {
        return java.util.List.copyOf(years.keySet());
    }

    public boolean hasYear(int year) {
        return years.containsKey(year);
    }

    /** Persons of one age, sex ({@link #MALE}, {@link #FEMALE}) and residence ({@link #URBAN}, {@link #RURAL}). */
    public double persons(int year, int age, int sex, int residence) {
        double[][][] y = years.get(year);
        if (y == null) {
            throw new IllegalArgumentException("no population for " + year);
        }
        return y[age][sex][residence];
    }

    /** Collects rows; ages may come in any order. */
    public static final class Builder {
        private final int maxAge;
        private final SortedMap<Integer, double[][][]> years = new TreeMap<>();

        public Builder(int maxAge) {
            if (maxAge < 1) {
                throw new IllegalArgumentException("max age must be at least 1, got " + maxAge);
            }
            this.maxAge = maxAge;
        }

        public Builder add(int year, int age, int sex, int residence, double persons) {
            if (age < 0 || age > maxAge) {
                throw new IllegalArgumentException("age " + age + " outside 0.." + maxAge);
            }
            if (!(persons >= 0) || Double.isInfinite(persons)) {
                throw new IllegalArgumentException("persons must be finite and not negative: " + persons);
            }
            years.computeIfAbsent(year, y -> new double[maxAge + 1][2][2])[age][sex][residence] = persons;
            return this;
        }

        public PopulationTable build() {
            return new PopulationTable(maxAge, Collections.unmodifiableSortedMap(new TreeMap<>(years)));
        }
    }
}
