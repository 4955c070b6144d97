package org.labourcast.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * How the Xiangtan (湘潭, Hunan) baseline's derived numbers were made; run {@link #main} to print them.
 * {@code RegionalBaselinesTest} checks {@code scenarios/xiangtan/baseline.yaml} against it.
 *
 * <p>Base year 2018: the 24 measures (2019-02-01) set yearly quantities from 2019, so the base is the end of the
 * year before they took effect.
 * <ol>
 *   <li>Total: the end-2018 population consistent with the two censuses, by geometric interpolation between
 *       2,748,552 (2010-11-01) and 2,726,181 (2020-11-01) at 2019-01-01. (The 2018 bulletin's pre-census estimate,
 *       286.5万, is 4.9% higher; the 2020 census revised such estimates down.)</li>
 *   <li>Shape: WPP 2019 China estimates interpolated to 1 July 2018 (0.4 × 2015 + 0.6 × 2020), raked to the 2018
 *       bulletin's age bands 0–15 / 16–59 / 60+ = 16.6 / 62.1 / 21.3% (the 15–19 group split evenly by single age
 *       at 16) and to the sex ratio of the 2010 census, 1,401,252 men to 1,347,300 women.</li>
 *   <li>Net migration: census change 2010–2020 less natural increase at the 2018 bulletin's 4.3‰ on the mean
 *       population, rounded to 10.</li>
 *   <li>Labour base (not published): {@link RegionDerivation#cityBase} with China's 2020 employment structure
 *       (no Xiangtan value-added shares were found), a quarter of resident rural labour working outside the city and
 *       80% of farming done by rural labour aged 16–64 (assumptions).</li>
 * </ol>
 */
public final class XiangtanBaselineDerivation {
    static final String AREA = "Xiangtan";
    static final double AWAY_SHARE = 0.25;
    static final double FARM_SHARE_OF_PRIMARY = 0.8;
    /** Census day as a decimal year (1 November). */
    static final double CENSUS_OFFSET = 304.0 / 365.0;

    private XiangtanBaselineDerivation() {
    }

    /** End-2018 residents consistent with the 2010 and 2020 censuses (geometric interpolation), whole persons. */
    public static long baseTotal(Path data) {
        double p2010 = RegionDerivation.fact(data, AREA, "census_pop_total", "2010-11-01");
        double p2020 = RegionDerivation.fact(data, AREA, "census_pop_total", "2020-11-01");
        double t = (2019.0 - (2010 + CENSUS_OFFSET)) / 10.0;
        return Math.round(p2010 * Math.pow(p2020 / p2010, t));
    }

    public static long[][] basePopulation(Path data) {
        long total = baseTotal(data);
        List<RegionDerivation.Band> bands = List.of(
                new RegionDerivation.Band(0, 15, RegionDerivation.fact(data, AREA, "share_age0_15", "2018")),
                new RegionDerivation.Band(16, 59, RegionDerivation.fact(data, AREA, "share_age16_59", "2018")),
                new RegionDerivation.Band(60, Integer.MAX_VALUE,
                        RegionDerivation.fact(data, AREA, "share_age60plus", "2018")));
        double male = RegionDerivation.fact(data, AREA, "census_pop_male", "2010-11-01");
        double female = RegionDerivation.fact(data, AREA, "census_pop_female", "2010-11-01");
        return RegionDerivation.rake(RegionDerivation.wppChina(data, 2018), total, bands,
                male / (male + female) * total);
    }

    public static long netMigrationPerYear(Path data) {
        double p2010 = RegionDerivation.fact(data, AREA, "census_pop_total", "2010-11-01");
        double p2020 = RegionDerivation.fact(data, AREA, "census_pop_total", "2020-11-01");
        double rate = RegionDerivation.fact(data, AREA, "natural_increase_rate", "2018") / 1000;
        return RegionDerivation.round((p2020 - p2010) / 10 - rate * (p2010 + p2020) / 2, 10);
    }

    public static RegionDerivation.CityBase labourBase(ScenarioSpec spec, Path data) {
        return RegionDerivation.cityBase(spec, RegionDerivation.nationalSectorShares(data), AWAY_SHARE,
                FARM_SHARE_OF_PRIMARY);
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "scenarios/data");
        System.out.print(RegionDerivation.yamlCounts(basePopulation(data)));
        double[] shares = RegionDerivation.nationalSectorShares(data);
        System.out.printf(Locale.ROOT, "total %d; net migration %d/yr; national sector shares %.4f %.4f %.4f%n",
                baseTotal(data), netMigrationPerYear(data), shares[0], shares[1], shares[2]);
        Path file = data.getParent().resolve("xiangtan/baseline.yaml");
        if (Files.exists(file)) {
            ScenarioSpec spec = new ScenarioReader().read(file).spec();
            System.out.println(RegionDerivation.describe(labourBase(spec, data), baseTotal(data)));
        }
    }
}
