package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.labourcast.demography.UrbanizationProjection;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.scenario.RegionDerivation.CityBase;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * The regional baselines (Sichuan, Taizhou, Xiangtan, Xuzhou) carry exactly the numbers their derivation classes
 * compute from the cited inputs in {@code scenarios/data}, and their base year reproduces the published totals.
 */
class RegionalBaselinesTest {
    private static final Path DATA = ShippedScenarios.data();

    private static ScenarioSpec spec(String region) {
        return new ScenarioReader().read(ShippedScenarios.baseline(region)).spec();
    }

    private static String text(String region) {
        try {
            return Files.readString(ShippedScenarios.baseline(region));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The derived estimate is one the projection is fitted to (written in the file), and the projected net migration
     * is the projection's median (docs/migration.md), never a constant: it moves every year.
     */
    private static void assertNetMigration(String region, ScenarioSpec spec, ProjectionRun run, long derived,
                                           int firstYear) {
        assertTrue(text(region).contains("value: " + derived), region + " lacks the derived estimate " + derived);
        double[] median = spec.migration().projection().median(firstYear, spec.horizon());
        for (int year = firstYear; year <= spec.horizon(); year++) {
            assertEquals(median[year - firstYear], value(run, IndicatorCatalog.NET_MIGRATION, year), 1e-6);
            if (year > firstYear) {
                assertTrue(median[year - firstYear] != median[year - firstYear - 1], region + " holds " + year);
            }
        }
    }

    private static double value(ProjectionRun run, String indicator, int year) {
        return run.indicator(indicator).stream().filter(r -> r.year() == year).mapToDouble(IndicatorRow::value)
                .findFirst().orElseThrow();
    }

    /** The population lists of a scenario file, {@code [male, female]}. */
    static long[][] populationInFile(String text) {
        return new long[][] {listAfter(text, "    male:   ["), listAfter(text, "    female: [")};
    }

    private static long[] listAfter(String text, String marker) {
        int from = text.indexOf(marker) + marker.length();
        String[] parts = text.substring(from, text.indexOf(']', from)).replaceAll("\\s+", "").split(",");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Long.parseLong(parts[i]);
        }
        return out;
    }

    private static void assertPopulation(long[][] derived, String region) {
        long[][] shipped = populationInFile(text(region));
        assertArrayEquals(derived[0], shipped[0], region + ": male counts differ from the derivation");
        assertArrayEquals(derived[1], shipped[1], region + ": female counts differ from the derivation");
    }

    /** Base facts of a city derived by {@link RegionDerivation#cityBase}, and the fields scaled from them. */
    private static void assertCityBase(ScenarioSpec spec, CityBase derived) {
        LabourAssumptions.BaseYearFacts base = spec.labour().base();
        assertEquals(derived.employed(), base.employed(), 0, "employed");
        assertArrayEquals(new double[] {derived.bySector()[0], derived.bySector()[1], derived.bySector()[2]},
                base.employedBySector().toArray(), 0, "employment by sector");
        assertEquals(derived.ruralLabourForce(), base.ruralLabourForce(), 0, "rural labour force");
        assertEquals(derived.transferred(), base.ruralLabourTransferred(), 0, "rural labour transferred");
        assertEquals(RegionDerivation.SKILLED_SHARE * derived.employed(), base.skilledWorkers(), 0.5, "skilled");
        double trainees = spec.labour().skills().trainees().scalarAt(spec.baseYear() + 1.5);
        assertEquals(RegionDerivation.round(derived.employed() * RegionDerivation.NATIONAL_TRAINEES_PER_EMPLOYED, 1000),
                trainees, 0, "trainees");
        // The derivation's base year is reachable: the participation shift that reproduces employment is ~0.
        assertEquals(0, derived.q().participationShift(), 0.01);
    }

    @Nested
    class Sichuan {
        private final ScenarioSpec spec = spec("sichuan");

        @Test
        void populationIsTheDerivation() {
            assertPopulation(SichuanBaselineDerivation.basePopulation(DATA), "sichuan");
        }

        @Test
        void baseYearReproducesTheCensus() {
            ProjectionRun run = ProjectionRun.of(spec);
            // Sichuan 7th census: 83,674,866 residents; 15-59: 5204 of 8367.5万 (62.19%); 60+: 21.71%.
            assertEquals(83_674_866, value(run, IndicatorCatalog.POPULATION_TOTAL, 2020), 1e-6);
            assertEquals(0.6219, value(run, "working_age_population_15_59_share", 2020), 5e-5);
            assertEquals(0.2171, value(run, IndicatorCatalog.SHARE_60_PLUS, 2020), 5e-5);
            assertEquals(0.567, value(run, IndicatorCatalog.URBANIZATION_RATE, 2020), 1e-12);
            // Urbanization follows its projection from Sichuan's 2010-2020 history (docs/urbanization.md), not the
            // province's goals (60% in 2025, 65% by 2028: plan-path.yaml): beta = (logit 0.567 - logit 0.4022) / 10.
            double[] median = spec.ruralUrbanMove().projection().median(2020, 2035);
            assertEquals((UrbanizationProjection.logit(0.567) - UrbanizationProjection.logit(0.4022)) / 10,
                    spec.ruralUrbanMove().projection().parameters().urgd(), 1e-12);
            for (int year = 2021; year <= 2035; year++) {
                assertEquals(median[year - 2020], value(run, IndicatorCatalog.URBANIZATION_RATE, year), 1e-9);
            }
            assertTrue(Math.abs(value(run, IndicatorCatalog.URBANIZATION_RATE, 2025) - 0.60) > 0.01);
            assertNetMigration("sichuan", spec, run, SichuanBaselineDerivation.netMigrationPerYear(DATA), 2021);
        }

        @Test
        void labourBaseIsThePlanAndTheDerivation() {
            LabourAssumptions.BaseYearFacts base = spec.labour().base();
            // Plan ch.1 §1: 4745万 employed, 32.5 : 23.1 : 44.4, 2573.4万 transferred, 20% skilled.
            assertEquals(47_450_000, base.employed(), 0);
            assertEquals(0.325, base.employedBySector().primary() / base.employed(), 1e-12);
            assertEquals(0.231, base.employedBySector().secondary() / base.employed(), 1e-12);
            assertEquals(0.444, base.employedBySector().tertiary() / base.employed(), 1e-12);
            assertEquals(25_734_000, base.ruralLabourTransferred(), 0);
            assertEquals(0.20 * 47_450_000, base.skilledWorkers(), 0);
            assertEquals(SichuanBaselineDerivation.ruralLabourForce(spec, DATA), base.ruralLabourForce(), 0);
            assertEquals(SichuanBaselineDerivation.urbanHukouShareOfUrbanResidents(DATA),
                    spec.labour().hukou().urbanShareUrbanResidents(), 0);
        }
    }

    @Nested
    class Taizhou {
        private final ScenarioSpec spec = spec("taizhou");

        @Test
        void populationIsTheDerivation() {
            assertPopulation(TaizhouBaselineDerivation.basePopulation(DATA), "taizhou");
        }

        @Test
        void baseYearReproducesTheCensus() {
            ProjectionRun run = ProjectionRun.of(spec);
            // Taizhou 7th census bulletin: 6,622,888 residents, 4,354,170 aged 15-59, 913,942 aged 65+.
            assertEquals(6_622_888, value(run, IndicatorCatalog.POPULATION_TOTAL, 2020), 1e-6);
            assertEquals(4_354_170.0 / 6_622_888, value(run, "working_age_population_15_59_share", 2020), 2e-6);
            assertEquals(913_942.0 / 6_622_888, value(run, IndicatorCatalog.SHARE_65_PLUS, 2020), 2e-6);
            assertEquals(TaizhouBaselineDerivation.urbanShare(DATA), value(run, IndicatorCatalog.URBANIZATION_RATE, 2020),
                    1e-12);
            assertNetMigration("taizhou", spec, run, TaizhouBaselineDerivation.netMigrationPerYear(DATA), 2021);
        }

        @Test
        void labourBaseIsTheDerivation() {
            CityBase derived = TaizhouBaselineDerivation.labourBase(spec, DATA);
            assertCityBase(spec, derived);
            assertEquals(TaizhouBaselineDerivation.urbanHukouShareOfUrbanResidents(DATA),
                    spec.labour().hukou().urbanShareUrbanResidents(), 0);
            // Plan [TABLE] row 2: registered unemployment 1.35% in 2020.
            assertEquals(0.0135, spec.labour().base().registeredUnemploymentRate(), 0);
            // 13th FYP new urban jobs 91.41万 / 5 over derived non-farm employment.
            double nonFarm = derived.bySector()[1] + derived.bySector()[2];
            assertEquals(Math.round(182_820 / nonFarm * 1000) / 1000.0,
                    spec.labour().matching().separationRate().secondary(), 0);
        }
    }

    @Nested
    class Xiangtan {
        private final ScenarioSpec spec = spec("xiangtan");

        @Test
        void populationIsTheDerivation() {
            assertPopulation(XiangtanBaselineDerivation.basePopulation(DATA), "xiangtan");
        }

        @Test
        void baseYearReproducesTheBulletinShares() {
            ProjectionRun run = ProjectionRun.of(spec);
            assertEquals(XiangtanBaselineDerivation.baseTotal(DATA), value(run, IndicatorCatalog.POPULATION_TOTAL, 2018),
                    1e-6);
            // 2018 bulletin: 16-59 62.1%, 60+ 21.3%, urbanization 62.9%. The derivation splits 15-19 evenly at 16;
            // the projection splits 5-year groups into single years by a monotone spline, so 16-59 moves by 0.05 points.
            assertEquals(0.621, value(run, "working_age_population_16_59_share", 2018), 1e-3);
            assertEquals(0.213, value(run, IndicatorCatalog.SHARE_60_PLUS, 2018), 5e-5);
            assertEquals(0.629, value(run, IndicatorCatalog.URBANIZATION_RATE, 2018), 1e-12);
            assertNetMigration("xiangtan", spec, run, XiangtanBaselineDerivation.netMigrationPerYear(DATA), 2019);
            // Projected to the census day's year the population stays within 1% of the 2020 census, 2,726,181.
            assertEquals(2_726_181, value(run, IndicatorCatalog.POPULATION_TOTAL, 2020), 0.01 * 2_726_181);
        }

        @Test
        void labourBaseIsTheDerivation() {
            assertCityBase(spec, XiangtanBaselineDerivation.labourBase(spec, DATA));
        }
    }

    @Nested
    class Xuzhou {
        private final ScenarioSpec spec = spec("xuzhou");

        @Test
        void populationIsTheDerivation() {
            assertPopulation(XuzhouBaselineDerivation.basePopulation(DATA, spec), "xuzhou");
        }

        @Test
        void censusStepReproducesTheCensus() {
            long[][] census = XuzhouBaselineDerivation.censusPopulation(DATA);
            // Xuzhou 7th census: 9,083,790 residents, 4,579,072 men, 5,280,046 aged 15-59, 1,337,126 aged 65+.
            // Exact total; the bands to within the rounding of their 5-year groups to whole persons.
            assertEquals(9_083_790, RegionDerivation.sum(census, 0, 20));
            assertEquals(4_579_072, java.util.Arrays.stream(census[0]).sum(), 21);
            assertEquals(5_280_046, RegionDerivation.sum(census, 3, 11), 18);
            assertEquals(1_337_126, RegionDerivation.sum(census, 13, 20), 16);
        }

        @Test
        void baseYearReproducesThe2022Bulletin() {
            ProjectionRun run = ProjectionRun.of(spec);
            assertEquals(9_018_500, value(run, IndicatorCatalog.POPULATION_TOTAL, 2022), 1e-6);
            assertEquals(0.6681, value(run, IndicatorCatalog.URBANIZATION_RATE, 2022), 1e-12);
            assertEquals(XuzhouBaselineDerivation.netMigrationPerYear(DATA), -3_900);
            assertNetMigration("xuzhou", spec, run, -3_900, 2023);
            assertEquals(-3_900 * 0.933, value(run, IndicatorCatalog.NET_MIGRATION, 2023), 1e-6, "one estimate");
        }

        @Test
        void labourBaseIsTheDerivation() {
            assertCityBase(spec, XuzhouBaselineDerivation.labourBase(spec, DATA));
        }
    }

    /**
     * Issue 14 ("each region on its own data"): Taizhou, Xiangtan and Xuzhou take no value from Leshan. A value is
     * the region's own, its province's, a national figure or a stated assumption with a reason
     * (docs/regional-data.md); no field, source or comment outside {@code history:}, {@code actuals:} and labels may
     * name Leshan (乐山) as where a number comes from.
     */
    @Test
    void noCityBaselineBorrowsFromLeshan() {
        java.util.List<String> offending = new java.util.ArrayList<>();
        for (String region : new String[] {"taizhou", "xiangtan", "xuzhou"}) {
            String[] lines = text(region).split("\n", -1);
            String section = "";
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                    section = line.replaceFirst(":.*", "");
                }
                boolean exempt = section.equals("history") || section.equals("actuals") || line.contains("label:");
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (!exempt && (lower.contains("leshan") || line.contains("乐山"))) {
                    offending.add(region + "/baseline.yaml:" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertTrue(offending.isEmpty(), "values borrowed from Leshan:\n" + String.join("\n", offending));
    }

    @Test
    void everyTargetOfTheRegionalBaselinesCitesItsSource() {
        for (String region : new String[] {"sichuan", "taizhou", "xiangtan", "xuzhou"}) {
            spec(region).targets().forEach(t -> assertTrue(t.source() != null && !t.source().isBlank(),
                    region + " target " + t.indicator() + " lacks a source"));
        }
    }
}
