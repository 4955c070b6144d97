package org.labourcast.labour;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.TimeAnchor;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.Draws;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.agents.Selection;
import org.labourcast.agents.Status;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.policy.PolicyEffects;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.labour.SectorValues;

/**
 * What the engine hands a {@link YearlyProcess} for one year: the agents and the executor that spreads their groups
 * over threads, each group's random stream of the year and selection scratch, the year and its {@link YearEvents},
 * the model with its assumptions, the levers' effects of the year and the base-year calibration, and the state the
 * processes share ({@link LabourMarketState}, {@link CohortYears}, the recorded years). The engine makes a new one when
 * it begins a year ({@link LabourSimulation#beginYear}); the base year has its own, without events, in which the
 * calibration is being found.
 */
final class YearContext {
    private final LabourModel model;
    private final AgentPopulation population;
    private final GroupExecutor executor;
    private final UniformRandomProvider[] random;
    /** The year's stream of the household pass, which runs on one thread ({@link Households}). */
    private final UniformRandomProvider householdRandom;
    private final ThreadLocal<Selection> selections;
    private final int year;
    private final YearEvents events;
    private final LabourSimulation.Calibration calibration;
    private final LabourMarketState market;
    private final CohortYears cohorts;
    private final List<LabourYear> recorded;
    /** {@code labour.transfer.ages} by single age. */
    private final boolean[] ruralLabourAge;

    /**
     * @param random      each group's stream of the year, by slot
     * @param householdRandom the year's stream of the household pass (a stream no group draws from)
     * @param events      the year's event counts; null in the base year
     * @param calibration the base-year calibration; null in the base year, which finds it
     * @param recorded    the recorded years, base year first (the engine's list, appended to by {@link #record})
     */
    YearContext(LabourModel model, AgentPopulation population, GroupExecutor executor, UniformRandomProvider[] random,
                UniformRandomProvider householdRandom, ThreadLocal<Selection> selections, int year, YearEvents events,
                LabourSimulation.Calibration calibration, LabourMarketState market, CohortYears cohorts,
                List<LabourYear> recorded, boolean[] ruralLabourAge) {
        this.model = model;
        this.population = population;
        this.executor = executor;
        this.random = random;
        this.householdRandom = householdRandom;
        this.selections = selections;
        this.year = year;
        this.events = events;
        this.calibration = calibration;
        this.market = market;
        this.cohorts = cohorts;
        this.recorded = recorded;
        this.ruralLabourAge = ruralLabourAge;
    }

    LabourModel model() {
        return model;
    }

    LabourAssumptions assumptions() {
        return model.labour();
    }

    /** Persons per agent. */
    int scale() {
        return model.scale();
    }

    int year() {
        return year;
    }

    /** Whether this is the base year, built and calibrated rather than projected. */
    boolean isBaseYear() {
        return events == null;
    }

    AgentPopulation population() {
        return population;
    }

    /** Where group tasks run. */
    GroupExecutor executor() {
        return executor;
    }

    /** The random stream of a group ({@code slot}) this year; only that group's task draws from it. */
    UniformRandomProvider random(int slot) {
        return random[slot];
    }

    /** The household pass's stream this year ({@link Households}); drawn from on one thread only. */
    UniformRandomProvider householdRandom() {
        return householdRandom;
    }

    /** Every group's stream this year, by slot (for {@link org.labourcast.agents.ExactCountSelection#draw}). */
    UniformRandomProvider[] randomBySlot() {
        return random;
    }

    /** Selection scratch of the calling thread. */
    Selection selection() {
        return selections.get();
    }

    /** Selection scratch per thread (for {@link org.labourcast.agents.ExactCountSelection#draw}). */
    ThreadLocal<Selection> selections() {
        return selections;
    }

    /** The year's event counts. */
    YearEvents events() {
        if (events == null) {
            throw new IllegalStateException("the base year has no events");
        }
        return events;
    }

    /** What the base-year calibration found. */
    LabourSimulation.Calibration calibration() {
        if (calibration == null) {
            throw new IllegalStateException("the base year is still being calibrated");
        }
        return calibration;
    }

    LabourMarketState market() {
        return market;
    }

    /** The combined effect of the scenario's levers this year ({@link PolicyEffects#NONE} in the base year). */
    PolicyEffects effects() {
        return year > model.baseYear() ? model.policy().effects(year) : PolicyEffects.NONE;
    }

    /** The levers' combined effect in the year before ({@link PolicyEffects#NONE} up to the base year). */
    PolicyEffects previousEffects() {
        return year - 1 > model.baseYear() ? model.policy().effects(year - 1) : PolicyEffects.NONE;
    }

    /** The cohort-component year the agents are aligned to this year. */
    ProjectedYear cohortYear() {
        return cohorts.get(year);
    }

    ProjectedYear cohortYear(int calendarYear) {
        return cohorts.get(calendarYear);
    }

    /** Adds this year to the cohort-component years ({@link CohortYears#advance}); once a year, by demography. */
    ProjectedYear advanceCohort() {
        return cohorts.advance(year, recorded.get(recorded.size() - 1), market.urbanLabourForce());
    }

    /** The last recorded year, or null before the base year is recorded. */
    LabourYear lastRecorded() {
        return recorded.isEmpty() ? null : recorded.get(recorded.size() - 1);
    }

    /** Appends this year's indicators to the record. */
    void record(LabourYear indicators) {
        recorded.add(indicators);
    }

    /** Rural labour (农村劳动力): rural hukou, in the labour force, of rural-labour age. */
    boolean isRuralLabour(int status, int flags, int age) {
        return (flags & AgentColumns.F_URBAN_HUKOU) == 0 && Status.inLabourForce((byte) status)
                && ruralLabourAge[age];
    }

    /** Whether a group's age is a rural-labour age ({@code labour.transfer.ages}). */
    boolean ruralLabourAge(int slot) {
        return ruralLabourAge[population.ageOf(slot)];
    }

    /** Whether the group's members are older ("4050") workers, one of the hard-to-employ groups. */
    boolean olderWorker(int slot) {
        return HardToEmploy.older(population.sexOf(slot), population.ageOf(slot));
    }

    /**
     * The registration probabilities of the newly unemployed as {@link Draws#threshold}s, indexed by
     * {@code flags & F_URBAN_HUKOU}: rural hukou first, then urban.
     */
    long[] registrationThresholds() {
        return new long[] {Draws.threshold(calibration().registrationRuralHukou()),
            Draws.threshold(calibration().registrationUrbanHukou())};
    }

    /** Output growth of the year, sector growth weighted by base-year employment (the cycle's measure). */
    double outputGrowth() {
        double[] g = assumptions().sectors().outputGrowth().at(TimeAnchor.midYear(year));
        SectorValues w = assumptions().base().employedBySector();
        return (w.primary() * g[0] + w.secondary() * g[1] + w.tertiary() * g[2]) / w.sum();
    }

    /** θ(t): vacancies per seeker this year under free entry (see {@link LabourAssumptions.MarketAssumption}). */
    double tightness() {
        return calibration().tightness() * Math.exp(calibration().okunSemiElasticity()
                * (outputGrowth() - assumptions().market().trendGrowth()));
    }

    /**
     * Labour demand by sector ordinal (agents) that employment is measured against: demand from output growth, plus
     * the stock of jobs made by levers and supported founders' own jobs, plus public-welfare posts in tertiary (they
     * hold their holders in work).
     */
    double[] effectiveDemand() {
        double[] lever = leverDemand();
        return new double[] {market.demand(Sector.PRIMARY) + lever[0], market.demand(Sector.SECONDARY) + lever[1],
            market.demand(Sector.TERTIARY) + lever[2]};
    }

    /**
     * The jobs levers add this year by sector ordinal (agents): their job stock, the supported founders' own jobs
     * (filled by the founders), and public-welfare posts in tertiary.
     */
    private double[] leverDemand() {
        PolicyEffects e = effects();
        double k = model.scale();
        SectorValues founders = e.startups().founderJobs();
        return new double[] {(e.extraLabourDemand().primary() + founders.primary()) / k,
            (e.extraLabourDemand().secondary() + founders.secondary()) / k,
            (e.extraLabourDemand().tertiary() + founders.tertiary() + e.reservedPosts()) / k};
    }

    /**
     * The employment each sector is measured against this year (agents, by sector ordinal), given its current
     * employment by sector ordinal. Under {@link LabourAssumptions.VacancyRule#OUTPUT_DEMAND} this is
     * {@link #effectiveDemand()}. Under free entry the level of employment follows labour supply, so output-driven
     * demand only sets the structure: current employment is shared in proportion to each sector's demand, and the
     * levers' jobs and posts are added.
     */
    double[] sectorTargets(long[] employed) {
        if (assumptions().market().vacancies() == LabourAssumptions.VacancyRule.OUTPUT_DEMAND) {
            return effectiveDemand();
        }
        double[] lever = leverDemand();
        double total = employed[0] + employed[1] + employed[2];
        double index = market.demand(Sector.PRIMARY) + market.demand(Sector.SECONDARY)
                + market.demand(Sector.TERTIARY);
        double[] targets = new double[3];
        for (Sector s : Sector.values()) {
            targets[s.ordinal()] = total * market.demand(s) / index + lever[s.ordinal()];
        }
        return targets;
    }

    /** Jobs the levers add this year beyond last year's (persons), all sectors: new vacancies under free entry. */
    double newLeverJobs() {
        if (year <= model.baseYear()) {
            return 0;
        }
        return Math.max(0, effects().extraLabourDemand().sum() - previousEffects().extraLabourDemand().sum());
    }
}
