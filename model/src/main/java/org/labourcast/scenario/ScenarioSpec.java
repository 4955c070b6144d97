package org.labourcast.scenario;

import java.util.List;
import java.util.Optional;
import org.labourcast.Bilingual;
import org.labourcast.indicators.AgeBand;
import org.labourcast.policy.Lever;
import org.labourcast.policy.Levers;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.sweep.definition.SweepDefinition;

/**
 * What a scenario models: region, time span, base population, demographic and transfer assumptions, indicator
 * definitions and the plan's targets. Execution settings (output, seed, threads) are kept apart.
 *
 * @param id         short identifier used in output rows, e.g. "leshan-baseline"
 * @param baseYear   the year whose end the base population describes
 * @param horizon    the last projected year
 * @param maxAge     the open age group (ages 0..maxAge, the last being maxAge+)
 * @param workingAge working-age definitions reported as indicators, e.g. 15–59, 16–59, 15–64
 * @param labour     the labour-market model's assumptions, or null for a demographic-only scenario
 * @param simulation default run settings from the scenario's {@code simulation:} section (flags override them)
 * @param file       the scenario file as the user named it, and its SHA-256
 * @param levers     the policy levers of the scenario's {@code levers:} list, in its order (empty for none); only
 *                   scenarios with a labour model have levers
 * @param actuals    realised values for years after the base year (mid-term review), in file order; may be empty
 * @param history    observed series of the scenario's indicators up to the base year (may be empty), for forecasting
 * @param sweep      the scenario's {@code sweep:} section (docs/sweeps.md), or null when it has none; only
 *                   {@code labourcast sweep} uses it, other commands run the scenario itself
 * @param uncertainty the scenario's distribution-valued numbers ({@link ScenarioUncertainty}); every other field
 *                    holds their central values
 */
public record ScenarioSpec(String id, Bilingual title, String description, Region region, int baseYear, int horizon,
                           int maxAge, BasePopulation population, FertilityAssumption fertility,
                           MortalityAssumption mortality, MigrationAssumption migration,
                           UrbanTransferAssumption urbanTransfer, List<AgeBand> workingAge, List<Target> targets,
                           LabourAssumptions labour, RunSettings simulation, ScenarioFile file,
                           List<Lever> levers, List<Actual> actuals, List<HistorySeries> history,
                           SweepDefinition sweep, ScenarioUncertainty uncertainty) {
    public ScenarioSpec {
        uncertainty = uncertainty == null ? ScenarioUncertainty.NONE : uncertainty;
        workingAge = List.copyOf(workingAge);
        history = history == null ? List.of() : List.copyOf(history);
        targets = List.copyOf(targets);
        levers = List.copyOf(levers);
        actuals = List.copyOf(actuals);
        if (!levers.isEmpty() && labour == null) {
            throw new IllegalArgumentException("levers act on the labour model; this scenario has none");
        }
    }

    /** A scenario without a sweep section (the form before sweeps existed). */
    public ScenarioSpec(String id, Bilingual title, String description, Region region, int baseYear, int horizon,
                        int maxAge, BasePopulation population, FertilityAssumption fertility,
                        MortalityAssumption mortality, MigrationAssumption migration,
                        UrbanTransferAssumption urbanTransfer, List<AgeBand> workingAge, List<Target> targets,
                        LabourAssumptions labour, RunSettings simulation, ScenarioFile file,
                        List<Lever> levers, List<Actual> actuals, List<HistorySeries> history) {
        this(id, title, description, region, baseYear, horizon, maxAge, population, fertility, mortality, migration,
                urbanTransfer, workingAge, targets, labour, simulation, file, levers, actuals, history, null,
                ScenarioUncertainty.NONE);
    }

    /** A scenario without distribution-valued numbers. */
    public ScenarioSpec(String id, Bilingual title, String description, Region region, int baseYear, int horizon,
                        int maxAge, BasePopulation population, FertilityAssumption fertility,
                        MortalityAssumption mortality, MigrationAssumption migration,
                        UrbanTransferAssumption urbanTransfer, List<AgeBand> workingAge, List<Target> targets,
                        LabourAssumptions labour, RunSettings simulation, ScenarioFile file,
                        List<Lever> levers, List<Actual> actuals, List<HistorySeries> history,
                        SweepDefinition sweep) {
        this(id, title, description, region, baseYear, horizon, maxAge, population, fertility, mortality, migration,
                urbanTransfer, workingAge, targets, labour, simulation, file, levers, actuals, history, sweep,
                ScenarioUncertainty.NONE);
    }

    /** This scenario with its distribution-valued numbers. */
    public ScenarioSpec withUncertainty(ScenarioUncertainty u) {
        return new ScenarioSpec(id, title, description, region, baseYear, horizon, maxAge, population, fertility,
                mortality, migration, urbanTransfer, workingAge, targets, labour, simulation, file, levers, actuals,
                history, sweep, u);
    }

    /** This scenario with other labour assumptions (e.g. a replicate's drawn output growth). */
    public ScenarioSpec withLabour(LabourAssumptions l) {
        return new ScenarioSpec(id, title, description, region, baseYear, horizon, maxAge, population, fertility,
                mortality, migration, urbanTransfer, workingAge, targets, l, simulation, file, levers, actuals,
                history, sweep, uncertainty);
    }

    /** This scenario without its levers (the region's measures). */
    public ScenarioSpec withoutLevers() {
        return new ScenarioSpec(id, title, description, region, baseYear, horizon, maxAge, population, fertility,
                mortality, migration, urbanTransfer, workingAge, targets, labour, simulation, file, List.of(), actuals,
                history, sweep, uncertainty);
    }

    /** The sweep section, if the scenario has one. */
    public Optional<SweepDefinition> sweepDefinition() {
        return Optional.ofNullable(sweep);
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

    /**
     * Where a scenario came from (docs/scenario-format.md, "Variants" says what the hash covers).
     *
     * @param path      the scenario file as the user named it
     * @param sha256    SHA-256 (lowercase hex) of the file's bytes for a scenario without {@code extends} read
     *                  without overrides; otherwise of the inputs' list ({@link org.labourcast.scenario.yaml.ScenarioReader#inputsHash})
     * @param inputs    every file read: the scenario file first, then its parent, the parent's parent…
     * @param overrides the {@code --set} arguments applied, in order, as {@code path=value}
     */
    public record ScenarioFile(String path, String sha256, List<InputFile> inputs, List<String> overrides) {
        public ScenarioFile {
            inputs = List.copyOf(inputs);
            overrides = List.copyOf(overrides);
        }

        /** A single file read as it is: the file is the only input and the hash is its bytes' hash. */
        public ScenarioFile(String path, String sha256) {
            this(path, sha256, List.of(new InputFile(path, sha256)), List.of());
        }
    }

    /** One file a scenario was read from, as the user or an {@code extends} named it, with its bytes' SHA-256. */
    public record InputFile(String path, String sha256) {
    }
}
