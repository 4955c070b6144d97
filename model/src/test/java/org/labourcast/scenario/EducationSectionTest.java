package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.InputException;
import org.labourcast.TimeAnchor;
import org.labourcast.scenario.labour.EducationAssumption;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.yaml.FieldOverride;

/** {@code labour.education}: values land in the record; bad input gets a located error; {@code --set} reaches it. */
class EducationSectionTest {
    private static final String FILE = "leshan.yaml";
    private static String baseline;

    @BeforeAll
    static void load() throws IOException {
        baseline = Files.readString(ShippedScenarios.leshanBaseline());
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

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void leshanValuesLandInTheRecord() {
        EducationAssumption e = new ScenarioReader().read(FILE, baseline).spec().labour().education();
        assertEquals(9.24, e.meanYears15Plus());
        assertEquals(0.912, e.seniorSecondary());
        assertEquals(0.596, e.higher().scalarAt(TimeAnchor.midYear(2020)), 1e-12);
        assertEquals(0.70, e.higher().scalarAt(TimeAnchor.midYear(2035)), 1e-12);
        assertEquals(0.05, e.hireLogOddsPerYear());
        assertEquals(0.08, e.transferLogOddsPerYear());
        assertTrue(e.studentsInactive());
        assertEquals(0.91, e.graduatePlacement());
        assertTrue(e.graduatesSearchHarder());
        assertTrue(e.source().contains("mean_years_15_plus: Sichuan"), e.source());
        assertTrue(e.source().contains("graduate_placement: China, graduates of 2018"), e.source());
    }

    @Test
    void graduatePlacementOfOneIsRefusedAndATypoNamed() {
        String text = replaceOnce("      graduate_placement:\n        value: 0.91", "      graduate_placement:\n        value: 1");
        InputException e = fail(text);
        assertEquals(lineOf(text, "graduate_placement:") + 1, e.location().line());
        assertTrue(e.getMessage().contains("labour.education.effects.graduate_placement"), e.getMessage());
        assertTrue(e.getMessage().contains("greater than 0 and less than 1 (a share of the year's graduates), got 1"),
                e.getMessage());
        String typo = replaceOnce("      graduate_placement:", "      graduate_placcement:");
        InputException t = fail(typo);
        assertEquals(lineOf(typo, "graduate_placcement:"), t.location().line());
        assertTrue(t.getMessage().contains("did you mean 'graduate_placement'?"), t.getMessage());
    }

    @Test
    void withoutGraduatePlacementGraduatesSearchAsOthersAndStudentsOffSwitchesItOff() {
        String text = baseline.replaceFirst("(?s)      graduate_placement:\\n.*?(?=\\n  insurance:)", "");
        assertTrue(text.length() < baseline.length(), "test setup: the block was removed");
        EducationAssumption none = new ScenarioReader().read(FILE, text).spec().labour().education();
        assertTrue(Double.isNaN(none.graduatePlacement()));
        assertFalse(none.graduatesSearchHarder());
        ScenarioSpec off = new ScenarioReader().read(ShippedScenarios.leshanBaseline(), List.of(
                FieldOverride.parse("labour.education.effects.students_inactive=false"))).spec();
        assertEquals(0.91, off.labour().education().graduatePlacement());
        assertFalse(off.labour().education().graduatesSearchHarder(), "graduates enter together only with students"
                + " inactive");
    }

    @Test
    void typoSuggestsTheField() {
        String text = replaceOnce("      hire_log_odds_per_year:", "      hire_logodds_per_year:");
        InputException e = fail(text);
        assertEquals(lineOf(text, "hire_logodds_per_year:"), e.location().line());
        assertTrue(e.getMessage().contains("did you mean 'hire_log_odds_per_year'?"), e.getMessage());
    }

    @Test
    void averageOutsideTheCensusRuleIsRefused() {
        String text = replaceOnce("      value: 9.24", "      value: 19.24");
        InputException e = fail(text);
        assertEquals(lineOf(text, "value: 19.24"), e.location().line());
        assertTrue(e.getMessage().contains("census rule"), e.getMessage());
    }

    @Test
    void aShareAboveOneIsRefused() {
        String text = replaceOnce("        value: 0.912", "        value: 1.912");
        InputException e = fail(text);
        assertEquals(lineOf(text, "value: 1.912"), e.location().line());
    }

    @Test
    void aMissingEffectIsNamed() {
        InputException e = fail(replaceOnce("      students_inactive: true\n", ""));
        assertTrue(e.getMessage().contains("students_inactive"), e.getMessage());
    }

    @Test
    void setReachesTheEffects() {
        ScenarioSpec s = new ScenarioReader().read(ShippedScenarios.leshanBaseline(), List.of(
                FieldOverride.parse("labour.education.effects.hire_log_odds_per_year=0"),
                FieldOverride.parse("labour.education.effects.students_inactive=false"))).spec();
        assertEquals(0, s.labour().education().hireLogOddsPerYear());
        assertFalse(s.labour().education().studentsInactive());
    }
}
