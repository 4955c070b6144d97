package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.InputException;
import org.labourcast.TimeAnchor;
import org.labourcast.demography.AgeGroup;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.labour.SectorValues;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * The {@code labour:} and {@code simulation:} sections of the shipped Leshan baseline: their values reach the records
 * as written, and each broken variant fails with a located {@link InputException} naming the field and the rule.
 */
class LabourSectionTest {
    private static final String FILE = "leshan.yaml";
    private static String baseline;
    private static LoadedScenario loaded;
    private static ScenarioSpec spec;

    @BeforeAll
    static void load() throws IOException {
        baseline = Files.readString(ShippedScenarios.leshanBaseline());
        loaded = new ScenarioReader().read(FILE, baseline);
        spec = loaded.spec();
    }

    private static String replaceOnce(String from, String to) {
        assertTrue(baseline.contains(from), "test setup: baseline lacks " + from);
        return baseline.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static InputException fail(String text) {
        InputException e = assertThrows(InputException.class, () -> new ScenarioReader().read(FILE, text));
        assertNotNull(e.location(), "every scenario error has a location: " + e.getMessage());
        return e;
    }

    /** 1-based line of the first occurrence of {@code needle}. */
    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static void assertContains(InputException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "expected '" + p + "' in: " + e.getMessage());
        }
    }

    /** The baseline without its labour section (and, when asked, without the labour targets). */
    private static String withoutLabour(boolean dropLabourTargets) {
        String text = baseline.substring(0, baseline.indexOf("\n# ------")) + baseline.substring(baseline.indexOf(
                "\nindicators:"));
        return dropLabourTargets ? text.substring(0, text.indexOf("\n  # Labour targets")) + "\n" : text;
    }

    // ---- values land in the records ----

    @Test
    void leshanBaseYearFactsAreThePlans() {
        LabourAssumptions.BaseYearFacts base = spec.labour().base();
        // Leshan plan (2022-04) ch.1 §1: 178.4万 employed, 69 / 32.3 / 77.1万 by sector, 139.08万 rural labour of
        // which 102.5万 transferred, skilled workers 17% of the employed.
        assertEquals(1_784_000, base.employed());
        assertEquals(new SectorValues(690_000, 323_000, 771_000), base.employedBySector());
        assertEquals(1_390_800, base.ruralLabourForce());
        assertEquals(1_025_000, base.ruralLabourTransferred());
        assertEquals(0.17 * 1_784_000, base.skilledWorkers(), 1e-6);
        assertEquals(0.056, base.surveyedUnemploymentRate());
        assertEquals(0.044, base.registeredUnemploymentRate());
        assertEquals(0.02, base.ruralUnemploymentRate());
        assertTrue(base.source().startsWith("[PLAN ch.1 §1"), base.source());
        assertTrue(base.source().contains(" | skilled_workers: [PLAN ch.1 §1 就业结构持续优化]"), base.source());
    }

    @Test
    void leshanProcessParameters() {
        LabourAssumptions l = spec.labour();
        assertEquals(0.746, l.hukou().urbanShareUrbanResidents());
        assertEquals(0.045, l.hukou().settlementRate().scalarAt(TimeAnchor.midYear(2030)));
        assertEquals(16, l.participation().entryAge());
        assertEquals(11, l.participation().ages().size());
        assertEquals(AgeGroup.openFrom(65), l.participation().ages().get(10));
        assertEquals(0.97, l.participation().male()[3]);
        assertEquals(0.22, l.participation().female()[10]);
        assertEquals(YearMonth.of(2025, 1), l.retirement().reformStart());
        assertEquals(0.3, l.retirement().femaleCadreShare());
        LabourAssumptions.TransferAssumption t = l.transfer();
        assertEquals(AgeGroup.closed(16, 64), t.ages());
        assertEquals(0.05, t.baseRate());
        assertArrayEquals(new double[] {0.813, 0.791, 0, -0.638, -1.037}, t.ageLogOdds());
        // Sichuan urban/rural income ratio: 2.46 in 2019, 2.40 in 2020, held afterwards.
        assertEquals(2.40, t.wageGap().scalarAt(TimeAnchor.midYear(2020)), 1e-12);
        assertEquals(2.40, t.wageGap().scalarAt(TimeAnchor.midYear(2030)), 1e-12);
        assertEquals(3.0, t.outMigrationWeight());
        assertEquals(0.2, t.returnToFarmRate());
    }

    @Test
    void sectorDemandContinuesThe2015To2020ShiftNotThePlanCapacities() {
        LabourAssumptions.SectorDemandAssumption s = spec.labour().sectors();
        // 2020 from the bulletin; from 2021 every sector at the 7.4% trend (labour.market.trend_growth).
        assertArrayEquals(new double[] {0.058, 0.041, 0.037}, s.outputGrowth().forYear(2020), 1e-12);
        assertArrayEquals(new double[] {0.074, 0.074, 0.074}, s.outputGrowth().forYear(2030), 1e-12);
        assertEquals(0.074, spec.labour().market().trendGrowth());
        // At trend growth, demand shares keep changing as the employment shares did over 2015-2020 (42.9:21.6:35.5 ->
        // 38.7:18.1:43.2, [PLAN ch.1 §1]): D_s(2025)/D_k(2025) = D_s(2020)/D_k(2020) x (q_s/q_k), q = share2020/share2015,
        // within the rounding of the elasticities to 4 decimals.
        double[] q = {0.387 / 0.429, 0.181 / 0.216, 0.432 / 0.355};
        double[] demand = spec.labour().base().employedBySector().toArray();
        for (int year = 2021; year <= 2025; year++) {
            for (Sector sector : Sector.values()) {
                demand[sector.ordinal()] *= 1 + s.outputGrowth().forYear(year)[sector.ordinal()]
                        * s.employmentElasticity().get(sector);
            }
        }
        double[] base = spec.labour().base().employedBySector().toArray();
        for (int k = 1; k < 3; k++) {
            double ratio = (demand[k] / demand[0]) / (base[k] / base[0]);
            assertEquals(q[k] / q[0], ratio, 2e-3, "sector " + k + " against primary");
        }
        // The plan's 2025 capacities (专栏2: 70 / 35 / 80万) are not what demand reaches.
        assertTrue(Math.abs(demand[1] * 1784000 / (demand[0] + demand[1] + demand[2]) - 350_000) > 10_000);
        assertEquals(List.of(2015, 2020), s.history().stream().map(LabourAssumptions.SectorHistory::year).toList());
        assertEquals(new SectorValues(0.387, 0.181, 0.432), s.history().get(1).shares());
    }

    @Test
    void matchingAndSkills() {
        assertEquals(0.5, spec.labour().matching().unemploymentElasticity());
        assertEquals(new SectorValues(0.01, 0.048, 0.048), spec.labour().matching().separationRate());
        // 专栏1: [10]万人次 of training over 2021-2025, of which [2.8]万 migrant workers.
        assertEquals(20_000, spec.labour().skills().trainees().scalarAt(TimeAnchor.midYear(2023)));
        assertEquals(0.28, spec.labour().skills().ruralLabourShare());
    }

    @Test
    void simulationSettings() {
        assertEquals(new RunSettings(100, 20201101L, 1, 1), loaded.run());
    }

    @Test
    void planTargetsAreTranscribed() {
        List<Target> labour = spec.targets().stream().filter(t -> IndicatorCatalog.isLabour(t.indicator())).toList();
        assertEquals(15, labour.size());
        Target jobs = labour.get(0);
        assertEquals(LabourIndicators.NEW_URBAN_JOBS, jobs.indicator());
        assertEquals(Target.Kind.CUMULATIVE, jobs.kind());
        assertEquals(Operator.ABOVE, jobs.operator());
        assertEquals(200_000, jobs.value());
        Target schooling = labour.get(5);
        assertEquals(LabourIndicators.MEAN_YEARS_SCHOOLING_16_59, schooling.indicator());
        assertEquals(10.23, schooling.value());
        assertEquals(Target.Nature.BINDING, schooling.nature());
        // 专栏1 rows 10-11, both 约束性: 失业保险参保人数 28万, 工伤保险参保人数 45万.
        Target unemploymentInsured = labour.get(7);
        assertEquals(LabourIndicators.UNEMPLOYMENT_INSURED, unemploymentInsured.indicator());
        assertEquals(Target.Nature.BINDING, unemploymentInsured.nature());
        assertEquals(280_000, unemploymentInsured.value());
        assertEquals(268_000, unemploymentInsured.baseValue().getAsDouble());
        Target injuryInsured = labour.get(8);
        assertEquals(LabourIndicators.INJURY_INSURED, injuryInsured.indicator());
        assertEquals(Target.Nature.BINDING, injuryInsured.nature());
        assertEquals(450_000, injuryInsured.value());
        // 专栏1 row 5, 预期性: 平均工资增长 >6*, * = 年均增速: 68960 x 1.06^5 in 2025.
        Target wage = labour.stream().filter(t -> t.indicator().equals(LabourIndicators.AVERAGE_WAGE)).findFirst()
                .orElseThrow();
        assertEquals(LabourIndicators.AVERAGE_WAGE, wage.indicator());
        assertEquals(Target.Kind.ANNUAL, wage.kind());
        assertEquals(Target.Nature.EXPECTED, wage.nature());
        assertEquals(Math.round(68_960 * Math.pow(1.06, 5)), wage.value());
        assertEquals(68_960, wage.baseValue().getAsDouble());
        Target tertiary = labour.stream().filter(t -> t.indicator().equals(LabourIndicators.EMPLOYMENT_TERTIARY))
                .findFirst().orElseThrow();
        assertEquals(LabourIndicators.EMPLOYMENT_TERTIARY, tertiary.indicator());
        assertEquals(Operator.AT_LEAST, tertiary.operator());
        assertEquals(771_000, tertiary.baseValue().getAsDouble());
        // ch.2 §3 text: 全市返乡入乡创业人员累计超过2.2万人, a stock judged at the 2025 year end.
        Target returnees = labour.stream().filter(t -> t.indicator().equals(LabourIndicators.RETURNEE_ENTREPRENEURS))
                .findFirst().orElseThrow();
        assertEquals(LabourIndicators.RETURNEE_ENTREPRENEURS, returnees.indicator());
        assertEquals(Target.Kind.ANNUAL, returnees.kind());
        assertEquals(Operator.ABOVE, returnees.operator());
        assertEquals(22_000, returnees.value());
        assertEquals(19_000, returnees.baseValue().getAsDouble());
    }

    // ---- without a labour section ----

    @Test
    void demographicOnlyScenarioReadsWithoutLabour() {
        String text = withoutLabour(true);
        String end = "one agent per resident\n";
        String simulation = text.substring(text.indexOf("simulation:"), text.indexOf(end) + end.length());
        LoadedScenario s = new ScenarioReader().read(FILE, text.replace(simulation, ""));
        assertNull(s.spec().labour());
        assertTrue(s.spec().labourModel().isEmpty());
        assertEquals(new RunSettings(1, RunSettings.DEFAULT_SEED, 1, 1), s.run());
        assertEquals(1, s.spec().targets().size());
    }

    @Test
    void labourTargetWithoutLabourSectionIsRejected() {
        String text = withoutLabour(false);
        InputException e = fail(text);
        assertEquals("targets[1].indicator", e.fieldPath());
        assertEquals(lineOf(text, "- indicator: new_urban_jobs"), e.location().line());
        assertContains(e, "'new_urban_jobs' is produced by the labour model", "add a labour: section");
    }

    // ---- located errors ----

    @Test
    void wordWhereANumberIsExpected() {
        String text = replaceOnce("    employed: 1784000", "    employed: many");
        InputException e = fail(text);
        assertEquals(lineOf(text, "employed: many"), e.location().line());
        assertEquals("labour.base.employed", e.fieldPath());
        assertContains(e, "expected a number, got 'many'");
    }

    @Test
    void percentInAValueWithItsOwnSource() {
        String text = replaceOnce("      value: 0.056", "      value: 5.6%");
        InputException e = fail(text);
        assertEquals("labour.base.surveyed_unemployment_rate.value", e.fieldPath());
        assertContains(e, "write shares as fractions: 0.056 for 5.6%");
    }

    @Test
    void missingField() {
        String text = replaceOnce("    rural_labour_force: 1390800       # 农村劳动力总量139.08万人\n", "");
        InputException e = fail(text);
        assertEquals("labour.base.rural_labour_force", e.fieldPath());
        assertContains(e, "missing value", "add the field 'rural_labour_force' to labour.base");
    }

    @Test
    void typoSuggestsTheField() {
        String text = replaceOnce("    adjustment_speed:", "    adjustment_sped:");
        InputException e = fail(text);
        assertEquals(lineOf(text, "adjustment_sped:"), e.location().line());
        assertContains(e, "unknown field 'adjustment_sped'", "did you mean 'adjustment_speed'?");
    }

    @Test
    void sectorsThatDoNotSumToEmployed() {
        String text = replaceOnce("{primary: 690000, secondary", "{primary: 600000, secondary");
        InputException e = fail(text);
        assertEquals(lineOf(text, "employed_by_sector:"), e.location().line());
        assertEquals("labour.base.employed_by_sector", e.fieldPath());
        assertContains(e, "must sum to 'employed' within 0.5%", "the sectors sum to 1694000 but employed is 1784000",
                "-5.04%");
    }

    @Test
    void sectorsSummingBeyondTheLargestNumberAreStillAnInputError() {
        InputException e = fail(replaceOnce("{primary: 690000, secondary: 323000,", "{primary: 1e308, secondary: 1e308,"));
        assertContains(e, "the sectors sum to Infinity but employed is 1784000");
    }

    @Test
    void moreTransferredThanRuralLabour() {
        String text = replaceOnce("rural_labour_transferred: 1025000", "rural_labour_transferred: 1400000");
        InputException e = fail(text);
        assertEquals(lineOf(text, "rural_labour_transferred:"), e.location().line());
        assertContains(e, "rural labour transferred (1400000) cannot exceed the rural labour force (1390800)");
    }

    @Test
    void employmentInTenThousandsIsCaughtAsImplausible() {
        String text = replaceOnce("    employed: 1784000", "    employed: 17840000");
        assertContains(fail(text), "more persons employed (17840000) than live in the base population (3160168)",
                "178.4万 is written 1784000");
    }

    @Test
    void ageGroupsNotCoveringTheTransferAges() {
        String text = replaceOnce("[16-24, 25-34, 35-44, 45-54, 55-64]", "[16-24, 25-34, 35-44, 45-54, 55-60]");
        InputException e = fail(text);
        assertEquals("labour.transfer.age_groups", e.fieldPath());
        assertContains(e, "cover 16-60, not exactly the transfer ages 16-64", "end at 64");
    }

    @Test
    void gapInParticipationAges() {
        String text = replaceOnce("[16-19, 20-24, 25-29,", "[16-19, 21-24, 25-29,");
        InputException e = fail(text);
        assertEquals("labour.participation.ages", e.fieldPath());
        assertContains(e, "gap between 16-19 and 21-24");
    }

    @Test
    void reformMonthThatDoesNotExist() {
        String text = replaceOnce("reform: {start: 2025-01,", "reform: {start: 2025-13,");
        InputException e = fail(text);
        assertEquals("labour.retirement.reform.start", e.fieldPath());
        assertEquals(lineOf(text, "reform:"), e.location().line());
        assertContains(e, "expected a month like 2025-01, got '2025-13'");
    }

    @Test
    void reformBeforeTheBaseYear() {
        assertContains(fail(replaceOnce("reform: {start: 2025-01,", "reform: {start: 2019-06,")),
                "the reform start 2019-06 must fall between 2020-01 (January of the base year) and 2035-12");
    }

    @Test
    void reformWrittenAsAWord() {
        InputException e = fail(replaceOnce("reform: {start: 2025-01, source: \"[NPC24] in force 2025-01-01\"}",
                "reform: nope"));
        assertContains(e, "expected 'none' or a mapping {start: YYYY-MM}, got 'nope'", "did you mean 'none'?");
    }

    @Test
    void openIntervalIsNamedInTheError() {
        InputException e = fail(replaceOnce("      value: 0.5\n      source: \"[PP01]",
                "      value: 1\n      source: \"[PP01]"));
        assertEquals("labour.matching.unemployment_elasticity.value", e.fieldPath());
        assertContains(e, "must be greater than 0 and less than 1 (the elasticity α of hires), got 1");
    }

    @Test
    void historySharesThatDoNotSumToOne() {
        InputException e = fail(replaceOnce("{primary: 0.429, secondary: 0.216", "{primary: 0.409, secondary: 0.216"));
        assertEquals("labour.sectors.history[0].shares", e.fieldPath());
        assertContains(e, "sector shares must sum to 1 within 0.005, got 0.98");
    }

    @Test
    void elasticityThatWouldMakeDemandNegative() {
        String text = replaceOnce("        tertiary: 0.074\n", "        tertiary: 0.25\n").replace("      tertiary: 0.5411",
                "      tertiary: -5");
        InputException e = fail(text);
        assertEquals("labour.sectors.employment_elasticity.tertiary", e.fieldPath());
        assertContains(e, "with output growth 0.25 (2021) this elasticity would make tertiary labour demand fall");
    }

    // ---- simulation ----

    @Test
    void runsZero() {
        String text = replaceOnce("  runs: 100 ", "  runs: 0 ");
        InputException e = fail(text);
        assertEquals("simulation.runs", e.fieldPath());
        assertEquals(lineOf(text, "runs: 0"), e.location().line());
        assertContains(e, "must be between 1 and 100000, got 0");
    }

    @Test
    void seedBeyondTheLongRange() {
        String text = replaceOnce("  seed: 20201101 ", "  seed: 9223372036854775808 ");
        InputException e = fail(text);
        assertEquals("simulation.seed", e.fieldPath());
        assertContains(e, "whole number out of range", "-9223372036854775808 to 9223372036854775807");
    }

    @Test
    void seedThatIsNotWhole() {
        assertContains(fail(replaceOnce("  seed: 20201101 ", "  seed: 2020.5 ")),
                "expected a whole number, got '2020.5'");
    }

    @Test
    void fullSixtyFourBitSeedsAreKept() {
        assertEquals(Long.MIN_VALUE, new ScenarioReader().read(FILE,
                replaceOnce("  seed: 20201101 ", "  seed: -9223372036854775808 ")).run().seed());
        assertEquals(Long.MAX_VALUE, new ScenarioReader().read(FILE,
                replaceOnce("  seed: 20201101 ", "  seed: 9223372036854775807 ")).run().seed());
    }

    @Test
    void simulationFieldsDefaultOneByOne() {
        String text = replaceOnce("  runs: 100               # Monte Carlo replicates\n", "")
                .replace("  scale: 1                # persons per agent: one agent per resident\n", "");
        assertEquals(new RunSettings(1, 20201101L, 1, 1), new ScenarioReader().read(FILE, text).run());
    }
}
