package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.Allocation;
import org.labourcast.agents.BernoulliTrials;
import org.labourcast.agents.Draws;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.agents.Status;
import org.labourcast.demography.Residence;
import org.labourcast.policy.PolicyEffects;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.Sector;

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
 *
 * <p>Reads: agents, sector demand and this year's sector targets (set by {@link SectorDemandProcess}). Writes: agents
 * (hires, public-welfare posts, seekers stop looking, returns to farming), events (hires), job tallies (new urban
 * jobs, unfilled vacancies).
 */
final class JobMatchingProcess implements YearlyProcess {
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
    /** The class of an unemployed rural-hukou holder in the return-to-farming trials; everyone else 0. */
    private static final int RETURNABLE = 1;
    private static final BernoulliTrials.Classes UNEMPLOYED_RURAL_HUKOU = BernoulliTrials.table((status, sector, flags) ->
            status == Status.UNEMPLOYED && (flags & AgentColumns.F_URBAN_HUKOU) == 0 ? RETURNABLE : 0);
    /** Classes of the public-welfare post draw: registered unemployed first, then the other unemployed. */
    private static final int REGISTERED = 0;
    private static final int UNREGISTERED = 1;

    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS, SharedState.SECTOR_DEMAND, SharedState.SECTOR_TARGETS);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.EVENTS, SharedState.JOB_TALLIES);
    }

    @Override
    public void step(YearContext year) {
        LabourAssumptions.MatchingAssumption m = year.assumptions().matching();
        PolicyEffects e = year.effects();
        int slots = year.population().slots();
        long[] urbanHires = new long[slots];
        fillPublicWelfarePosts(year, e, urbanHires);
        ExactCountSelection.Classifier classes = (status, sector, flags, r, slot) -> {
            int k = classOf(status, sector, flags, r, slot);
            int age = year.population().ageOf(slot);
            return k >= UNEMPLOYED && k <= FARM_SEEKER_SKILLED && age >= YOUNG_FROM && age <= YOUNG_TO ? YOUNG + k : k;
        };
        long[][] counts = ExactCountSelection.count(year.population(), year.executor(), CLASSES, classes);
        long seekers = 0;
        long secondary = 0;
        long tertiary = 0;
        for (long[] n : counts) {
            seekers += sum(n, SEEKERS);
            secondary += n[EMPLOYED_SECONDARY];
            tertiary += n[EMPLOYED_TERTIARY];
        }
        double v2;
        double v3;
        if (year.assumptions().market().vacancies() == LabourAssumptions.VacancyRule.FREE_ENTRY) {
            // Free entry: θ(t) vacancies per seeker, plus the jobs levers add this year; shared over the two
            // sectors by their shortfall against the structure plus their replacement needs (separations).
            LabourMarketState market = year.market();
            double total = year.tightness() * seekers + year.newLeverJobs() / year.scale();
            double w2 = Math.max(0, market.target(Sector.SECONDARY) - secondary)
                    + m.separationRate().secondary() * secondary;
            double w3 = Math.max(0, market.target(Sector.TERTIARY) - tertiary)
                    + m.separationRate().tertiary() * tertiary;
            v2 = w2 + w3 > 0 ? total * w2 / (w2 + w3) : 0;
            v3 = total - v2;
        } else {
            double[] demand = year.effectiveDemand();
            v2 = Math.max(0, demand[Sector.SECONDARY.ordinal()] - secondary);
            v3 = Math.max(0, demand[Sector.TERTIARY.ordinal()] - tertiary);
        }
        long vacancies = Math.round(v2 + v3);
        long hires = 0;
        if (vacancies > 0 && seekers > 0) {
            double f = findingProbability(year.calibration().matchingScale() * m.efficiency()
                    * e.matchingEfficiencyMultiplier(), m.unemploymentElasticity(), vacancies, seekers);
            hires = Math.min(vacancies, Math.round(f * seekers));
        }
        year.market().setUnfilledVacancies(vacancies - hires);
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
            ExactCountSelection.draw(year.population(), year.executor(), counts, shares, classes,
                    year.randomBySlot(), year.selections(), (c, i, r, cls, slot, rng) -> {
                        // Only this slot's task touches assigned[slot] and urbanHires[slot].
                        Sector sector = assigned[slot]++ < secondaryBySlot[slot] ? Sector.SECONDARY
                                : Sector.TERTIARY;
                        c.setState(i, Status.EMPLOYED, sector.code(),
                                c.flags(i) & ~(AgentColumns.F_SEEKING_NONFARM | AgentColumns.F_REGISTERED));
                        if (r == Residence.URBAN) {
                            urbanHires[slot]++;
                        }
                    });
        }
        double[] back = new double[RETURNABLE + 1];
        back[RETURNABLE] = year.assumptions().transfer().returnToFarmRate();
        year.executor().forEach(slots, slot -> {
            BernoulliTrials returns = new BernoulliTrials(back, year.random(slot));
            for (Residence r : Residence.values()) {
                AgentColumns c = year.population().group(slot).residents(r);
                c.clearEverywhere(AgentColumns.F_SEEKING_NONFARM);
                returns.run(c, UNEMPLOYED_RURAL_HUKOU,
                        (a, i, cls) -> a.setStatus(i, Status.EMPLOYED, Sector.PRIMARY.code()));
            }
        });
        year.events().hires = hires;
        for (long n : urbanHires) {
            year.market().addNewUrbanJobs(n);
        }
    }

    /**
     * Public-welfare posts (公益性岗位) are filled before ordinary matching, from the unemployed — registered ones
     * first, the model's stand-in for the long-term unemployed, since selection works on agent states, not on
     * spell length. Holders are not tracked: the posts opened this year are the rise in posts in operation plus the
     * expected turnover of last year's holders at the tertiary separation rate. Posts are tertiary jobs, and
     * {@link YearContext#effectiveDemand()} counts them in tertiary demand so their holders are not shed.
     */
    private static void fillPublicWelfarePosts(YearContext year, PolicyEffects e, long[] urbanHires) {
        double posts = e.reservedPosts();
        if (posts <= 0) {
            return;
        }
        double before = year.previousEffects().reservedPosts();
        double turnover = year.assumptions().matching().separationRate().tertiary() * e.separationRateMultiplier();
        long opening = Math.round(Math.max(0, posts - before * (1 - turnover)) / year.scale());
        if (opening == 0) {
            return;
        }
        ExactCountSelection.Classifier unemployed = (status, sector, flags, r, slot) -> status != Status.UNEMPLOYED ? -1
                : (flags & AgentColumns.F_REGISTERED) != 0 ? REGISTERED : UNREGISTERED;
        long[][] counts = ExactCountSelection.count(year.population(), year.executor(), 2, unemployed);
        long registered = 0;
        for (long[] n : counts) {
            registered += n[REGISTERED];
        }
        double[] registeredOnly = new double[2];
        registeredOnly[REGISTERED] = 1;
        long[][] shares = ExactCountSelection.split(Math.min(opening, registered), counts, registeredOnly);
        if (opening > registered) {
            double[] unregisteredOnly = new double[2];
            unregisteredOnly[UNREGISTERED] = 1;
            long[][] rest = ExactCountSelection.split(opening - registered, counts, unregisteredOnly);
            for (int s = 0; s < counts.length; s++) {
                shares[s][UNREGISTERED] = rest[s][UNREGISTERED];
            }
        }
        ExactCountSelection.draw(year.population(), year.executor(), counts, shares, unemployed, year.randomBySlot(),
                year.selections(),
                (c, i, r, cls, slot, rng) -> {
                    c.setState(i, Status.EMPLOYED, Sector.TERTIARY.code(),
                            c.flags(i) & ~(AgentColumns.F_SEEKING_NONFARM | AgentColumns.F_REGISTERED));
                    if (r == Residence.URBAN) {
                        urbanHires[slot]++;
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
