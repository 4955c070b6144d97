package org.labourcast.scenario;

import java.util.List;
import java.util.Optional;
import org.labourcast.experiment.RunSettings;
import org.labourcast.indicators.AgeBand;
import org.labourcast.labour.LabourAssumptions;
import org.labourcast.targets.Target;

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
 * @param history    observed series of the scenario's indicators up to the base year (may be empty), for forecasting
 */
public record ScenarioSpec(String id, Bilingual title, String description, Region region, int baseYear, int horizon,
                           int maxAge, BasePopulation population, FertilityAssumption fertility,
                           MortalityAssumption mortality, MigrationAssumption migration,
                           UrbanTransferAssumption urbanTransfer, List<AgeBand> workingAge, List<Target> targets,
                           LabourAssumptions labour, RunSettings simulation, ScenarioFile file,
                           List<HistorySeries> history) {
    public ScenarioSpec {
        workingAge = List.copyOf(workingAge);
        history = history == null ? List.of() : List.copyOf(history);
        targets = List.copyOf(targets);
    }

    public Optional<LabourAssumptions> labourModel() {
        return Optional.ofNullable(labour);
    }

    /** The source file of a scenario. */
    public record ScenarioFile(String path, String sha256) {
    }
}
