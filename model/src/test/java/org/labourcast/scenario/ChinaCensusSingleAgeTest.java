package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.demography.AgeGroup;
import org.labourcast.demography.AgeSplitter;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * The China 2020 single-year census base (scenarios/data/china2020_census_single_age.csv, scenarios/china/census-2020.yaml):
 * its groups are the census's, it keeps the 1959-61 famine dip that a 5-year base cannot show, and projected to
 * 2021-2024 it is closer to NBS's year-end 16-59 population than the same scenario started from 5-year groups
 * (docs/china-census.md).
 */
class ChinaCensusSingleAgeTest {
    private static final Path DATA = ShippedScenarios.data().resolve("china2020_census_single_age.csv");
    private static final Path SCENARIO = ShippedScenarios.root().resolve("china/census-2020.yaml");
    private static final String WA = "working_age_population_16_59";
    /**
     * NBS year-end 16-59 population (年末16-59岁劳动年龄人口), 2021-2024, in 万人; each value and its copy is cited in
     * the scenario's actuals: 88222 (2022-01-17 release), 87556 (2023-01-17), 86481 (2024-01-17), 85798 (2025-01-17).
     * NBS's figures include the 2 million servicemen the census base leaves out.
     */
    private static final double[] NBS_16_59 = {88222e4, 87556e4, 86481e4, 85798e4};

    private static ScenarioSpec spec;

    @BeforeAll
    static void read() {
        spec = new ScenarioReader().read(SCENARIO).spec();
    }

    @Test
    void groupsOfTheDataFileAreTheCensusTable1to5() {
        long[][] single = ChinaCensusSingleAgeDerivation.readCsv(DATA);
        int[] start = ChinaCensusSingleAgeDerivation.GROUP_START;
        long[][] table = {ChinaCensusSingleAgeDerivation.MALE, ChinaCensusSingleAgeDerivation.FEMALE};
        long[] sums = new long[2];
        for (int sex = 0; sex < 2; sex++) {
            for (int g = 0; g < start.length; g++) {
                int to = g + 1 < start.length ? start[g + 1] - 1 : 100;
                long sum = 0;
                for (int a = start[g]; a <= to; a++) {
                    sum += single[sex][a];
                }
                assertEquals(table[sex][g], sum, "sex " + sex + " group from " + start[g]);
                sums[sex] += sum;
            }
        }
        // 中国人口普查年鉴-2020 Table 1-5, 全国: 1,409,778,724 = 721,416,394 men + 688,362,330 women (31 provinces,
        // without the 2,000,000 servicemen of the bulletin's 1,411,778,724); age 0: 11,988,057; 100+: 118,866.
        assertEquals(721_416_394L, sums[0]);
        assertEquals(688_362_330L, sums[1]);
        assertEquals(11_988_057L, single[0][0] + single[1][0]);
        assertEquals(118_866L, single[0][100] + single[1][100]);
    }

    @Test
    void dataFileAndScenarioEqualTheDerivation() {
        long[][] derived = ChinaCensusSingleAgeDerivation.derive();
        long[][] file = ChinaCensusSingleAgeDerivation.readCsv(DATA);
        assertArrayEquals(derived[0], file[0], "men differ from ChinaCensusSingleAgeDerivation");
        assertArrayEquals(derived[1], file[1], "women differ from ChinaCensusSingleAgeDerivation");
        CohortTable base = spec.population().persons();
        for (Sex s : Sex.values()) {
            for (int a = 0; a <= 100; a++) {
                double both = base.persons(s, Residence.URBAN, a) + base.persons(s, Residence.RURAL, a);
                assertEquals(file[s.ordinal()][a], both, 1e-6, s.label() + " age " + a + " in census-2020.yaml");
            }
        }
    }

    @Test
    void singleYearBaseShowsThe1959to61DipThatAFiveYearBaseCannot() {
        // Census ages 59-61 on 2020-11-01 are the cohorts born from late 1958 to late 1961, the famine years; 56-58
        // and 62-64 were born just after and just before them. Single-year base: 59-61 37.5 million, 56-58 66.2
        // million, 62-64 48.1 million (ratios 0.57 and 0.78).
        double[] single = bothSexes(spec.population().persons());
        double dip = sum(single, 59, 61);
        assertTrue(dip < 0.85 * sum(single, 56, 58), "59-61 " + dip + " vs 56-58 " + sum(single, 56, 58));
        assertTrue(dip < 0.85 * sum(single, 62, 64), "59-61 " + dip + " vs 62-64 " + sum(single, 62, 64));
        // The same census in 5-year groups, spread evenly (59 from 55-59, 60-61 from 60-64) or by the reader's
        // mean-preserving monotone spline, puts more people at 59-61 than at 62-64: the dip is gone.
        for (CohortTable five : List.of(fiveYear(false), fiveYear(true))) {
            double[] p = bothSexes(five);
            assertTrue(sum(p, 59, 61) > sum(p, 62, 64), "5-year base: 59-61 " + sum(p, 59, 61) + " vs 62-64 "
                    + sum(p, 62, 64));
        }
    }

    /**
     * Back-test: projected to 2021-2024, the 16-59 population against NBS's year end (relative deviation, %).
     * <pre>
     *                                   2021    2022    2023    2024   change 2021-24 (NBS -2424万)
     * single-year base (shipped)      -0.47   -0.24   -0.05   -0.14   -2132万
     * 5-year base, spread evenly      -1.38   -1.22   -0.57   -0.34   -1492万
     * 5-year base, monotone spline    -1.14   -0.99   -0.38   -0.25   -1632万
     * single-year, Table 6-4 unmoved  -0.43   +0.29   +0.29   -0.06   -2091万  (not asserted; docs/china-census.md)
     * </pre>
     * The base leaves out the 2 million servicemen NBS counts (about 0.2% of the 16-59 population), so every level
     * is a little low; the change 2021-2024 does not depend on that.
     */
    @Test
    void backTestOfThe16to59PopulationIsCloserFromTheSingleYearBase() {
        double[] single = project(spec);
        double[] even = project(withBase(fiveYear(false)));
        double[] spline = project(withBase(fiveYear(true)));
        System.out.println("16-59 vs NBS, relative deviation % 2021-2024 (single | 5-year even | 5-year spline):");
        for (int i = 0; i < 4; i++) {
            System.out.printf(Locale.ROOT, "  %d  %+.3f | %+.3f | %+.3f%n", 2021 + i, dev(single, i), dev(even, i),
                    dev(spline, i));
        }
        System.out.printf(Locale.ROOT, "  change 2021-2024 (10k): NBS %+.0f | %+.0f | %+.0f | %+.0f%n",
                (NBS_16_59[3] - NBS_16_59[0]) / 1e4, (single[3] - single[0]) / 1e4, (even[3] - even[0]) / 1e4,
                (spline[3] - spline[0]) / 1e4);
        for (int i = 0; i < 4; i++) {
            assertTrue(Math.abs(dev(single, i)) < 0.5, (2021 + i) + ": " + dev(single, i) + "%");
            assertTrue(Math.abs(dev(single, i)) < Math.abs(dev(even, i)), (2021 + i) + " vs even spread");
            assertTrue(Math.abs(dev(single, i)) < Math.abs(dev(spline, i)), (2021 + i) + " vs spline");
        }
        double nbsChange = NBS_16_59[3] - NBS_16_59[0];
        double singleMiss = Math.abs(single[3] - single[0] - nbsChange);
        assertTrue(singleMiss < 0.5 * Math.abs(even[3] - even[0] - nbsChange), "change 2021-2024 vs even spread");
        assertTrue(singleMiss < 0.5 * Math.abs(spline[3] - spline[0] - nbsChange), "change 2021-2024 vs spline");
    }

    private static double dev(double[] projected, int i) {
        return 100 * (projected[i] / NBS_16_59[i] - 1);
    }

    /** The projected 16-59 population at the end of 2021..2024. */
    private static double[] project(ScenarioSpec s) {
        List<IndicatorRow> rows = ProjectionRun.of(s).indicator(WA);
        double[] out = new double[4];
        for (int i = 0; i < 4; i++) {
            int year = 2021 + i;
            out[i] = rows.stream().filter(r -> r.year() == year).mapToDouble(IndicatorRow::value).findFirst()
                    .orElseThrow();
        }
        return out;
    }

    /**
     * The shipped base regrouped into the census's 5-year groups (0, 1-4, ..., 95-99, 100+) for each sex and residence,
     * then spread back to single years evenly or by {@link AgeSplitter#splitCounts} (what a scenario with 5-year
     * {@code ages} gets).
     */
    private static CohortTable fiveYear(boolean spline) {
        int[] start = ChinaCensusSingleAgeDerivation.GROUP_START;
        List<AgeGroup> groups = new ArrayList<>();
        for (int g = 0; g < start.length; g++) {
            groups.add(g + 1 < start.length ? AgeGroup.closed(start[g], start[g + 1] - 1) : AgeGroup.openFrom(100));
        }
        double[][][] cells = spec.population().persons().toArray();
        for (double[][] bySex : cells) {
            for (int r = 0; r < bySex.length; r++) {
                double[] row = bySex[r];
                double[] counts = new double[groups.size()];
                for (int g = 0; g < groups.size(); g++) {
                    AgeGroup group = groups.get(g);
                    counts[g] = sum(row, group.start(), group.open() ? 100 : group.end());
                }
                if (spline) {
                    bySex[r] = AgeSplitter.splitCounts(groups, counts, 100);
                } else {
                    for (int g = 0; g < groups.size(); g++) {
                        AgeGroup group = groups.get(g);
                        int to = group.open() ? 100 : group.end();
                        for (int a = group.start(); a <= to; a++) {
                            row[a] = counts[g] / (to - group.start() + 1);
                        }
                    }
                }
            }
        }
        return CohortTable.of(cells);
    }

    private static ScenarioSpec withBase(CohortTable persons) {
        BasePopulation p = spec.population();
        ScenarioSpec s = spec;
        return new ScenarioSpec(s.id(), s.title(), s.description(), s.region(), s.baseYear(), s.horizon(), s.maxAge(),
                new BasePopulation(persons, p.referenceDate(), "5-year regrouping (test)", p.residenceSource()),
                s.fertility(), s.mortality(), s.migration(), s.ruralUrbanMove(), s.workingAge(), s.targets(), s.labour(),
                s.levers(), s.uncertainty());
    }

    private static double[] bothSexes(CohortTable t) {
        double[] out = new double[t.maxAge() + 1];
        for (Sex s : Sex.values()) {
            for (Residence r : Residence.values()) {
                for (int a = 0; a <= t.maxAge(); a++) {
                    out[a] += t.persons(s, r, a);
                }
            }
        }
        return out;
    }

    private static double sum(double[] p, int from, int to) {
        double s = 0;
        for (int a = from; a <= to; a++) {
            s += p[a];
        }
        return s;
    }
}
