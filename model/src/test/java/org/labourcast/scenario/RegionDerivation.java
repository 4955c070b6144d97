package org.labourcast.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.labourcast.demography.AgeGroup;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.labour.ParticipationProfile;
import org.labourcast.labour.ParticipationProfiles;
import org.labourcast.scenario.labour.LabourAssumptions;

/**
 * Shared steps of the regional baseline derivations ({@code SichuanBaselineDerivation} and the others): reading the
 * cited facts in {@code scenarios/data}, the UN WPP 2019 age-sex shape of China, raking that shape to a region's
 * published totals, rounding by largest remainder, and the base-year labour quantities a scenario implies.
 *
 * <p>Method as in {@link LeshanBaselineDerivation}: the WPP shape is split evenly over the single ages of each 5-year
 * group (so that bands such as 0–15 / 16–59 of the NBS year-end data can cut a group), raked by iterative proportional
 * fitting to the region's age bands and sex totals, summed back to 5-year groups and rounded so the total is exact.
 * For bands on 5-year boundaries this is exactly the group-level raking of the Leshan derivation.
 */
final class RegionDerivation {
    static final String[] GROUPS = LeshanBaselineDerivation.GROUPS;

    private RegionDerivation() {
    }

    /** An age band [from, to] (to = {@link Integer#MAX_VALUE} for an open band) and its target persons. */
    record Band(int from, int to, double persons) {
        boolean contains(int age) {
            return age >= from && age <= to;
        }
    }

    /**
     * A value from {@code region_facts.csv} or {@code observed_indicators_to_2020.csv}: the first row with this area,
     * indicator and period.
     */
    static double fact(Path dataDir, String area, String indicator, String period) {
        for (String file : List.of("region_facts.csv", "observed_indicators_to_2020.csv")) {
            for (String[] row : csv(dataDir.resolve(file))) {
                if (row[0].equals(area) && row[1].equals(indicator) && row[2].equals(period)) {
                    return Double.parseDouble(row[3]);
                }
            }
        }
        throw new IllegalArgumentException("no fact " + area + "," + indicator + "," + period + " in " + dataDir);
    }

    /** WPP 2019 China population (thousands) by {@code [sex][group]}; years between estimates are interpolated. */
    static double[][] wppChina(Path dataDir, double year) {
        int lower = (int) (Math.floor(year / 5.0) * 5);
        double w = (year - lower) / 5.0;
        double[][] a = wppEstimate(dataDir, lower);
        if (w == 0) {
            return a;
        }
        double[][] b = wppEstimate(dataDir, lower + 5);
        double[][] out = new double[2][GROUPS.length];
        for (int s = 0; s < 2; s++) {
            for (int g = 0; g < GROUPS.length; g++) {
                out[s][g] = (1 - w) * a[s][g] + w * b[s][g];
            }
        }
        return out;
    }

    private static double[][] wppEstimate(Path dataDir, int year) {
        double[][] out = new double[2][GROUPS.length];
        boolean found = false;
        for (String[] row : csv(dataDir.resolve("wpp2019_china_pop_age5_sex_1990_2020.csv"))) {
            if (row[2].equals(Integer.toString(year))) {
                out[row[4].equals("male") ? 0 : 1][Arrays.asList(GROUPS).indexOf(row[3])] = Double.parseDouble(row[5]);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no WPP 2019 estimate for " + year);
        }
        return out;
    }

    /**
     * Rakes {@code shape} ({@code [sex][group]}, any scale) to the band totals and the male total, then scales it to
     * {@code total} and rounds by largest remainder. Band totals are rescaled to sum to {@code total} first (published
     * band counts are rounded).
     */
    static long[][] rake(double[][] shape, long total, List<Band> bands, double malePersons) {
        double bandSum = bands.stream().mapToDouble(Band::persons).sum();
        // Single-year sub-cells: ages 0..99 (each a fifth of its group) and the open group 100+.
        int cells = 101;
        double[][] p = new double[2][cells];
        double shapeTotal = Arrays.stream(shape[0]).sum() + Arrays.stream(shape[1]).sum();
        for (int s = 0; s < 2; s++) {
            for (int a = 0; a < 100; a++) {
                p[s][a] = shape[s][a / 5] / 5.0 / shapeTotal * total;
            }
            p[s][100] = shape[s][GROUPS.length - 1] / shapeTotal * total;
        }
        double[] sexTarget = {malePersons, total - malePersons};
        for (int iter = 0; iter < 10_000; iter++) {
            double worst = 0;
            for (Band b : bands) {
                double target = b.persons() / bandSum * total;
                double sum = 0;
                for (int s = 0; s < 2; s++) {
                    for (int a = 0; a < cells; a++) {
                        sum += b.contains(a) ? p[s][a] : 0;
                    }
                }
                worst = Math.max(worst, Math.abs(sum - target));
                for (int s = 0; s < 2; s++) {
                    for (int a = 0; a < cells; a++) {
                        p[s][a] *= b.contains(a) ? target / sum : 1;
                    }
                }
            }
            for (int s = 0; s < 2; s++) {
                double sum = Arrays.stream(p[s]).sum();
                worst = Math.max(worst, Math.abs(sum - sexTarget[s]));
                for (int a = 0; a < cells; a++) {
                    p[s][a] *= sexTarget[s] / sum;
                }
            }
            if (worst < 1e-7) {
                break;
            }
        }
        double[][] groups = new double[2][GROUPS.length];
        for (int s = 0; s < 2; s++) {
            for (int a = 0; a < cells; a++) {
                groups[s][Math.min(a / 5, GROUPS.length - 1)] += p[s][a];
            }
        }
        return largestRemainder(groups, total);
    }

    /** Rounds to whole persons keeping the exact total: floors, then +1 to the largest remainders (ties: sex, group). */
    static long[][] largestRemainder(double[][] p, long total) {
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

    /** Sum of persons in {@code [fromAge, toAge]} (group bounds) of a {@code [sex][group]} table. */
    static long sum(long[][] p, int fromGroup, int toGroup) {
        long n = 0;
        for (long[] row : p) {
            for (int g = fromGroup; g <= toGroup; g++) {
                n += row[g];
            }
        }
        return n;
    }

    static String join(long[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(v[i]);
        }
        return sb.toString();
    }

    /** The YAML lines {@code male: [...]} and {@code female: [...]} as the scenarios write them (120 columns). */
    static String yamlCounts(long[][] p) {
        return wrapped("    male:   [", p[0]) + wrapped("    female: [", p[1]);
    }

    private static String wrapped(String head, long[] v) {
        StringBuilder sb = new StringBuilder(head);
        int lineStart = 0;
        for (int i = 0; i < v.length; i++) {
            String item = v[i] + (i + 1 < v.length ? "," : "]");
            if (sb.length() - lineStart + 1 + item.length() > 120) {
                sb.append('\n').append(" ".repeat(head.length()));
                lineStart = sb.length() - head.length();
            } else if (i > 0) {
                sb.append(' ');
            }
            sb.append(item);
        }
        return sb.append('\n').toString();
    }

    /**
     * Base-year labour quantities a scenario implies, computed the way the agent model builds its base year (see
     * {@code BaseYearLabourState}) but in expectation, without agents: employment in each cell is persons × shifted
     * participation × (1 − the unemployment rate of the residence), the shift making the total equal the stated
     * employment; the labour force of a cell is persons × shifted participation; rural labour are rural-hukou members
     * of the labour force at the rural-labour ages, the rural-hukou share of each residence being 1 − its urban-hukou
     * share.
     *
     * @param employed     the employment to reproduce, or NaN for the employment the unshifted profile gives
     * @param employedRural employed rural residents
     * @param ruralLabour  resident rural labour R (employed and unemployed)
     * @param employedRuralLabour employed resident rural labour
     */
    record LabourQuantities(double employed, double employedUrban, double employedRural, double ruralLabour,
                            double employedRuralLabour, double participationShift) {
    }

    static LabourQuantities labour(ScenarioSpec spec, double employedTarget) {
        LabourAssumptions la = spec.labour();
        CohortTable t = spec.population().persons();
        int maxAge = spec.maxAge();
        LabourAssumptions.ParticipationAssumption pa = la.participation();
        ParticipationProfiles profiles = new ParticipationProfiles(
                ParticipationProfile.fromGroups(pa.ages(), pa.male(), maxAge),
                ParticipationProfile.fromGroups(pa.ages(), pa.female(), maxAge));
        double us = la.base().surveyedUnemploymentRate();
        double ur = la.base().ruralUnemploymentRate();
        double[][] weights = new double[2][maxAge + 1];
        for (Sex s : Sex.values()) {
            for (int a = pa.entryAge(); a <= maxAge; a++) {
                weights[s.ordinal()][a] = t.persons(s, Residence.URBAN, a) * (1 - us)
                        + t.persons(s, Residence.RURAL, a) * (1 - ur);
            }
        }
        double shift = Double.isNaN(employedTarget) ? 0 : profiles.calibrateShift(weights, employedTarget);
        ParticipationProfiles shifted = profiles.shifted(shift);
        AgeGroup ruralAges = la.transfer().ages();
        double[] hukou = {la.hukou().urbanShareUrbanResidents(), la.hukou().urbanShareRuralResidents()};
        double employedUrban = 0;
        double employedRural = 0;
        double ruralLabour = 0;
        double employedRuralLabour = 0;
        for (Sex s : Sex.values()) {
            for (int a = pa.entryAge(); a <= maxAge; a++) {
                double rate = shifted.of(s).rate(a);
                for (Residence r : Residence.values()) {
                    double u = r == Residence.URBAN ? us : ur;
                    double labourForce = t.persons(s, r, a) * rate;
                    double employedHere = labourForce * (1 - u);
                    if (r == Residence.URBAN) {
                        employedUrban += employedHere;
                    } else {
                        employedRural += employedHere;
                    }
                    if (ruralAges.contains(a)) {
                        double ruralHukou = 1 - hukou[r.ordinal()];
                        ruralLabour += labourForce * ruralHukou;
                        employedRuralLabour += employedHere * ruralHukou;
                    }
                }
            }
        }
        return new LabourQuantities(employedUrban + employedRural, employedUrban, employedRural, ruralLabour,
                employedRuralLabour, shift);
    }

    /**
     * Base-year labour facts of a city whose statistics do not publish them (Taizhou, Xiangtan, Xuzhou), derived in
     * this order:
     * <ol>
     *   <li>employed: what the scenario's participation profile gives on its base population with its unemployment
     *       rates (no logit shift), rounded to 1000;</li>
     *   <li>by sector: {@code sectorShares} times employed, each rounded to 100, tertiary taking the remainder;</li>
     *   <li>rural labour force: the resident rural labour R the scenario implies plus those working outside the city,
     *       taken as {@code awayShare} × R, rounded to 1000;</li>
     *   <li>transferred: those away plus the employed resident rural labour not farming, the farming part being
     *       {@code farmShareOfPrimary} of primary employment (the rest of farming is done by people over 64 and by
     *       urban-hukou holders), rounded to 1000.</li>
     * </ol>
     */
    record CityBase(long employed, long[] bySector, long ruralLabourForce, long transferred, LabourQuantities q,
                    double away) {
    }

    static CityBase cityBase(ScenarioSpec spec, double[] sectorShares, double awayShare, double farmShareOfPrimary) {
        long employed = round(labour(spec, Double.NaN).employed(), 1000);
        LabourQuantities q = labour(spec, employed);
        double shareSum = sectorShares[0] + sectorShares[1] + sectorShares[2];
        long primary = round(employed * sectorShares[0] / shareSum, 100);
        long secondary = round(employed * sectorShares[1] / shareSum, 100);
        long[] bySector = {primary, secondary, employed - primary - secondary};
        double away = awayShare * q.ruralLabour();
        long ruralLabourForce = round(q.ruralLabour() + away, 1000);
        double farming = farmShareOfPrimary * primary;
        if (farming > q.employedRuralLabour()) {
            throw new IllegalStateException("more farming rural labour than employed rural labour");
        }
        long transferred = round(away + q.employedRuralLabour() - farming, 1000);
        return new CityBase(employed, bySector, ruralLabourForce, transferred, q, away);
    }

    /**
     * Employment shares by sector imputed from a region's value-added shares and the national ratio of employment
     * share to value-added share of each sector (the inverse of relative labour productivity): employment share of
     * sector s ∝ GDP share(s) × national employment share(s) / national GDP share(s). China 2020 ([RF] rows China).
     */
    static double[] sectorSharesFromGdp(Path dataDir, double[] regionGdpShares) {
        String[] sectors = {"primary", "secondary", "tertiary"};
        double[] out = new double[3];
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double employment = fact(dataDir, "China", "employed_" + sectors[i], "2020")
                    / fact(dataDir, "China", "employed_total", "2020");
            double gdp = fact(dataDir, "China", "gdp_share_" + sectors[i], "2020") / 100;
            out[i] = regionGdpShares[i] * employment / gdp;
            sum += out[i];
        }
        for (int i = 0; i < 3; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /** China's 2020 employment shares by sector ([RF]). */
    static double[] nationalSectorShares(Path dataDir) {
        double total = fact(dataDir, "China", "employed_total", "2020");
        return new double[] {fact(dataDir, "China", "employed_primary", "2020") / total,
            fact(dataDir, "China", "employed_secondary", "2020") / total,
            fact(dataDir, "China", "employed_tertiary", "2020") / total};
    }

    static String describe(CityBase b, double residents) {
        return String.format(Locale.ROOT, "employed %d (%.4f of residents); by sector %d / %d / %d; resident rural labour"
                + " %.0f (employed %.0f); away %.0f; rural labour force %d; transferred %d (rate %.4f); urban employed"
                + " %.0f; shift %.4f", b.employed(), b.employed() / residents, b.bySector()[0], b.bySector()[1], b.bySector()[2],
                b.q().ruralLabour(), b.q().employedRuralLabour(), b.away(), b.ruralLabourForce(), b.transferred(),
                (double) b.transferred() / b.ruralLabourForce(), b.q().employedUrban(), b.q().participationShift());
    }

    /**
     * Subsidised trainees per employed person where no regional count exists: China's government-subsidised training
     * of migrant workers, 3856万人次 over 2014–2017 ([RF] row China migrant_worker_training_subsidised_cumulative),
     * 964万 a year, over China's 77,451万 employed in 2015 (21,919 + 22,693 + 32,839万, NBS yearbook, as the
     * regional baselines' sector comments cite): 1.24%.
     */
    static final double NATIONAL_TRAINEES_PER_EMPLOYED = 3856.0 / 4 / 77_451.0;
    /** Skilled share of employment where no regional figure exists: the Sichuan plan's 2020 level, 20%. */
    static final double SKILLED_SHARE = 0.20;

    /** Rounds to a multiple of {@code unit}. */
    static long round(double v, long unit) {
        return Math.round(v / unit) * unit;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    static List<String[]> csv(Path file) {
        try {
            List<String[]> rows = new ArrayList<>();
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(splitCsv(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV line (RFC 4180 quotes). */
    static String[] splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out.toArray(new String[0]);
    }
}
