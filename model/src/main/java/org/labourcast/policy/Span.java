package org.labourcast.policy;

import java.util.OptionalInt;

/**
 * When a lever acts: from calendar year {@code from} to {@code to} (inclusive; open-ended when absent), its effect
 * ramping up linearly over the first {@code phaseInYears}. In the k-th year of the lever (k = 0 for {@code from}) the
 * intensity is (k + 1) / (phaseInYears + 1) while k &lt; phaseInYears, and 1 afterwards; before {@code from} and
 * after {@code to} it is 0. With {@code phaseInYears = 3}: 0.25, 0.5, 0.75, 1, 1, ... Immutable.
 *
 * @param from         first year the lever acts
 * @param to           last year it acts (inclusive), or empty for "to the end of the projection"
 * @param phaseInYears years of linear ramp before the full effect, ≥ 0 and no more than {@code to − from}
 */
public record Span(int from, OptionalInt to, int phaseInYears) {
    public Span {
        if (to == null) {
            throw new IllegalArgumentException("'to' must be given or empty");
        }
        if (to.isPresent() && to.getAsInt() < from) {
            throw new IllegalArgumentException("the last year " + to.getAsInt() + " is before the first year " + from);
        }
        if (phaseInYears < 0) {
            throw new IllegalArgumentException("the phase-in must not be negative, got " + phaseInYears);
        }
        if (to.isPresent() && phaseInYears > to.getAsInt() - from) {
            throw new IllegalArgumentException("a phase-in of " + phaseInYears + " years does not end within "
                    + from + "-" + to.getAsInt());
        }
    }

    /** Acting from {@code from} to the end of the projection, at full strength at once. */
    public static Span from(int from) {
        return new Span(from, OptionalInt.empty(), 0);
    }

    /** True in the years {@code from..to}. */
    public boolean active(int year) {
        return year >= from && (to.isEmpty() || year <= to.getAsInt());
    }

    /** The share (0–1) of the full effect in {@code year}. */
    public double intensity(int year) {
        if (!active(year)) {
            return 0;
        }
        int k = year - from;
        return k < phaseInYears ? (k + 1.0) / (phaseInYears + 1.0) : 1.0;
    }

    /**
     * A stock built by a yearly flow: the sum over the lever's years s ≤ {@code year} of intensity(s) × {@code
     * perYear} × survival^(year − s). What is created in a year counts in full at that year's end; after {@code to}
     * nothing new is created but the stock remains, shrinking by {@code survival} a year.
     *
     * @param perYear  what the lever creates in a year at full strength (e.g. jobs)
     * @param survival share of the stock kept from one year to the next (0–1)
     */
    public double stock(int year, double perYear, double survival) {
        int last = to.isPresent() ? Math.min(year, to.getAsInt()) : year;
        double sum = 0;
        for (int s = from; s <= last; s++) {
            sum += intensity(s) * perYear * Math.pow(survival, year - s);
        }
        return sum;
    }

    /** "2021-2025", "2021-" for an open end, with " (phase-in 2 years)" when there is one. */
    public String label() {
        return from + "-" + (to.isPresent() ? Integer.toString(to.getAsInt()) : "")
                + (phaseInYears > 0 ? " (phase-in " + phaseInYears + " years)" : "");
    }
}
