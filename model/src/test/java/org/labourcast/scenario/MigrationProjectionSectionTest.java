package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.InputException;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.scenario.yaml.ScenarioReader;

/** {@code migration.total.projection} in the shipped Leshan baseline, and each bad input's located error. */
class MigrationProjectionSectionTest {
    private static final String FILE = "baseline.yaml";
    private static String text;

    @BeforeAll
    static void load() throws IOException {
        text = Files.readString(ShippedScenarios.leshanBaseline());
    }

    private static String replace(String from, String to) {
        assertTrue(text.contains(from), "test setup: the scenario lacks " + from);
        return text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    private static InputException fail(String scenario) {
        InputException e = assertThrows(InputException.class, () -> new ScenarioReader().read(FILE, scenario));
        assertNotNull(e.location(), e.getMessage());
        return e;
    }

    @Test
    void leshansOutflowHalvesOverADecadeFromTheIntercensalEstimate() {
        ScenarioSpec s = new ScenarioReader().read(FILE, text).spec();
        assertNotNull(s.migration().projection());
        // One estimate, -18,650 a year (LeshanBaselineDerivation): m(t) = -18650 * 0.933^(t - 2020).
        assertEquals(LeshanBaselineDerivation.netMigrationPerYear(), s.migration().projection().parameters().level());
        ProjectionRun run = ProjectionRun.of(s);
        for (int year = 2021; year <= 2035; year++) {
            int y = year;
            double projected = run.indicator(IndicatorCatalog.NET_MIGRATION).stream().filter(r -> r.year() == y)
                    .mapToDouble(IndicatorRow::value).findFirst().orElseThrow();
            assertEquals(-18650 * Math.pow(0.933, year - 2020), projected, 1e-6, "in " + year);
        }
        double[] median = s.migration().projection().median(2021, 2035);
        for (int year = 2021; year <= 2035; year++) {
            assertEquals(median[year - 2021], s.migration().male().forYear(year)[0]
                    + s.migration().female().forYear(year)[0], 1e-9, "the yearly series is the median, in " + year);
        }
    }

    @Test
    void noEstimatesAreALocatedError() {
        String none = text.replaceFirst("(?s)      estimates:\\n.*?      long_run_level:", "      estimates: []\n      long_run_level:");
        InputException e = fail(none);
        assertEquals("migration.total.projection.estimates", e.fieldPath());
        assertTrue(e.getMessage().contains("at least 1 estimate"), e.getMessage());
    }

    @Test
    void anEstimateAfterTheBaseYearIsRefused() {
        InputException e = fail(replace("        - year: 2015\n          value: -18650", "        - year: 2021\n          value: -18650"));
        assertEquals("migration.total.projection.estimates[0].year", e.fieldPath());
    }

    @Test
    void aValueBesideTheProjectionIsRefused() {
        InputException e = fail(replace("  total:\n    projection:\n", "  total:\n    value: -18650\n    projection:\n"));
        assertEquals("migration.total.projection", e.fieldPath());
    }

    @Test
    void badParametersAreLocatedAtTheirValues() {
        InputException e = fail(replace("      persistence:\n        value: 0.933", "      persistence:\n        value: 1"));
        assertEquals("migration.total.projection.persistence.value", e.fieldPath());
        e = fail(replace("      method: damped_trend", "      method: holt"));
        assertEquals("migration.total.projection.method", e.fieldPath());
        e = fail(replace("      long_run_level:\n        value: 0\n", "      long_run_level:\n        value: zero\n"));
        assertEquals("migration.total.projection.long_run_level.value", e.fieldPath());
    }

    @Test
    void aDrawnNetMigrationPathReplacesTheMedian() {
        ScenarioSpec s = new ScenarioReader().read(FILE, text).spec();
        int years = s.horizon() - s.baseYear();
        double[] drawn = new double[years];
        for (int i = 0; i < years; i++) {
            drawn[i] = -5000 - 100 * i;
        }
        java.util.List<org.labourcast.demography.ProjectedYear> run = new org.labourcast.demography
                .CohortComponentProjection().project(s.population().persons(), s.baseYear(), s.horizon(),
                new ScenarioAssumptions(s, null, drawn));
        for (int i = 1; i < run.size(); i++) {
            double[][] m = run.get(i).netMigration();
            assertEquals(drawn[i - 1], m[0][0] + m[0][1] + m[1][0] + m[1][1], 1e-6, "year " + run.get(i).year());
        }
        assertThrows(IllegalArgumentException.class, () -> new ScenarioAssumptions(s, null, new double[2]));
    }
}
