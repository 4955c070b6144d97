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
 * Counts and rates within physical bounds (docs/reliability.md): a count of persons above 10⁹ or a death rate above
 * 10 is refused by the reader (and so by {@code validate}) with its line, never accepted to fail later as an agent
 * population no memory holds.
 */
class PhysicalBoundsTest {
    private static String leshan;

    @BeforeAll
    static void read() throws IOException {
        leshan = Files.readString(ShippedScenarios.leshanBaseline());
    }

    private static InputException refused(String from, String to) {
        assertTrue(leshan.contains(from), from);
        String text = leshan.replace(from, to);
        InputException e = assertThrows(InputException.class, () -> new ScenarioReader().read("bounds.yaml", text));
        assertNotNull(e.location(), e.getMessage());
        return e;
    }

    @Test
    void aPopulationGroupAbove1e9PersonsIsRefusedAtItsItem() {
        InputException e = refused("male:   [89675,", "male:   [9200000000000000000,");
        assertEquals("population.total.male[0]", e.fieldPath());
        assertEquals(45, e.location().line());
        assertEquals("must be between 0 and 1000000000, got 9200000000000000000", e.problem());
        assertTrue(e.hint().contains("at most 10^9 persons"), e.hint());
    }

    @Test
    void exactly1e9PersonsInAGroupIsAccepted() {
        String text = leshan.replace("male:   [89675,", "male:   [1000000000,");
        assertEquals(1e9 + 3160168 - 89675, new ScenarioReader().read("edge.yaml", text).spec().population().persons()
                .total(), 1e-3);
    }

    @Test
    void theBoundIsInPersonsWhateverTheUnit() {
        // In thousands, 10^9 persons is 1000000: 2000000 thousands is two billion persons.
        String thousands = "  unit: persons\n  source: >-\n    Derived (no public Leshan";
        assertTrue(leshan.contains(thousands));
        String text = leshan.replace(thousands, "  unit: thousands\n  source: >-\n    Derived (no public Leshan")
                .replace("male:   [89675,", "male:   [2000000,");
        InputException e = assertThrows(InputException.class, () -> new ScenarioReader().read("k.yaml", text));
        assertEquals("must be between 0 and 1000000, got 2000000", e.problem());
        assertTrue(e.hint().contains("1000000 in thousands"), e.hint());
    }

    @Test
    void aDeathRateAbove10IsRefused() {
        InputException e = refused("male:   [0.00783544,", "male:   [11,");
        assertEquals("mortality.mx[0].male[0]", e.fieldPath());
        assertEquals("must be between 0 and 10, got 11", e.problem());
    }

    @Test
    void netMigrantsByAgeAbove1e9PersonsAreRefused() {
        String total = leshan.substring(leshan.indexOf("  unit: persons\n  total:\n    projection:"),
                leshan.indexOf("  age_profile:", leshan.indexOf("  unit: persons\n  total:\n    projection:")));
        String byAge = "  unit: persons\n  by_age:\n    - year: 2020\n      ages: [0-14, 15-64, 65+]\n"
                + "      male: [0, -2000000000, 0]\n      female: [0, 0, 0]\n";
        String text = leshan.replace(total, byAge);
        InputException e = assertThrows(InputException.class, () -> new ScenarioReader().read("m.yaml", text));
        assertEquals("migration.by_age[0].male[1]", e.fieldPath(), e.getMessage());
        assertEquals("must be between -1000000000 and 1000000000, got -2000000000", e.problem());
    }

    @Test
    void aCountThatMayBeDrawnIsNotCappedSoItsDistributionStaysValid() {
        // labour.skills.trainees is log-normal in four shipped baselines: a cap would refuse its unbounded support.
        assertEquals("sichuan-baseline", new ScenarioReader().read(ShippedScenarios.root()
                .resolve("sichuan/baseline.yaml")).id());
    }
}
