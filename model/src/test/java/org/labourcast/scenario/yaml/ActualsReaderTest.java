package org.labourcast.scenario.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.InputException;
import org.labourcast.scenario.Actual;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.ShippedScenarios;

/** The {@code actuals:} list: realised values are read, and each mistake is an error at its line and column. */
class ActualsReaderTest {
    private static final String FILE = "leshan.yaml";
    private static String baseline;

    @BeforeAll
    static void load() throws IOException {
        baseline = Files.readString(ShippedScenarios.leshanBaseline());
    }

    private static String withActuals(String... entries) {
        StringBuilder sb = new StringBuilder(baseline).append("\nactuals:\n");
        for (String e : entries) {
            sb.append("  - ").append(e).append('\n');
        }
        return sb.toString();
    }

    private static InputException fail(String text, String needle) {
        InputException e = assertThrows(InputException.class, () -> new ScenarioReader().read(FILE, text));
        assertNotNull(e.location(), e.getMessage());
        int at = text.lastIndexOf(needle);
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        assertEquals(line, e.location().line(), e.getMessage());
        return e;
    }

    @Test
    void theShippedBaselineHasNoActuals() {
        assertEquals(List.of(), new ScenarioReader().read(FILE, baseline).actuals());
    }

    @Test
    void actualsAreReadInFileOrder() {
        LoadedScenario s = new ScenarioReader().read(FILE, withActuals(
                "{indicator: employment_total, year: 2022, value: 1750000, source: \"bulletin 2022\"}",
                "{indicator: urbanization_rate, year: 2023, value: 0.575, source: \"bulletin 2023\"}",
                "{indicator: net_migration, year: 2021, value: -20000, source: \"derived\"}"));
        assertEquals(List.of(new Actual("employment_total", 2022, 1_750_000, "bulletin 2022"),
                new Actual("urbanization_rate", 2023, 0.575, "bulletin 2023"),
                new Actual("net_migration", 2021, -20_000, "derived")), s.actuals());
    }

    @Test
    void anUnknownIndicatorSuggestsTheClosest() {
        InputException e = fail(withActuals("{indicator: employment_totl, year: 2022, value: 1, source: s}"),
                "employment_totl");
        assertTrue(e.getMessage().contains("actuals[0].indicator"), e.getMessage());
        assertTrue(e.getMessage().contains("employment_total"), e.getMessage());
    }

    @Test
    void theYearMustBeAfterTheBaseYearAndNoLaterThanTheHorizon() {
        InputException base = fail(withActuals("{indicator: employment_total, year: 2020, value: 1, source: s}"),
                "year: 2020");
        assertTrue(base.getMessage().contains("must be after the base year 2020"), base.getMessage());
        InputException late = fail(withActuals("{indicator: employment_total, year: 2036, value: 1, source: s}"),
                "year: 2036");
        assertTrue(late.getMessage().contains("no later than the horizon 2035"), late.getMessage());
    }

    @Test
    void sharesAreFractionsAndCountsAreNotNegative() {
        InputException share = fail(withActuals("{indicator: urbanization_rate, year: 2022, value: 57.5, source: s}"),
                "value: 57.5");
        assertTrue(share.getMessage().contains("actuals[0].value: must be between 0 and 1"), share.getMessage());
        InputException count = fail(withActuals("{indicator: labour_force, year: 2022, value: -5, source: s}"),
                "value: -5");
        assertTrue(count.getMessage().contains("cannot be negative"), count.getMessage());
    }

    @Test
    void eachIndicatorAndYearIsGivenOnce() {
        InputException e = fail(withActuals("{indicator: employment_total, year: 2022, value: 1, source: s}",
                "{indicator: employment_total, year: 2022, value: 2, source: t}"), "year: 2022");
        assertTrue(e.getMessage().contains("actuals[1].year: a second actual for employment_total in 2022"),
                e.getMessage());
    }

    @Test
    void aSourceIsRequiredAndUnknownFieldsAreErrors() {
        InputException source = fail(withActuals("{indicator: employment_total, year: 2022, value: 1}"),
                "indicator: employment_total");
        assertTrue(source.getMessage().contains("source"), source.getMessage());
        InputException typo = fail(withActuals("{indicator: employment_total, year: 2022, valeu: 1, source: s}"),
                "valeu");
        assertTrue(typo.getMessage().contains("did you mean 'value'"), typo.getMessage());
    }

    @Test
    void labourIndicatorsNeedALabourSection() {
        int labour = baseline.indexOf("\nlabour:\n");
        int indicators = baseline.indexOf("\nindicators:\n");
        int labourTargets = baseline.indexOf("\n  # Labour targets");
        String demographic = baseline.substring(0, labour) + baseline.substring(indicators, labourTargets)
                + "\nactuals:\n  - {indicator: employment_total, year: 2022, value: 1, source: s}\n";
        InputException e = fail(demographic, "employment_total");
        assertTrue(e.getMessage().contains("produced by the labour model"), e.getMessage());
    }
}
