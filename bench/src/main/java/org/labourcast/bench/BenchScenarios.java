package org.labourcast.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.labourcast.demography.CohortTable;
import org.labourcast.scenario.MigrationAssumption;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ScenarioUncertainty;
import org.labourcast.scenario.labour.InsuranceAssumption;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.SectorValues;
import org.labourcast.experiment.BuiltInLabour;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * Scenarios for timing the agent engine: a scenario file with its own {@code labour:} section, else with the model's
 * {@link BuiltInLabour} configuration (the one the engine tests use), and a synthetic Sichuan-sized population.
 */
public final class BenchScenarios {
    /** Leshan's resident population at the 7th census, 2020-11-01 (scenarios/data/observed_indicators_to_2020.csv). */
    public static final double LESHAN_CENSUS_2020 = 3_160_168;
    /**
     * Sichuan's resident population at the 7th census, 2020-11-01: 83,674,866 (Sichuan 7th census bulletin, as
     * recorded in scenarios/data/observed_indicators_to_2020.csv). The Sichuan-sized timing case scales Leshan to
     * 83,670,000 persons, this figure rounded to the nearest 10,000.
     */
    public static final double SICHUAN_CENSUS_2020 = 83_674_866;
    /** Persons of the synthetic Sichuan-sized population. */
    public static final double SICHUAN_SIZED = 83_670_000;

    private BenchScenarios() {
    }

    /** Reads a scenario file; without a {@code labour:} section it gets {@link BuiltInLabour#leshan()}. */
    public static ScenarioSpec read(Path file) {
        try {
            ScenarioSpec s = new ScenarioReader().read(file.toString(), Files.readString(file)).spec();
            return s.labour() != null ? s : BuiltInLabour.withLabour(s, BuiltInLabour.leshan());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A synthetic population of {@code persons} with the scenario's structure: every count (base population by
     * cell, migration totals, the labour base facts and trainees) multiplied by persons / the scenario's total;
     * rates, shares and schedules unchanged; targets and levers dropped. For timing only: it is not a model of any
     * region.
     */
    public static ScenarioSpec scaledTo(ScenarioSpec s, double persons) {
        double f = persons / s.population().persons().total();
        double[][][] cells = s.population().persons().toArray();
        for (double[][] bySex : cells) {
            for (double[] row : bySex) {
                for (int a = 0; a < row.length; a++) {
                    row[a] *= f;
                }
            }
        }
        var pop = new org.labourcast.scenario.BasePopulation(CohortTable.of(cells), s.population().referenceDate(),
                "scaled ×" + f + " from " + s.population().source(), s.population().residenceSource());
        MigrationAssumption m = s.migration();
        MigrationAssumption migration = m == null ? null : new MigrationAssumption(m.male() == null ? null
                : m.male().scaled(f), m.female() == null ? null : m.female().scaled(f), m.ageRates(),
                m.fixedUrbanShare(), m.method(), m.source(), m.maleShare(), null, m.mobileStock() * f);
        LabourAssumptions la = s.labour();
        LabourAssumptions labour = la == null ? null : la
                .withBase(new LabourAssumptions.BaseYearFacts(la.base().employed() * f, new SectorValues(
                        la.base().employedBySector().toArray()[0] * f, la.base().employedBySector().toArray()[1] * f,
                        la.base().employedBySector().toArray()[2] * f), la.base().ruralLabourForce() * f,
                        la.base().ruralLabourTransferred() * f, la.base().skilledWorkers() * f,
                        la.base().surveyedUnemploymentRate(), la.base().registeredUnemploymentRate(),
                        la.base().ruralUnemploymentRate(), la.base().source()))
                .withSkills(new LabourAssumptions.SkillsAssumption(la.skills().trainees().scaled(f),
                        la.skills().certificationRate(), la.skills().ruralLabourShare(),
                        la.skills().entrantSkilledShare(), la.skills().source()))
                .withInsurance(la.insurance() == null ? null : new InsuranceAssumption(
                        la.insurance().unemployment().scaled(f), la.insurance().injury().scaled(f),
                        la.insurance().source()));
        return new ScenarioSpec(s.id() + "-scaled", s.title(), s.description(), s.region(), s.baseYear(),
                s.horizon(), s.maxAge(), pop, s.fertility(), s.mortality(), migration, s.ruralUrbanMove(),
                s.workingAge(), List.of(), labour, List.of(), ScenarioUncertainty.NONE);
    }
}
