package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.demography.UrbanizationProjection;
import org.labourcast.scenario.yaml.ScenarioReader;

/** {@code rural_urban_move.projection}: reading, the engine following it, and each bad input's located error. */
class UrbanizationProjectionSectionTest {
    private static final String FILE = "sichuan-history.yaml";
    private static final String INTENSITY = "  intensity: {value: 0.05}\n";
    private static final String PROJECTION = """
              projection:
                method: urgd
                source: "test"
                long_run_urgd: {value: 0, source: "test"}
                persistence: {value: 0.9, source: "test"}
            """;
    private static String text;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = UrbanizationProjectionSectionTest.class.getResourceAsStream("/scenarios/" + FILE)) {
            String sichuan = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(sichuan.contains(INTENSITY), "test setup");
            text = sichuan.replace(INTENSITY, PROJECTION);
        }
    }

    private static String replace(String in, String from, String to) {
        assertTrue(in.contains(from), "test setup: the scenario lacks " + from);
        return in.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    private static InputException fail(String scenario) {
        InputException e = assertThrows(InputException.class, () -> new ScenarioReader().read(FILE, scenario));
        assertNotNull(e.location(), e.getMessage());
        return e;
    }

    private static int lineOf(String in, String needle) {
        int at = in.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) in.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Keeps only the history values of the given years (drops the other value lines). */
    private static String keepYears(String in, int... years) {
        StringBuilder out = new StringBuilder();
        boolean skipping = false;
        for (String line : in.split("\n", -1)) {
            java.util.regex.Matcher m = Pattern.compile("^      - (?:\\{)?year: (\\d{4})").matcher(line);
            if (m.find()) {
                int y = Integer.parseInt(m.group(1));
                skipping = java.util.Arrays.stream(years).noneMatch(k -> k == y);
            } else if (!line.startsWith("        ")) {
                skipping = false;
            }
            if (!skipping) {
                out.append(line).append('\n');
            }
        }
        return out.substring(0, out.length() - 1);
    }

    @Test
    void theProjectionIsFittedToTheHistoryAndFollowedByTheEngine() {
        ScenarioSpec s = new ScenarioReader().read(FILE, text).spec();
        UrbanizationProjection p = s.ruralUrbanMove().projection();
        assertNotNull(p);
        assertNull(s.ruralUrbanMove().path());
        assertNull(s.ruralUrbanMove().intensity());
        // beta = (logit 0.567 - logit 0.4022) / 10, from the first and last of the ten points.
        double beta = (UrbanizationProjection.logit(0.567) - UrbanizationProjection.logit(0.4022)) / 10;
        assertEquals(beta, p.parameters().urgd(), 1e-12);
        assertEquals(10, p.parameters().points());
        assertEquals(1.0 / 3, p.parameters().baseShare(), 1e-12, "the base population's share, not the last value");
        List<ProjectedYear> years = new CohortComponentProjection().project(s.population().persons(), s.baseYear(),
                s.horizon(), new ScenarioAssumptions(s));
        double[] median = p.median(s.baseYear() + 1, s.horizon());
        for (int i = 1; i < years.size(); i++) {
            double u = years.get(i).population().total(Residence.URBAN) / years.get(i).population().total();
            assertEquals(median[i - 1], u, 1e-9, "year " + years.get(i).year());
        }
    }

    @Test
    void aDrawnPathCanReplaceTheMedian() {
        ScenarioSpec s = new ScenarioReader().read(FILE, text).spec();
        double[] drawn = s.ruralUrbanMove().projection().draw(s.baseYear() + 1, s.horizon(),
                org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(3L));
        List<ProjectedYear> years = new CohortComponentProjection().project(s.population().persons(), s.baseYear(),
                s.horizon(), new ScenarioAssumptions(s, drawn));
        ProjectedYear last = years.get(years.size() - 1);
        assertEquals(drawn[drawn.length - 1], last.population().total(Residence.URBAN) / last.population().total(),
                1e-9);
        assertThrows(IllegalArgumentException.class, () -> new ScenarioAssumptions(s, new double[3]));
    }

    @Test
    void twoObservedPointsAreALocatedErrorSayingThreeAreNeeded() {
        String two = keepYears(text, 2015, 2020);
        InputException e = fail(two);
        assertEquals("rural_urban_move.projection", e.fieldPath());
        assertEquals(lineOf(two, "    method: urgd"), e.location().line());
        assertTrue(e.getMessage().contains("at least 3 observed urbanization rates up to the base year 2020, got 2"
                + " [2015, 2020]"), e.getMessage());
        // Three points are enough.
        assertEquals(3, new ScenarioReader().read(FILE, keepYears(text, 2010, 2015, 2020)).spec().ruralUrbanMove()
                .projection().parameters().points());
    }

    @Test
    void noHistoryIsALocatedErrorToo() {
        String none = text.substring(0, text.indexOf("history:"));
        InputException e = fail(none);
        assertEquals("rural_urban_move.projection", e.fieldPath());
        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    }

    @Test
    void anObservedShareOfZeroOrOneCannotBeFitted() {
        String one = replace(text, "{year: 2011, value: 0.4183,", "{year: 2011, value: 1,");
        InputException e = fail(one);
        assertEquals("rural_urban_move.projection", e.fieldPath());
        assertTrue(e.getMessage().contains("strictly between 0 and 1") && e.getMessage().contains("2011"),
                e.getMessage());
    }

    @Test
    void projectionAndPathTogetherAreRefused() {
        String both = replace(text, "  projection:\n", """
                  urbanization_path:
                    after_last_point: hold_intensity
                    points: [{year: 2025, value: 0.6, source: test}]
                  projection:
                """);
        InputException e = fail(both);
        assertTrue(e.getMessage().contains("exactly one of 'intensity'"), e.getMessage());
        assertEquals("rural_urban_move.projection", e.fieldPath());
    }

    @Test
    void badParametersAreLocatedAtTheirValues() {
        InputException e = fail(replace(text, "persistence: {value: 0.9,", "persistence: {value: 1,"));
        assertEquals("rural_urban_move.projection.persistence.value", e.fieldPath());
        e = fail(replace(text, "method: urgd", "method: logistic"));
        assertEquals("rural_urban_move.projection.method", e.fieldPath());
        e = fail(replace(text, "long_run_urgd: {value: 0, source: \"test\"}", "long_run_urgd: {value: 0}"));
        assertTrue(e.fieldPath().startsWith("rural_urban_move.projection.long_run_urgd"), e.fieldPath());
        e = fail(replace(text, "    persistence:", "    persistance:"));
        assertTrue(e.getMessage().contains("persistence"), e.getMessage());
    }

    @Test
    void aWiderAreasSeriesCanBeFittedInstead() {
        // This region's own history has two points (too few); the province's three are fitted instead.
        String borrowed = replace(keepYears(text, 2015, 2020), "    long_run_urgd:", ""
                + "    fit_to:\n"
                + "      area: Province\n"
                + "      source: \"test\"\n"
                + "      values:\n"
                + "        - {year: 2010, value: 0.40}\n"
                + "        - {year: 2015, value: 0.45}\n"
                + "        - {year: 2020, value: 0.50}\n"
                + "    long_run_urgd:");
        UrbanizationProjection p = new ScenarioReader().read(FILE, borrowed).spec().ruralUrbanMove().projection();
        assertEquals((UrbanizationProjection.logit(0.5) - UrbanizationProjection.logit(0.4)) / 10,
                p.parameters().urgd(), 1e-12);
        assertEquals(1.0 / 3, p.parameters().baseShare(), 1e-12, "anchored on this region's base population");
        InputException e = fail(replace(borrowed, "        - {year: 2015, value: 0.45}\n", ""));
        assertEquals("rural_urban_move.projection.fit_to.values", e.fieldPath());
        assertTrue(e.getMessage().contains("at least 3"), e.getMessage());
        e = fail(replace(borrowed, "{year: 2020, value: 0.50}", "{year: 2021, value: 0.50}"));
        assertEquals("rural_urban_move.projection.fit_to.values[2].year", e.fieldPath());
    }

    @Test
    void aBorrowedFitCanCarryTheRegionsOwnNoise() {
        String series = ""
                + "      values:\n"
                + "        - {year: 2010, value: 0.40}\n"
                + "        - {year: 2015, value: 0.45}\n"
                + "        - {year: 2020, value: 0.50}\n"
                + "    long_run_urgd:";
        String head = "    fit_to:\n      area: Province\n      source: \"test\"\n";
        String plain = replace(keepYears(text, 2015, 2020), "    long_run_urgd:", head + series);
        String noisy = replace(keepYears(text, 2015, 2020), "    long_run_urgd:", head
                + "      innovation_sd: {value: 0.005, source: \"a region's own noise\"}\n" + series);
        UrbanizationProjection.Parameters fitted = new ScenarioReader().read(FILE, plain).spec().ruralUrbanMove().projection()
                .parameters();
        UrbanizationProjection.Parameters own = new ScenarioReader().read(FILE, noisy).spec().ruralUrbanMove().projection()
                .parameters();
        assertEquals(0.005, own.innovationSd(), 0);
        assertTrue(Math.abs(fitted.innovationSd() - 0.005) > 1e-3, "the fit's own sigma differs");
        assertEquals(fitted.urgd(), own.urgd(), 0, "the URGD stays the borrowed one");
        assertEquals(fitted.urgdSe(), own.urgdSe(), 0);
        InputException e = fail(replace(noisy, "{value: 0.005,", "{value: -0.005,"));
        assertEquals("rural_urban_move.projection.fit_to.innovation_sd.value", e.fieldPath());
    }
}
