package org.labourcast.scenario;

import java.util.List;
import java.util.Optional;
import org.labourcast.Bilingual;
import org.labourcast.indicators.AgeBand;
import org.labourcast.policy.Lever;
import org.labourcast.policy.Levers;
import org.labourcast.scenario.labour.LabourAssumptions;

/**
 * What a scenario models: region, time span, base population, demographic assumptions and the rural-urban
 * residence move, the labour model and its levers, indicator definitions, the plan's targets, and the uncertainty of
 * inputs. Nothing about running it (run settings), where it came from (file), its sweep or the observations it is
 * judged against: those live beside it in {@link LoadedScenario}. The plan's targets stay here: every experiment
 * (run, sweep point, comparison) evaluates attainment of the spec it runs, and they are the question the scenario
 * asks, not an observation.
 *
 * @param id         short identifier used in output rows, e.g. "leshan-baseline"
 * @param baseYear   the year whose end the base population describes
 * @param horizon    the last projected year
 * @param maxAge     the open age group (ages 0..maxAge, the last being maxAge+)
 * @param workingAge working-age definitions reported as indicators, e.g. 15–59, 16–59, 15–64
 * @param labour     the labour-market model's assumptions, or null for a demographic-only scenario
 * @param levers     the policy levers of the scenario's {@code levers:} list, in its order (empty for none); only
 *                   scenarios with a labour model have levers
 * @param uncertainty the scenario's distribution-valued numbers ({@link ScenarioUncertainty}); every other field
 *                    holds their central values
 */
public record ScenarioSpec(String id, Bilingual title, String description, Region region, int baseYear, int horizon,
                           int maxAge, BasePopulation population, FertilityAssumption fertility,
                           MortalityAssumption mortality, MigrationAssumption migration,
                           RuralUrbanMoveAssumption ruralUrbanMove, List<AgeBand> workingAge, List<Target> targets,
                           LabourAssumptions labour, List<Lever> levers, ScenarioUncertainty uncertainty) {
    public ScenarioSpec {
        uncertainty = uncertainty == null ? ScenarioUncertainty.NONE : uncertainty;
        workingAge = List.copyOf(workingAge);
        targets = List.copyOf(targets);
        levers = List.copyOf(levers);
        if (!levers.isEmpty() && labour == null) {
            throw new IllegalArgumentException("levers act on the labour model; this scenario has none");
        }
    }

    /** This scenario with its distribution-valued numbers. */
    public ScenarioSpec withUncertainty(ScenarioUncertainty u) {
        return new ScenarioSpec(id, title, description, region, baseYear, horizon, maxAge, population, fertility,
                mortality, migration, ruralUrbanMove, workingAge, targets, labour, levers, u);
    }

    /** This scenario with other labour assumptions (e.g. a replicate's drawn output growth). */
    public ScenarioSpec withLabour(LabourAssumptions l) {
        return new ScenarioSpec(id, title, description, region, baseYear, horizon, maxAge, population, fertility,
                mortality, migration, ruralUrbanMove, workingAge, targets, l, levers, uncertainty);
    }

    /** This scenario without its levers (the region's measures). */
    public ScenarioSpec withoutLevers() {
        return new ScenarioSpec(id, title, description, region, baseYear, horizon, maxAge, population, fertility,
                mortality, migration, ruralUrbanMove, workingAge, targets, labour, List.of(), uncertainty);
    }

    /**
     * The levers with their combined effects precomputed for every projected year (base year + 1 to horizon). Each call
     * builds a new, immutable {@link Levers}: build it once per run and share it between replicates.
     */
    public Levers policy() {
        return Levers.of(levers, baseYear + 1, horizon);
    }

    public Optional<LabourAssumptions> labourModel() {
        return Optional.ofNullable(labour);
    }
}
