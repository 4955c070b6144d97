package org.labourcast.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.labourcast.demography.AgeGroups;
import org.labourcast.demography.AgeSplitter;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * How the Xuzhou (徐州, Jiangsu) baseline's derived numbers were made; run {@link #main} to print them.
 * {@code RegionalBaselinesTest} checks {@code scenarios/xuzhou/baseline.yaml} against it.
 *
 * <p>Base year 2022: the opinions (2024-04) set yearly goals from 2024; the latest year for which the project's
 * sources hold Xuzhou's resident population, its natural increase and urbanization is 2022.
 * <ol>
 *   <li>Census base: WPP 2019 China 2020 shape raked to Xuzhou's 7th census (9,083,790 residents; 0–14 / 15–59 /
 *       60–64 / 65+ = 2,031,308 / 5,280,046 / 435,310 / 1,337,126; 4,579,072 men).</li>
 *   <li>Aged to the end of 2022 by this scenario's own cohort-component projection (its WPP 2024 fertility and
 *       mortality and its net migration; the residence split does not matter here), summed to 5-year groups, scaled
 *       to the 2022 bulletin's 901.85万 residents and rounded by largest remainder.</li>
 *   <li>Net migration: the 2022 change of residents (−1.0万) less the 2022 natural increase (−0.61万), −3,900 a year.
 *       (The 2010–2020 census change cannot be split without Xuzhou's natural increase of those years, not found.)
 *   </li>
 *   <li>Labour base (not published): {@link RegionDerivation#cityBase} with China's 2020 employment structure,
 *       a fifth of resident rural labour working outside the city and 80% of farming done by rural labour aged
 *       16–64 (assumptions).</li>
 * </ol>
 */
public final class XuzhouBaselineDerivation {
    static final String AREA = "Xuzhou";
    static final String CENSUS = "2020-11-01";
    static final int BASE_YEAR = 2022;
    static final double AWAY_SHARE = 0.2;
    static final double FARM_SHARE_OF_PRIMARY = 0.8;

    private XuzhouBaselineDerivation() {
    }

    public static long[][] censusPopulation(Path data) {
        double age60plus = RegionDerivation.fact(data, AREA, "census_pop_age60plus", CENSUS);
        double age65plus = RegionDerivation.fact(data, AREA, "census_pop_age65plus", CENSUS);
        List<RegionDerivation.Band> bands = List.of(
                new RegionDerivation.Band(0, 14, RegionDerivation.fact(data, AREA, "census_pop_age0_14", CENSUS)),
                new RegionDerivation.Band(15, 59, RegionDerivation.fact(data, AREA, "census_pop_age15_59", CENSUS)),
                new RegionDerivation.Band(60, 64, age60plus - age65plus),
                new RegionDerivation.Band(65, Integer.MAX_VALUE, age65plus));
        return RegionDerivation.rake(RegionDerivation.wppChina(data, 2020),
                (long) RegionDerivation.fact(data, AREA, "census_pop_total", CENSUS), bands,
                RegionDerivation.fact(data, AREA, "census_pop_male", CENSUS));
    }

    static long baseTotal(Path data) {
        return Math.round(RegionDerivation.fact(data, AREA, "pop_total_yearend", "2022") * 10_000);
    }

    static double urbanShare(Path data) {
        return RegionDerivation.fact(data, AREA, "urbanization_rate", "2022") / 100;
    }

    /** The census population aged to the end of 2022 with {@code spec}'s assumptions, scaled to the 2022 total. */
    public static long[][] basePopulation(Path data, ScenarioSpec spec) {
        long[][] census = censusPopulation(data);
        int maxAge = spec.maxAge();
        double u = urbanShare(data);
        double[][][] cells = new double[2][2][];
        for (Sex s : Sex.values()) {
            double[] counts = Arrays.stream(census[s.ordinal()]).asDoubleStream().toArray();
            double[] single = AgeSplitter.splitCounts(AgeGroups.parseAll(List.of(RegionDerivation.GROUPS)), counts, maxAge);
            double[] urban = new double[maxAge + 1];
            double[] rural = new double[maxAge + 1];
            for (int a = 0; a <= maxAge; a++) {
                urban[a] = single[a] * u;
                rural[a] = single[a] * (1 - u);
            }
            cells[s.ordinal()][Residence.URBAN.ordinal()] = urban;
            cells[s.ordinal()][Residence.RURAL.ordinal()] = rural;
        }
        List<ProjectedYear> years = new CohortComponentProjection().project(CohortTable.of(cells), 2020, BASE_YEAR,
                new ScenarioAssumptions(spec));
        CohortTable end = years.get(years.size() - 1).population();
        double[][] groups = new double[2][RegionDerivation.GROUPS.length];
        double sum = 0;
        for (Sex s : Sex.values()) {
            for (int a = 0; a <= maxAge; a++) {
                double n = end.persons(s, Residence.URBAN, a) + end.persons(s, Residence.RURAL, a);
                groups[s.ordinal()][Math.min(a / 5, RegionDerivation.GROUPS.length - 1)] += n;
                sum += n;
            }
        }
        long total = baseTotal(data);
        for (double[] row : groups) {
            for (int g = 0; g < row.length; g++) {
                row[g] *= total / sum;
            }
        }
        return RegionDerivation.largestRemainder(groups, total);
    }

    public static long netMigrationPerYear(Path data) {
        double change = (RegionDerivation.fact(data, AREA, "pop_total_yearend", "2022")
                - RegionDerivation.fact(data, AREA, "pop_total_yearend", "2021")) * 10_000;
        double natural = (RegionDerivation.fact(data, AREA, "births", "2022")
                - RegionDerivation.fact(data, AREA, "deaths", "2022")) * 10_000;
        return RegionDerivation.round(change - natural, 10);
    }

    public static RegionDerivation.CityBase labourBase(ScenarioSpec spec, Path data) {
        return RegionDerivation.cityBase(spec, RegionDerivation.nationalSectorShares(data), AWAY_SHARE,
                FARM_SHARE_OF_PRIMARY);
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "scenarios/data");
        long[][] census = censusPopulation(data);
        System.out.print("census 2020:\n" + RegionDerivation.yamlCounts(census));
        System.out.printf(Locale.ROOT, "net migration %d/yr; total %d; urban share %.4f%n", netMigrationPerYear(data),
                baseTotal(data), urbanShare(data));
        Path file = data.getParent().resolve("xuzhou/baseline.yaml");
        if (Files.exists(file)) {
            ScenarioSpec spec = new ScenarioReader().read(file).spec();
            System.out.print("base 2022:\n" + RegionDerivation.yamlCounts(basePopulation(data, spec)));
            System.out.println(RegionDerivation.describe(labourBase(spec, data), baseTotal(data)));
        }
    }
}
