package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.demography.Residence;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.targets.AttainmentStatus;
import org.labourcast.targets.TargetAttainment;

/** The shipped Leshan baseline: its 2020 base reproduces the census and plan, and its derivation still holds. */
class LeshanBaselineTest {
    private static ProjectionRun run;

    @BeforeAll
    static void project() {
        run = ProjectionRun.of(new ScenarioReader().read(ShippedScenarios.leshanBaseline()).spec());
    }

    private static double value(String indicator, int year) {
        return run.indicator(indicator).stream().filter(r -> r.year() == year).mapToDouble(IndicatorRow::value)
                .findFirst().orElseThrow();
    }

    @Test
    void reproducesThe2020Base() {
        // Leshan 7th census bulletin (2021-06-03): 3,160,168 residents.
        assertEquals(3_160_168, value(IndicatorCatalog.POPULATION_TOTAL, 2020), 1e-6);
        // Leshan plan (2022-04), ch.1 §2: 15-59 share 61.39%; urbanization 53%.
        assertEquals(0.6139, value("working_age_population_15_59_share", 2020), 5e-7);
        assertEquals(0.53, value(IndicatorCatalog.URBANIZATION_RATE, 2020), 1e-12);
    }

    @Test
    void projectsUrbanizationFromHistoryNotThePlanPath() {
        // The baseline follows the URGD projection at Sichuan's 2010-2020 pace from 53% (docs/urbanization.md):
        // beta = (logit 0.567 - logit 0.4022) / 10 = 0.0666 a year, decaying with persistence 0.926, so 2025 is
        // logistic(logit 0.53 + 0.0666 (0.926 + ... + 0.926^5)) = 59.5%, short of the plan's 60%.
        ScenarioSpec spec = run.scenario();
        double[] median = spec.ruralUrbanMove().projection().median(2020, 2035);
        for (int year = 2021; year <= 2035; year++) {
            assertEquals(median[year - 2020], value(IndicatorCatalog.URBANIZATION_RATE, year), 1e-9, "in " + year);
        }
        double sum = 0;
        for (int k = 1; k <= 5; k++) {
            sum += Math.pow(0.926, k);
        }
        double beta = (Math.log(0.567 / 0.433) - Math.log(0.4022 / 0.5978)) / 10;
        double expected2025 = 1 / (1 + Math.exp(-(Math.log(0.53 / 0.47) + beta * sum)));
        assertEquals(expected2025, value(IndicatorCatalog.URBANIZATION_RATE, 2025), 1e-9);
        assertTrue(Math.abs(expected2025 - 0.60) > 0.003, "the 2025 value comes from the fit: " + expected2025);
        TargetAttainment urbanization = run.targets().get(0);
        assertEquals(0.0, urbanization.probability(), 0, "one deterministic run below 60% in 2025");
        assertEquals(expected2025, urbanization.medianProjected(), 1e-9);
    }

    @Test
    void thePlanPathVariantFollowsThePlanTo2025AndKeepsUrbanizingAfter() {
        ProjectionRun plan = ProjectionRun.of(new ScenarioReader().read(
                ShippedScenarios.root().resolve("leshan/plan-path.yaml")).spec());
        java.util.function.ToDoubleFunction<Integer> u = year -> plan.indicator(IndicatorCatalog.URBANIZATION_RATE)
                .stream().filter(r -> r.year() == year).mapToDouble(IndicatorRow::value).findFirst().orElseThrow();
        assertEquals(0.60, u.applyAsDouble(2025), 1e-9);
        assertEquals(0.53 + 0.014 * 3, u.applyAsDouble(2023), 1e-9);
        assertTrue(u.applyAsDouble(2035) > 0.60);
        TargetAttainment urbanization = plan.targets().get(0);
        // One deterministic run: the plan's >= 60% in 2025 is met with certainty, exactly in 2025.
        assertEquals(1, urbanization.runs());
        assertEquals(1.0, urbanization.probability(), 0);
        assertEquals(AttainmentStatus.ON_TRACK, urbanization.status());
        assertEquals(0.60, urbanization.medianProjected(), 1e-9);
        assertEquals(2025, urbanization.medianFirstYearMet().getAsInt());
        // The gap a compare shows: the plan's pace against the projection from history.
        assertTrue(u.applyAsDouble(2025) - value(IndicatorCatalog.URBANIZATION_RATE, 2025) > 0.003);
    }

    @Test
    void workingAgePopulationAgesAndShrinks() {
        // The plan's worry (ch.1 §2): 45-59 rising within working age; with sub-replacement fertility the 15-59
        // share falls and 60+ rises.
        assertTrue(value(IndicatorCatalog.SHARE_60_PLUS, 2035) > value(IndicatorCatalog.SHARE_60_PLUS, 2020));
        assertTrue(value("working_age_population_15_59", 2035) < value("working_age_population_15_59", 2020));
        double births2021 = value(IndicatorCatalog.BIRTHS, 2021);
        // Sanity bound: crude birth rate between 4 and 12 per mille for TFR ~1.06 (WPP 2024 China 2020-2025).
        assertTrue(births2021 / 3_160_168 > 0.004 && births2021 / 3_160_168 < 0.012, "births " + births2021);
        // The intercensal estimate, -18,650 a year, halving over a decade (docs/migration.md).
        assertEquals(-18650 * 0.933, value(IndicatorCatalog.NET_MIGRATION, 2021), 1e-6);
        assertTrue(run.years().get(1).population().total(Residence.RURAL) > 0);
    }

    @Test
    void scenarioCarriesTheDerivedBasePopulation() throws IOException {
        long[][] derived = LeshanBaselineDerivation.basePopulation(ShippedScenarios.root().resolve("data"));
        String text = Files.readString(ShippedScenarios.leshanBaseline());
        assertArrayEquals(derived[0], listAfter(text, "    male:   ["), "male counts differ from the derivation");
        assertArrayEquals(derived[1], listAfter(text, "    female: ["), "female counts differ from the derivation");
        assertTrue(text.contains("value: " + LeshanBaselineDerivation.netMigrationPerYear()),
                "net migration differs from the derivation");
    }

    private static long[] listAfter(String text, String marker) {
        int from = text.indexOf(marker) + marker.length();
        String list = text.substring(from, text.indexOf(']', from)).replaceAll("\\s+", "");
        String[] parts = list.split(",");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Long.parseLong(parts[i]);
        }
        return out;
    }
}
