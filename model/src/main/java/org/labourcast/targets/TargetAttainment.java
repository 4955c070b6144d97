package org.labourcast.targets;

import java.util.Objects;
import java.util.OptionalInt;
import org.labourcast.scenario.Target;

/**
 * What the runs of a scenario say about one plan target.
 *
 * <p>A run's projected value is the indicator's value in the target year (annual targets) or its sum over the
 * years after the base year up to the target year (cumulative targets), in the indicator's unit. Immutable and
 * thread-safe.
 *
 * @param target             the plan target
 * @param runs               number of runs evaluated, at least 1
 * @param runsMet            runs whose projected value meets the target, 0..runs
 * @param medianProjected    median of the runs' projected values (Hyndman &amp; Fan type 7), in the indicator's unit
 * @param medianFirstYearMet median over runs of the first year after the base year in which the condition holds,
 *                           runs that never meet it counting as later than any year (the lower median, the
 *                           ⌈runs/2⌉-th smallest); empty when more than half the runs never meet it within the
 *                           projection. May be later than the target year: it says when the target would be reached.
 * @param basis              what decides the outcome ({@link TargetBasis}): projected, a scenario input, or the base
 *                           year
 * @param basisInput         the scenario field that fixes the indicator when {@code basis} is {@code input}
 *                           ({@code rural_urban_move.urbanization_path}), else empty
 */
public record TargetAttainment(Target target, int runs, int runsMet, double medianProjected,
                               OptionalInt medianFirstYearMet, TargetBasis basis, String basisInput) {

    /** An attainment whose outcome the model projects ({@link TargetBasis#PROJECTED}). */
    public TargetAttainment(Target target, int runs, int runsMet, double medianProjected,
                            OptionalInt medianFirstYearMet) {
        this(target, runs, runsMet, medianProjected, medianFirstYearMet, TargetBasis.PROJECTED, "");
    }

    public TargetAttainment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(medianFirstYearMet, "medianFirstYearMet");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(basisInput, "basisInput");
        if ((basis == TargetBasis.INPUT) == basisInput.isEmpty()) {
            throw new IllegalArgumentException("basis " + basis.label() + " of " + target.indicator()
                    + (basisInput.isEmpty() ? " needs the input that fixes it" : " names no input, got " + basisInput));
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        if (runsMet < 0 || runsMet > runs) {
            throw new IllegalArgumentException("runsMet must be in 0.." + runs + ", got " + runsMet);
        }
        if (!Double.isFinite(medianProjected)) {
            throw new IllegalArgumentException("median projected value of " + target.indicator()
                    + " must be finite, got " + medianProjected);
        }
    }

    /** Share of runs meeting the target, 0–1 (0 or 1 for a single deterministic run). */
    public double probability() {
        return (double) runsMet / runs;
    }

    /** Lower bound of the 95% Wilson score interval of {@link #probability()} over the runs ({@link WilsonInterval}). */
    public double probabilityLow() {
        return WilsonInterval.of95(runsMet, runs).low();
    }

    /** Upper bound of the 95% Wilson score interval of {@link #probability()} over the runs. */
    public double probabilityHigh() {
        return WilsonInterval.of95(runsMet, runs).high();
    }

    /** The same attainment with another basis. */
    public TargetAttainment withBasis(TargetBasis basis, String basisInput) {
        return new TargetAttainment(target, runs, runsMet, medianProjected, medianFirstYearMet, basis, basisInput);
    }

    /** On track, at risk or off track, by the thresholds of {@link AttainmentStatus}. */
    public AttainmentStatus status() {
        return AttainmentStatus.of(probability());
    }
}
