package org.labourcast.charts;

import java.nio.file.Path;

import org.labourcast.charts.data.SavedResults;

/** Small hand-made results: 2020–2025, 20 runs, one share and one count indicator, two targets. */
final class Fixtures {
    private Fixtures() {
    }

    static final RunInfo INFO = new RunInfo("test-scenario", "Test scenario", "测试情景", "Testville", "测试市", "9.9",
            20, 10, 42L);

    /** urbanization_rate: median 0.50 + 0.02·(year − 2020); p10/p90 ±0.01, p05/p95 ±0.02. skilled_workers likewise. */
    static String indicatorsCsv() {
        StringBuilder sb = new StringBuilder("scenario,indicator,year,stat,value\n");
        for (int y = 2020; y <= 2025; y++) {
            double u = 0.50 + 0.02 * (y - 2020);
            double spread = y == 2020 ? 0 : 0.01;
            row(sb, "urbanization_rate", y, u, spread);
            double s = 300_000 + 10_000 * (y - 2020);
            row(sb, "skilled_workers", y, s, y == 2020 ? 0 : 5_000);
            row(sb, "employment_primary", y, 600_000 - 20_000 * (y - 2020), 4_000);
            row(sb, "employment_secondary", y, 300_000, 3_000);
            row(sb, "employment_tertiary", y, 700_000 + 10_000 * (y - 2020), 5_000);
            row(sb, "working_age_population_15_59", y, 1_000_000, 0);
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String indicator, int y, double median, double spread) {
        sb.append("test-scenario,").append(indicator).append(',').append(y).append(",mean,").append(median).append('\n');
        sb.append("test-scenario,").append(indicator).append(',').append(y).append(",median,").append(median).append('\n');
        sb.append("test-scenario,").append(indicator).append(',').append(y).append(",p05,").append(median - 2 * spread).append('\n');
        sb.append("test-scenario,").append(indicator).append(',').append(y).append(",p10,").append(median - spread).append('\n');
        sb.append("test-scenario,").append(indicator).append(',').append(y).append(",p90,").append(median + spread).append('\n');
        sb.append("test-scenario,").append(indicator).append(',').append(y).append(",p95,").append(median + 2 * spread).append('\n');
    }

    static String targetsCsv() {
        return "indicator,year,operator,target,probability,median,median_first_year_met,status,kind,nature,base_year,"
                + "base_value,runs,label,source\n"
                + "urbanization_rate,2025,>=,0.6,0.75,0.6,2025,on track,annual,expected,2020,0.5,20,常住人口城镇化率,"
                + "\"Plan ch.1, §2\"\n"
                + "skilled_workers,2024,>=,400000,0.3,340000,,at risk,annual,expected,,,20,,Plan table 1\n"
                + "employment_primary,2025,>=,700000,0,500000,,off track,annual,expected,2020,690000,20,,Plan box 2\n"
                + "new_urban_jobs,2025,>,200000,1,266000,2024,on track,cumulative,expected,,,20,,Plan item 1\n";
    }

    /** Ages 0..9 (9 = "9+"), 2020 and 2025: persons = 100·(age+1) + 10·sex + residence + (year − 2020). */
    static String populationCsv() {
        StringBuilder sb = new StringBuilder("year,age,sex,residence,persons\n");
        for (int y : new int[] {2020, 2025}) {
            for (int a = 0; a <= 9; a++) {
                for (int s = 0; s < 2; s++) {
                    for (int r = 0; r < 2; r++) {
                        sb.append(y).append(',').append(a == 9 ? "9+" : Integer.toString(a)).append(',')
                                .append(s == 0 ? "male" : "female").append(',').append(r == 0 ? "urban" : "rural")
                                .append(',').append(persons(y, a, s, r)).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    static int persons(int year, int age, int sex, int residence) {
        return 100 * (age + 1) + 10 * sex + residence + (year - 2020);
    }

    static SavedResults results() {
        return SavedResults.of(Path.of("results"), INFO, indicatorsCsv(), targetsCsv(), populationCsv(), null, null,
                null);
    }
}
