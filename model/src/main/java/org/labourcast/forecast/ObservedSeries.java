package org.labourcast.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * A yearly series to forecast: observed values at strictly increasing calendar years, possibly with gaps
 * (Leshan's sector shares are known for 2015 and 2020 only). Immutable and thread-safe.
 *
 * <p>Models that need equally spaced data (Holt, damped Holt, ARIMA) see the series on the yearly grid from the
 * first to the last year, missing years as {@link Double#NaN} ({@link #onYearlyGrid()}); models of the year itself
 * (linear trend, logistic curve) use the observed points only.
 *
 * @param name   the indicator, e.g. {@code urbanization_rate}
 * @param years  calendar years, strictly increasing
 * @param values finite values in the indicator's unit (persons, or shares 0–1)
 */
public record ObservedSeries(String name, int[] years, double[] values) {
    public ObservedSeries {
        Objects.requireNonNull(name, "name");
        years = years.clone();
        values = values.clone();
        if (years.length != values.length) {
            throw new IllegalArgumentException(name + ": " + years.length + " years but " + values.length + " values");
        }
        if (years.length == 0) {
            throw new IllegalArgumentException(name + ": a series needs at least one value");
        }
        for (int i = 0; i < years.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + ": value for " + years[i] + " is not finite");
            }
            if (i > 0 && years[i] <= years[i - 1]) {
                throw new IllegalArgumentException(name + ": years must increase, got " + years[i] + " after "
                        + years[i - 1]);
            }
        }
    }

    /** A regular series of {@code values} starting at {@code firstYear}. */
    public static ObservedSeries regular(String name, int firstYear, double... values) {
        int[] years = new int[values.length];
        for (int i = 0; i < years.length; i++) {
            years[i] = firstYear + i;
        }
        return new ObservedSeries(name, years, values);
    }

    @Override
    public int[] years() {
        return years.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** Number of observations. */
    public int size() {
        return years.length;
    }

    public int year(int i) {
        return years[i];
    }

    public double value(int i) {
        return values[i];
    }

    public int firstYear() {
        return years[0];
    }

    public int lastYear() {
        return years[years.length - 1];
    }

    /** True when every year from the first to the last is observed. */
    public boolean isRegular() {
        return lastYear() - firstYear() + 1 == years.length;
    }

    /** The values on the yearly grid {@code firstYear()..lastYear()}, NaN where a year is missing. */
    public double[] onYearlyGrid() {
        double[] grid = new double[lastYear() - firstYear() + 1];
        Arrays.fill(grid, Double.NaN);
        for (int i = 0; i < years.length; i++) {
            grid[years[i] - firstYear()] = values[i];
        }
        return grid;
    }

    /** The first {@code k} observations (the training window of a back-test origin). */
    public ObservedSeries head(int k) {
        if (k < 1 || k > years.length) {
            throw new IllegalArgumentException("head(" + k + ") of a series of " + years.length);
        }
        return new ObservedSeries(name, Arrays.copyOf(years, k), Arrays.copyOf(values, k));
    }

    /** The value observed in {@code year}, or NaN. */
    public double valueIn(int year) {
        int i = Arrays.binarySearch(years, year);
        return i >= 0 ? values[i] : Double.NaN;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObservedSeries s && s.name.equals(name) && Arrays.equals(s.years, years)
                && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(years), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return name + Arrays.toString(years) + "=" + Arrays.toString(values);
    }
}
