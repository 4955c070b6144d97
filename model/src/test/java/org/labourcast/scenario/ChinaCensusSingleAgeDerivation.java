package org.labourcast.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@code scenarios/data/china2020_census_single_age.csv} was made, as code: run {@link #main} to print its rows;
 * {@code ChinaCensusSingleAgeTest} checks the file (and {@code scenarios/china/census-2020.yaml}) still equal it.
 *
 * <p>The census's own single-year table (yearbook Table 3-1) was not reachable. The derivation:
 * <ol>
 *   <li>Group counts by sex: 中国人口普查年鉴-2020 Table 1-5, national row ({@link #GROUP_START}, {@link #MALE},
 *       {@link #FEMALE}; 31 provinces without the 2,000,000 servicemen). Age 0 and 100+ are kept as they are.</li>
 *   <li>Single-year pattern: Table 6-4's average population T(x) of 2019-11-01 to 2020-10-31
 *       ({@code scenarios/data/china2020_census_t6-4_average_pop_single_age.csv}). Its year is centred half a year
 *       before the census day, so T(x) describes cohorts born half a year before those aged x on the census day; the
 *       pattern is moved half a year by linear interpolation: census age x gets weight T(x-1) + T(x) (the half
 *       cancels). {@link #derive(boolean)} with {@code false} gives the unmoved weights T(x), for comparison.</li>
 *   <li>Largest-remainder rounding in exact integer arithmetic, ties to the younger age, so each group of each sex
 *       keeps its Table 1-5 count.</li>
 * </ol>
 */
public final class ChinaCensusSingleAgeDerivation {
    /**
     * 中国人口普查年鉴-2020 Table 1-5 各地区分年龄、性别的人口, row 全国 (NBS; transcription in github.com/earfanfan/yuanfan,
     * static/data/我国人口普查数据整理2010+2020.xlsx, sheet 1, commit 488a1d02d8db187f6d3ca2363bb0f00ea2b982a4): first
     * age of each group 0, 1-4, 5-9, ..., 95-99, 100+.
     */
    static final int[] GROUP_START = {0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95,
        100};
    /** Table 1-5, men by group (sum 721,416,394). */
    static final long[] MALE = {6312409, 34656922, 48017458, 45606790, 39053343, 39675995, 48162270, 63871808, 50932037,
        47632694, 58191686, 61105470, 50816026, 36871125, 36337923, 24162733, 14752433, 9157003, 4426091, 1367594,
        271455, 35129};
    /** Table 1-5, women by group (sum 688,362,330). */
    static final long[] FEMALE = {5675648, 31238909, 42226598, 39649204, 33630797, 35265680, 43685062, 60273382,
        48080895, 45322636, 56033201, 60058826, 50584760, 36511813, 37667637, 25427303, 16486416, 11225875, 6400439,
        2285155, 548357, 83737};
    static final int MAX_AGE = 100;

    private ChinaCensusSingleAgeDerivation() {
    }

    /** Persons by sex (0 male, 1 female) and single age 0..100 (100 = 100+), as the shipped data file. */
    public static long[][] derive() {
        return derive(true);
    }

    /**
     * @param halfYearMove whether Table 6-4's pattern is moved half a year to the census day (the shipped method)
     */
    public static long[][] derive(boolean halfYearMove) {
        long[][] pattern = readCsv(ShippedScenarios.data().resolve("china2020_census_t6-4_average_pop_single_age.csv"));
        long[][] out = new long[2][MAX_AGE + 1];
        for (int sex = 0; sex < 2; sex++) {
            long[] groups = sex == 0 ? MALE : FEMALE;
            for (int g = 0; g < GROUP_START.length; g++) {
                int from = GROUP_START[g];
                int to = g + 1 < GROUP_START.length ? GROUP_START[g + 1] - 1 : MAX_AGE;
                long[] weights = new long[to - from + 1];
                for (int a = from; a <= to; a++) {
                    weights[a - from] = halfYearMove && a > 0 ? pattern[sex][a - 1] + pattern[sex][a] : pattern[sex][a];
                }
                long[] split = largestRemainder(groups[g], weights);
                System.arraycopy(split, 0, out[sex], from, split.length);
            }
        }
        return out;
    }

    /** Splits {@code total} in proportion to {@code weights}, exactly, the remainder going to the largest fractions. */
    static long[] largestRemainder(long total, long[] weights) {
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        long[] out = new long[weights.length];
        long[] rest = new long[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            // total < 1e8 and weights < 1e8: the product stays far below 2^63.
            out[i] = total * weights[i] / sum;
            rest[i] = total * weights[i] % sum;
            assigned += out[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> rest[a] != rest[b] ? Long.compare(rest[b], rest[a]) : Integer.compare(a, b));
        for (int k = 0; k < total - assigned; k++) {
            out[order.get(k)]++;
        }
        return out;
    }

    /** Reads a file of rows {@code age,male,female,total} after {@code #} comment lines: [sex][age]. */
    static long[][] readCsv(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[][] out = new long[2][MAX_AGE + 1];
        int age = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("age,")) {
                continue;
            }
            String[] f = line.split(",");
            String expected = age == MAX_AGE ? MAX_AGE + "+" : Integer.toString(age);
            if (!f[0].equals(expected)) {
                throw new IllegalStateException(file + ": expected age " + expected + ", got " + f[0]);
            }
            out[0][age] = Long.parseLong(f[1]);
            out[1][age] = Long.parseLong(f[2]);
            if (out[0][age] + out[1][age] != Long.parseLong(f[3])) {
                throw new IllegalStateException(file + ": male + female != total at age " + f[0]);
            }
            age++;
        }
        if (age != MAX_AGE + 1) {
            throw new IllegalStateException(file + ": expected " + (MAX_AGE + 1) + " ages, got " + age);
        }
        return out;
    }

    /** Prints the data rows of {@code china2020_census_single_age.csv} (its header comment is kept by hand). */
    public static void main(String[] args) {
        long[][] p = derive();
        System.out.println("age,male,female,total");
        for (int a = 0; a <= MAX_AGE; a++) {
            System.out.println((a == MAX_AGE ? MAX_AGE + "+" : Integer.toString(a)) + "," + p[0][a] + "," + p[1][a]
                    + "," + (p[0][a] + p[1][a]));
        }
    }
}
