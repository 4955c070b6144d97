package org.labourcast.demography;

import java.util.ArrayList;
import java.util.List;

/**
 * The multistate cohort-component projection: single years of age, two sexes, two residences, annual steps.
 *
 * <p>One step, from the end of year t−1 to the end of year t, in this order:
 * <ol>
 *   <li><b>Survival.</b> Each sex and residence has a life table from that year's mx
 *       (Preston, Heuveline &amp; Guillot 2001, ch. 3, 6). Persons aged x survive to x+1 with L(x+1)/L(x);
 *       the last single age and the open group both survive into the open group with T(ω)/T(ω−1).</li>
 *   <li><b>Births.</b> By residence: Σ<sub>x</sub> f(x) × ½(women aged x at the start + surviving women aged x at
 *       the end, before migration and transfer), split by sex with the sex ratio at birth; births survive to the
 *       year end with L0/l0 of their sex and residence, the rest are infant deaths.</li>
 *   <li><b>Net migration</b> is added by age at the end of the year. A net outflow larger than a cohort empties it;
 *       the part not applied is reported as a shortfall so the balance stays exact.</li>
 *   <li><b>Rural-urban move</b> (乡城迁移) moves {@code intensity × shape(sex, age)} of each rural cohort to urban,
 *       the intensity being given, or solved so that the year-end urbanization rate meets a target. Transfer
 *       changes residence only, never the total.</li>
 * </ol>
 * Hence P(t) = P(t−1) + births − deaths + net migration, exactly up to floating-point rounding.
 *
 * <p>Stateless and thread-safe.
 */
public final class CohortComponentProjection {

    /**
     * Projects from {@code base} (population at the end of {@code baseYear}) to the end of {@code horizon}.
     *
     * @return the base year (no events) followed by one entry per projected year
     */
    public List<ProjectedYear> project(CohortTable base, int baseYear, int horizon, DemographicAssumptions assumptions) {
        if (horizon < baseYear) {
            throw new IllegalArgumentException("horizon " + horizon + " is before the base year " + baseYear);
        }
        List<ProjectedYear> years = new ArrayList<>(horizon - baseYear + 1);
        double[][] none = new double[Sex.values().length][Residence.values().length];
        years.add(new ProjectedYear(baseYear, base, new double[2], none, new double[2][2], new double[2], 0, 0,
                CohortFlows.none(base.maxAge())));
        CohortTable current = base;
        double intensity = 0;
        for (int year = baseYear + 1; year <= horizon; year++) {
            ProjectedYear next = step(year, current, assumptions.forYear(year, current), intensity);
            intensity = next.moveIntensity();
            years.add(next);
            current = next.population();
        }
        return years;
    }

    /**
     * One annual step; see the class comment for the order of events.
     *
     * @param previousIntensity the transfer intensity of the year before, used by {@link RuralUrbanMoveRule.HoldPreviousIntensity}
     */
    public ProjectedYear step(int year, CohortTable start, YearAssumptions a, double previousIntensity) {
        int maxAge = start.maxAge();
        int ages = maxAge + 1;
        int nSex = Sex.values().length;
        int nRes = Residence.values().length;
        double[][][] p = start.toArray();
        double[][][] next = new double[nSex][nRes][ages];
        double[][] deaths = new double[nSex][nRes];
        // the year's events cell by cell, wrapped (copied) into CohortFlows at the end
        double[][] flowBirths = new double[nSex][nRes];
        double[][][] flowDeaths = new double[nSex][nRes][ages];
        double[][][] flowMigration = new double[nSex][nRes][ages];
        double[][] flowMoves = new double[nSex][ages];
        double[][][] allMx = a.mx();
        double[][] allAsfr = a.asfr();
        double[][][] allNetMigrants = a.netMigrants();
        LifeTable[][] tables = new LifeTable[nSex][nRes];

        // 1. Survival of those alive at the start of the year.
        for (Sex s : Sex.values()) {
            for (Residence r : Residence.values()) {
                double[] mx = allMx[s.ordinal()][r.ordinal()];
                if (mx.length != ages) {
                    throw new IllegalArgumentException("mx for " + s.label() + " " + r.label() + " has "
                            + mx.length + " ages, expected " + ages);
                }
                LifeTable lt = LifeTable.fromSingleYearMx(mx, s);
                tables[s.ordinal()][r.ordinal()] = lt;
                double[] from = p[s.ordinal()][r.ordinal()];
                double[] to = next[s.ordinal()][r.ordinal()];
                double[] died = flowDeaths[s.ordinal()][r.ordinal()];
                double alive = 0;
                double survived = 0;
                for (int x = 0; x < maxAge - 1; x++) {
                    to[x + 1] = from[x] * lt.survivalRatio(x);
                    died[x + 1] = from[x] - to[x + 1];
                    alive += from[x];
                    survived += to[x + 1];
                }
                double open = from[maxAge - 1] + from[maxAge];
                to[maxAge] = open * lt.survivalRatio(maxAge - 1);
                died[maxAge] = open - to[maxAge];
                alive += open;
                survived += to[maxAge];
                deaths[s.ordinal()][r.ordinal()] = alive - survived;
            }
        }

        // 2. Births by residence of the mother, exposure = mean of women at the start and surviving at the end.
        double[] births = new double[nSex];
        double femaleShare = 1.0 / (1.0 + a.sexRatioAtBirth());
        for (Residence r : Residence.values()) {
            double[] f = allAsfr[r.ordinal()];
            if (f.length != ages) {
                throw new IllegalArgumentException("asfr for " + r.label() + " has " + f.length + " ages, expected " + ages);
            }
            double[] womenStart = p[Sex.FEMALE.ordinal()][r.ordinal()];
            double[] womenEnd = next[Sex.FEMALE.ordinal()][r.ordinal()];
            double b = 0;
            for (int x = 0; x < ages; x++) {
                if (f[x] > 0) {
                    b += f[x] * 0.5 * (womenStart[x] + womenEnd[x]);
                }
            }
            for (Sex s : Sex.values()) {
                double bySex = s == Sex.FEMALE ? b * femaleShare : b * (1.0 - femaleShare);
                births[s.ordinal()] += bySex;
                flowBirths[s.ordinal()][r.ordinal()] = bySex;
                double infants = bySex * tables[s.ordinal()][r.ordinal()].birthSurvival();
                next[s.ordinal()][r.ordinal()][0] = infants;
                deaths[s.ordinal()][r.ordinal()] += bySex - infants;
                flowDeaths[s.ordinal()][r.ordinal()][0] = bySex - infants;
            }
        }

        // 3. Net migration by age at the end of the year.
        double[][] migration = new double[nSex][nRes];
        double shortfall = 0;
        for (Sex s : Sex.values()) {
            for (Residence r : Residence.values()) {
                double[] m = allNetMigrants[s.ordinal()][r.ordinal()];
                if (m.length != ages) {
                    throw new IllegalArgumentException("net migrants for " + s.label() + " " + r.label() + " has "
                            + m.length + " ages, expected " + ages);
                }
                double[] to = next[s.ordinal()][r.ordinal()];
                for (int x = 0; x < ages; x++) {
                    double applied = m[x];
                    if (to[x] + applied < 0) {
                        shortfall += -(to[x] + applied);
                        applied = -to[x];
                    }
                    to[x] += applied;
                    migration[s.ordinal()][r.ordinal()] += applied;
                    flowMigration[s.ordinal()][r.ordinal()][x] = applied;
                }
            }
        }

        // 4. Rural-urban move (residence).
        double intensity = a.move() instanceof RuralUrbanMoveRule.HoldPreviousIntensity
                ? previousIntensity : moveIntensity(a.move(), next);
        double[] movers = new double[nSex];
        if (intensity > 0) {
            double[][] shapes = a.move().shape();
            double maxRate = a.move().maxRate();
            for (Sex s : Sex.values()) {
                double[] shape = shapes[s.ordinal()];
                double[] rural = next[s.ordinal()][Residence.RURAL.ordinal()];
                double[] urban = next[s.ordinal()][Residence.URBAN.ordinal()];
                for (int x = 0; x < ages; x++) {
                    double moved = rural[x] * Math.min(maxRate, intensity * shape[x]);
                    rural[x] -= moved;
                    urban[x] += moved;
                    movers[s.ordinal()] += moved;
                    flowMoves[s.ordinal()][x] = moved;
                }
            }
        }
        return new ProjectedYear(year, CohortTable.of(next), births, deaths, migration, movers, intensity, shortfall,
                new CohortFlows(flowBirths, flowDeaths, flowMigration, flowMoves));
    }

    /**
     * The intensity for the year. For a target, urban + k·Σ min(maxRate/k, shape)·rural = target·total is solved
     * for k: the left side is continuous and increasing in k, so bisection on [0, maxRate/min positive shape] is
     * exact to 1e-12; without the cap the answer is the closed form (target·total − urban) / Σ shape·rural.
     */
    static double moveIntensity(RuralUrbanMoveRule rule, double[][][] population) {
        if (rule instanceof RuralUrbanMoveRule.FixedIntensity fixed) {
            return fixed.intensity();
        }
        if (!(rule instanceof RuralUrbanMoveRule.TargetUrbanization target)) {
            throw new IllegalArgumentException("no intensity rule for " + rule);
        }
        double urban = 0;
        double total = 0;
        for (Sex s : Sex.values()) {
            for (Residence r : Residence.values()) {
                for (double v : population[s.ordinal()][r.ordinal()]) {
                    total += v;
                    if (r == Residence.URBAN) {
                        urban += v;
                    }
                }
            }
        }
        double needed = target.urbanShare() * total - urban;
        if (needed <= 0) {
            return 0;
        }
        double[][] shape = target.shape();
        double maxRate = target.maxRate();
        double exposure = 0;
        double maxShape = 0;
        for (Sex s : Sex.values()) {
            double[] rural = population[s.ordinal()][Residence.RURAL.ordinal()];
            for (int x = 0; x < rural.length; x++) {
                exposure += shape[s.ordinal()][x] * rural[x];
                maxShape = Math.max(maxShape, shape[s.ordinal()][x]);
            }
        }
        if (exposure <= 0) {
            return 0;
        }
        double k = needed / exposure;
        if (k * maxShape <= maxRate) {
            return k;
        }
        // Capped ages: solve moved(k) = needed by bisection; if even the cap everywhere falls short, use the cap.
        double lo = 0;
        double hi = maxRate / minPositive(shape);
        if (moved(hi, shape, maxRate, population) <= needed) {
            return hi;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (moved(mid, shape, maxRate, population) < needed) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double moved(double k, double[][] shape, double maxRate, double[][][] population) {
        double sum = 0;
        for (Sex s : Sex.values()) {
            double[] rural = population[s.ordinal()][Residence.RURAL.ordinal()];
            for (int x = 0; x < rural.length; x++) {
                sum += rural[x] * Math.min(maxRate, k * shape[s.ordinal()][x]);
            }
        }
        return sum;
    }

    private static double minPositive(double[][] shape) {
        double min = Double.MAX_VALUE;
        for (double[] row : shape) {
            for (double v : row) {
                if (v > 0 && v < min) {
                    min = v;
                }
            }
        }
        return min;
    }
}
