package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.InputException;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * The "Scenario files" rules of the project's reliability rules, applied to the real Leshan baseline through the real reader:
 * each broken file fails with file:line:column, the field path, and what was expected.
 */
class ScenarioReaderErrorTest {
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

    /** 1-based line of the first occurrence of {@code needle}. */
    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void shippedBaselineIsValid() {
        ScenarioSpec spec = new ScenarioReader().read(FILE, baseline).spec();
        assertEquals("leshan-baseline", spec.id());
        assertEquals("511100", spec.region().code());
    }

    @Test
    void typoInAFieldNameSuggestsTheRightOne() {
        String text = replaceOnce("  max_rate: 0.3", "  max_rat: 0.3");
        InputException e = fail(text);
        assertEquals(lineOf(text, "max_rat:"), e.location().line());
        assertTrue(e.getMessage().contains("unknown field 'max_rat'"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'max_rate'"), e.getMessage());
    }

    @Test
    void typoInAnAlternativeKeyIsReportedAsATypoNotAsAMissingChoice() {
        String text = replaceOnce("\n  projection:", "\n  projektion:");
        InputException e = fail(text);
        assertEquals(lineOf(text, "projektion:"), e.location().line());
        assertTrue(e.getMessage().contains("did you mean 'projection'"), e.getMessage());
    }

    @Test
    void wordWhereANumberIsExpected() {
        String text = replaceOnce("horizon: 2035", "horizon: sixty");
        InputException e = fail(text);
        assertEquals(lineOf(text, "horizon: sixty"), e.location().line());
        assertEquals(10, e.location().column());
        assertEquals("horizon", e.fieldPath());
        assertTrue(e.getMessage().contains("expected a whole number, got 'sixty'"), e.getMessage());
    }

    @Test
    void percentWhereAShareIsExpected() {
        String text = replaceOnce("    value: 0.53\n", "    value: 53%\n");
        InputException e = fail(text);
        assertEquals("population.urban_share.value", e.fieldPath());
        assertTrue(e.getMessage().contains("write shares as fractions: 0.53 for 53%"), e.getMessage());
    }

    @Test
    void rateAboveOne() {
        String text = replaceOnce("    value: 0.53\n", "    value: 1.2\n");
        InputException e = fail(text);
        assertEquals(lineOf(text, "value: 1.2"), e.location().line());
        assertTrue(e.getMessage().contains("between 0 and 1"), e.getMessage());
    }

    @Test
    void nullWhereANumberIsRequiredIsNeverZero() {
        String text = replaceOnce("  max_rate: 0.3", "  max_rate: ~");
        InputException e = fail(text);
        assertEquals("rural_urban_move.max_rate", e.fieldPath());
        assertTrue(e.getMessage().contains("missing value"), e.getMessage());
    }

    @Test
    void missingRequiredField() {
        String text = replaceOnce("max_age: 100", "");
        InputException e = fail(text);
        assertTrue(e.getMessage().contains("max_age"), e.getMessage());
    }

    @Test
    void targetYearBeforeTheBaseYear() {
        String text = replaceOnce("    year: 2025\n    operator", "    year: 2019\n    operator");
        InputException e = fail(text);
        assertEquals(lineOf(text, "    year: 2019\n    operator"), e.location().line());
        assertEquals("targets[0].year", e.fieldPath());
        assertTrue(e.getMessage().contains("after the base year 2020"), e.getMessage());
    }

    /**
     * A plan's table prints "≥ 60%": the typographic operator is refused with the ASCII form that keeps "or equal"
     * ('>=', never the nearest by edit distance, '>'); the full-width '＜' of a Chinese input method gets '<'.
     */
    @Test
    void typographicOperatorSuggestsItsAsciiForm() {
        String text = replaceOnce("    operator: \">=\"", "    operator: \"≥\"");
        InputException e = fail(text);
        assertEquals(lineOf(text, "operator: \"≥\""), e.location().line());
        assertEquals("targets[0].operator", e.fieldPath());
        assertTrue(e.getMessage().endsWith("(write '>=' in ASCII)"), e.getMessage());
        InputException le = fail(replaceOnce("    operator: \">=\"", "    operator: ≤"));
        assertTrue(le.getMessage().endsWith("(write '<=' in ASCII)"), le.getMessage());
        InputException below = fail(replaceOnce("    operator: \"<\"", "    operator: ＜"));
        assertTrue(below.getMessage().endsWith("(write '<' in ASCII)"), below.getMessage());
    }

    @Test
    void sharesThatDoNotSumToOne() {
        String text = replaceOnce("      asfr: [0.009384, 0.086242, 0.119866, 0.072465, 0.028396, 0.007241, 0.001947]",
                "      tfr: 1.6\n      pattern: [0.02, 0.26, 0.37, 0.22, 0.08, 0.02, 0.01]");
        InputException e = fail(text);
        assertEquals(lineOf(text, "pattern:"), e.location().line());
        assertTrue(e.getMessage().contains("must sum to 1, got 0.980000"), e.getMessage());
    }

    @Test
    void wrongNumberOfAgeValues() {
        String text = replaceOnce("asfr: [0.005565, 0.049021, ", "asfr: [0.049021, ");
        InputException e = fail(text);
        assertTrue(e.getMessage().contains("expected 7 values"), e.getMessage());
    }

    @Test
    void unknownIndicatorInATarget() {
        String text = replaceOnce("  - indicator: urbanization_rate", "  - indicator: urbanisation_rate");
        InputException e = fail(text);
        assertTrue(e.getMessage().contains("did you mean 'urbanization_rate'"), e.getMessage());
    }

    @Test
    void duplicateKey() {
        String text = replaceOnce("horizon: 2035", "horizon: 2035\nbase_year: 2021");
        InputException e = fail(text);
        assertEquals(lineOf(text, "base_year: 2021"), e.location().line());
        assertTrue(e.getMessage().contains("duplicate field 'base_year'"), e.getMessage());
    }

    @Test
    void globalTagIsRefused() {
        String text = replaceOnce("description: >-", "evil: !!java.io.File \"/etc/passwd\"\ndescription: >-");
        InputException e = fail(text);
        assertEquals(lineOf(text, "evil:"), e.location().line());
        assertTrue(e.getMessage().toLowerCase().contains("tag"), e.getMessage());
    }

    @Test
    void unquotedNoStaysAString() {
        String text = replaceOnce("  code: \"511100\"", "  code: NO");
        assertEquals("NO", new ScenarioReader().read(FILE, text).spec().region().code());
    }

    @Test
    void pathThatDisagreesWithTheBasePopulation() {
        // The baseline projects its urbanization; a path (as in plan-path.yaml) starting at 0.50 in 2020 disagrees.
        String base = replaceOnce("  max_rate: 0.3", "  max_rate: 0.3");
        int from = base.indexOf("\n  projection:\n") + 1;
        int to = base.indexOf("\n# ----", from);
        String text = base.substring(0, from) + "  urbanization_path:\n    after_last_point: hold_intensity\n"
                + "    points: [{year: 2020, value: 0.50, source: test}, {year: 2025, value: 0.6, source: test}]\n"
                + base.substring(to);
        InputException e = fail(text);
        assertTrue(e.getMessage().contains("base population's urbanization rate is 0.5300"), e.getMessage());
    }

    @Test
    void missingFileIsAnInputError() {
        InputException e = assertThrows(InputException.class,
                () -> new ScenarioReader().read(java.nio.file.Path.of("no/such/scenario.yaml")));
        assertTrue(e.getMessage().contains("no/such/scenario.yaml"), e.getMessage());
    }
}
