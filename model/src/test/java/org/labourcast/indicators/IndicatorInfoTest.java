package org.labourcast.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.indicators.IndicatorInfo.Unit;

/** Every indicator the engines produce is described, with the unit its values are in. */
class IndicatorInfoTest {
    private static final List<AgeBand> BANDS = List.of(new AgeBand(15, 59), new AgeBand(16, 59), new AgeBand(15, 64));

    @Test
    void everyIndicatorHasAUnitAndBothDefinitions() {
        List<IndicatorInfo> all = IndicatorCatalog.describe(BANDS, true);
        List<String> names = new java.util.ArrayList<>(IndicatorCatalog.names(BANDS));
        names.addAll(IndicatorCatalog.labourNames());
        assertEquals(names, all.stream().map(IndicatorInfo::name).toList(), "the output order");
        for (IndicatorInfo i : all) {
            assertEquals(IndicatorCatalog.isShare(i.name()), i.unit() == Unit.SHARE || i.unit() == Unit.RATE_PER_YEAR,
                    i.name());
            assertEquals(IndicatorCatalog.isLabour(i.name()), i.labour(), i.name());
            assertTrue(i.definitionZh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), i.name() + ": a Chinese definition");
        }
        assertFalse(IndicatorCatalog.describe(BANDS, false).stream().anyMatch(IndicatorInfo::labour));
    }

    @Test
    void unitsOfStocksFlowsAndShares() {
        assertEquals(Unit.PERSONS, IndicatorCatalog.describe("population_total").orElseThrow().unit());
        assertEquals(Unit.PERSONS_PER_YEAR, IndicatorCatalog.describe("births").orElseThrow().unit());
        assertEquals(Unit.PERSONS_PER_YEAR, IndicatorCatalog.describe("new_urban_jobs").orElseThrow().unit());
        assertEquals(Unit.PERSONS, IndicatorCatalog.describe("new_urban_jobs_cumulative").orElseThrow().unit(),
                "a running total");
        assertEquals(Unit.SHARE, IndicatorCatalog.describe("urbanization_rate").orElseThrow().unit());
        assertEquals(Unit.RATE_PER_YEAR,
                IndicatorCatalog.describe("rural_urban_move_intensity").orElseThrow().unit());
        IndicatorInfo band = IndicatorCatalog.describe("working_age_population_16_59_share").orElseThrow();
        assertEquals(Unit.SHARE, band.unit());
        assertEquals("Residents aged 16-59 / all residents", band.definitionEn());
        assertTrue(IndicatorCatalog.describe("urbanisation_rate").isEmpty());
    }
}
