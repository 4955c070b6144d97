package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.agents.Status;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.yaml.FieldOverride;

/**
 * Each lever moves the model in its documented direction, by a size within stated bounds, on the Leshan baseline
 * (1 agent = 40 persons, 2 runs, common random numbers: the same seed with and without the lever). Each test
 * fails when its lever's engine effect is removed (issue 15; checked by removing each effect in turn).
 */
class LeverEffectsTest {
    private static final RunSettings SETTINGS = new RunSettings(2, 7, 2, 40);
    /** Persons per agent for the graduate test: its effect must stand well clear of agent rounding. */
    private static final int GRADUATE_SCALE = 10;

    private static AgentRun run(String... overrides) {
        List<FieldOverride> o = java.util.Arrays.stream(overrides).map(FieldOverride::parse).toList();
        return AgentRun.of(new ScenarioReader().read(ShippedScenarios.leshanBaseline(), o).spec(), SETTINGS,
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
        // The posts go to the hard to employ first (就业促进法 art. 52): of the extra re-employment of the
        // registered unemployed, nearly all is of the hard to employ (about three quarters if posts went to the
        // registered unemployed at random).
        double placed = change(posts, LabourIndicators.HARD_TO_EMPLOY_REEMPLOYED, 2021);
        double reemployed = change(posts, LabourIndicators.UNEMPLOYED_REEMPLOYED, 2021);
        assertTrue(placed > 0.9 * reemployed && reemployed > 5_000, "hard to employ +" + placed + " of +" + reemployed);
    }

    @Test
    void hukouEasingSettlesRuralLabourAndRaisesTransfer() {
        // One effect at a time: settlement alone also lowers primary employment (by about 2,500 in 2025), so a
        // lever with both could pass the transfer check with its transfer effect gone.
        AgentRun settlement = withLever("{type: hukou_easing, source: test, from: 2021, settlement_rate_increase: 0.1,"
                + " transfer_log_odds: 0}");
        assertTrue(change(settlement, LabourIndicators.RURAL_LABOUR_FORCE, 2025) < -20_000,
                "settled leave rural labour");
        // +0.7 on the logit takes a farm worker's yearly chance of seeking non-farm work from the base rate 0.05 to
        // 0.096: some 30,000 more seekers a year among the 670,000 employed in farming (2021). If only a tenth of
        // them a year found work, primary employment would be 15,000 lower by 2025.
        AgentRun transfer = withLever("{type: hukou_easing, source: test, from: 2021, settlement_rate_increase: 0,"
                + " transfer_log_odds: 0.7}");
        double d = change(transfer, LabourIndicators.EMPLOYMENT_PRIMARY, 2025);
        assertTrue(d < -10_000, "more farm workers transfer: primary " + d);
        assertTrue(change(transfer, LabourIndicators.RURAL_LABOUR_TRANSFER_RATE, 2025) > 0.005, "transfer rate");
    }

    @Test
    void retirementReformLeverOverridesTheScenario() {
        AgentRun none = withLever("{type: retirement_reform, source: test, start: none}");
        assertTrue(change(none, LabourIndicators.LABOUR_FORCE, 2035) < -5_000, "without the reform people retire earlier");
        assertTrue(Math.abs(change(none, LabourIndicators.LABOUR_FORCE, 2024)) < 1, "no difference before 2025");
    }

    @Test
    void graduateProgrammesShiftHiresToYoungSeekers() {
        // c = 15,000 / 30,000 of young seekers take part with hiring weight e^β = 1.8: the young seekers' mean weight
        // is g = 1 + c (e^β − 1) = 1.4 (at 2 a skilled participant's quota would pass 1 and cap its stratum). The lever changes nothing but that weight (JobMatchingProcess), so with the
        // same keys both replicates are identical up to 2021's matching, which hires as many in both. Weighted
        // allocation gives seekers aged 16-24 the share g·Wy / (g·Wy + Wo) of the hires instead of Wy / (Wy + Wo),
        // Wy and Wo the summed weights (e^skilled_hire_log_odds for the skilled, else 1) of young and older seekers.
        double c = 0.5;
        double beta = Math.log(1.8);
        String lever = "levers=[{type: graduate_employment, source: test, from: 2021, participants: 15000,"
                + " young_seekers: 30000, participant_hire_log_odds: " + beta + "}]";
        LabourSimulation without = replicate(GRADUATE_SCALE);
        LabourSimulation with = replicate(GRADUATE_SCALE, lever);
        without.buildBaseYear();
        with.buildBaseYear();
        List<YearlyProcess> a = YearlyProcesses.inOrder();
        List<YearlyProcess> b = YearlyProcesses.inOrder();
        without.beginYear();
        with.beginYear();
        int matching = 0;
        for (; !(a.get(matching) instanceof JobMatchingProcess); matching++) {
            a.get(matching).step(without.context());
            b.get(matching).step(with.context());
        }
        double skilled = Math.exp(without.assumptions().matching().skilledHireLogOdds());
        double[] w = seekerWeights(without, skilled);
        assertArrayEquals(w, seekerWeights(with, skilled), "the lever changed something before matching");
        assertEquals(youngNonFarm(without), youngNonFarm(with));
        a.get(matching).step(without.context());
        b.get(matching).step(with.context());
        long hires = without.context().events().hires;
        assertEquals(hires, with.context().events().hires, "the lever changes who is hired, not how many");
        double g = 1 + c * Math.expm1(beta);
        // No stratum is capped at its members (the most favoured seeker's quota stays below 1), so each of the
        // 18 young groups' 4 seeker classes gets its quota to within one agent (largest remainder), in each run.
        double quota = hires * skilled * g / (g * w[0] + w[1]);
        assertTrue(quota < 1, "a capped stratum would void the margin: the most favoured seeker's quota " + quota
                + " (hires " + hires + ", weights " + w[0] + " young, " + w[1] + " older)");
        double margin = 2 * 18 * 4;
        double expected = hires * (g * w[0] / (g * w[0] + w[1]) - w[0] / (w[0] + w[1]));
        // Young non-farm employment rises by exactly the young hires: nothing after the hiring moves anyone into it.
        long extra = youngNonFarm(with) - youngNonFarm(without);
        assertTrue(expected > 3 * margin, "the effect is too small to test at this scale: " + expected);
        assertEquals(expected, extra, margin, "extra hires aged 16-24 (agents of " + GRADUATE_SCALE + " persons)");
    }

    /** One replicate with fixed keys: two scenarios that differ in a lever share every random draw. */
    private static LabourSimulation replicate(int scale, String... overrides) {
        List<FieldOverride> o = java.util.Arrays.stream(overrides).map(FieldOverride::parse).toList();
        ScenarioSpec spec = new ScenarioReader().read(ShippedScenarios.leshanBaseline(), o).spec();
        List<ProjectedYear> cohort = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), spec.horizon(), new ScenarioAssumptions(spec));
        return new LabourSimulation(LabourModel.of(spec, cohort, scale), 7L, 8L, GroupExecutor.serial());
    }

    /** The ages graduate programmes act on (16-24, docs/levers.md). */
    private static boolean young(LabourSimulation sim, int slot) {
        int age = sim.population().ageOf(slot);
        return age >= 16 && age <= 24;
    }

    /** Summed hiring weights of the seekers (the unemployed and farm workers seeking non-farm work): young, older. */
    private static double[] seekerWeights(LabourSimulation sim, double skilled) {
        double[] w = new double[2];
        AgentPopulation pop = sim.population();
        for (int slot = 0; slot < pop.slots(); slot++) {
            for (Residence r : Residence.values()) {
                AgentColumns col = pop.group(slot).residents(r);
                for (int i = 0; i < col.size(); i++) {
                    boolean seeker = col.status(i) == Status.UNEMPLOYED || col.status(i) == Status.EMPLOYED
                            && col.has(i, AgentColumns.F_SEEKING_NONFARM);
                    if (seeker) {
                        w[young(sim, slot) ? 0 : 1] += col.has(i, AgentColumns.F_SKILLED) ? skilled : 1;
                    }
                }
            }
        }
        return w;
    }

    /** Agents aged 16-24 employed in secondary or tertiary. */
    private static long youngNonFarm(LabourSimulation sim) {
        long n = 0;
        AgentPopulation pop = sim.population();
        for (int slot = 0; slot < pop.slots(); slot++) {
            if (!young(sim, slot)) {
                continue;
            }
            for (Residence r : Residence.values()) {
                AgentColumns col = pop.group(slot).residents(r);
                for (int i = 0; i < col.size(); i++) {
                    if (col.status(i) == Status.EMPLOYED && col.sector(i) != Sector.PRIMARY.code()) {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
