package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.InputException;
import org.labourcast.scenario.yaml.ScenarioReader;

/** The {@code history:} section: what the shipped and test scenarios hold, and each rule's error with its line. */
class HistorySectionTest {
    private static final String FILE = "sichuan-history.yaml";
    private static String sichuan;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = HistorySectionTest.class.getResourceAsStream("/scenarios/" + FILE)) {
            sichuan = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String replace(String from, String to) {
        assertTrue(sichuan.contains(from), "test setup: the scenario lacks " + from);
        return sichuan.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    private static InputException fail(String text) {
        InputException e = assertThrows(InputException.class, () -> new ScenarioReader().read(FILE, text));
        assertNotNull(e.location(), e.getMessage());
        return e;
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void sichuanTestScenarioHoldsTenYearsWithTheGapIn2016() {
        LoadedScenario s = new ScenarioReader().read(FILE, sichuan);
        assertEquals(1, s.history().size());
        HistorySeries h = s.history().get(0);
        assertEquals("urbanization_rate", h.indicator());
        assertArrayEquals(new int[] {2010, 2011, 2012, 2013, 2014, 2015, 2017, 2018, 2019, 2020}, h.years());
        assertEquals(0.567, h.values()[9]);
        assertTrue(h.points().get(3).source().contains("Luzhou"), h.points().get(3).source());
    }

    @Test
    void leshanBaselineCarriesItsCitedHistory() {
        LoadedScenario s = new ScenarioReader().read(ShippedScenarios.leshanBaseline());
        List<String> names = s.history().stream().map(HistorySeries::indicator).toList();
        assertEquals(List.of("urbanization_rate", "population_total", "sector_share_primary", "sector_share_secondary",
                "sector_share_tertiary"), names);
        HistorySeries primary = s.history().get(2);
        assertArrayEquals(new int[] {2015, 2020}, primary.years());
        assertArrayEquals(new double[] {0.429, 0.387}, primary.values());
        assertArrayEquals(new double[] {0.3567, 0.53}, s.history().get(0).values());
        // The structure of each year sums to 1 (42.9 : 21.6 : 35.5 and 38.7 : 18.1 : 43.2).
        for (int i = 0; i < 2; i++) {
            double sum = 0;
            for (int j = 2; j < 5; j++) {
                sum += s.history().get(j).values()[i];
            }
            assertEquals(1, sum, 1e-12);
        }
    }

    @Test
    void aYearAfterTheBaseYearIsRefused() {
        String text = replace("{year: 2020, value: 0.567,", "{year: 2021, value: 0.567,");
        InputException e = fail(text);
        assertEquals(lineOf(text, "year: 2021"), e.location().line());
        assertTrue(e.getMessage().contains("must be between 1949 and 2020"), e.getMessage());
    }

    @Test
    void yearsMustIncrease() {
        String text = replace("{year: 2018, value: 0.5229,", "{year: 2017, value: 0.5229,");
        InputException e = fail(text);
        assertTrue(e.getMessage().contains("history years must increase, got 2017 after 2017"), e.getMessage());
        assertEquals(lineOf(text, "{year: 2017, value: 0.5229"), e.location().line());
    }

    @Test
    void aShareAbove1IsRefusedWithAHint() {
        InputException e = fail(replace("value: 0.5229", "value: 52.29"));
        assertTrue(e.getMessage().contains("must be between 0 and 1 (a share: 53% is written 0.53), got 52.29"),
                e.getMessage());
    }

    @Test
    void aNegativeCountIsRefused() {
        String text = replace("  - indicator: urbanization_rate\n", "  - indicator: population_total\n")
                .replace("value: 0.4022", "value: -5");
        InputException e = fail(text);
        assertTrue(e.getMessage().contains("must not be negative"), e.getMessage());
    }

    @Test
    void aLabourIndicatorNeedsALabourSection() {
        InputException e = fail(replace("  - indicator: urbanization_rate\n", "  - indicator: sector_share_primary\n"));
        assertTrue(e.getMessage().contains("no labour: section"), e.getMessage());
    }

    @Test
    void anUnknownIndicatorGetsADidYouMean() {
        InputException e = fail(replace("  - indicator: urbanization_rate\n", "  - indicator: urbanisation_rate\n"));
        assertTrue(e.getMessage().contains("did you mean 'urbanization_rate'"), e.getMessage());
    }

    @Test
    void anIndicatorMayHaveOneSeriesOnly() {
        String twice = sichuan + "  - indicator: urbanization_rate\n    source: test\n    values:\n"
                + "      - {year: 2000, value: 0.3}\n      - {year: 2001, value: 0.31}\n";
        InputException e = fail(twice);
        assertTrue(e.getMessage().contains("already given at line"), e.getMessage());
    }

    @Test
    void oneValueIsNotASeries() {
        int from = sichuan.indexOf("      - {year: 2011");
        String text = sichuan.substring(0, from);
        InputException e = fail(text);
        assertTrue(e.getMessage().contains("at least two values"), e.getMessage());
    }

    @Test
    void anUnknownFieldInAValueIsRefused() {
        InputException e = fail(replace("{year: 2011, value: 0.4183,", "{year: 2011, value: 0.4183, quality: B,"));
        assertTrue(e.getMessage().contains("unknown field 'quality'"), e.getMessage());
    }
}
