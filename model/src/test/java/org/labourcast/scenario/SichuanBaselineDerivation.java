package org.labourcast.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * How the Sichuan baseline's derived numbers were made, as code: run {@link #main} to print them;
 * {@code RegionalBaselinesTest} checks {@code scenarios/sichuan/baseline.yaml} still equals this derivation. Every
 * input is a cited row of {@code scenarios/data} ({@code region_facts.csv}, {@code observed_indicators_to_2020.csv},
 * the WPP files).
 *
 * <ol>
 *   <li>Base population: WPP 2019 China 1 July 2020 shape by 5-year group and sex, raked to Sichuan's 7th census:
 *       83,674,866 residents, 0–14 / 15–59 / 60+ = 1347.1 / 5204 / 1816.4万 and 4229万 men (press conference
 *       2021-05-26), rounded by largest remainder.</li>
 *   <li>Net migration: the census total grew by 3,256,666 over 2010–2020 (bulletin); natural increase is taken at
 *       Sichuan's mean rate of 2015 and 2019 on the mean population; net migration is the difference, rounded to 10.
 *   </li>
 *   <li>Urban-hukou share of urban residents: hukou urbanization at the end of 2020 interpolated between 36.78%
 *       (2019) and 38.86% (2022), times the 2020 hukou population 9081.59万; 2% of rural residents are taken to hold
 *       urban hukou (assumption, as Leshan); the rest live in towns.</li>
 *   <li>Rural labour force (not published for Sichuan): the resident rural labour the scenario implies (see
 *       {@link RegionDerivation#labour}) plus the rural labour working outside Sichuan, 753万 = 2163 − 1410万
 *       migrant workers in 2018 (NBS Sichuan survey team), rounded to 1000 persons.</li>
 * </ol>
 */
public final class SichuanBaselineDerivation {
    static final String AREA = "Sichuan";
    static final long EMPLOYED = 47_450_000L;           // plan ch.1 §1: 城乡就业人员总量4745万人
    static final double RURAL_HUKOU_IN_VILLAGES = 0.02; // assumption, as Leshan

    private SichuanBaselineDerivation() {
    }

    static long censusTotal(Path data) {
        return (long) RegionDerivation.fact(data, AREA, "census_pop_total", "2020-11-01");
    }

    public static long[][] basePopulation(Path data) {
        long total = censusTotal(data);
        List<RegionDerivation.Band> bands = List.of(
                new RegionDerivation.Band(0, 14, RegionDerivation.fact(data, AREA, "census_pop_age0_14", "2020-11-01")),
                new RegionDerivation.Band(15, 59, RegionDerivation.fact(data, AREA, "census_pop_age15_59", "2020-11-01")),
                new RegionDerivation.Band(60, Integer.MAX_VALUE,
                        RegionDerivation.fact(data, AREA, "census_pop_age60plus", "2020-11-01")));
        double male = RegionDerivation.fact(data, AREA, "census_pop_male", "2020-11-01");
        double female = RegionDerivation.fact(data, AREA, "census_pop_female", "2020-11-01");
        return RegionDerivation.rake(RegionDerivation.wppChina(data, 2020), total, bands,
                male / (male + female) * total);
    }

    /** Net migrants per year, rounded to 10 persons. */
    public static long netMigrationPerYear(Path data) {
        long total2020 = censusTotal(data);
        double increase = RegionDerivation.fact(data, AREA, "census_increase_since_2010", "2020-11-01");
        double total2010 = total2020 - increase;
        double ni2015 = (RegionDerivation.fact(data, AREA, "births", "2015") - RegionDerivation.fact(data, AREA, "deaths", "2015"))
                / RegionDerivation.fact(data, AREA, "survey_pop_total", "2015-11-01");
        double ni2019 = (RegionDerivation.fact(data, AREA, "births", "2019") - RegionDerivation.fact(data, AREA, "deaths", "2019"))
                / RegionDerivation.fact(data, AREA, "pop_total_yearend", "2019");
        double natural = (ni2015 + ni2019) / 2 * (total2010 + total2020) / 2;
        return RegionDerivation.round(increase / 10.0 - natural, 10);
    }

    /** End-2020 resident urbanization: 57.8% (2021 bulletin) less the 1.1 points of 2021. */
    static double urbanShare(Path data) {
        for (String[] row : RegionDerivation.csv(data.resolve("sichuan_urbanization_2010_2020.csv"))) {
            if (row[0].equals("2020")) {
                return Double.parseDouble(row[2]) / 100;
            }
        }
        throw new IllegalStateException("no 2020 row");
    }

    /** Share of urban residents holding urban hukou, to 3 decimals. */
    public static double urbanHukouShareOfUrbanResidents(Path data) {
        double h2019 = RegionDerivation.fact(data, AREA, "hukou_urbanization_rate", "2019") / 100;
        double h2022 = RegionDerivation.fact(data, AREA, "hukou_urbanization_rate", "2022") / 100;
        double h2020 = h2019 + (h2022 - h2019) / 3;
        double hukouPop = RegionDerivation.fact(data, AREA, "hukou_pop", "2020-12-31") * 10_000;
        double residents = censusTotal(data);
        double urban = urbanShare(data) * residents;
        double rural = residents - urban;
        double urbanHukou = h2020 * hukouPop - RURAL_HUKOU_IN_VILLAGES * rural;
        return Math.round(urbanHukou / urban * 1000) / 1000.0;
    }

    /** Rural labour working outside Sichuan: migrant workers less those working in the province (2018). */
    static double ruralLabourAway(Path data) {
        return (RegionDerivation.fact(data, AREA, "migrant_workers_total", "2018")
                - RegionDerivation.fact(data, AREA, "migrant_workers_in_province", "2018")) * 10_000;
    }

    /** Rural labour force: the implied resident rural labour plus those away, rounded to 1000. */
    public static long ruralLabourForce(ScenarioSpec spec, Path data) {
        RegionDerivation.LabourQuantities q = RegionDerivation.labour(spec, EMPLOYED);
        return RegionDerivation.round(q.ruralLabour() + ruralLabourAway(data), 1000);
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "scenarios/data");
        System.out.print(RegionDerivation.yamlCounts(basePopulation(data)));
        System.out.println("net migration " + netMigrationPerYear(data) + "/yr; urban share " + urbanShare(data)
                + "; urban-hukou share of urban residents " + urbanHukouShareOfUrbanResidents(data));
        Path file = data.getParent().resolve("sichuan/baseline.yaml");
        if (java.nio.file.Files.exists(file)) {
            ScenarioSpec spec = new ScenarioReader().read(file).spec();
            RegionDerivation.LabourQuantities q = RegionDerivation.labour(spec, EMPLOYED);
            System.out.printf(Locale.ROOT, "employed urban %.0f rural %.0f; resident rural labour %.0f (employed %.0f);"
                    + " away %.0f; rural labour force %d; shift %.4f%n", q.employedUrban(), q.employedRural(),
                    q.ruralLabour(), q.employedRuralLabour(), ruralLabourAway(data), ruralLabourForce(spec, data),
                    q.participationShift());
        }
    }
}
