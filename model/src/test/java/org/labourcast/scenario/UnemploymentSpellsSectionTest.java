package org.labourcast.scenario;

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
import org.labourcast.scenario.labour.LabourAssumptions.UnemploymentSpells;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * {@code labour.matching.unemployment_spells} is read strictly: values land in the record, and bad input is a
 * located error naming the field (did-you-mean for a misspelt key, ranges, the spell shares' sum). The shipped
 * baselines' spell shares are their province's 2010 census shares (NBS, Tabulation of the 2010 Population Census,
 * table 4-17a, as copied to scenarios/data/unemployment_duration_2010_census.csv).
 */
class UnemploymentSpellsSectionTest {
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

    private static InputException fail(String text, String... parts) {
        InputException e = assertThrows(InputException.class, () -> new ScenarioReader().read(FILE, text));
        assertNotNull(e.location(), "every scenario error has a location: " + e.getMessage());
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "expected '" + p + "' in: " + e.getMessage());
        }
        return e;
    }

    @Test
    void leshanReadsItsSpellAssumptions() {
        UnemploymentSpells s = new ScenarioReader().read(FILE, baseline).spec().labour().matching().spells();
        assertEquals(0.6, s.secondYearHireWeight());
        assertEquals(0.5, s.laterYearHireWeight());
        assertEquals(0.1235, s.baseOneToTwoYears());
        assertEquals(0.1302, s.baseTwoYearsAndOver());
        assertEquals(0.02, s.disabledShare(16));
        assertEquals(0.04, s.disabledShare(45));
        assertEquals(0.06, s.disabledShare(70));
        assertEquals(0, s.disabledShare(15));
        assertEquals(1, s.hireWeight(0));
        assertEquals(0.6, s.hireWeight(1));
        assertEquals(0.5, s.hireWeight(9));
        assertTrue(s.source().contains("table 4-17a"), s.source());
        assertTrue(s.calibratedContinuity());
    }

    @Test
    void continuityIsAChoiceAndFullWhenAbsent() {
        UnemploymentSpells full = new ScenarioReader().read(FILE, replaceOnce("      continuity: calibrated\n",
                "      continuity: full\n")).spec().labour().matching().spells();
        assertTrue(!full.calibratedContinuity());
        UnemploymentSpells absent = new ScenarioReader().read(FILE, replaceOnce("      continuity: calibrated\n",
                "")).spec().labour().matching().spells();
        assertTrue(!absent.calibratedContinuity());
        fail(replaceOnce("      continuity: calibrated\n", "      continuity: calibrate\n"), "continuity",
                "calibrated");
        fail(replaceOnce("      continuity: calibrated\n", "      continuty: calibrated\n"),
                "unknown field 'continuty'", "did you mean 'continuity'?");
    }

    /** Each baseline's shares are its province's census row: 13-24 months and over 24 months of all unemployed. */
    @Test
    void baselinesUseTheirProvincesCensusShares() throws IOException {
        // {region, unemployed in cities, 13-24 months, over 24 months}: NBS 2010 census table 4-17a.
        Object[][] rows = {{"leshan", 47069, 5812, 6127}, {"sichuan", 47069, 5812, 6127},
            {"taizhou", 48329, 4609, 4806}, {"xuzhou", 62991, 8158, 8325}, {"xiangtan", 42646, 6113, 5963}};
        for (Object[] r : rows) {
            String region = (String) r[0];
            var path = ShippedScenarios.baseline(region);
            UnemploymentSpells s = new ScenarioReader().read(path.toString(), Files.readString(path)).spec().labour()
                    .matching().spells();
            double total = (int) r[1];
            assertEquals((int) r[2] / total, s.baseOneToTwoYears(), 5e-5, region);
            assertEquals((int) r[3] / total, s.baseTwoYearsAndOver(), 5e-5, region);
        }
        List<String> csv = Files.readAllLines(ShippedScenarios.data().resolve("unemployment_duration_2010_census.csv"));
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",");
            long sum = 0;
            for (int i = 2; i <= 6; i++) {
                sum += Long.parseLong(f[i]);
            }
            assertEquals(Long.parseLong(f[1]), sum, "bands of " + f[0] + " sum to the total");
        }
    }

    @Test
    void aMisspeltFieldIsNamedWithASuggestion() {
        fail(replaceOnce("      later_year_hire_weight:", "      later_year_hire_weigth:"),
                "unknown field 'later_year_hire_weigth'", "did you mean 'later_year_hire_weight'?");
    }

    @Test
    void aWeightAboveOneIsRejected() {
        fail(replaceOnce("        value: 0.6\n        source: >-\n          Assumption scaled to Kroft",
                "        value: 1.6\n        source: >-\n          Assumption scaled to Kroft"),
                "second_year_hire_weight");
    }

    @Test
    void spellSharesAboveOneInAllAreRejected() {
        fail(replaceOnce("one_to_two_years: 0.1235", "one_to_two_years: 0.9235"), "the spell shares sum to",
                "more than 1");
    }

    @Test
    void aMissingDisabilityBandIsNamed() {
        fail(replaceOnce("        ages_40_49: 0.04\n", ""), "ages_40_49");
    }

    @Test
    void aShareOutsideZeroToOneIsRejected() {
        fail(replaceOnce("ages_16_39: 0.02", "ages_16_39: 2"), "ages_16_39");
    }

    @Test
    void withoutTheBlockThereIsNoDurationDependence() {
        String text = baseline.substring(0, baseline.indexOf("    unemployment_spells:"))
                + baseline.substring(baseline.indexOf("  market:\n"));
        assertEquals(UnemploymentSpells.NONE, new ScenarioReader().read(FILE, text).spec().labour().matching().spells());
    }
}
