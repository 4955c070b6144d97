package org.labourcast.labour;

import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentKeys;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.Allocation;
import org.labourcast.agents.BernoulliTrials;
import org.labourcast.agents.CohortGroup;
import org.labourcast.agents.Draws;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.agents.Status;
import org.labourcast.demography.Residence;
import org.labourcast.policy.PolicyEffects;
import org.labourcast.scenario.labour.EducationAssumption;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.Sector;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Job matching in the non-farm sectors. Vacancies V are each sector's demand minus its employment. Seekers J are the
 * unemployed and the farm workers looking for non-farm work. Each seeker finds a job with probability
 * f = 1 − exp(−μ (V/J)^(1−α)) (Cobb–Douglas matching, Petrongolo &amp; Pissarides 2001, as a yearly probability);
 * hires = min(V, f·J). μ = μ₀ × the scenario's efficiency × the levers' multiplier (public employment services),
 * μ₀ calibrated so that the base-year unemployed stock is
 * stationary ({@link BaseYearLabourState}). Vacancies left unfilled are reported (劳动力缺口). Hires are split over sectors in proportion to vacancies and over seekers with
 * weight e^β for the skilled (β the scenario's skilled log-odds), the rest drawn uniformly. Hires of urban
 * residents are the year's new urban jobs (城镇新增就业, gross). Afterwards farm workers who found nothing stop
 * looking, and unemployed rural-hukou persons return to farming with the scenario's return rate.
 */
final class JobMatchingProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Graduate programmes act on seekers of these ages. */
    static final int YOUNG_FROM = 16;
    static final int YOUNG_TO = 24;
    /*
     * The classes of the matching draw (ExactCountSelection strata): the seekers, unemployed or farm workers looking
     * for non-farm work, each unskilled or skilled, aged 25+ or, YOUNG added, 16-24 (whose hiring weight graduate
     * programmes raise); the employed in secondary and tertiary are counted for the vacancies, never chosen.
     */
    private static final int UNEMPLOYED = 0;
    private static final int UNEMPLOYED_SKILLED = 1;
    private static final int FARM_SEEKER = 2;
    private static final int FARM_SEEKER_SKILLED = 3;
    private static final int EMPLOYED_SECONDARY = 4;
    private static final int EMPLOYED_TERTIARY = 5;
    /** Added to a seeker's class for a seeker aged 16-24. */
    private static final int YOUNG = 6;
    private static final int CLASSES = 10;
    private static final int[] SEEKERS = {UNEMPLOYED, UNEMPLOYED_SKILLED, FARM_SEEKER, FARM_SEEKER_SKILLED,
        YOUNG + UNEMPLOYED, YOUNG + UNEMPLOYED_SKILLED, YOUNG + FARM_SEEKER, YOUNG + FARM_SEEKER_SKILLED};
    /** Class 1: unemployed with rural hukou (may return to farming). */
    private static final BernoulliTrials.Classes UNEMPLOYED_RURAL_HUKOU = BernoulliTrials.table((status, sector, flags) ->
            status == Status.UNEMPLOYED && (flags & AgentColumns.F_URBAN_HUKOU) == 0 ? 1 : 0);

    @Override
    public void step(SimState state) {
        LabourSimulation sim = (LabourSimulation) state;
        LabourAssumptions.MatchingAssumption m = sim.assumptions().matching();
        PolicyEffects e = sim.effects();
        int slots = sim.population.slots();
        long[] urbanHires = new long[slots];
        fillPublicWelfarePosts(sim, e, urbanHires);
        ExactCountSelection.Classifier classes = (status, sector, flags, r, slot) -> {
            int k = classOf(status, sector, flags, r, slot);
            int age = sim.population.ageOf(slot);
            return k >= UNEMPLOYED && k <= FARM_SEEKER_SKILLED && age >= YOUNG_FROM && age <= YOUNG_TO ? YOUNG + k : k;
        };
        long[][] counts = ExactCountSelection.count(sim.population, sim.executor, CLASSES, classes);
        long seekers = 0;
        long[] employed = new long[2];
        for (long[] n : counts) {
            seekers += sum(n, SEEKERS);
            employed[0] += n[EMPLOYED_SECONDARY];
            employed[1] += n[EMPLOYED_TERTIARY];
        }
        double v2;
        double v3;
        if (sim.assumptions().market().vacancies() == LabourAssumptions.VacancyRule.FREE_ENTRY) {
            // Free entry: θ(t) vacancies per seeker, plus the jobs levers add this year; shared over the two
            // sectors by their shortfall against the structure plus their replacement needs (separations).
            double[] target = sim.yearTargets;
            double total = sim.tightness() * seekers + sim.newLeverJobs() / sim.model.scale();
            double w2 = Math.max(0, target[1] - employed[0]) + m.separationRate().secondary() * employed[0];
            double w3 = Math.max(0, target[2] - employed[1]) + m.separationRate().tertiary() * employed[1];
            v2 = w2 + w3 > 0 ? total * w2 / (w2 + w3) : 0;
            v3 = total - v2;
        } else {
            double[] demand = sim.effectiveDemand();
            v2 = Math.max(0, demand[1] - employed[0]);
            v3 = Math.max(0, demand[2] - employed[1]);
        }
        long vacancies = Math.round(v2 + v3);
        long hires = 0;
        if (vacancies > 0 && seekers > 0) {
            double f = findingProbability(sim.calibration.matchingScale() * m.efficiency()
                    * e.matchingEfficiencyMultiplier(), m.unemploymentElasticity(), vacancies, seekers);
            hires = Math.min(vacancies, Math.round(f * seekers));
        }
        sim.unfilledVacancies = vacancies - hires;
        if (hires > 0) {
            long[] bySector = Allocation.proportional(hires, new double[] {v2, v3},
                    new long[] {(long) Math.ceil(v2), (long) Math.ceil(v3)});
            double skilled = Math.exp(m.skilledHireLogOdds());
            double young = Math.exp(e.youngSeekerHireLogOdds());
            double[] weight = new double[CLASSES]; // the employed keep weight 0
            weight[UNEMPLOYED] = 1;
            weight[UNEMPLOYED_SKILLED] = skilled;
            weight[FARM_SEEKER] = 1;
            weight[FARM_SEEKER_SKILLED] = skilled;
            weight[YOUNG + UNEMPLOYED] = young;
            weight[YOUNG + UNEMPLOYED_SKILLED] = skilled * young;
            weight[YOUNG + FARM_SEEKER] = young;
            weight[YOUNG + FARM_SEEKER_SKILLED] = skilled * young;
            long[][] shares = ExactCountSelection.split(hires, counts, weight);
            double[] hiresBySlot = new double[slots];
            long[] caps = new long[slots];
            for (int s = 0; s < slots; s++) {
                caps[s] = sum(shares[s], SEEKERS);
                hiresBySlot[s] = caps[s];
            }
            long[] secondaryBySlot = Allocation.proportional(bySector[0], hiresBySlot, caps);
            long[] assigned = new long[slots];
            EducationAssumption education = sim.assumptions().education();
            double perYear = education == null ? 0 : education.hireLogOddsPerYear();
            ExactCountSelection.Action hire = (c, i, r, cls, slot, rng) -> {
                // Only this slot's task touches assigned[slot] and urbanHires[slot].
                Sector sector = assigned[slot]++ < secondaryBySlot[slot] ? Sector.SECONDARY : Sector.TERTIARY;
                c.setState(i, Status.EMPLOYED, sector.code(),
                        c.flags(i) & ~(AgentColumns.F_SEEKING_NONFARM | AgentColumns.F_REGISTERED));
                if (r == Residence.URBAN) {
                    urbanHires[slot]++;
                }
            };
            if (perYear != 0) {
                drawBySchooling(sim, shares, classes, perYear, hire);
            } else {
                ExactCountSelection.draw(sim.population, sim.executor, counts, shares, classes, sim.groupRandom,
                        sim.selections, hire);
            }
        }
        double back = sim.assumptions().transfer().returnToFarmRate();
        sim.executor.forEach(slots, slot -> {
            BernoulliTrials returns = new BernoulliTrials(new double[] {0, back}, sim.groupRandom[slot]);
            for (Residence r : Residence.values()) {
                AgentColumns c = sim.population.group(slot).residents(r);
                c.clearEverywhere(AgentColumns.F_SEEKING_NONFARM);
                returns.run(c, UNEMPLOYED_RURAL_HUKOU,
                        (a, i, cls) -> a.setStatus(i, Status.EMPLOYED, Sector.PRIMARY.code()));
            }
        });
        sim.events.hires = hires;
        for (long n : urbanHires) {
            sim.newUrbanJobs += n;
        }
    }

    /**
     * Public-welfare posts (公益性岗位) are filled before ordinary matching, from the unemployed — registered ones
     * first, the model's stand-in for the long-term unemployed, since selection works on agent states, not on
     * spell length. Holders are not tracked: the posts opened this year are the rise in posts in operation plus the
     * expected turnover of last year's holders at the tertiary separation rate. Posts are tertiary jobs, and
     * {@link LabourSimulation#effectiveDemand()} counts them in tertiary demand so their holders are not shed.
     */
    private static void fillPublicWelfarePosts(LabourSimulation sim, PolicyEffects e, long[] urbanHires) {
        double posts = e.reservedPosts();
        if (posts <= 0) {
            return;
        }
        double before = sim.previousEffects().reservedPosts();
        double turnover = sim.assumptions().matching().separationRate().tertiary() * e.separationRateMultiplier();
        long opening = Math.round(Math.max(0, posts - before * (1 - turnover)) / sim.model.scale());
        if (opening == 0) {
            return;
        }
        ExactCountSelection.Classifier unemployed = (status, sector, flags, r, slot) -> status != Status.UNEMPLOYED ? -1
                : (flags & AgentColumns.F_REGISTERED) != 0 ? 0 : 1;
        long[][] counts = ExactCountSelection.count(sim.population, sim.executor, 2, unemployed);
        long registered = 0;
        for (long[] n : counts) {
            registered += n[0];
        }
        long[][] shares = ExactCountSelection.split(Math.min(opening, registered), counts, new double[] {1, 0});
        if (opening > registered) {
            long[][] rest = ExactCountSelection.split(opening - registered, counts, new double[] {0, 1});
            for (int s = 0; s < counts.length; s++) {
                shares[s][1] = rest[s][1];
            }
        }
        ExactCountSelection.draw(sim.population, sim.executor, counts, shares, unemployed, sim.groupRandom, sim.selections,
                (c, i, r, cls, slot, rng) -> {
                    c.setState(i, Status.EMPLOYED, Sector.TERTIARY.code(),
                            c.flags(i) & ~(AgentColumns.F_SEEKING_NONFARM | AgentColumns.F_REGISTERED));
                    if (r == Residence.URBAN) {
                        urbanHires[slot]++;
                    }
                });
    }

    /**
     * The hires drawn when schooling matters: each (group, class) stratum's number of hires is the one the split
     * gave, so counts by class, group and sector are as without schooling; within the stratum the hires are drawn
     * without replacement with weight e^(b·years) (Efraimidis &amp; Spirakis 2006: the members with the smallest
     * E/w, E standard exponential from the group's stream). One scan of the group's agents.
     */
    private static void drawBySchooling(LabourSimulation sim, long[][] shares,
                                        ExactCountSelection.Classifier classes, double perYear,
                                        ExactCountSelection.Action action) {
        double[] weightOf = new double[AgentTraits.Education.values().length];
        for (AgentTraits.Education e : AgentTraits.Education.values()) {
            weightOf[e.ordinal()] = Math.exp(perYear * e.years);
        }
        sim.executor.forEach(sim.population.slots(), slot -> {
            long total = 0;
            for (long v : shares[slot]) {
                total += v;
            }
            if (total == 0) {
                return;
            }
            UniformRandomProvider rng = sim.groupRandom[slot];
            CohortGroup g = sim.population.group(slot);
            Residence[] residences = Residence.values();
            // Candidates per class: priority (as float bits, monotone for positive values) and a position code.
            long[][] keys = new long[CLASSES][];
            int[] filled = new int[CLASSES];
            int[] sizes = new int[CLASSES];
            int[][] classOfKey = new int[residences.length][AgentKeys.COUNT];
            for (Residence r : residences) {
                AgentColumns c = g.residents(r);
                int[] table = classOfKey[r.ordinal()];
                for (int key = 0; key < AgentKeys.COUNT; key++) {
                    int k = c.count(key) == 0 ? -1 : classes.classOf(AgentKeys.status(key), AgentKeys.sector(key),
                            AgentKeys.flags(key), r, slot);
                    table[key] = k >= 0 && shares[slot][k] > 0 ? k : -1;
                    if (table[key] >= 0) {
                        sizes[table[key]] += c.count(key);
                    }
                }
            }
            for (int k = 0; k < CLASSES; k++) {
                keys[k] = sizes[k] > 0 ? new long[sizes[k]] : null;
            }
            for (Residence r : residences) {
                AgentColumns c = g.residents(r);
                int[] table = classOfKey[r.ordinal()];
                for (int i = 0, n = c.size(); i < n; i++) {
                    int k = table[c.key(i)];
                    if (k < 0) {
                        continue;
                    }
                    double e = -Math.log(1 - rng.nextDouble());
                    float priority = (float) (e / weightOf[AgentTraits.education(c.traits(i))]);
                    keys[k][filled[k]++] = (long) Float.floatToIntBits(priority) << 32
                            | (long) r.ordinal() << 31 | i;
                }
            }
            for (int k = 0; k < CLASSES; k++) {
                if (keys[k] == null) {
                    continue;
                }
                long[] kk = keys[k];
                java.util.Arrays.sort(kk);
                int take = (int) Math.min(shares[slot][k], kk.length);
                long[] chosen = new long[take];
                for (int j = 0; j < take; j++) {
                    chosen[j] = kk[j] & 0xFFFFFFFFL; // residence bit and index: scan order
                }
                java.util.Arrays.sort(chosen);
                for (long code : chosen) {
                    Residence r = residences[(int) (code >>> 31)];
                    action.apply(g.residents(r), (int) (code & 0x7FFFFFFFL), r, k, slot, rng);
                }
            }
        });
    }

    /**
     * The yearly probability that a seeker finds a job: 1 − exp(−μ (V/J)^(1−α)), the Cobb–Douglas matching rate
     * μ J^α V^(1−α) per seeker turned into a probability over the year (offers arrive as a Poisson process), so it
     * never exceeds 1 however tight the market.
     */
    static double findingProbability(double mu, double alpha, double vacancies, double seekers) {
        return 1 - Math.exp(-mu * Math.pow(vacancies / seekers, 1 - alpha));
    }

    /** An agent's class regardless of age, or -1 for an agent matching neither seeks nor counts. */
    private static int classOf(int status, int sector, int flags, Residence r, int slot) {
        boolean skilled = (flags & AgentColumns.F_SKILLED) != 0;
        if (status == Status.UNEMPLOYED) {
            return skilled ? UNEMPLOYED_SKILLED : UNEMPLOYED;
        }
        if (status != Status.EMPLOYED) {
            return -1;
        }
        if ((flags & AgentColumns.F_SEEKING_NONFARM) != 0) {
            return skilled ? FARM_SEEKER_SKILLED : FARM_SEEKER;
        }
        if (sector == Sector.SECONDARY.code()) {
            return EMPLOYED_SECONDARY;
        }
        return sector == Sector.TERTIARY.code() ? EMPLOYED_TERTIARY : -1;
    }

    private static long sum(long[] byClass, int[] classes) {
        long n = 0;
        for (int k : classes) {
            n += byClass[k];
        }
        return n;
    }
}
