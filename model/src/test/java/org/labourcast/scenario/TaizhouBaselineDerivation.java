package org.labourcast.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * How the Taizhou (台州, Zhejiang) baseline's derived numbers were made; run {@link #main} to print them.
 * {@code RegionalBaselinesTest} checks {@code scenarios/taizhou/baseline.yaml} against it. Inputs: cited rows of
 * {@code scenarios/data/region_facts.csv} and the WPP files.
 *
 * <ol>
 *   <li>Base population: WPP 2019 China 2020 shape raked to Taizhou's 7th census (bulletin): 6,622,888 residents,
 *       0–14 / 15–59 / 60–64 / 65+ = 972,849 / 4,354,170 / 381,927 / 913,942 and 3,443,061 men.</li>
 *   <li>Net migration: the census total grew by 654,050 over 2010–2020; natural increase at the mean of Taizhou's
 *       2010 rate (6.2‰, hukou) and Zhejiang's 2023 rate (−0.86‰), a linear decline over the period (assumption),
 *       on the mean population; net migration is the difference, rounded to 10.</li>
 *   <li>Urban-hukou share of urban residents: hukou urbanization 46.37% (2020) on 597.49万 hukou holders (the latest
 *       count found, 2014: assumption that it changed little), less 2% of rural residents, over urban residents.</li>
 *   <li>Labour base (not published for Taizhou): {@link RegionDerivation#cityBase} with employment shares imputed from
 *       Taizhou's 2020 value-added shares and China's 2020 productivity ratios, 5% of resident rural labour working
 *       outside the city and 80% of farming done by rural labour aged 16–64 (assumptions).</li>
 * </ol>
 */
public final class TaizhouBaselineDerivation {
    static final String AREA = "Taizhou";
    static final String CENSUS = "2020-11-01";
    static final double AWAY_SHARE = 0.05;
    static final double FARM_SHARE_OF_PRIMARY = 0.8;
    static final double RURAL_HUKOU_IN_VILLAGES = 0.02;

    private TaizhouBaselineDerivation() {
    }

    static long censusTotal(Path data) {
        return (long) RegionDerivation.fact(data, AREA, "census_pop_total", CENSUS);
    }

    public static long[][] basePopulation(Path data) {
        double age60plus = RegionDerivation.fact(data, AREA, "census_pop_age60plus", CENSUS);
        double age65plus = RegionDerivation.fact(data, AREA, "census_pop_age65plus", CENSUS);
        List<RegionDerivation.Band> bands = List.of(
                new RegionDerivation.Band(0, 14, RegionDerivation.fact(data, AREA, "census_pop_age0_14", CENSUS)),
                new RegionDerivation.Band(15, 59, RegionDerivation.fact(data, AREA, "census_pop_age15_59", CENSUS)),
                new RegionDerivation.Band(60, 64, age60plus - age65plus),
                new RegionDerivation.Band(65, Integer.MAX_VALUE, age65plus));
        return RegionDerivation.rake(RegionDerivation.wppChina(data, 2020), censusTotal(data), bands,
                RegionDerivation.fact(data, AREA, "census_pop_male", CENSUS));
    }

    /** Urban share at the end of 2020: 410.5 / 662.2万 (new-urbanization plan), to 3 decimals. */
    static double urbanShare(Path data) {
        double urban = RegionDerivation.fact(data, AREA, "urban_pop", "2020") * 10_000;
        return Math.round(urban / censusTotal(data) * 1000) / 1000.0;
    }

    public static long netMigrationPerYear(Path data) {
        double p2020 = censusTotal(data);
        double p2010 = RegionDerivation.fact(data, AREA, "census_pop_total", "2010-11-01");
        double rate = (RegionDerivation.fact(data, AREA, "natural_increase_rate", "2010")
                + RegionDerivation.fact(data, "Zhejiang", "natural_increase_rate", "2023")) / 2 / 1000;
        return RegionDerivation.round((p2020 - p2010) / 10 - rate * (p2010 + p2020) / 2, 10);
    }

    public static double urbanHukouShareOfUrbanResidents(Path data) {
        double hukouUrbanization = RegionDerivation.fact(data, AREA, "hukou_urbanization_rate", "2020") / 100;
        double hukouPop = RegionDerivation.fact(data, AREA, "hukou_pop", "2014") * 10_000;
        double residents = censusTotal(data);
        double urban = urbanShare(data) * residents;
        double urbanHukou = hukouUrbanization * hukouPop - RURAL_HUKOU_IN_VILLAGES * (residents - urban);
        return Math.round(urbanHukou / urban * 1000) / 1000.0;
    }

    static double[] sectorShares(Path data) {
        return RegionDerivation.sectorSharesFromGdp(data, new double[] {
            RegionDerivation.fact(data, AREA, "gdp_share_primary", "2020") / 100,
            RegionDerivation.fact(data, AREA, "gdp_share_secondary", "2020") / 100,
            RegionDerivation.fact(data, AREA, "gdp_share_tertiary", "2020") / 100});
    }

    public static RegionDerivation.CityBase labourBase(ScenarioSpec spec, Path data) {
        return RegionDerivation.cityBase(spec, sectorShares(data), AWAY_SHARE, FARM_SHARE_OF_PRIMARY);
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "scenarios/data");
        System.out.print(RegionDerivation.yamlCounts(basePopulation(data)));
        double[] shares = sectorShares(data);
        System.out.printf(Locale.ROOT, "net migration %d/yr; urban share %.3f; urban-hukou share of urban residents %.3f;"
                + " sector shares %.4f %.4f %.4f%n", netMigrationPerYear(data), urbanShare(data),
                urbanHukouShareOfUrbanResidents(data), shares[0], shares[1], shares[2]);
        Path file = data.getParent().resolve("taizhou/baseline.yaml");
        if (Files.exists(file)) {
            ScenarioSpec spec = new ScenarioReader().read(file).spec();
            System.out.println(RegionDerivation.describe(labourBase(spec, data), censusTotal(data)));
        }
    }
}
