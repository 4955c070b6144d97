package org.labourcast.labour;

import java.nio.file.Files;
import java.time.YearMonth;
import java.util.List;
import org.labourcast.demography.AgeGroup;
import org.labourcast.demography.AgeGroups;
import org.labourcast.experiment.RunSettings;
import org.labourcast.scenario.ScenarioReader;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.TimeSeries;

/**
 * Labour assumptions for engine tests, built in code so each test can vary one parameter. The base facts are
 * Leshan's 2020 figures (乐山市"十四五"就业促进规划 ch.1); the behavioural parameters are test values, not the
 * shipped scenario's.
 */
public final class LabourFixtures {
    private LabourFixtures() {
    }

    public static LabourAssumptions leshanLike() {
        List<AgeGroup> ages = AgeGroups.parseAll(List.of("16-19", "20-24", "25-29", "30-34", "35-39", "40-44",
                "45-49", "50-54", "55-59", "60-64", "65-69", "70+"));
        double[] male = {0.25, 0.75, 0.94, 0.96, 0.96, 0.96, 0.94, 0.88, 0.78, 0.58, 0.38, 0.12};
        double[] female = {0.22, 0.68, 0.84, 0.85, 0.85, 0.84, 0.80, 0.62, 0.48, 0.36, 0.24, 0.06};
        return new LabourAssumptions(
                new LabourAssumptions.BaseYearFacts(1_784_000, new SectorValues(690_000, 323_000, 771_000),
                        1_390_800, 1_025_000, 303_280, 0.056, 0.040, 0.02, "test"),
                new LabourAssumptions.HukouAssumption(0.60, 0.02, TimeSeries.constant(0.02), "test"),
                new LabourAssumptions.ParticipationAssumption(16, ages, male, female, "test"),
                new LabourAssumptions.RetirementAssumption(YearMonth.of(2025, 1), 0.3, "test"),
                new LabourAssumptions.TransferAssumption(AgeGroup.closed(16, 64), 0.06,
                        AgeGroups.parseAll(List.of("16-24", "25-34", "35-44", "45-54", "55-64")),
                        new double[] {0.6, 0.4, 0, -0.6, -1.4}, 0.4, TimeSeries.constant(2.4), 1.0, 3.0, 0.2, "test"),
                new LabourAssumptions.SectorDemandAssumption(TimeSeries.constant(0.03, 0.07, 0.08),
                        new SectorValues(-0.5, 0.15, 0.2), 0.3, List.of(), "test"),
                new LabourAssumptions.MatchingAssumption(1.0, 0.5, new SectorValues(0.01, 0.06, 0.06), 0.5, "test"),
                new LabourAssumptions.SkillsAssumption(TimeSeries.constant(20_000), 0.7, 0.28, 0.15, "test"),
                "test");
    }

    /** The shipped Leshan baseline with the given labour assumptions. */
    public static ScenarioSpec leshanWith(LabourAssumptions labour) {
        try {
            var path = ShippedScenarios.leshanBaseline();
            ScenarioSpec s = new ScenarioReader().read(path.toString(), Files.readString(path));
            return new ScenarioSpec(s.id(), s.title(), s.description(), s.region(), s.baseYear(), s.horizon(),
                    s.maxAge(), s.population(), s.fertility(), s.mortality(), s.migration(), s.urbanTransfer(),
                    s.workingAge(), s.targets(), labour, new RunSettings(1, RunSettings.DEFAULT_SEED, 1, 1), s.file());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
