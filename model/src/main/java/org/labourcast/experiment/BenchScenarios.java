package org.labourcast.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.labourcast.TimeSeries;
import org.labourcast.demography.AgeGroup;
import org.labourcast.demography.AgeGroups;
import org.labourcast.demography.CohortTable;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.MigrationAssumption;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.SectorValues;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * Scenarios for timing the agent engine. The labour assumptions are a built-in configuration: Leshan's 2020 base
 * facts (乐山市"十四五"就业促进规划 ch.1) with behavioural parameters chosen for testing, not estimated — the engine
 * tests use the same values. A scenario file's own {@code labour:} section is used instead when it has one.
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

    /** The built-in labour configuration (Leshan 2020 base facts, test behavioural parameters). */
    public static LabourAssumptions leshanLabour() {
        List<AgeGroup> ages = AgeGroups.parseAll(List.of("16-19", "20-24", "25-29", "30-34", "35-39", "40-44",
                "45-49", "50-54", "55-59", "60-64", "65-69", "70+"));
        double[] male = {0.25, 0.75, 0.94, 0.96, 0.96, 0.96, 0.94, 0.88, 0.78, 0.58, 0.38, 0.12};
        double[] female = {0.22, 0.68, 0.84, 0.85, 0.85, 0.84, 0.80, 0.62, 0.48, 0.36, 0.24, 0.06};
        String src = "built-in benchmark configuration (test values)";
        return new LabourAssumptions(
                new LabourAssumptions.BaseYearFacts(1_784_000, new SectorValues(690_000, 323_000, 771_000),
                        1_390_800, 1_025_000, 303_280, 0.056, 0.040, 0.02, src),
                new LabourAssumptions.HukouAssumption(0.60, 0.02, TimeSeries.constant(0.02), src),
                new LabourAssumptions.ParticipationAssumption(16, ages, male, female, src),
                new LabourAssumptions.RetirementAssumption(YearMonth.of(2025, 1), 0.3, src),
                new LabourAssumptions.TransferAssumption(AgeGroup.closed(16, 64), 0.06,
                        AgeGroups.parseAll(List.of("16-24", "25-34", "35-44", "45-54", "55-64")),
                        new double[] {0.6, 0.4, 0, -0.6, -1.4}, 0.4, TimeSeries.constant(2.4), 1.0, 3.0, 0.2, src),
                new LabourAssumptions.SectorDemandAssumption(TimeSeries.constant(0.03, 0.07, 0.08),
                        new SectorValues(-0.5, 0.15, 0.2), 0.3, List.of(), src),
                new LabourAssumptions.MatchingAssumption(1.0, 0.5, new SectorValues(0.01, 0.06, 0.06), 0.5, src),
                new LabourAssumptions.MarketAssumption(LabourAssumptions.VacancyRule.FREE_ENTRY, 0.07, 0.14, 0.5,
                        0, src), // no migration response: the naive reference model has none
                new LabourAssumptions.SkillsAssumption(TimeSeries.constant(20_000), 0.7, 0.28, 0.15, src),
                src);
    }

    /** Reads a scenario file; without a {@code labour:} section it gets {@link #leshanLabour()}. */
    public static ScenarioSpec read(Path file) {
        try {
            ScenarioSpec s = new ScenarioReader().read(file.toString(), Files.readString(file));
            return s.labour() != null ? s : withLabour(s, leshanLabour());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario with other labour assumptions (and default run settings). */
    public static ScenarioSpec withLabour(ScenarioSpec s, LabourAssumptions labour) {
        // Targets on the agents' schooling go with the education block they need (as the reader refuses them).
        List<org.labourcast.scenario.Target> targets = labour != null && labour.education() != null ? s.targets()
                : s.targets().stream().filter(t -> !LabourIndicators.SCHOOLING.contains(t.indicator())).toList();
        return new ScenarioSpec(s.id(), s.title(), s.description(), s.region(), s.baseYear(), s.horizon(),
                s.maxAge(), s.population(), s.fertility(), s.mortality(), s.migration(), s.urbanTransfer(),
                s.workingAge(), targets, labour, new RunSettings(1, RunSettings.DEFAULT_SEED, 1, 1), s.file(),
                labour == null ? List.of() : s.levers(), s.actuals(), s.history(), s.sweep());
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
        LabourAssumptions labour = la == null ? null : new LabourAssumptions(
                new LabourAssumptions.BaseYearFacts(la.base().employed() * f, new SectorValues(
                        la.base().employedBySector().toArray()[0] * f, la.base().employedBySector().toArray()[1] * f,
                        la.base().employedBySector().toArray()[2] * f), la.base().ruralLabourForce() * f,
                        la.base().ruralLabourTransferred() * f, la.base().skilledWorkers() * f,
                        la.base().surveyedUnemploymentRate(), la.base().registeredUnemploymentRate(),
                        la.base().ruralUnemploymentRate(), la.base().source()),
                la.hukou(), la.participation(), la.retirement(), la.transfer(), la.sectors(), la.matching(), la.market(),
                new LabourAssumptions.SkillsAssumption(la.skills().trainees().scaled(f),
                        la.skills().certificationRate(), la.skills().ruralLabourShare(),
                        la.skills().entrantSkilledShare(), la.skills().source()), la.source(), la.education());
        return new ScenarioSpec(s.id() + "-scaled", s.title(), s.description(), s.region(), s.baseYear(),
                s.horizon(), s.maxAge(), pop, s.fertility(), s.mortality(), migration, s.urbanTransfer(),
                s.workingAge(), List.of(), labour, s.simulation(), s.file(), List.of(), List.of(), List.of(), null);
    }
}
