package org.labourcast.policy;

import java.time.YearMonth;
import java.util.Optional;
import org.labourcast.scenario.labour.LabourAssumptions.RetirementAssumption;

/**
 * {@code retirement_reform}: the statutory retirement-age reform, switched on at a given month or off. Not a yearly
 * effect: it replaces {@code labour.retirement.reform} for the whole run ({@link Levers#retirementOverride()}); the
 * reform's own 15-year schedule is the engine's ({@code RetirementAgeSchedule}). It takes no {@code from}, {@code to}
 * or {@code phase_in_years}; a scenario has at most one.
 *
 * @param start the month the reform starts (the 2024 decision: 2025-01), or empty for no reform
 */
public record RetirementReform(LeverInfo info, Optional<YearMonth> start) implements Lever {
    public static final String TYPE = "retirement_reform";

    public RetirementReform {
        Checks.info(info, TYPE);
        if (start == null) {
            throw new IllegalArgumentException("start must be given or empty (no reform)");
        }
    }

    /** Adds nothing: the override acts through {@link #applyTo}. */
    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        // the reform changes retirement ages, not a yearly effect
    }

    /** The scenario's retirement assumption with this lever's reform start (or none). */
    public RetirementAssumption applyTo(RetirementAssumption scenario) {
        return new RetirementAssumption(start.orElse(null), scenario.femaleCadreShare(),
                scenario.source() + " | " + TYPE + " lever: " + info.source());
    }
}
