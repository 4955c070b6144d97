package org.labourcast.experiment;

import java.time.YearMonth;
import java.util.List;
import org.labourcast.TimeSeries;
import org.labourcast.demography.AgeGroup;
import org.labourcast.demography.AgeGroups;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.Target;
import org.labourcast.scenario.labour.HouseholdAssumption;
import org.labourcast.scenario.labour.InsuranceAssumption;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.ReturneeAssumption;
import org.labourcast.scenario.labour.SectorValues;
import org.labourcast.scenario.labour.WageAssumption;

/**
 * A built-in labour configuration: Leshan's 2020 base facts (乐山市"十四五"就业促进规划 ch.1) with behavioural
 * parameters chosen for testing, not estimated. The engine tests use it, and {@code labourcast bench} (module
 * {@code bench}) gives it to a scenario file that has no {@code labour:} section.
 */
public final class BuiltInLabour {
    private BuiltInLabour() {
    }

    /** The built-in labour configuration (Leshan 2020 base facts, test behavioural parameters). */
    public static LabourAssumptions leshan() {
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
                // Leshan 2020 enrolment (乐山市"十四五"就业促进规划 ch.1 §1), NBS 2012 migrant-worker coverage.
                new InsuranceAssumption(new InsuranceAssumption.Scheme(268_000, 0.084),
                        new InsuranceAssumption.Scheme(426_000, 0.24), src),
                // Leshan 2020 average wage 68,960 yuan (乐山市"十四五"就业促进规划 ch.1 §1); the shipped baseline's
                // assumed ratios and Mincer terms (docs/labour-model.md#wages).
                new WageAssumption(68_960, 0.8, 1.0, 0.08, 10.4, 0.035, -0.0006, 1.15, 1.0, src),
                null, // no schooling: the naive reference model has none
                // Leshan 2020 returnee entrepreneurs 1.9万 (plan ch.1 §1); rates as scenarios/leshan/baseline.yaml.
                new ReturneeAssumption(19_000, 0.027, 0.32, src),
                // Leshan 2020 mean family-household size 2.54 and collective residents 162,654 of 3,160,168
                // (乐山市第七次全国人口普查公报(第一号)); China's one-person share 25.39%, Fujian's size shape and full
                // found share calibrated to China's certified flow and full help (确保零就业家庭动态清零, plan ch.2 §3),
                // as scenarios/leshan/baseline.yaml.
                new HouseholdAssumption(2.54, 0.2539, new double[] {0.273, 0.263, 0.194, 0.142, 0.069, 0.040, 0.011,
                    0.004, 0.002, 0.002}, 0.0515, 0.015, 1.0, src),
                src);
    }

    /** The scenario with other labour assumptions (none: without its levers, which act on the labour model). */
    public static ScenarioSpec withLabour(ScenarioSpec s, LabourAssumptions labour) {
        // Targets on the agents' schooling go with the education block they need (as the reader refuses them).
        List<Target> targets = labour != null && labour.education() != null ? s.targets()
                : s.targets().stream().filter(t -> !LabourIndicators.SCHOOLING.contains(t.indicator())).toList();
        return new ScenarioSpec(s.id(), s.title(), s.description(), s.region(), s.baseYear(), s.horizon(),
                s.maxAge(), s.population(), s.fertility(), s.mortality(), s.migration(), s.ruralUrbanMove(),
                s.workingAge(), targets, labour, labour == null ? List.of() : s.levers(), s.uncertainty());
    }

}
