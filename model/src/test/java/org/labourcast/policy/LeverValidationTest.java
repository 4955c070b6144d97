package org.labourcast.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.labourcast.policy.LeverYaml.assertAt;
import static org.labourcast.policy.LeverYaml.fail;
import static org.labourcast.policy.LeverYaml.withLevers;

import org.junit.jupiter.api.Test;
import org.labourcast.InputException;

/**
 * Every rule of the {@code levers:} list gives an {@link InputException} at the offending line with the field path
 * and the rule (the project\'s reliability rules, "Scenario files"). The baseline's base year is 2020 and its horizon 2035.
 */
class LeverValidationTest {
    private static final String TRAINING = """
              - type: vocational_training
                source: "[XT 十三]"
                from: 2021
                to: 2025
                trainees: 10000
            """;

    private static String training(String from, String to) {
        String text = withLevers(TRAINING);
        assertTrue(text.contains(from), from);
        return text.substring(0, text.lastIndexOf(from)) + to + text.substring(text.lastIndexOf(from) + from.length());
    }

    @Test
    void unknownLeverTypeSuggestsTheClosest() {
        String text = training("type: vocational_training", "type: vocational_trainig");
        InputException e = fail(text);
        assertAt(e, text, "vocational_trainig", "levers[0].type", "unknown lever type 'vocational_trainig'",
                "did you mean 'vocational_training'?", "startup_guarantee_loans");
        String other = training("type: vocational_training", "type: hukou_easeing");
        assertAt(fail(other), other, "hukou_easeing", "levers[0].type", "did you mean 'hukou_easing'?");
        String far = training("type: vocational_training", "type: tax_cut");
        assertAt(fail(far), far, "tax_cut", "levers[0].type", "docs/levers.md lists the lever types");
    }

    @Test
    void missingTypeIsAnError() {
        String text = training("type: vocational_training", "kind: vocational_training");
        InputException e = fail(text);
        assertTrue(e.getMessage().contains("type"), e.getMessage());
    }

    @Test
    void unknownParameterSuggestsTheClosest() {
        String text = training("trainees: 10000", "trainees: 10000\n    certfication_rate: 0.7");
        assertAt(fail(text), text, "certfication_rate", "levers[0].certfication_rate",
                "unknown field 'certfication_rate'", "did you mean 'certification_rate'?");
        String typo = training("trainees: 10000", "trainee: 10000");
        assertAt(fail(typo), typo, "trainee:", "levers[0].trainee", "did you mean 'trainees'?");
        String alien = training("trainees: 10000", "trainees: 10000\n    colour: red");
        assertAt(fail(alien), alien, "colour", "levers[0].colour", "unknown field 'colour'", "expected one of:");
    }

    @Test
    void wrongTypesAreLocated() {
        String word = training("trainees: 10000", "trainees: many");
        assertAt(fail(word), word, "trainees: many", "levers[0].trainees", "expected a number, got 'many'");
        String percent = training("trainees: 10000", "trainees: 10000\n    certification_rate: 70%");
        assertAt(fail(percent), percent, "70%", "levers[0].certification_rate", "0.7 for 70%");
        String year = training("from: 2021", "from: 2021.5");
        assertAt(fail(year), year, "2021.5", "levers[0].from", "expected a whole number");
        String notList = withLevers("  type: vocational_training\n");
        InputException e = fail(notList);
        assertTrue(e.getMessage().contains("levers"), e.getMessage());
    }

    @Test
    void missingRequiredParameterNamesIt() {
        String text = training("    trainees: 10000\n", "");
        assertAt(fail(text), text, "- type: vocational_training", "levers[0].trainees", "missing value",
                "add the field 'trainees'");
        String noSource = training("    source: \"[XT 十三]\"\n", "");
        assertAt(fail(noSource), noSource, "- type: vocational_training", "levers[0].source", "missing value");
    }

    @Test
    void toBeforeFrom() {
        String text = training("to: 2025", "to: 2020");
        assertAt(fail(text), text, "to: 2020", "levers[0].to", "the last year 2020 is before the first year 2021");
    }

    @Test
    void fromMustBeAProjectedYear() {
        String text = training("from: 2021", "from: 2020");
        assertAt(fail(text), text, "from: 2020", "levers[0].from", "must be between 2021", "2035 (the horizon)");
        String late = training("to: 2025", "to: 2040");
        assertAt(fail(late), late, "to: 2040", "levers[0].to", "after the horizon 2035");
    }

    @Test
    void negativeAmounts() {
        String text = training("trainees: 10000", "trainees: -5");
        assertAt(fail(text), text, "trainees: -5", "levers[0].trainees", "must be at least 0", "got -5");
        String posts = withLevers("""
                  - type: public_welfare_posts
                    source: "s"
                    from: 2021
                    posts: -100
                """);
        assertAt(fail(posts), posts, "posts: -100", "levers[0].posts", "must be at least 0");
        String share = withLevers("""
                  - type: job_retention_refund
                    source: "s"
                    from: 2021
                    insured_share: 0.25
                    recipient_share: 1.2
                    separation_reduction: 0.5
                """);
        assertAt(fail(share), share, "recipient_share: 1.2", "levers[0].recipient_share", "between 0 and 1");
    }

    @Test
    void phaseInLongerThanTheSpan() {
        String text = training("to: 2025", "to: 2023\n    phase_in_years: 3");
        assertAt(fail(text), text, "phase_in_years: 3", "levers[0].phase_in_years", "longer than the lever's span",
                "at most 2 years");
        String open = training("    to: 2025\n", "    phase_in_years: 15\n");
        assertAt(fail(open), open, "phase_in_years: 15", "levers[0].phase_in_years", "2021-2035");
        String negative = training("to: 2025", "to: 2025\n    phase_in_years: -1");
        assertAt(fail(negative), negative, "phase_in_years: -1", "levers[0].phase_in_years", "must not be negative");
    }

    @Test
    void sectorSharesMustSumToOne() {
        String text = withLevers("""
                  - type: new_market_entities
                    source: "s"
                    from: 2021
                    entities: 10000
                    additionality: 0.3
                    sector_shares: {primary: 0.1, secondary: 0.3, tertiary: 0.5}
                """);
        assertAt(fail(text), text, "sector_shares:", "levers[0].sector_shares", "must sum to 1", "got 0.9");
    }

    @Test
    void loanFormsAreExclusive() {
        String both = withLevers("""
                  - type: startup_guarantee_loans
                    source: "s"
                    from: 2021
                    amount_yuan: 1000000
                    loans: 10
                    additionality: 1
                    sector_shares: {primary: 0, secondary: 0, tertiary: 1}
                """);
        assertAt(fail(both), both, "loans: 10", "levers[0].loans", "either 'amount_yuan'");
        String mixed = withLevers("""
                  - type: startup_guarantee_loans
                    source: "s"
                    from: 2021
                    amount_yuan: 1000000
                    jobs_per_loan: 3
                    additionality: 1
                    sector_shares: {primary: 0, secondary: 0, tertiary: 1}
                """);
        assertAt(fail(mixed), mixed, "jobs_per_loan", "levers[0].jobs_per_loan", "jobs_per_10k_yuan");
        String typo = withLevers("""
                  - type: startup_guarantee_loans
                    source: "s"
                    from: 2021
                    amount_yaun: 1000000
                    additionality: 1
                    sector_shares: {primary: 0, secondary: 0, tertiary: 1}
                """);
        assertAt(fail(typo), typo, "amount_yaun", "levers[0].amount_yaun", "did you mean 'amount_yuan'?");
    }

    @Test
    void publicEmploymentServicesNeedACapacityAndAnElasticity() {
        String none = withLevers("""
                  - type: public_employment_services
                    source: "s"
                    from: 2021
                    elasticity: 0.1
                """);
        assertAt(fail(none), none, "- type: public_employment_services", "levers[0]", "job_fairs");
        String zero = withLevers("""
                  - type: public_employment_services
                    source: "s"
                    from: 2021
                    service_stations: {baseline: 0, planned: 100}
                    elasticity: 0.1
                """);
        assertAt(fail(zero), zero, "service_stations:", "levers[0].service_stations.baseline", "greater than 0");
        String noElasticity = withLevers("""
                  - type: public_employment_services
                    source: "s"
                    from: 2021
                    job_fairs: {baseline: 60, planned: 100}
                """);
        assertAt(fail(noElasticity), noElasticity, "- type: public_employment_services", "levers[0].elasticity",
                "missing value");
    }

    @Test
    void graduateParticipantsCannotExceedTheYoungSeekers() {
        String text = withLevers("""
                  - type: graduate_employment
                    source: "s"
                    from: 2021
                    participants: 20000
                    young_seekers: 16000
                    participant_hire_log_odds: 0.3
                """);
        assertAt(fail(text), text, "participants: 20000", "levers[0].participants", "more participants");
    }

    @Test
    void retirementReformRules() {
        String withFrom = withLevers("""
                  - type: retirement_reform
                    source: "s"
                    from: 2025
                    start: 2025-01
                """);
        assertAt(fail(withFrom), withFrom, "from: 2025", "levers[0].from", "has no 'from'");
        String badMonth = withLevers("""
                  - type: retirement_reform
                    source: "s"
                    start: 2025-13
                """);
        assertAt(fail(badMonth), badMonth, "2025-13", "levers[0].start", "expected a month like 2025-01");
        String typo = withLevers("""
                  - type: retirement_reform
                    source: "s"
                    start: nome
                """);
        assertAt(fail(typo), typo, "nome", "levers[0].start", "did you mean 'none'?");
        String late = withLevers("""
                  - type: retirement_reform
                    source: "s"
                    start: 2040-01
                """);
        assertAt(fail(late), late, "2040-01", "levers[0].start", "2035-12 (the horizon)");
        String two = withLevers("""
                  - type: retirement_reform
                    source: "s"
                    start: 2025-01
                  - type: retirement_reform
                    source: "s"
                    start: none
                """);
        InputException e = fail(two);
        assertAt(e, two, "type: retirement_reform", "levers[1].type", "only one retirement_reform lever");
    }

    @Test
    void combinedSettlementRatesAboveOneAreRefused() {
        String text = withLevers("""
                  - type: hukou_easing
                    source: "s"
                    from: 2021
                    settlement_rate_increase: 0.6
                    transfer_log_odds: 0
                  - type: hukou_easing
                    source: "s"
                    from: 2025
                    settlement_rate_increase: 0.6
                    transfer_log_odds: 0
                """);
        // located at the list (its first entry): no single lever is wrong
        assertAt(fail(text), text, "  - type: hukou_easing\n    source: \"s\"\n    from: 2021", "levers", "in 2025",
                "settlement");
    }

    @Test
    void sectorMustBeASectorName() {
        String text = withLevers("""
                  - type: sector_cluster_growth
                    source: "s"
                    from: 2021
                    sector: secundary
                    net_jobs_per_year: 100
                """);
        assertAt(fail(text), text, "secundary", "levers[0].sector", "did you mean 'secondary'?");
    }

    @Test
    void leversNeedALabourSection() {
        String baseline = LeverYaml.baseline();
        String noLabour = baseline.substring(0, baseline.indexOf("\n# ------")) + baseline.substring(baseline.indexOf(
                "\nindicators:"));
        noLabour = noLabour.substring(0, noLabour.indexOf("\n  # Labour targets")) + "\n";
        LeverYaml.read(noLabour); // valid without levers
        String text = noLabour + "levers:\n" + TRAINING;
        assertAt(fail(text), text, "- type: vocational_training", "levers", "no labour: section",
                "add a labour: section");
        LeverYaml.read(noLabour + "levers: []\n"); // an empty list needs no labour model
    }
}
