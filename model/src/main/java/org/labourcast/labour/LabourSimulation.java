package org.labourcast.labour;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.Draws;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.agents.GroupStreams;
import org.labourcast.agents.Selection;
import org.labourcast.agents.Status;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.YearAssumptions;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.policy.PolicyEffects;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.SectorValues;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One replicate of the agent-based labour market: a MASON {@link SimState} that owns the agents and a
 * {@link Schedule} that each year first begins the year itself ({@link #beginYear}: the year's number, random streams
 * and zeroed event counters, so that no process depends on running first), then steps the yearly processes in this
 * order (the {@code ordering} of each, after the engine's 0):
 * <ol start="1">
 *   <li>{@link DemographyProcess}: ageing, deaths, migration, rural-to-urban moves and births, aligned to the
 *       cohort-component projection cell by cell;</li>
 *   <li>{@link HukouSettlementProcess}: urban residents with rural hukou settle (落户);</li>
 *   <li>{@link RetirementProcess}: covered workers retire at the statutory age (with the 2024 reform if modelled);</li>
 *   <li>{@link ParticipationProcess}: school transitions ({@link Schooling}), entry after schooling (graduates seek
 *       work) and exit from the labour force by age and sex;</li>
 *   <li>{@link SkillsProcess}: subsidised training raises skills;</li>
 *   <li>{@link SeparationProcess}: employees lose jobs;</li>
 *   <li>{@link RuralTransferProcess}: rural farm workers look for non-farm work (logit);</li>
 *   <li>{@link SectorDemandProcess}: sector labour demand grows with output; excess workers are shed;</li>
 *   <li>{@link JobMatchingProcess}: seekers fill vacancies (Cobb–Douglas matching); the rest stay unemployed or
 *       return to farming;</li>
 *   <li>{@link IndicatorRecorder}: the year's indicators.</li>
 * </ol>
 * Time 1 of the schedule is the first projected year. MASON's own generator ({@code random}, 32-bit seeded) is not
 * used: every group draws from its own stream (see {@link GroupStreams}), so a replicate's result depends only on
 * the seed and replicate number, never on the number of threads.
 *
 * <p>Not thread-safe; one instance per replicate. Internally it spreads groups over the given executor.
 */
public final class LabourSimulation extends SimState {
    private static final long serialVersionUID = 1L;

    final transient LabourModel model;
    final transient AgentPopulation population;
    final transient GroupExecutor executor;
    final transient GroupStreams streams;
    final transient ThreadLocal<Selection> selections = ThreadLocal.withInitial(Selection::new);
    transient UniformRandomProvider[] groupRandom;
    /** Rural labour working outside the region, in agents, by {@code [sex][age]}. */
    final double[][] away;
    /** {@code labour.transfer.ages} by single age. */
    private final boolean[] ruralLabourAge;
    /** Labour demand by sector (agents), index = sector code − 1. */
    final double[] demand = new double[3];
    /** This year's sector targets (agents), set by {@link SectorDemandProcess} for {@link JobMatchingProcess}. */
    double[] yearTargets = new double[3];
    /** Calibrated once from the base year, see {@link BaseYearLabourState}. */
    transient Calibration calibration;
    /** δ, the log-odds shift of the schooling continuation rates solved on the base year ({@link Schooling}). */
    double schoolingShift;
    int year;
    /** Hires of urban residents into non-farm jobs this year (agents): 城镇累计新就业人数. */
    long newUrbanJobs;
    /**
     * Natural attrition (自然减员) this year (agents): urban residents in non-farm work who retired, died or left the
     * labour force for age (50+).
     */
    long urbanAttrition;
    /** Vacancies left unfilled after matching this year (agents). */
    long unfilledVacancies;
    transient YearEvents events;
    final transient List<LabourYear> results = new ArrayList<>();
    /**
     * The cohort-component years the agents are aligned to, base year first: the model's, or this replicate's own
     * when its net migration answers its labour market ({@link MigrationResponse}).
     */
    private final transient List<ProjectedYear> projected = new ArrayList<>();
    /** Urban labour force of the last recorded year (persons), for {@link MigrationResponse}. */
    double urbanLabourForce;
    /** u*: the base year's surveyed unemployment rate at trend growth, for {@link MigrationResponse}. */
    private double referenceUnemployment = Double.NaN;
    /** The model's {@link MigrationReference} by year from the base year, or null. */
    private final transient double[] reference;

    /**
     * @param model     the scenario's labour model (shared, immutable)
     * @param key0      replicate key, first word
     * @param key1      replicate key, second word
     * @param executor  where group tasks run
     */
    public LabourSimulation(LabourModel model, long key0, long key1, GroupExecutor executor) {
        super(0L); // MASON's generator is unused; see the class comment.
        this.model = model;
        this.population = new AgentPopulation(model.maxAge());
        this.executor = executor;
        this.streams = new GroupStreams(key0, key1);
        this.away = new double[2][model.maxAge() + 1];
        this.ruralLabourAge = new boolean[model.maxAge() + 1];
        for (int a = 0; a <= model.maxAge(); a++) {
            ruralLabourAge[a] = model.labour().transfer().ages().contains(a);
        }
        projected.add(model.cohort().get(0));
        this.reference = model.reference();
    }

    /**
     * MASON's start resets the schedule; the engine's {@link #beginYear} is scheduled first each year (ordering 0),
     * then the processes afresh, each at its ordering (1, 2, …).
     */
    @Override
    public void start() {
        super.start();
        schedule.scheduleRepeating(1.0, 0, new YearStart(), 1.0);
        List<Steppable> processes = processes();
        for (int i = 0; i < processes.size(); i++) {
            schedule.scheduleRepeating(1.0, i + 1, processes.get(i), 1.0);
        }
    }

    /**
     * The engine's bookkeeping at the start of a projected year, before any process: the next year, its random
     * streams, and the year's event counters and job tallies set to zero. Tests that step the processes by hand call
     * it before each year's first process, as the schedule does.
     */
    void beginYear() {
        year++;
        newStreams();
        events = new YearEvents();
        newUrbanJobs = 0;
        urbanAttrition = 0;
    }

    /** The schedule's step that begins each year ({@link #beginYear}). */
    private static final class YearStart implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            ((LabourSimulation) state).beginYear();
        }
    }

    /**
     * New instances of the yearly processes in schedule order (a process's ordering is its index + 1). The one list
     * {@link #start()} schedules, so that tests stepping the processes one at a time step exactly these.
     */
    static List<Steppable> processes() {
        return List.of(new DemographyProcess(), new HukouSettlementProcess(), new RetirementProcess(),
                new ParticipationProcess(), new SkillsProcess(), new SeparationProcess(), new RuralTransferProcess(),
                new SectorDemandProcess(), new JobMatchingProcess(), new IndicatorRecorder());
    }

    /** Builds the base year, then steps the schedule once per projected year. */
    public List<LabourYear> run() {
        return executor.supply(this::runHere);
    }

    private List<LabourYear> runHere() {
        buildBaseYear();
        start();
        for (int y = model.baseYear() + 1; y <= model.horizon(); y++) {
            schedule.step(this);
        }
        finish();
        return List.copyOf(results);
    }

    /**
     * Builds and calibrates the base-year agents only, without projecting: a cheap check that the base-year facts
     * hold at the model's scale before a Monte Carlo run starts.
     *
     * @throws org.labourcast.InputException as {@link #run()} would for facts that cannot hold
     */
    public void checkBaseYear() {
        executor.supply(this::buildBaseYear);
    }

    /** Builds and calibrates the base-year agents and records the base year's indicators. */
    LabourYear buildBaseYear() {
        year = model.baseYear();
        groupRandom = new UniformRandomProvider[population.slots()];
        newStreams();
        calibration = BaseYearLabourState.build(this);
        LabourYear base = IndicatorRecorder.record(this, null);
        results.add(base);
        // The base year's own cycle is removed in Okun's gap form: u* = u(base) + β (g(base) − ḡ).
        LabourAssumptions.MarketAssumption market = assumptions().market();
        referenceUnemployment = base.value(LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE)
                + market.okunCoefficient() * (outputGrowth() - market.trendGrowth());
        return base;
    }

    /** A fresh stream for every group, for the current year. */
    void newStreams() {
        for (int slot = 0; slot < groupRandom.length; slot++) {
            groupRandom[slot] = streams.stream(year, slot);
        }
    }

    /** The combined effect of the scenario's levers in the current year ({@link PolicyEffects#NONE} without). */
    PolicyEffects effects() {
        return year > model.baseYear() ? model.policy().effects(year) : PolicyEffects.NONE;
    }

    /**
     * Labour demand by sector (agents) that employment is measured against: demand from output growth, plus the
     * stock of jobs made by levers, plus public-welfare posts in tertiary (they hold their holders in work).
     */
    double[] effectiveDemand() {
        double[] lever = leverDemand();
        return new double[] {demand[0] + lever[0], demand[1] + lever[1], demand[2] + lever[2]};
    }

    /** The jobs levers add this year by sector, public-welfare posts in tertiary (agents). */
    private double[] leverDemand() {
        PolicyEffects e = effects();
        double k = model.scale();
        return new double[] {e.extraLabourDemand().primary() / k, e.extraLabourDemand().secondary() / k,
            (e.extraLabourDemand().tertiary() + e.reservedPosts()) / k};
    }

    /**
     * The employment each sector is measured against this year (agents), given its current employment by sector.
     * Under {@link LabourAssumptions.VacancyRule#OUTPUT_DEMAND} this is {@link #effectiveDemand()}. Under free entry
     * the level of employment follows labour supply, so output-driven demand only sets the structure: current
     * employment is shared in proportion to each sector's demand, and the levers' jobs and posts are added.
     */
    double[] sectorTargets(long[] employed) {
        if (assumptions().market().vacancies() == LabourAssumptions.VacancyRule.OUTPUT_DEMAND) {
            return effectiveDemand();
        }
        double[] lever = leverDemand();
        double total = employed[0] + employed[1] + employed[2];
        double index = demand[0] + demand[1] + demand[2];
        double[] targets = new double[3];
        for (int s = 0; s < 3; s++) {
            targets[s] = total * demand[s] / index + lever[s];
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

    /** The levers' combined effect in the year before the current one ({@link PolicyEffects#NONE} up to the base). */
    PolicyEffects previousEffects() {
        return year - 1 > model.baseYear() ? model.policy().effects(year - 1) : PolicyEffects.NONE;
    }

    ProjectedYear cohortYear() {
        return cohortYear(year);
    }

    ProjectedYear cohortYear(int calendarYear) {
        return projected.get(calendarYear - model.baseYear());
    }

    /**
     * Adds the current year to the cohort-component years: the model's own, or, when net migration answers the
     * labour market, a step of the projection from this replicate's previous year with {@link MigrationResponse}'s
     * movers added to the year's net migrants. Called once a year, first thing, by {@link DemographyProcess}.
     */
    ProjectedYear advanceCohort() {
        int index = year - model.baseYear();
        double mu = assumptions().market().migrationResponse();
        if (!model.projectsOwnYears()) {
            projected.add(model.cohort().get(index));
            return projected.get(index);
        }
        ProjectedYear previous = projected.get(index - 1);
        CohortTable start = previous.population();
        LabourYear last = results.get(results.size() - 1);
        double movers = MigrationResponse.migrants(mu, urbanLabourForce,
                last.value(LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE), referenceUnemployment(year - 1));
        YearAssumptions a = MigrationResponse.add(model.demography().forYear(year, start), movers, start,
                assumptions().transfer().ages());
        projected.add(new CohortComponentProjection().step(year, start, a, previous.transferIntensity()));
        return projected.get(index);
    }

    /**
     * The neighbours' rate in a year that {@link MigrationResponse} answers: the model's {@link MigrationReference}
     * when it has one, else u*, the base year's rate at trend growth (NaN before the base year is built).
     */
    double referenceUnemployment(int calendarYear) {
        return reference != null ? reference[calendarYear - model.baseYear()] : referenceUnemployment;
    }

    /** The cohort-component years this replicate's agents were aligned to, base year first (see {@link #run}). */
    public List<ProjectedYear> cohortYears() {
        return List.copyOf(projected);
    }

    ScenarioSpec spec() {
        return model.spec();
    }

    LabourAssumptions assumptions() {
        return model.labour();
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

    /** Current schedule time as a year (for tests and diagnostics). */
    public int year() {
        return year;
    }

    public AgentPopulation population() {
        return population;
    }

    /**
     * The registration probabilities of the newly unemployed as {@link Draws#threshold}s,
     * indexed by {@code flags & F_URBAN_HUKOU}: rural hukou first, then urban.
     */
    long[] registrationThresholds() {
        return new long[] {Draws.threshold(calibration.registrationRuralHukou()),
            Draws.threshold(calibration.registrationUrbanHukou())};
    }

    /** δ, the schooling continuation shift the base year solved (0 without {@code labour.education}). */
    public double schoolingShift() {
        return schoolingShift;
    }

    /** What the base-year calibration found. */
    public Calibration calibration() {
        return calibration;
    }

    /**
     * Values solved from the base year.
     *
     * @param participationShift logit shift of the participation profile reproducing base-year employment
     * @param transferIntercept  logit intercept of the rural transfer model giving the base transfer rate
     * @param registrationUrbanHukou probability that a newly unemployed urban resident with urban hukou registers
     * @param registrationRuralHukou the same for rural hukou
     * @param matchingScale      μ₀: the matching efficiency at which the base-year unemployed stock is stationary
     * @param awayAtBase         rural labour working outside the region in the base year (persons)
     * @param tightness          θ*, non-farm vacancies per seeker when output grows at its trend (free entry)
     * @param okunSemiElasticity κ: d ln θ / d output growth, giving the scenario's Okun coefficient
     */
    public record Calibration(double participationShift, double transferIntercept, double registrationUrbanHukou,
                              double registrationRuralHukou,
                              double matchingScale, double awayAtBase, double tightness, double okunSemiElasticity) {
    }

    /** Per-group event counts of the current year, summed in slot order by the recorder. */
    static final class YearEvents {
        /** Agents by {@code [sex][residence]}. */
        final long[][] births = new long[2][2];
        final long[][] deaths = new long[2][2];
        final long[][] netMigration = new long[2][2];
        /** Rural-to-urban moves by sex. */
        final long[] transfers = new long[2];
        long trainees;
        long separations;
        long transferSeekers;
        long hires;
    }

    /** Output growth of the year, sector growth weighted by base-year employment (the cycle's measure). */
    double outputGrowth() {
        double[] g = assumptions().sectors().outputGrowth().at(org.labourcast.TimeAnchor.midYear(year));
        SectorValues w = assumptions().base().employedBySector();
        return (w.primary() * g[0] + w.secondary() * g[1] + w.tertiary() * g[2]) / w.sum();
    }

    /** θ(t): vacancies per seeker this year under free entry (see {@link LabourAssumptions.MarketAssumption}). */
    double tightness() {
        return calibration.tightness() * Math.exp(calibration.okunSemiElasticity()
                * (outputGrowth() - assumptions().market().trendGrowth()));
    }
}
