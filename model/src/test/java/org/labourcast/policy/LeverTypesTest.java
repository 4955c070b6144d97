package org.labourcast.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.labourcast.policy.LeverYaml.readLevers;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.labour.LabourAssumptions.RetirementAssumption;
import org.labourcast.scenario.labour.SectorValues;
import org.labourcast.scenario.yaml.LeverCatalog;

/**
 * Every lever type, read from YAML through the real scenario reader, gives the hand-computed effects before, during
 * (in and after its phase-in) and after its years. The Leshan baseline's base year is 2020, so levers may start in
 * 2021; its {@code labour.skills} has certification rate 0.7 and rural share 0.28.
 */
class LeverTypesTest {
    private static final double EPS = 1e-9;

    private static Levers levers(String entries) {
        return readLevers(entries).policy();
    }

    private static void assertDemand(SectorValues expected, SectorValues actual) {
        assertEquals(expected.primary(), actual.primary(), EPS, "primary");
        assertEquals(expected.secondary(), actual.secondary(), EPS, "secondary");
        assertEquals(expected.tertiary(), actual.tertiary(), EPS, "tertiary");
    }

    @Test
    void shippedBaselineHasNoLevers() {
        ScenarioSpec spec = LeverYaml.read(LeverYaml.baseline());
        assertTrue(spec.levers().isEmpty());
        assertEquals(PolicyEffects.NONE, spec.policy().effects(2025));
        assertEquals(Optional.empty(), spec.policy().retirementOverride());
        assertEquals(spec.labour().retirement(), spec.policy().retirement(spec.labour().retirement()));
        assertTrue(readLevers("  []\n").levers().isEmpty(), "an empty list is no levers");
    }

    @Test
    void vocationalTraining() {
        Levers l = levers("""
                  - type: vocational_training
                    name: {en: Key-group training, zh: 重点人群培训工程}
                    source: "[XT 十三] 每年组织开展职业技能培训1万人"
                    from: 2022
                    to: 2025
                    phase_in_years: 1
                    trainees: 10000
                    rural_labour_share: 0.5
                    certification_rate: {value: 0.8, source: "assumption: most trainees pass"}
                """);
        assertEquals(PolicyEffects.NONE, l.effects(2021), "before from");
        PolicyEffects ramp = l.effects(2022);
        assertEquals(5000, ramp.extraTrainees(), EPS, "first year of a one-year phase-in: half");
        assertEquals(0.5, ramp.extraTraineesRuralShare(), EPS);
        assertEquals(0.8, ramp.extraCertificationRate(), EPS);
        assertEquals(10_000, l.effects(2023).extraTrainees(), EPS);
        assertEquals(10_000, l.effects(2025).extraTrainees(), EPS, "the last year is included");
        assertEquals(PolicyEffects.NONE, l.effects(2026), "after to");
        VocationalTraining t = (VocationalTraining) l.list().get(0);
        assertEquals("重点人群培训工程", t.info().label("zh"));
        assertTrue(t.info().source().endsWith("| certification_rate: assumption: most trainees pass"),
                t.info().source());
    }

    @Test
    void vocationalTrainingDefaultsToTheScenariosSkillsRates() {
        Levers l = levers("""
                  - type: vocational_training
                    source: "[XT 十四] 每年组织开展企业职工培训2.8万人"
                    from: 2021
                    trainees: 28000
                """);
        PolicyEffects e = l.effects(2035);
        assertEquals(28_000, e.extraTrainees(), EPS, "no 'to': acts to the horizon");
        assertEquals(0.28, e.extraTraineesRuralShare(), EPS);
        assertEquals(0.7, e.extraCertificationRate(), EPS);
        assertTrue(l.list().get(0).info().source().contains("certification_rate: default 0.7"),
                l.list().get(0).info().source());
    }

    @Test
    void startupGuaranteeLoansByAmount() {
        // 3亿 yuan a year x 0.305 jobs per 1万 yuan (default) = 9,150 jobs; half additional = 4,575 a year
        Levers l = levers("""
                  - type: startup_guarantee_loans
                    source: "[TZ table row 8] 发放创业担保贷款 [15]亿元 over 2021-2025"
                    from: 2021
                    to: 2022
                    amount_yuan: 300000000
                    additionality: 0.5
                    sector_shares: {primary: 0, secondary: 0.2, tertiary: 0.8}
                    job_survival: 0.9
                """);
        assertEquals(PolicyEffects.NONE, l.effects(2020));
        assertDemand(new SectorValues(0, 915, 3660), l.effects(2021).extraLabourDemand());
        double stock2022 = 4575 * 0.9 + 4575;
        assertEquals(stock2022, l.effects(2022).extraLabourDemand().sum(), EPS);
        assertEquals(stock2022 * 0.9, l.effects(2023).extraLabourDemand().sum(), EPS,
                "after 'to' no new jobs, the stock shrinks by the survival rate");
        StartupGuaranteeLoans loans = (StartupGuaranteeLoans) l.list().get(0);
        assertInstanceOf(StartupGuaranteeLoans.ByAmount.class, loans.lending());
        assertEquals(0.305, ((StartupGuaranteeLoans.ByAmount) loans.lending()).jobsPer10kYuan(), EPS);
    }

    @Test
    void startupGuaranteeLoansByCount() {
        // 1,000 loans x 2.77 jobs (default) = 2,770 a year; phase-in 1: 1,385 in 2021; survival 0.93 (default)
        Levers l = levers("""
                  - type: startup_guarantee_loans
                    source: "[XT 六] 创业担保贷款最高申请额度由10万元提高到15万元"
                    from: 2021
                    phase_in_years: 1
                    loans: 1000
                    additionality: 1
                    sector_shares: {primary: 1, secondary: 0, tertiary: 0}
                """);
        assertDemand(new SectorValues(1385, 0, 0), l.effects(2021).extraLabourDemand());
        assertEquals(1385 * 0.93 + 2770, l.effects(2022).extraLabourDemand().primary(), EPS);
    }

    @Test
    void entrepreneurshipSupport() {
        // 40,000 start-ups x 0.25 additional = 10,000 founders from the unemployed in 2021, each with 2.87 employees
        // (3.87 jobs by default, the founder included): 28,700 vacancies; the founders' own 10,000 jobs are counted
        // apart (filled by the founders). The stocks shrink by 0.93 (default) a year.
        Levers l = levers("""
                  - type: entrepreneurship_support
                    source: "[XZ 一(二)3] 每年扶持城乡劳动者成功自主创业4万人"
                    from: 2021
                    to: 2021
                    startups: 40000
                    additionality: 0.25
                    sector_shares: {primary: 0, secondary: 0, tertiary: 1}
                """);
        assertEquals(28_700, l.effects(2021).extraLabourDemand().tertiary(), EPS);
        assertEquals(28_700 * 0.93, l.effects(2022).extraLabourDemand().tertiary(), EPS);
        StartupSupport s = l.effects(2021).startups();
        assertEquals(10_000, s.unemployedFounders().tertiary(), EPS);
        assertEquals(10_000, s.founderJobs().tertiary(), EPS);
        assertEquals(40_000, s.supported(), EPS);
        assertEquals(40_000 * 3.87, s.jobs(), EPS);
        assertEquals(0, l.effects(2022).startups().unemployedFounderTotal(), "no founders after 'to'");
        assertEquals(10_000 * 0.93, l.effects(2022).startups().founderJobs().tertiary(), EPS);
        assertEquals(0, l.effects(2022).extraTrainees());
    }

    @Test
    void newMarketEntities() {
        // 10,000 entities x 2 jobs (default) x 0.3 = 6,000 a year at full strength; phase-in 2: 2,000, 4,000, 6,000
        Levers l = levers("""
                  - type: new_market_entities
                    source: "[XT 十一] 力争每年新增市场主体1万个以上,带动就业2万人以上"
                    from: 2021
                    to: 2023
                    phase_in_years: 2
                    entities: 10000
                    additionality: 0.3
                    sector_shares: {primary: 0.1, secondary: 0.3, tertiary: 0.6}
                    job_survival: 1
                """);
        assertEquals(2000, l.effects(2021).extraLabourDemand().sum(), EPS);
        assertEquals(6000, l.effects(2022).extraLabourDemand().sum(), EPS);
        assertDemand(new SectorValues(1200, 3600, 7200), l.effects(2023).extraLabourDemand());
        assertDemand(new SectorValues(1200, 3600, 7200), l.effects(2030).extraLabourDemand());
    }

    @Test
    void publicEmploymentServices() {
        // ratios 100/25 = 4 and 1/0.25 = 4; m = (4 x 4)^(0.5 / 2) = 2; phase-in 1: 1 + 0.5 x (2 - 1) = 1.5
        Levers l = levers("""
                  - type: public_employment_services
                    source: "[XZ 一(二)1] 三年内建成家门口就业服务站100个; 健全15分钟就业服务圈"
                    from: 2024
                    to: 2026
                    phase_in_years: 1
                    job_fairs: {baseline: 25, planned: 100}
                    service_circle_coverage: {baseline: 0.25, planned: 1, source: "assumption"}
                    elasticity: 0.5
                """);
        assertEquals(1, l.effects(2023).matchingEfficiencyMultiplier());
        assertEquals(1.5, l.effects(2024).matchingEfficiencyMultiplier(), EPS);
        assertEquals(2, l.effects(2025).matchingEfficiencyMultiplier(), EPS);
        assertEquals(2, l.effects(2026).matchingEfficiencyMultiplier(), EPS);
        assertEquals(PolicyEffects.NONE, l.effects(2027));
    }

    @Test
    void publicWelfarePostsAreReservedAndNotLabourDemand() {
        // 5,000 posts developed over 2021-2025 (phase-in 4): 1,000, 2,000, ... 5,000 in operation
        Levers l = levers("""
                  - type: public_welfare_posts
                    source: "[TZ 专栏2 item 4] 十四五期间,开发5000个公益性岗位"
                    from: 2021
                    to: 2025
                    phase_in_years: 4
                    posts: 5000
                """);
        for (int y = 2021; y <= 2025; y++) {
            assertEquals(1000.0 * (y - 2020), l.effects(y).reservedPosts(), EPS, "year " + y);
            assertEquals(0, l.effects(y).extraLabourDemand().sum(), "posts are not counted as labour demand");
        }
        assertEquals(PolicyEffects.NONE, l.effects(2026), "the posts end with the lever");
    }

    @Test
    void graduateEmployment() {
        // c = 4000 / 16000 = 0.25; beta = ln 3, e^beta - 1 = 2: full shift ln(1 + 0.25 x 2) = ln 1.5;
        // phase-in 1: ln(1 + 0.5 x 0.25 x 2) = ln 1.25
        Levers l = levers("""
                  - type: graduate_employment
                    source: "[TZ 专栏2 item 2] 十四五期间组织在台就业见习20000人"
                    from: 2021
                    to: 2025
                    phase_in_years: 1
                    participants: 4000
                    young_seekers: 16000
                    participant_hire_log_odds: 1.0986122886681098
                """);
        assertEquals(Math.log(1.25), l.effects(2021).youngSeekerHireLogOdds(), EPS);
        assertEquals(Math.log(1.5), l.effects(2022).youngSeekerHireLogOdds(), EPS);
        assertEquals(0, l.effects(2026).youngSeekerHireLogOdds());
    }

    @Test
    void jobRetentionRefund() {
        // 1 - 0.25 x 0.8 x 0.5 = 0.9
        Levers l = levers("""
                  - type: job_retention_refund
                    source: "[XT 七] 对不裁员、少裁员的参保企业,返还上年度实际缴纳失业保险费的50%"
                    from: 2021
                    to: 2022
                    insured_share: 0.25
                    recipient_share: 0.8
                    separation_reduction: {value: 0.5, source: "assumption"}
                """);
        assertEquals(0.9, l.effects(2021).separationRateMultiplier(), EPS);
        assertEquals(0.9, l.effects(2022).separationRateMultiplier(), EPS);
        assertEquals(1, l.effects(2023).separationRateMultiplier());
    }

    @Test
    void hukouEasing() {
        Levers l = levers("""
                  - type: hukou_easing
                    source: "[LS ch.4 §3] 促进在城镇稳定就业的农民自愿有序进城落户"
                    from: 2023
                    phase_in_years: 1
                    settlement_rate_increase: 0.02
                    transfer_log_odds: 0.3
                """);
        assertEquals(0, l.effects(2022).settlementRateAddition());
        assertEquals(0.01, l.effects(2023).settlementRateAddition(), EPS);
        assertEquals(0.15, l.effects(2023).transferLogOddsShift(), EPS);
        assertEquals(0.02, l.effects(2035).settlementRateAddition(), EPS);
        assertEquals(0.3, l.effects(2035).transferLogOddsShift(), EPS);
    }

    @Test
    void retirementReformOverridesTheScenariosReform() {
        ScenarioSpec none = readLevers("""
                  - type: retirement_reform
                    source: "counterfactual: no reform"
                    start: none
                """);
        Levers l = none.policy();
        assertEquals(Optional.of(Optional.empty()), l.retirementOverride());
        assertEquals(PolicyEffects.NONE, l.effects(2026), "no yearly effect");
        RetirementAssumption r = l.retirement(none.labour().retirement());
        assertEquals(null, r.reformStart());
        assertEquals(none.labour().retirement().femaleCadreShare(), r.femaleCadreShare());
        Levers later = readLevers("""
                  - type: retirement_reform
                    source: "variant: reform delayed"
                    start: 2026-07
                """).policy();
        assertEquals(Optional.of(Optional.of(YearMonth.of(2026, 7))), later.retirementOverride());
    }

    @Test
    void sectorClusterGrowth() {
        // Leshan: 千亿产业、万人就业 - 10,000 net jobs over 2021-2025, 2,000 a year; kept after 2025
        Levers l = levers("""
                  - type: sector_cluster_growth
                    name: 晶硅光伏产业集群
                    source: "[LS 专栏2 02] 培育千亿产业、万人就业产业集群"
                    from: 2021
                    to: 2025
                    sector: secondary
                    net_jobs_per_year: 2000
                """);
        assertDemand(new SectorValues(0, 2000, 0), l.effects(2021).extraLabourDemand());
        assertEquals(10_000, l.effects(2025).extraLabourDemand().secondary(), EPS);
        assertEquals(10_000, l.effects(2035).extraLabourDemand().secondary(), EPS);
        assertEquals("晶硅光伏产业集群", l.list().get(0).info().label("en"), "a plain name serves both languages");
    }

    @Test
    void severalLeversCombine() {
        Levers l = levers(COMBINED);
        PolicyEffects y2021 = l.effects(2021);
        assertEquals(10_000, y2021.extraTrainees(), EPS);
        assertEquals(2, y2021.matchingEfficiencyMultiplier(), EPS);
        PolicyEffects y2022 = l.effects(2022);
        assertEquals(40_000, y2022.extraTrainees(), EPS);
        assertEquals(0.2, y2022.extraTraineesRuralShare(), EPS);
        assertEquals(0.65, y2022.extraCertificationRate(), EPS);
        assertEquals(2 * 1.5, y2022.matchingEfficiencyMultiplier(), EPS, "sqrt(4) x sqrt(2.25)");
        assertEquals(0.9, y2022.separationRateMultiplier(), EPS);
        assertDemand(new SectorValues(0, 0, 200), y2022.extraLabourDemand());
        assertEquals(300, y2022.reservedPosts(), EPS);
        assertEquals(7, l.list().size());
        assertEquals(List.of("vocational_training", "vocational_training", "public_employment_services",
                "public_employment_services", "job_retention_refund", "sector_cluster_growth", "public_welfare_posts"),
                l.list().stream().map(Lever::type).toList(), "the scenario's order is kept");
        assertEquals(y2022, readLevers(COMBINED).policy().effects(2022), "deterministic");
    }

    private static final String COMBINED = """
              - type: vocational_training
                source: "s1"
                from: 2021
                trainees: 10000
                rural_labour_share: 0.5
                certification_rate: 0.8
              - type: vocational_training
                source: "s2"
                from: 2022
                trainees: 30000
                rural_labour_share: 0.1
                certification_rate: 0.6
              - type: public_employment_services
                source: "s3"
                from: 2021
                service_stations: {baseline: 100, planned: 400}
                elasticity: 0.5
              - type: public_employment_services
                source: "s4"
                from: 2022
                job_fairs: {baseline: 100, planned: 225}
                elasticity: 0.5
              - type: job_retention_refund
                source: "s5"
                from: 2021
                insured_share: 0.25
                recipient_share: 0.8
                separation_reduction: 0.5
              - type: sector_cluster_growth
                source: "s6"
                from: 2021
                sector: tertiary
                net_jobs_per_year: 100
              - type: public_welfare_posts
                source: "s7"
                from: 2021
                posts: 300
            """;

    @Test
    void everyRegisteredTypeIsDocumented() throws java.io.IOException {
        java.nio.file.Path docs = org.labourcast.scenario.ShippedScenarios.root().resolveSibling("docs");
        String levers = java.nio.file.Files.readString(docs.resolve("levers.md"));
        String format = java.nio.file.Files.readString(docs.resolve("scenario-format.md"));
        for (String type : LeverCatalog.names()) {
            assertTrue(levers.contains("### `" + type + "`"), "docs/levers.md documents " + type);
            assertTrue(format.contains("`" + type + "`"), "docs/scenario-format.md lists " + type);
        }
        assertEquals(13, LeverCatalog.names().size());
    }
}
