package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.experiment.RunSettings;
import org.labourcast.scenario.ScenarioReader;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.yaml.FieldOverride;

/**
 * Each lever moves the model in its documented direction, by a size within stated bounds, on the Leshan baseline
 * (1 agent = 40 persons, 2 runs, common random numbers: the same seed with and without the lever).
 */
class LeverEffectsTest {
    private static final RunSettings SETTINGS = new RunSettings(2, 7, 2, 40);

    private static AgentRun run(String... overrides) {
        List<FieldOverride> o = java.util.Arrays.stream(overrides).map(FieldOverride::parse).toList();
        return AgentRun.of(new ScenarioReader().read(ShippedScenarios.leshanBaseline(), o), SETTINGS,
                ProgressListener.NONE);
    }

    private static double median(AgentRun r, String indicator, int year) {
        return r.indicator(indicator, "median").stream().filter(x -> x.year() == year).findFirst().orElseThrow().value();
    }

    private static AgentRun withLever(String lever) {
        return run("levers=[" + lever + "]");
    }

    private static final AgentRun BASE = run();

    private static double change(AgentRun r, String indicator, int year) {
        return median(r, indicator, year) - median(BASE, indicator, year);
    }

    @Test
    void vocationalTrainingRaisesSkilledWorkers() {
        AgentRun r = withLever("{type: vocational_training, source: test, from: 2021, to: 2025, trainees: 30000,"
                + " rural_labour_share: 0.5, certification_rate: 0.7}");
        // 5 years x 30,000 x 0.7 = 105,000 more qualifications at most; some trainees leave work or the region.
        double d = change(r, LabourIndicators.SKILLED_WORKERS, 2025);
        assertTrue(d > 50_000 && d <= 105_000, "skilled +" + d);
    }

    @Test
    void jobCreatingLeversRaiseEmploymentInTheirSector() {
        // 1亿 yuan a year x 0.305 jobs per 1万 yuan = 3,050 tertiary jobs a year, all additional, no exits.
        AgentRun loans = withLever("{type: startup_guarantee_loans, source: test, from: 2021, amount_yuan: 100000000,"
                + " jobs_per_10k_yuan: 0.305, additionality: 1, sector_shares: {primary: 0, secondary: 0, tertiary: 1},"
                + " job_survival: 1}");
        double d = change(loans, LabourIndicators.EMPLOYMENT_TERTIARY, 2025);
        assertTrue(d > 0 && d <= 5 * 3_050 + 2_000, "tertiary +" + d);
        AgentRun cluster = withLever("{type: sector_cluster_growth, source: test, from: 2021, sector: secondary,"
                + " net_jobs_per_year: 4000}");
        double s = change(cluster, LabourIndicators.EMPLOYMENT_SECONDARY, 2025);
        assertTrue(s > 2_000 && s <= 20_000 + 2_000, "secondary +" + s);
        AgentRun entities = withLever("{type: new_market_entities, source: test, from: 2021, entities: 5000,"
                + " jobs_per_entity: 2, additionality: 1, sector_shares: {primary: 0, secondary: 1, tertiary: 0},"
                + " job_survival: 1}");
        assertTrue(change(entities, LabourIndicators.EMPLOYMENT_SECONDARY, 2025) > 2_000);
        AgentRun startups = withLever("{type: entrepreneurship_support, source: test, from: 2021, startups: 2000,"
                + " jobs_per_startup: 3, additionality: 1, sector_shares: {primary: 0, secondary: 0, tertiary: 1},"
                + " job_survival: 1}");
        assertTrue(change(startups, LabourIndicators.EMPLOYMENT_TERTIARY, 2025) > 2_000);
    }

    @Test
    void employmentServicesAndRetentionRefundsLowerUnemployment() {
        AgentRun services = withLever("{type: public_employment_services, source: test, from: 2021,"
                + " service_circle_coverage: {baseline: 0.5, planned: 1}, elasticity: 0.5}");
        assertTrue(change(services, LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE, 2025) < -0.001,
                "services should lower unemployment");
        AgentRun refunds = withLever("{type: job_retention_refund, source: test, from: 2021, insured_share: 1,"
                + " recipient_share: 1, separation_reduction: 0.5}");
        assertTrue(change(refunds, LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE, 2025) < -0.001,
                "halving separations should lower unemployment");
        assertTrue(change(refunds, LabourIndicators.NEW_URBAN_JOBS, 2025) < 0, "fewer separations, fewer hires");
    }

    @Test
    void publicWelfarePostsPlaceTheUnemployed() {
        AgentRun posts = withLever("{type: public_welfare_posts, source: test, from: 2021, posts: 20000}");
        assertTrue(change(posts, LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE, 2021) < -0.001);
        double d = change(posts, LabourIndicators.EMPLOYMENT_TERTIARY, 2021);
        assertTrue(d > 5_000 && d <= 22_000, "tertiary +" + d);
    }

    @Test
    void hukouEasingSettlesRuralLabourAndRaisesTransfer() {
        AgentRun easing = withLever("{type: hukou_easing, source: test, from: 2021, settlement_rate_increase: 0.1,"
                + " transfer_log_odds: 0.7}");
        assertTrue(change(easing, LabourIndicators.RURAL_LABOUR_FORCE, 2025) < -20_000, "settled leave rural labour");
        assertTrue(change(easing, LabourIndicators.EMPLOYMENT_PRIMARY, 2025) < 0, "more farm workers transfer");
    }

    @Test
    void retirementReformLeverOverridesTheScenario() {
        AgentRun none = withLever("{type: retirement_reform, source: test, start: none}");
        assertTrue(change(none, LabourIndicators.LABOUR_FORCE, 2035) < -5_000, "without the reform people retire earlier");
        assertTrue(Math.abs(change(none, LabourIndicators.LABOUR_FORCE, 2024)) < 1, "no difference before 2025");
    }

    @Test
    void graduateProgrammesParseAndKeepTotalsInBounds() {
        // The effect is on who is hired (seekers aged 16-24), not on how many: total hires are set by matching.
        AgentRun grads = withLever("{type: graduate_employment, source: test, from: 2021, participants: 30000,"
                + " young_seekers: 30000, participant_hire_log_odds: 3}");
        double d = change(grads, LabourIndicators.EMPLOYMENT_TOTAL, 2025);
        assertTrue(Math.abs(d) < 0.02 * median(BASE, LabourIndicators.EMPLOYMENT_TOTAL, 2025), "employment " + d);
    }
}
