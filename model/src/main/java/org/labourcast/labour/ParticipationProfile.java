package org.labourcast.labour;

import java.util.Arrays;
import java.util.List;
import org.labourcast.demography.AgeGroup;
import org.labourcast.demography.AgeGroups;

/**
 * Labour-force participation rates (economically active persons / persons, a share 0–1) of one sex by single year
 * of age 0..{@link #maxAge()}, the last age standing for the open group maxAge+.
 *
 * <p>Also gives the increment–decrement hazards ({@link #entryProbability}, {@link #exitProbability}) that move a
 * cohort along the profile: under constant rates a cohort that starts at the profile's rate keeps matching it.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParticipationProfile {

    private final double[] rates;

    private ParticipationProfile(double[] rates) {
        this.rates = rates;
    }

    /**
     * Single-year rates from rates of contiguous age groups (e.g. 16-19, 20-24, ..., 65+), as labour-force surveys
     * publish them. Every single age in a group gets the group's rate, a step function: whatever the age structure
     * inside a group, its active persons / persons is then exactly the published rate, which no smooth
     * interpolation guarantees. (The price is a jump at each group boundary, which the hazards turn into entries or
     * exits concentrated at the boundary ages.) Ages below the first group get 0.
     *
     * @param groups     contiguous groups, only the last may be open; they need not start at 0 but must reach
     *                   {@code maxAge} (the last group open, or ending at or after it)
     * @param groupRates one rate per group, each in [0, 1]
     * @param maxAge     the open age of the resulting profile (years, &gt;= 1)
     */
    public static ParticipationProfile fromGroups(List<AgeGroup> groups, double[] groupRates, int maxAge) {
        AgeGroups.requireContiguous(groups, false);
        if (groupRates == null || groupRates.length != groups.size()) {
            throw new IllegalArgumentException("expected one participation rate per age group (" + groups.size()
                    + "), got " + (groupRates == null ? "none" : groupRates.length));
        }
        if (maxAge < 1) {
            throw new IllegalArgumentException("the profile's open age must be >= 1, got " + maxAge);
        }
        AgeGroup first = groups.get(0);
        AgeGroup last = groups.get(groups.size() - 1);
        if (first.start() > maxAge) {
            throw new IllegalArgumentException("the first age group " + first.label() + " starts after the open age "
                    + maxAge);
        }
        if (!last.open() && last.end() < maxAge) {
            // Silently giving 0 above the data would hide a truncated table; a "65+" group at rate 0 says it on purpose.
            throw new IllegalArgumentException("age groups end at " + last.end() + " but the profile runs to " + maxAge
                    + "+; add an open group such as \"" + (last.end() + 1) + "+\" (with rate 0 if nobody is active)");
        }
        double[] rates = new double[maxAge + 1];
        for (int i = 0; i < groups.size(); i++) {
            AgeGroup g = groups.get(i);
            double r = requireShare(groupRates[i], "age group " + g.label());
            int to = g.open() ? maxAge : Math.min(g.end(), maxAge);
            for (int age = g.start(); age <= to; age++) {
                rates[age] = r;
            }
        }
        return new ParticipationProfile(rates);
    }

    /** A profile from rates by single year of age 0..n-1, the last being the open group; each in [0, 1]. */
    public static ParticipationProfile ofSingleYears(double[] rates) {
        if (rates == null || rates.length < 2) {
            throw new IllegalArgumentException("a participation profile needs at least two ages, got "
                    + (rates == null ? "none" : rates.length));
        }
        double[] copy = rates.clone();
        for (int age = 0; age < copy.length; age++) {
            requireShare(copy[age], "age " + age);
        }
        return new ParticipationProfile(copy);
    }

    private static double requireShare(double p, String where) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("participation rate must be in [0, 1], got " + p + " at " + where);
        }
        return p;
    }

    /** The open age: rates run over ages 0..maxAge, the last covering maxAge and older. */
    public int maxAge() {
        return rates.length - 1;
    }

    /** Participation rate (0–1) at {@code age} completed years; ages above {@link #maxAge()} get the open group's rate. */
    public double rate(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("age must be >= 0, got " + age);
        }
        return rates[Math.min(age, rates.length - 1)];
    }

    /** The rates for ages 0..maxAge (a copy). */
    public double[] rates() {
        return rates.clone();
    }

    /**
     * The profile moved by {@code logitShift} on the logit scale: p becomes expit(logit(p) + shift). Rates of 0 and 1
     * stay put (nobody / everybody active is a statement about the age, not a level to scale), and the order of
     * rates across ages is kept. A positive shift raises participation.
     */
    public ParticipationProfile shifted(double logitShift) {
        if (!Double.isFinite(logitShift)) {
            throw new IllegalArgumentException("logit shift must be a finite number, got " + logitShift);
        }
        double[] out = new double[rates.length];
        for (int age = 0; age < rates.length; age++) {
            out[age] = shiftRate(rates[age], logitShift);
        }
        return new ParticipationProfile(out);
    }

    static double shiftRate(double p, double logitShift) {
        if (p == 0.0 || p == 1.0 || logitShift == 0.0) {
            return p;
        }
        return Logit.expit(Logit.logit(p) + logitShift);
    }

    /**
     * Probability that an inactive person entering age {@code age} from age - 1 becomes active:
     * max(0, (P(a) - P(a-1)) / (1 - P(a-1))), and 0 where undefined (age 0, P(a-1) = 1).
     *
     * <p>With {@link #exitProbability} this is the increment–decrement model in which only the rise or the fall of
     * the profile is a flow: if a cohort's active share at age a-1 is P(a-1), then
     * P(a-1) (1 - exit) + (1 - P(a-1)) entry = P(a) exactly, so a cohort started at P(a0) follows P at every later
     * age under constant rates (provided mortality and migration do not depend on activity status). It gives the
     * smallest gross flows that do so: at each age one of the two probabilities is 0. Ages above maxAge give 0.
     */
    public double entryProbability(int age) {
        if (age < 1) {
            requireAge(age);
            return 0.0;
        }
        double before = rate(age - 1);
        double now = rate(age);
        if (before >= 1.0 || now <= before) {
            return 0.0;
        }
        return Math.min(1.0, (now - before) / (1.0 - before));
    }

    /**
     * Probability that an active person entering age {@code age} from age - 1 becomes inactive:
     * max(0, (P(a-1) - P(a)) / P(a-1)), and 0 where undefined (age 0, P(a-1) = 0). See {@link #entryProbability}.
     */
    public double exitProbability(int age) {
        if (age < 1) {
            requireAge(age);
            return 0.0;
        }
        double before = rate(age - 1);
        double now = rate(age);
        if (before <= 0.0 || now >= before) {
            return 0.0;
        }
        return Math.min(1.0, (before - now) / before);
    }

    private static void requireAge(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("age must be >= 0, got " + age);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParticipationProfile other && Arrays.equals(rates, other.rates);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rates);
    }

    @Override
    public String toString() {
        return "ParticipationProfile" + Arrays.toString(rates);
    }
}
