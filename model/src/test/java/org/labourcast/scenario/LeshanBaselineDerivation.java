package org.labourcast.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the Leshan baseline's derived numbers were made, as code: run {@link #main} to print the YAML blocks that
 * {@code scenarios/leshan/baseline.yaml} carries; {@code LeshanBaselineDerivationTest} checks the file still
 * equals this derivation.
 *
 * <p>No public 2020 age-by-sex table exists for Leshan. The base population is derived as follows:
 * <ol>
 *   <li>Age-sex shape: UN WPP 2019 estimate of China's population on 1 July 2020 by 5-year group and sex
 *       ({@code scenarios/data/wpp2019_china_pop_age5_sex_1990_2020.csv}).</li>
 *   <li>Broad age structure: 15–59 = 61.39% of residents (Leshan plan 2022-04, ch. 1 §2 主要挑战); the other
 *       38.61% split between 0–14 and 60+ in the ratio of Sichuan's 2020 census shares 16.10% : 21.71%
 *       (Sichuan 7th census press conference, observed_indicators_to_2020.csv) — an assumption, as Leshan's own
 *       0–14 and 60+ shares were not found.</li>
 *   <li>Sex: Sichuan's 2020 census sex ratio 102.19 males per 100 females (same source) — an assumption.</li>
 *   <li>The WPP table is raked (iterative proportional fitting) to the three broad-group totals and the two sex
 *       totals, keeping WPP's shape within each broad group, and scaled to Leshan's census total 3,160,168
 *       (Leshan 7th census bulletin).</li>
 *   <li>Cells are rounded to whole persons by the largest-remainder method so the total stays exact.</li>
 * </ol>
 * Net migration: Leshan's residents fell from 3,235,756 (2010 census) to 3,160,168 (2020 census), −7,558.8 a
 * year. Natural increase is taken at Sichuan's mean rate of 2015 and 2019 ((84.0−56.6)/8204 and (89.4−59.3)/8375
 * per person, bulletins in observed_indicators_to_2020.csv) on Leshan's mean 2010–2020 population; net migration is
 * the difference, rounded to 10 persons.
 */
public final class LeshanBaselineDerivation {
    static final long CENSUS_TOTAL_2020 = 3_160_168L;
    static final long CENSUS_TOTAL_2010 = 3_235_756L;
    static final double SHARE_15_59 = 0.6139;
    static final double SICHUAN_SHARE_0_14 = 0.1610;
    static final double SICHUAN_SHARE_60_PLUS = 0.2171;
    static final double SICHUAN_SEX_RATIO = 102.19;
    static final String[] GROUPS = {"0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44",
        "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90-94", "95-99", "100+"};

    private LeshanBaselineDerivation() {
    }

    /** Persons by {@code [sex 0=male,1=female][group]}, summing to the census total. */
    public static long[][] basePopulation(Path dataDir) {
        double[][] shape = wppChina2020(dataDir);
        double[] broadTarget = {
            (1 - SHARE_15_59) * SICHUAN_SHARE_0_14 / (SICHUAN_SHARE_0_14 + SICHUAN_SHARE_60_PLUS),
            SHARE_15_59,
            (1 - SHARE_15_59) * SICHUAN_SHARE_60_PLUS / (SICHUAN_SHARE_0_14 + SICHUAN_SHARE_60_PLUS)};
        double maleShare = SICHUAN_SEX_RATIO / (100 + SICHUAN_SEX_RATIO);
        double[] sexTarget = {maleShare, 1 - maleShare};
        double total = 0;
        for (double[] row : shape) {
            for (double v : row) {
                total += v;
            }
        }
        double[][] p = new double[2][GROUPS.length];
        for (int s = 0; s < 2; s++) {
            for (int g = 0; g < GROUPS.length; g++) {
                p[s][g] = shape[s][g] / total * CENSUS_TOTAL_2020;
            }
        }
        // Raking: alternate the broad-age and sex margins until both hold to 1e-9 persons.
        for (int iter = 0; iter < 1000; iter++) {
            double worst = 0;
            for (int b = 0; b < 3; b++) {
                double sum = 0;
                for (int s = 0; s < 2; s++) {
                    for (int g = 0; g < GROUPS.length; g++) {
                        if (broad(g) == b) {
                            sum += p[s][g];
                        }
                    }
                }
                double f = broadTarget[b] * CENSUS_TOTAL_2020 / sum;
                worst = Math.max(worst, Math.abs(sum - broadTarget[b] * CENSUS_TOTAL_2020));
                for (int s = 0; s < 2; s++) {
                    for (int g = 0; g < GROUPS.length; g++) {
                        if (broad(g) == b) {
                            p[s][g] *= f;
                        }
                    }
                }
            }
            for (int s = 0; s < 2; s++) {
                double sum = Arrays.stream(p[s]).sum();
                double f = sexTarget[s] * CENSUS_TOTAL_2020 / sum;
                worst = Math.max(worst, Math.abs(sum - sexTarget[s] * CENSUS_TOTAL_2020));
                for (int g = 0; g < GROUPS.length; g++) {
                    p[s][g] *= f;
                }
            }
            if (worst < 1e-9) {
                break;
            }
        }
        return largestRemainder(p, CENSUS_TOTAL_2020);
    }

    /** 0 for 0–14, 1 for 15–59, 2 for 60+. */
    static int broad(int group) {
        return group < 3 ? 0 : group < 12 ? 1 : 2;
    }

    private static long[][] largestRemainder(double[][] p, long total) {
        long[][] out = new long[2][p[0].length];
        List<double[]> remainders = new ArrayList<>();
        long assigned = 0;
        for (int s = 0; s < 2; s++) {
            for (int g = 0; g < p[s].length; g++) {
                out[s][g] = (long) Math.floor(p[s][g]);
                assigned += out[s][g];
                remainders.add(new double[] {p[s][g] - out[s][g], s, g});
            }
        }
        remainders.sort(Comparator.comparingDouble((double[] r) -> -r[0]).thenComparingDouble(r -> r[1] * 1000 + r[2]));
        for (int i = 0; i < total - assigned; i++) {
            double[] r = remainders.get(i);
            out[(int) r[1]][(int) r[2]]++;
        }
        return out;
    }

    /** Net migrants per year, rounded to 10 persons (negative: net outflow). */
    public static long netMigrationPerYear() {
        double naturalIncreaseRate = ((84.0 - 56.6) / 8204 + (89.4 - 59.3) / 8375) / 2;
        double meanPopulation = (CENSUS_TOTAL_2010 + CENSUS_TOTAL_2020) / 2.0;
        double change = (CENSUS_TOTAL_2020 - CENSUS_TOTAL_2010) / 10.0;
        double net = change - naturalIncreaseRate * meanPopulation;
        return Math.round(net / 10.0) * 10;
    }

    static double[][] wppChina2020(Path dataDir) {
        double[][] out = new double[2][GROUPS.length];
        for (String[] row : csv(dataDir.resolve("wpp2019_china_pop_age5_sex_1990_2020.csv"))) {
            if (!row[2].equals("2020")) {
                continue;
            }
            int g = Arrays.asList(GROUPS).indexOf(row[3]);
            int s = row[4].equals("male") ? 0 : 1;
            out[s][g] = Double.parseDouble(row[5]);
        }
        return out;
    }

    /** WPP 2024 rows for one period: mx by age label ("0", "1", "5", ... "100+") and sex. */
    static Map<String, double[]> wpp2024Mx(Path dataDir, String period) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String[] row : csv(dataDir.resolve("wpp2024_china_mx5_age_sex.csv"))) {
            if (row[0].equals(period)) {
                out.computeIfAbsent(row[2], k -> new double[2])[row[3].equals("male") ? 0 : 1] = Double.parseDouble(row[4]);
            }
        }
        return out;
    }

    /** WPP 2024 ASFR (births per woman per year) for one period, by 5-year group 15-19 .. 45-49. */
    static Map<String, Double> wpp2024Asfr(Path dataDir, String period) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String[] row : csv(dataDir.resolve("wpp2024_china_asfr5.csv"))) {
            if (row[0].equals(period)) {
                out.put(row[1], Double.parseDouble(row[4]));
            }
        }
        return out;
    }

    static List<String[]> csv(Path file) {
        try {
            List<String[]> rows = new ArrayList<>();
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the derived YAML blocks. Argument: the data folder (default scenarios/data). */
    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "scenarios/data");
        long[][] p = basePopulation(data);
        StringBuilder sb = new StringBuilder();
        sb.append("    male:   [").append(join(p[0])).append("]\n");
        sb.append("    female: [").append(join(p[1])).append("]\n");
        System.out.print(sb);
        long t1559 = 0;
        long total = 0;
        for (int s = 0; s < 2; s++) {
            for (int g = 0; g < GROUPS.length; g++) {
                total += p[s][g];
                if (broad(g) == 1) {
                    t1559 += p[s][g];
                }
            }
        }
        System.out.printf(Locale.ROOT, "# total %d, 15-59 share %.6f, net migration %d/yr%n", total,
                (double) t1559 / total, netMigrationPerYear());
        for (String period : List.of("2015-2020", "2020-2025", "2025-2030", "2030-2035", "2035-2040")) {
            Map<String, double[]> mx = wpp2024Mx(data, period);
            System.out.println("mx " + period + " ages " + String.join(", ", mx.keySet()));
            System.out.println("  male:   [" + joinCol(mx, 0) + "]");
            System.out.println("  female: [" + joinCol(mx, 1) + "]");
        }
        for (String period : List.of("2015-2020", "2020-2025", "2025-2030", "2030-2035", "2035-2040")) {
            System.out.println("asfr " + period + " " + wpp2024Asfr(data, period).values());
        }
    }

    private static String join(long[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(v[i]);
        }
        return sb.toString();
    }

    private static String joinCol(Map<String, double[]> mx, int col) {
        StringBuilder sb = new StringBuilder();
        for (double[] v : mx.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(v[col]);
        }
        return sb.toString();
    }
}
