package org.labourcast.sweep.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A scenario's {@code sweep:} section (docs/sweeps.md): which scenario fields to vary, over which values, in what
 * design, with how many Monte Carlo runs per point, what to report and which sensitivity analysis to do. Read by
 * {@code ScenarioReader}, which checks its form, its indicators and years; whether the paths and values fit the
 * scenario is checked by applying them ({@link org.labourcast.sweep.PointScenarios#validate}). Immutable.
 *
 * @param parameters   at least one, with distinct names
 * @param design       how points are chosen
 * @param points       samples of a sampled design (for {@link Design#SOBOL}, the base samples N), 0 otherwise
 * @param seed         64-bit seed of the sampled designs and of the bootstrap (not of the model: every point runs
 *                     with the scenario's own seed, so points share their random numbers)
 * @param runsPerPoint Monte Carlo runs at every point; empty for the scenario's {@code simulation.runs}
 * @param outputs      the indicators and years written to {@code sweep.csv} (empty lists: all)
 * @param sensitivity  the sensitivity analysis, if any
 */
public record SweepDefinition(List<SweepParameter> parameters, Design design, int points, long seed,
                              OptionalInt runsPerPoint, Outputs outputs, Optional<SensitivitySpec> sensitivity) {
    public SweepDefinition {
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(runsPerPoint, "runsPerPoint");
        Objects.requireNonNull(outputs, "outputs");
        Objects.requireNonNull(sensitivity, "sensitivity");
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one parameter");
        }
        if (design.sampled() != points > 0) {
            throw new IllegalArgumentException(design.label() + (design.sampled() ? " needs" : " takes no") + " points");
        }
    }

    /**
     * The indicators and years a sweep reports.
     *
     * @param indicators indicator names, or empty for all the scenario produces
     * @param years      years, or empty for every projected year
     */
    public record Outputs(List<String> indicators, List<Integer> years) {
        public static final Outputs ALL = new Outputs(List.of(), List.of());

        public Outputs {
            indicators = List.copyOf(indicators);
            years = List.copyOf(years);
        }

        public boolean includes(String indicator, int year) {
            return (indicators.isEmpty() || indicators.contains(indicator)) && (years.isEmpty() || years.contains(year));
        }
    }
}
