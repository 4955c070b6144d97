package org.labourcast.labour;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.labourcast.demography.Sex;

/**
 * Participation profiles of both sexes on the same single-year ages 0..{@link #maxAge()}.
 *
 * <p>Population arrays passed in are indexed {@code [sex][age]} with {@link Sex#ordinal()} and hold persons by single
 * year of age 0..maxAge, the last age being the open group, like {@link ParticipationProfile}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param male   men's rates
 * @param female women's rates, on the same ages as men's
 */
public record ParticipationProfiles(ParticipationProfile male, ParticipationProfile female) {

    /** Relative tolerance of {@link #calibrateShift} on the number of active persons. */
    public static final double RELATIVE_TOLERANCE = 1e-10;

    /**
     * The logit of a double in (0, 1) lies in [-745, 37], so a shift of +-1024 turns every such rate into exactly 1 or
     * 0: the totals there are the two limits, and the bracket [-1024, 1024] holds any reachable target.
     */
    private static final double SHIFT_LIMIT = 1024.0;

    public ParticipationProfiles {
        Objects.requireNonNull(male, "male participation profile must not be null");
        Objects.requireNonNull(female, "female participation profile must not be null");
        if (male.maxAge() != female.maxAge()) {
            throw new IllegalArgumentException("male and female profiles must cover the same ages, got open ages "
                    + male.maxAge() + "+ and " + female.maxAge() + "+");
        }
    }

    /** The common open age. */
    public int maxAge() {
        return male.maxAge();
    }

    /** The profile of {@code sex}. */
    public ParticipationProfile of(Sex sex) {
        return sex == Sex.MALE ? male : female;
    }

    /** Both profiles moved by the same logit shift; see {@link ParticipationProfile#shifted}. */
    public ParticipationProfiles shifted(double logitShift) {
        return new ParticipationProfiles(male.shifted(logitShift), female.shifted(logitShift));
    }

    /** Active persons: the sum over sex and age of persons × rate. */
    public double active(double[][] personsBySexAge) {
        requirePersons(personsBySexAge);
        return activeAtShift(personsBySexAge, 0.0);
    }

    /**
     * The common logit shift s for which the shifted profiles, applied to {@code personsBySexAge}, give
     * {@code targetActive} active persons: sum over sex and age of persons × expit(logit(rate) + s) = target.
     *
     * <p>The left side rises with s, from the persons at ages with rate 1 (s → -infinity) to the persons at ages
     * with a positive rate (s → +infinity), so any target strictly between has exactly one solution, found by
     * bisection until the total is within {@link #RELATIVE_TOLERANCE} of the target.
     *
     * @param personsBySexAge persons, {@code [sex][age]}, finite and non-negative, maxAge + 1 ages per sex
     * @param targetActive    active persons to reproduce
     * @throws IllegalArgumentException if the target is not finite, or not strictly between those two limits (e.g.
     *                                  target &lt;= 0, or &gt;= the persons at ages where anyone is active)
     */
    public double calibrateShift(double[][] personsBySexAge, double targetActive) {
        requirePersons(personsBySexAge);
        if (!Double.isFinite(targetActive)) {
            throw new IllegalArgumentException("target active persons must be a finite number, got " + targetActive);
        }
        double floor = 0.0;
        double ceiling = 0.0;
        for (Sex sex : Sex.values()) {
            double[] persons = personsBySexAge[sex.ordinal()];
            ParticipationProfile profile = of(sex);
            for (int age = 0; age < persons.length; age++) {
                double p = profile.rate(age);
                if (p == 1.0) {
                    floor += persons[age];
                }
                if (p > 0.0) {
                    ceiling += persons[age];
                }
            }
        }
        if (!(targetActive > floor && targetActive < ceiling)) {
            throw new IllegalArgumentException("no logit shift gives " + persons(targetActive) + " active persons: "
                    + "shifting the profiles reaches only the open range (" + persons(floor) + ", " + persons(ceiling)
                    + ") (persons at ages with rate 1, persons at ages with a positive rate)");
        }
        double tolerance = RELATIVE_TOLERANCE * targetActive;
        double lo = -1.0;
        double hi = 1.0;
        while (activeAtShift(personsBySexAge, lo) > targetActive) {
            lo = widen(lo);
        }
        while (activeAtShift(personsBySexAge, hi) < targetActive) {
            hi = widen(hi);
        }
        // 200 halvings take any bracket within +-SHIFT_LIMIT below the spacing of doubles.
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            double gap = activeAtShift(personsBySexAge, mid) - targetActive;
            if (Math.abs(gap) <= tolerance || mid == lo || mid == hi) {
                return mid;
            }
            if (gap < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Six significant digits without trailing zeros or exponent, e.g. 20, 179.5, 12345700 (1.23457E+15 if huge). */
    private static String persons(double v) {
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        return Math.abs(v) < 1e12 ? rounded.toPlainString() : rounded.toString();
    }

    private static double widen(double bound) {
        double wider = 2.0 * bound;
        if (Math.abs(wider) > SHIFT_LIMIT) {
            throw new IllegalStateException("logit shift bracket passed +-" + SHIFT_LIMIT + ", where every rate is 0 or 1");
        }
        return wider;
    }

    private double activeAtShift(double[][] personsBySexAge, double shift) {
        double sum = 0.0;
        for (Sex sex : Sex.values()) {
            double[] persons = personsBySexAge[sex.ordinal()];
            ParticipationProfile profile = of(sex);
            for (int age = 0; age < persons.length; age++) {
                sum += persons[age] * ParticipationProfile.shiftRate(profile.rate(age), shift);
            }
        }
        return sum;
    }

    private void requirePersons(double[][] personsBySexAge) {
        if (personsBySexAge == null || personsBySexAge.length != Sex.values().length) {
            throw new IllegalArgumentException("expected persons for " + Sex.values().length + " sexes, got "
                    + (personsBySexAge == null ? "none" : personsBySexAge.length));
        }
        for (Sex sex : Sex.values()) {
            double[] persons = personsBySexAge[sex.ordinal()];
            if (persons == null || persons.length != maxAge() + 1) {
                throw new IllegalArgumentException("expected " + (maxAge() + 1) + " ages (0.." + maxAge() + "+) of "
                        + sex.label() + " persons, like the participation profiles, got "
                        + (persons == null ? "none" : persons.length));
            }
            for (int age = 0; age < persons.length; age++) {
                double v = persons[age];
                if (!Double.isFinite(v) || v < 0) {
                    throw new IllegalArgumentException("persons must be finite and non-negative, got " + v + " at "
                            + sex.label() + " age " + age);
                }
            }
        }
    }
}
