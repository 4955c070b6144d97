package org.labourcast.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.scenario.RunSettings;
import org.labourcast.yaml.FieldOverride;

/**
 * The API as a notebook uses it: overrides give new scenarios and change the runs as the model says they should;
 * results read as tables. Runs from the project root (surefire's working directory).
 */
class ScenarioApiTest {
    private static final Path LESHAN = Path.of("scenarios/leshan/baseline.yaml");
    private static Scenario leshan;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        leshan = Scenario.load(LESHAN);
    }

    @Test
    void withGivesANewScenarioAndLeavesThisOneAlone() {
        Scenario changed = leshan.with("fertility.sex_ratio_at_birth.value", 1.1);
        assertTrue(leshan.overrides().isEmpty());
        assertEquals(List.of("fertility.sex_ratio_at_birth.value=1.1"),
                changed.overrides().stream().map(o -> o.argument()).toList());
        assertEquals(List.of("fertility.sex_ratio_at_birth.value=1.1"), changed.loaded().source().overrides(),
                "recorded as --set records it (manifest set.N)");
        assertNotEquals(leshan.loaded().source().sha256(), changed.loaded().source().sha256());
        assertEquals(leshan.id(), changed.id());
    }

    /**
     * No net migration instead of the projected outflow (-17,400 in 2021 falling to -6,600 in 2035,
     * docs/migration.md): the projection keeps the migrants; the first year's difference is the migrants themselves,
     * later years add their survivors' children.
     */
    @Test
    void aMigrationOverrideMovesThePopulationByTheMigrants() {
        Result base = leshan.project();
        // The projection is removed and one total given, together (either alone is not a valid scenario).
        Result none = leshan.with(List.of(new FieldOverride("migration.total.projection", "~"),
                new FieldOverride("migration.total.value", "0"))).project();
        assertFalse(base.monteCarlo());
        assertEquals(1, none.runs());
        double d2020 = none.value("population_total", 2020) - base.value("population_total", 2020);
        double d2021 = none.value("population_total", 2021) - base.value("population_total", 2021);
        double d2035 = none.value("population_total", 2035) - base.value("population_total", 2035);
        double migrants = 0;
        for (int year = 2021; year <= 2035; year++) {
            migrants -= base.value("net_migration", year);
        }
        assertEquals(0, d2020, 1e-6, "the base year is the census");
        assertEquals(-base.value("net_migration", 2021), d2021, 17_400 * 0.02, "one year's migrants");
        assertTrue(d2035 > migrants * 0.9 && d2035 < migrants * 1.2, "fifteen years' migrants " + migrants + ": "
                + d2035);
    }

    /**
     * A higher transfer base rate (0.05 → 0.08) with common random numbers: the same replicates draw the same
     * streams, so each replicate's 2025 transfer rate rises; the demographic indicators do not move. Sampling
     * only: with parameter uncertainty the baseline would draw its base rate (a beta around 0.05), while the
     * override fixes it. Without the migration response, which would let the labour market move the population.
     */
    @Test
    void aTransferOverrideRaisesTheTransferRateInEveryReplicate() {
        RunSettings s = leshan.settings().withRuns(4).withScale(200).withThreads(2).withUncertainty(java.util.Set.of());
        Scenario closed = leshan.with("labour.market.migration_response", 0);
        Result base = closed.simulate(s);
        Result faster = closed.with("labour.transfer.base_rate", 0.08).simulate(s);
        double[] a = base.perRun("rural_labour_transfer_rate", 2025);
        double[] b = faster.perRun("rural_labour_transfer_rate", 2025);
        for (int i = 0; i < a.length; i++) {
            assertTrue(b[i] > a[i], "replicate " + i + ": " + a[i] + " -> " + b[i]);
        }
        assertEquals(base.indicators().indicator("population_total").rows(),
                faster.indicators().indicator("population_total").rows());
        assertTrue(faster.value("rural_labour_transfer_rate", 2025) > base.value("rural_labour_transfer_rate", 2025));
    }

    @Test
    void theSameSettingsGiveTheSameResultsForAnyThreads() {
        RunSettings s = leshan.settings().withRuns(3).withScale(400);
        Result one = leshan.simulate(s.withThreads(1));
        Result two = leshan.simulate(s.withThreads(2));
        assertEquals(one.indicatorsCsv(), two.indicatorsCsv());
        assertEquals(one.targetsCsv(), two.targetsCsv());
    }

    @Test
    void badOverridesAreInputErrorsNamingTheSetting() {
        InputException e = assertThrows(InputException.class, () -> leshan.with("labour.transfer.base_rat", 0.07));
        assertTrue(e.getMessage().contains("base_rat"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean"), e.getMessage());
        InputException range = assertThrows(InputException.class, () -> leshan.with("labour.transfer.base_rate", 1.5));
        assertTrue(range.getMessage().contains("--set labour.transfer.base_rate"), range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> leshan.with("labour.transfer.base_rate", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> leshan.with("labour.transfer.base_rate", new Object()));
    }

    @Test
    void javaValuesBecomeYamlAsOnTheCommandLine() {
        assertEquals("0.07", Scenario.yaml(0.07));
        assertEquals("7", Scenario.yaml(7.0));
        assertEquals("20000", Scenario.yaml(20000));
        assertEquals("0.0000001", Scenario.yaml(1e-7));
        assertEquals("true", Scenario.yaml(true));
        assertEquals("~", Scenario.yaml(null));
        assertEquals("\"NO\"", Scenario.yaml("NO"));
        assertEquals("\"a \\\"b\\\"\\n\"", Scenario.yaml("a \"b\"\n"));
        assertEquals("[0.8, 0.7]", Scenario.yaml(List.of(0.8, 0.7)));
        assertEquals(0.07, leshan.withYaml("labour.transfer.base_rate", "0.07").spec().labour().transfer().baseRate());
        assertEquals(0.07, leshan.with("labour.transfer.base_rate", 0.07).spec().labour().transfer().baseRate());
        assertEquals(0.05, leshan.spec().labour().transfer().baseRate());
    }

    @Test
    void aScenarioWithoutLabourProjectsButDoesNotSimulate() {
        Map<String, Object> noLabour = new LinkedHashMap<>();
        noLabour.put("labour", null);   // removes the section, as --set labour=~
        for (int i = leshan.spec().targets().size() - 1; i >= 1; i--) {
            noLabour.put("targets[" + i + "]", null); // the labour targets; the urbanization target stays
        }
        for (int i = 4; i >= 2; i--) {
            noLabour.put("history[" + i + "]", null); // the sector shares' history
        }
        Scenario demographic = leshan.with(noLabour);
        assertFalse(demographic.hasLabourModel());
        InputException e = assertThrows(InputException.class, demographic::simulate);
        assertTrue(e.getMessage().contains("no labour section"), e.getMessage());
        Result r = demographic.run();
        assertFalse(r.monteCarlo());
        assertTrue(r.targets().stream().allMatch(t -> t.target().indicator().equals("urbanization_rate")),
                "only the demographic targets are evaluated");
    }

    @Test
    void tablesFilterAndGiveColumns() {
        Result r = leshan.project();
        IndicatorTable t = r.indicators();
        IndicatorTable pop = t.indicator("population_total");
        assertEquals(16, pop.size());
        assertEquals(List.of("value"), pop.stats().stream().distinct().toList());
        assertArrayEquals(new int[] {2025, 2030}, pop.year(2025, 2030).years());
        assertEquals(pop.year(2025).value(), pop.byYear().get(2025));
        assertEquals(3_160_168, pop.year(2020).value(), 1, "the census count, as in the README");
        IllegalStateException many = assertThrows(IllegalStateException.class, pop::value);
        assertTrue(many.getMessage().contains("16"), many.getMessage());
        assertThrows(IllegalStateException.class, () -> t.year(2025).byYear());
        assertEquals(pop.years(2021, 2023).size(), 3);
        assertTrue(t.indicator("population_total").year(2025).indicator("urbanization_rate").isEmpty(),
                "a name the table holds, filtered out before, leaves an empty table");
        assertEquals(pop.rows(), pop.where(row -> row.indicator().startsWith("population_t")).rows());
        String text = t.indicator("population_total", "urbanization_rate").year(2020, 2035).toText();
        assertTrue(text.contains("3,160,168"), text);
        assertTrue(text.contains("53.00%"), text);
        assertTrue(text.lines().findFirst().orElseThrow().matches("indicator +2020 +2035"), text);
        String csv = pop.year(2020).toCsv();
        assertTrue(csv.startsWith("scenario,indicator,year,stat,value\nleshan-baseline,population_total,2020,value,"),
                csv);
        assertEquals(t.size(), t.join(IndicatorTable.of(List.of())).size());
        assertTrue(Arrays.stream(pop.values()).allMatch(v -> v > 2_000_000));
    }

    /** A misspelt name is an error with a suggestion, never an empty table that looks like "no data". */
    @Test
    void filtersRejectUnknownNamesWithASuggestion() {
        IndicatorTable t = leshan.project().indicators();
        InputException typo = assertThrows(InputException.class, () -> t.indicator("urbanisation_rate"));
        assertTrue(typo.getMessage().startsWith("indicator: the table has no indicator 'urbanisation_rate': it has"
                + " population_total, "), typo.getMessage());
        assertTrue(typo.getMessage().endsWith("(did you mean 'urbanization_rate'?)"), typo.getMessage());
        InputException labour = assertThrows(InputException.class, () -> t.indicator("employment_total"));
        assertTrue(labour.getMessage().endsWith("(a labour-model indicator: only a scenario with a labour: section"
                + " has it)"), labour.getMessage());
        InputException stat = assertThrows(InputException.class, () -> t.stat("median"));
        assertTrue(stat.getMessage().contains("the table has no stat 'median': it has value"), stat.getMessage());
        InputException statTypo = assertThrows(InputException.class, () -> t.stat("vaule"));
        assertTrue(statTypo.getMessage().endsWith("(did you mean 'value'?)"), statTypo.getMessage());
        InputException year = assertThrows(InputException.class, () -> t.indicator("births").year(2019));
        assertEquals("year: the table has no year 2019: it has 2020–2035", year.getMessage());
        InputException scenario = assertThrows(InputException.class, () -> t.scenario("leshan-basline"));
        assertTrue(scenario.getMessage().endsWith("(did you mean 'leshan-baseline'?)"), scenario.getMessage());
        InputException renamed = assertThrows(InputException.class, () -> t.indicator("rural_urban_transfers"));
        assertTrue(renamed.getMessage().endsWith("('rural_urban_transfers' was renamed 'rural_urban_movers' (docs/"
                + "scenario-format.md, \"Migration of renamed fields\"): use 'rural_urban_movers')"),
                renamed.getMessage());
        InputException value = assertThrows(InputException.class, () -> leshan.project().value("urbanization", 2025));
        assertTrue(value.getMessage().endsWith("(did you mean 'urbanization_rate'?)"), value.getMessage());
    }

    @Test
    void aMonteCarloTableHasTheSummaryStats() {
        Result r = leshan.simulate(leshan.settings().withRuns(3).withScale(400));
        assertEquals(List.of("mean", "median", "p05", "p10", "p90", "p95"),
                r.indicators().indicator("employment_total").year(2025).stats().stream().sorted().toList());
        assertEquals(r.indicators().indicator("employment_total").stat("median").year(2025).value(),
                r.value("employment_total", 2025));
        assertEquals(3, r.perRun("employment_total", 2025).length);
        assertTrue(r.target("skilled_workers", 2025).isPresent());
        assertTrue(r.targetsText().contains("skilled_workers >= 400,000 in 2025: met in"), r.targetsText());
        assertTrue(r.targetsText().contains("new_urban_jobs > 200,000 summed over 2021–2025: met in"),
                "the plan's [20]万 is a five-year total: " + r.targetsText());
        assertFalse(r.targetsText().contains("200,000 in 2025"), r.targetsText());
    }

    @Test
    void writingTwiceNeedsOverwrite() {
        Result r = leshan.project();
        Path dir = tmp.resolve("r");
        List<Path> files = r.writeTo(dir, WriteOptions.DEFAULT.withoutCharts());
        assertEquals(List.of("indicators.csv", "population.csv", "targets.csv", "results.xlsx", "manifest.json"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        assertThrows(InputException.class, () -> r.writeTo(dir));
        assertFalse(r.writeTo(dir, WriteOptions.DEFAULT.withOverwrite()).isEmpty());
        assertTrue(Files.isRegularFile(dir.resolve("urbanization_rate.png")));
    }

    @Test
    void forecastsCheckTheirArguments() {
        assertThrows(IllegalArgumentException.class, () -> leshan.forecast("prophet", 2035));
        assertThrows(IllegalArgumentException.class, () -> leshan.forecast("auto", 2020));
        Forecast f = leshan.forecast("linear", 2030);
        assertEquals(2030, f.horizon());
        assertEquals(List.of(2030), f.table().indicator("population_total").stat("point").years(2030, 2100)
                .rows().stream().map(r -> r.year()).toList());
        assertThrows(IllegalArgumentException.class, () -> f.series("no_such"));
        assertTrue(f.forecastCsv().startsWith("indicator,model,year,point,lo80,hi80,lo95,hi95\n"));
    }
}
