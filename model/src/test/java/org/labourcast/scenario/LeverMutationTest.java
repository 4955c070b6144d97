package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.labourcast.InputException;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * The project's mutation rule applied to a {@code levers:} list with one lever of every type (the shipped variants
 * use every type but retirement_reform, and loans only in the amount form): each mutant of the list is either read or
 * refused with the project's own located error, never another exception. Mutations are seeded, so a failure names a reproducible case.
 */
class LeverMutationTest {
    private static final int MUTANTS = 600;
    static final String ALL_TYPES = """
            levers:
              - type: vocational_training
                name: {en: Key-group training, zh: 重点人群培训工程}
                source: "[XT 十三] 每年組織開展職業技能培訓1萬人"
                from: 2021
                to: 2025
                phase_in_years: 1
                trainees: 10000
                certification_rate: {value: 0.8, source: "assumption"}
              - type: startup_guarantee_loans
                source: "[TZ table row 8]"
                from: 2021
                amount_yuan: 300000000
                additionality: 0.5
                sector_shares: {primary: 0, secondary: 0.2, tertiary: 0.8}
              - type: startup_guarantee_loans
                source: "[XT 六]"
                from: 2022
                loans: 1000
                jobs_per_loan: 2.5
                additionality: 0.5
                sector_shares: {primary: 0, secondary: 0.2, tertiary: 0.8}
                job_survival: 0.9
              - type: entrepreneurship_support
                source: "[XZ 一(二)3]"
                from: 2021
                startups: 4000
                additionality: 0.25
                sector_shares: {primary: 0, secondary: 0, tertiary: 1}
              - type: new_market_entities
                source: "[XT 十一]"
                from: 2021
                to: 2023
                phase_in_years: 2
                entities: 10000
                additionality: 0.3
                sector_shares: {primary: 0.1, secondary: 0.3, tertiary: 0.6}
              - type: public_employment_services
                source: "[XZ 一(二)1]"
                from: 2024
                to: 2026
                job_fairs: {baseline: 25, planned: 100}
                service_stations: {baseline: 150, planned: 250, source: "s"}
                service_circle_coverage: {baseline: 0.7, planned: 1}
                elasticity: 0.1
              - type: public_welfare_posts
                source: "[TZ 专栏2 item 4]"
                from: 2021
                to: 2025
                phase_in_years: 4
                posts: 5000
              - type: graduate_employment
                source: "[TZ 专栏2 item 2]"
                from: 2021
                participants: 4000
                young_seekers: 16000
                participant_hire_log_odds: 0.3
              - type: job_retention_refund
                source: "[XT 七]"
                from: 2021
                insured_share: 0.245
                recipient_share: 0.5
                separation_reduction: 0.1
              - type: hukou_easing
                source: "[LS ch.4 §3]"
                from: 2023
                settlement_rate_increase: 0.02
                transfer_log_odds: 0.3
              - type: retirement_reform
                source: "variant"
                start: 2026-01
              - type: sector_cluster_growth
                source: "[LS 专栏2 02]"
                from: 2021
                to: 2025
                sector: secondary
                net_jobs_per_year: 2000
            """;

    @Test
    void theUnmutatedListIsValid() throws IOException {
        String baseline = Files.readString(ShippedScenarios.leshanBaseline());
        ScenarioSpec spec = new ScenarioReader().read("all-levers.yaml", baseline + ALL_TYPES).spec();
        assertTrue(spec.levers().size() == 12, "every type, the loans in both forms");
        assertTrue(spec.policy().effects(2025).extraLabourDemand().sum() > 0);
    }

    @Test
    void mutantsFailOnlyWithLocatedInputErrors() throws IOException {
        String baseline = Files.readString(ShippedScenarios.leshanBaseline());
        SplittableRandom random = new SplittableRandom(20240412L);
        int rejected = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String mutant = baseline + ScenarioMutationTest.mutate(ALL_TYPES, random);
            try {
                new ScenarioReader().read("lever-mutant-" + i + ".yaml", mutant).spec().policy().effects(2030);
            } catch (InputException e) {
                rejected++;
                assertNotNull(e.location(), "mutant " + i + " error without location: " + e.getMessage());
                assertTrue(e.location().line() >= 1, "mutant " + i + ": " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail("lever mutant " + i + " threw " + e + "\n--- mutated levers ---\n"
                        + mutant.substring(baseline.length()), e);
            }
        }
        assertTrue(rejected > MUTANTS / 4, "the mutations should break most lists, broke " + rejected);
    }
}
