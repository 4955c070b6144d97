package org.labourcast.policy;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.labourcast.scenario.labour.LabourAssumptions.RetirementAssumption;

/**
 * A scenario's levers and their combined effects year by year. The effects of every year from {@code firstYear} to
 * {@code lastYear} are computed once, on construction, in the scenario's order of levers; other years are computed
 * on request. Immutable and thread-safe (replicates may share one instance).
 */
public final class Levers {
    private static final Levers NONE = new Levers(List.of(), 0, -1);

    private final List<Lever> levers;
    private final int firstYear;
    private final PolicyEffects[] byYear;
    private final Optional<RetirementReform> retirement;

    private Levers(List<Lever> levers, int firstYear, int lastYear) {
        this.levers = List.copyOf(levers);
        this.firstYear = firstYear;
        RetirementReform reform = null;
        for (Lever l : this.levers) {
            if (l instanceof RetirementReform r) {
                if (reform != null) {
                    throw new IllegalArgumentException("at most one retirement_reform lever, got two");
                }
                reform = r;
            }
        }
        this.retirement = Optional.ofNullable(reform);
        this.byYear = new PolicyEffects[Math.max(0, lastYear - firstYear + 1)];
        for (int i = 0; i < byYear.length; i++) {
            byYear[i] = compute(firstYear + i);
        }
    }

    /**
     * The levers with their effects precomputed for {@code firstYear..lastYear} (usually the projected years).
     *
     * @throws IllegalArgumentException when two levers are retirement reforms, or when the levers' combined effect in
     *                                  one of those years is impossible (added settlement rates above 1); the message
     *                                  names the year
     */
    public static Levers of(List<Lever> levers, int firstYear, int lastYear) {
        return levers.isEmpty() ? NONE : new Levers(levers, firstYear, lastYear);
    }

    /** No levers: {@link PolicyEffects#NONE} every year and no retirement override. */
    public static Levers none() {
        return NONE;
    }

    /** The levers in the scenario's order. */
    public List<Lever> list() {
        return levers;
    }

    public boolean isEmpty() {
        return levers.isEmpty();
    }

    /** The combined effects in calendar year {@code year}. */
    public PolicyEffects effects(int year) {
        int i = year - firstYear;
        return i >= 0 && i < byYear.length ? byYear[i] : compute(year);
    }

    /**
     * The reform start a {@code retirement_reform} lever sets, if there is one: an empty {@code Optional} inside
     * means "no reform" ({@code start: none}); an empty outer one means "keep {@code labour.retirement.reform}".
     */
    public Optional<Optional<YearMonth>> retirementOverride() {
        return retirement.map(RetirementReform::start);
    }

    /** The scenario's retirement assumption with any {@code retirement_reform} lever applied. */
    public RetirementAssumption retirement(RetirementAssumption scenario) {
        return retirement.map(r -> r.applyTo(scenario)).orElse(scenario);
    }

    private PolicyEffects compute(int year) {
        if (levers.isEmpty()) {
            return PolicyEffects.NONE;
        }
        PolicyEffects.Builder b = new PolicyEffects.Builder();
        try {
            for (Lever l : levers) {
                l.contribute(year, b);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the levers' combined effect in " + year + " is impossible: "
                    + e.getMessage(), e);
        }
    }
}
