package org.labourcast.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.labourcast.policy.LeverYaml.assertAt;
import static org.labourcast.policy.LeverYaml.fail;
import static org.labourcast.policy.LeverYaml.readLevers;
import static org.labourcast.policy.LeverYaml.withLevers;

import org.junit.jupiter.api.Test;
import org.labourcast.scenario.labour.SectorValues;

/**
 * The levers that act on agents' attributes (issue 14 item 4), read from YAML: supported start-ups' founders
 * ({@code entrepreneurship_support} with {@code founders}) and internships ({@code graduate_internships}), their
 * yearly effects, how several combine, and the located errors of their new fields.
 */
class AgentLeverTypesTest {
    private static final double EPS = 1e-6;
    private static final String STARTUPS = """
              - type: entrepreneurship_support
                source: "[TZ table row 7] 扶持创业人数 [1.5]万"
                from: 2021
                to: 2025
                startups: 3000
                founders: unemployed
                jobs_per_startup: 3.87
                additionality: 0.5
                sector_shares: {primary: 0.051, secondary: 0.059, tertiary: 0.890}
            """;
    private static final String INTERNS = """
              - type: graduate_internships
                source: "[TZ table row 6] 就业见习人数 [2]万"
                from: 2021
                to: 2025
                participants: 4000
                placement_gain: {value: 0.1, source: "assumption: test"}
            """;

    private static String replace(String entries, String from, String to) {
        String text = withLevers(entries);
        int at = text.lastIndexOf(from);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    @Test
    void startupFoundersAndTheirJobs() {
        Levers l = readLevers(STARTUPS).policy();
        // 3,000 supported, 1,500 additional; each additional one has 2.87 employees and its founder.
        assertEquals(1500 * 2.87, l.effects(2021).extraLabourDemand().sum(), EPS);
        StartupSupport s = l.effects(2021).startups();
        assertEquals(1500, s.unemployedFounderTotal(), EPS);
        assertEquals(1500 * 0.890, s.unemployedFounders().tertiary(), EPS);
        assertEquals(3000, s.supported(), EPS);
        assertEquals(0, s.returneeFounders(), EPS);
        // Founders' jobs are a stock with the default survival 0.93; founders only while the lever runs.
        assertEquals(1500 * (1 + 0.93), l.effects(2022).startups().founderJobs().sum(), EPS);
        assertEquals(0, l.effects(2026).startups().unemployedFounderTotal(), EPS);
        assertEquals(0, l.effects(2026).startups().supported(), EPS);
    }

    @Test
    void returneeFoundersAreFlaggedNotPlaced() {
        Levers l = readLevers(STARTUPS.replace("founders: unemployed", "founders: returnees")).policy();
        StartupSupport s = l.effects(2021).startups();
        assertEquals(1500, s.returneeFounders(), EPS);
        assertEquals(0, s.unemployedFounderTotal(), EPS);
        assertEquals(0, s.founderJobs().sum(), EPS, "a returnee's business is the job they already hold");
        assertEquals(1500 * 2.87, l.effects(2021).extraLabourDemand().sum(), EPS);
    }

    @Test
    void foundersDefaultToTheUnemployed() {
        Levers l = readLevers(STARTUPS.replace("            founders: unemployed\n", "")).policy();
        assertEquals(1500, l.effects(2021).startups().unemployedFounderTotal(), EPS);
    }

    @Test
    void internshipsAddParticipantsAndWeighTheirGain() {
        Levers one = readLevers(INTERNS).policy();
        assertEquals(new Internships(4000, 0.1), one.effects(2021).internships());
        assertEquals(Internships.NONE, one.effects(2026).internships());
        Levers two = readLevers(INTERNS + INTERNS.replace("participants: 4000", "participants: 1000")
                .replace("value: 0.1", "value: 0.2")).policy();
        Internships both = two.effects(2021).internships();
        assertEquals(5000, both.participants(), EPS);
        assertEquals((4000 * 0.1 + 1000 * 0.2) / 5000, both.placementGain(), EPS);
    }

    @Test
    void combinedEffectsAddStartups() {
        StartupSupport a = new StartupSupport(new SectorValues(1, 2, 3), new SectorValues(4, 5, 6), 7, 8, 9);
        StartupSupport b = new StartupSupport(new SectorValues(10, 20, 30), new SectorValues(0, 0, 0), 1, 2, 3);
        assertEquals(new StartupSupport(new SectorValues(11, 22, 33), new SectorValues(4, 5, 6), 8, 10, 12), a.and(b));
        assertEquals(a, a.and(StartupSupport.NONE));
    }

    @Test
    void foundersTypoSuggestsTheChoice() {
        String text = replace(STARTUPS, "founders: unemployed", "founders: unemploed");
        assertAt(fail(text), text, "unemploed", "levers[0].founders", "did you mean 'unemployed'?");
        String field = replace(STARTUPS, "founders: unemployed", "founder: unemployed");
        assertAt(fail(field), field, "founder:", "levers[0].founder", "did you mean 'founders'?");
    }

    @Test
    void aStartupCreatesAtLeastItsFoundersJob() {
        String text = replace(STARTUPS, "jobs_per_startup: 3.87", "jobs_per_startup: 0.5");
        assertAt(fail(text), text, "jobs_per_startup: 0.5", "levers[0].jobs_per_startup", "at least 1");
    }

    @Test
    void placementGainIsAShare() {
        String text = replace(INTERNS, "value: 0.1", "value: 1.2");
        assertAt(fail(text), text, "1.2", "levers[0].placement_gain.value", "between 0 and 1");
        String percent = replace(INTERNS, "value: 0.1", "value: 10%");
        assertAt(fail(percent), percent, "10%", "levers[0].placement_gain.value", "0.1 for 10%");
        String missing = replace(INTERNS, "    placement_gain: {value: 0.1, source: \"assumption: test\"}\n", "");
        assertAt(fail(missing), missing, "- type: graduate_internships", "levers[0].placement_gain", "missing value");
        String typo = replace(INTERNS, "placement_gain:", "placement_gian:");
        assertAt(fail(typo), typo, "placement_gian", "levers[0].placement_gian", "did you mean 'placement_gain'?");
        String negative = replace(INTERNS, "participants: 4000", "participants: -5");
        assertAt(fail(negative), negative, "-5", "levers[0].participants");
    }

    @Test
    void returneeFoundersNeedAReturneesBlock() throws java.io.IOException {
        // Taizhou's baseline models no returning migrants' start-ups (no labour.returnees).
        String taizhou = java.nio.file.Files.readString(org.labourcast.scenario.ShippedScenarios.baseline("taizhou"));
        String text = taizhou + "\nlevers:\n" + STARTUPS.replace("founders: unemployed", "founders: returnees");
        assertAt(fail(text), text, "entrepreneurship_support", "levers[0].type", "no labour.returnees block",
                "founders: unemployed");
    }
}
