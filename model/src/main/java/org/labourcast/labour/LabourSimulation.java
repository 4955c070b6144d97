package org.labourcast.labour;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.agents.GroupStreams;
import org.labourcast.agents.Selection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.labour.LabourAssumptions;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One replicate of the agent-based labour market: a MASON {@link SimState} that owns the agents and a
 * {@link Schedule} that each year first begins the year itself ({@link #beginYear}: the year's {@link YearContext}
 * with its random streams and zeroed event counters and job tallies, so that no process depends on running first),
 * then steps the yearly processes of {@link YearlyProcesses#inOrder()} in this order (the {@code ordering} of each,
 * after the engine's 0). Each is a {@link YearlyProcess} that sees only the year's context; this class adapts each to
 * a MASON {@link Steppable} once, and is the only class of the package that knows MASON's {@code SimState}:
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
 *   <li>{@link SupportedStartups}: founders of supported start-ups leave unemployment or are flagged as returnee
 *       entrepreneurs (when a lever asks);</li>
 *   <li>{@link JobMatchingProcess}: seekers fill vacancies (Cobb–Douglas matching); the rest stay unemployed or
 *       return to farming;</li>
 *   <li>{@link GraduateInternshipPlacement}: interns among the year's graduates are placed in vacancies left
 *       unfilled (when a lever asks);</li>
 *   <li>{@link HouseholdProcess}: zero-employment households counted and helped (with households modelled);</li>
 *   <li>{@link InsuranceEnrolment}: social-insurance enrolment follows the year's employment (when modelled);</li>
 *   <li>{@link ReturneeStartups}: returning migrants start businesses (返乡入乡创业, when modelled);</li>
 *   <li>{@link PensionEnrolment}: basic pension enrolment follows retirement, new jobs and ageing (when
 *       modelled);</li>
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

    private final transient LabourModel model;
    private final transient AgentPopulation population;
    private final transient GroupExecutor executor;
    private final transient GroupStreams streams;
    private final transient ThreadLocal<Selection> selections = ThreadLocal.withInitial(Selection::new);
    private final transient LabourMarketState market;
    private final transient CohortYears cohorts;
    private final transient List<LabourYear> results = new ArrayList<>();
    /** {@code labour.transfer.ages} by single age. */
    private final boolean[] ruralLabourAge;
    /** Calibrated once from the base year, see {@link BaseYearLabourState}. */
    private transient Calibration calibration;
    /** The current year's context; null before the base year is built. */
    private transient YearContext context;

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
        this.market = new LabourMarketState(model.maxAge());
        this.cohorts = new CohortYears(model);
        this.ruralLabourAge = new boolean[model.maxAge() + 1];
        for (int a = 0; a <= model.maxAge(); a++) {
            ruralLabourAge[a] = model.labour().transfer().ages().contains(a);
        }
    }

    /**
     * MASON's start resets the schedule; the engine's {@link #beginYear} is scheduled first each year (ordering 0),
     * then the processes of {@link YearlyProcesses#inOrder()} afresh, each at its ordering (1, 2, …).
     */
    @Override
    public void start() {
        super.start();
        schedule.scheduleRepeating(1.0, 0, new YearStart(), 1.0);
        List<YearlyProcess> processes = YearlyProcesses.inOrder();
        for (int i = 0; i < processes.size(); i++) {
            schedule.scheduleRepeating(1.0, i + 1, new Scheduled(processes.get(i)), 1.0);
        }
    }

    /**
     * The engine's bookkeeping at the start of a projected year, before any process: the next year's context with
     * its random streams and new event counters, and the year's job tallies set to zero. Tests that step the
     * processes by hand call it before each year's first process, as the schedule does.
     */
    void beginYear() {
        market.resetTallies();
        context = newContext(context.year() + 1, new YearEvents());
    }

    /** The current year's context, handed to each process ({@link YearlyProcess#step}). */
    YearContext context() {
        return context;
    }

    /** A year's context with a fresh stream for every group. */
    private YearContext newContext(int year, YearEvents events) {
        UniformRandomProvider[] random = new UniformRandomProvider[population.slots()];
        for (int slot = 0; slot < random.length; slot++) {
            random[slot] = streams.stream(year, slot);
        }
        // The slot after the last group names the household pass's stream: no group draws from it.
        return new YearContext(model, population, executor, random, streams.stream(year, random.length), selections,
                year, events, calibration, market,
                cohorts, results, ruralLabourAge);
    }

    /** The schedule's step that begins each year ({@link #beginYear}). */
    private static final class YearStart implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            ((LabourSimulation) state).beginYear();
        }
    }

    /** A {@link YearlyProcess} as a MASON step: the one place a process meets the {@link SimState}. */
    private static final class Scheduled implements Steppable {
        private static final long serialVersionUID = 1L;
        private final transient YearlyProcess process;

        Scheduled(YearlyProcess process) {
            this.process = process;
        }

        @Override
        public void step(SimState state) {
            process.step(((LabourSimulation) state).context);
        }
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
        context = newContext(model.baseYear(), null);
        calibration = BaseYearLabourState.build(context);
        if (model.labour().insurance() != null) { // after every other base-year draw, so they stay as they were
            market.setInsurance(InsuranceEnrolment.assignBaseYear(context, model.labour().insurance()));
        }
        if (model.labour().returnees() != null) { // after the others, so they stay as they were
            ReturneeStartups.assignBaseYear(context, model.labour().returnees());
        }
        if (model.labour().insurance() != null && model.labour().insurance().pension() != null) {
            // after the returnees' draw, so every earlier base-year draw stays as it was
            market.setPension(PensionEnrolment.assignBaseYear(context, model.labour().insurance().pension()));
        }
        if (model.labour().households() != null) { // last, from its own stream: the others stay as they were
            market.setHouseholds(Households.form(context, model.labour().households()));
        }
        LabourYear base = IndicatorRecorder.record(context);
        context.record(base);
        // The base year's own cycle is removed in Okun's gap form: u* = u(base) + β (g(base) − ḡ).
        LabourAssumptions.MarketAssumption market = assumptions().market();
        cohorts.setTrendUnemployment(base.value(LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE)
                + market.okunCoefficient() * (context.outputGrowth() - market.trendGrowth()));
        return base;
    }

    /** The recorded years so far, base year first. */
    List<LabourYear> recorded() {
        return List.copyOf(results);
    }

    /** See {@link CohortYears#referenceUnemployment}. */
    double referenceUnemployment(int calendarYear) {
        return cohorts.referenceUnemployment(calendarYear);
    }

    /** The cohort-component years this replicate's agents were aligned to, base year first (see {@link #run}). */
    public List<ProjectedYear> cohortYears() {
        return cohorts.all();
    }

    LabourAssumptions assumptions() {
        return model.labour();
    }

    /** Current schedule time as a year (for tests and diagnostics). */
    public int year() {
        return context == null ? 0 : context.year();
    }

    public AgentPopulation population() {
        return population;
    }

    /**
     * Bytes of the agents' state: the agent columns ({@link AgentPopulation#bytes}, household links included) and
     * the household records, capacity not size.
     */
    public long stateBytes() {
        return population.bytes() + (market.households() == null ? 0 : market.households().bytes());
    }

    /** The household records, or null without {@code labour.households} (for tests). */
    Households households() {
        return market.households();
    }

    /** δ, the schooling continuation shift the base year solved (0 without {@code labour.education}). */
    public double schoolingShift() {
        return calibration.schoolingShift();
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
     * @param schoolingShift     δ, the log-odds shift of the schooling continuation rates that reproduces the base
     *                           year's 15+ average years ({@link Schooling}); 0 without {@code labour.education}
     */
    public record Calibration(double participationShift, double transferIntercept, double registrationUrbanHukou,
                              double registrationRuralHukou,
                              double matchingScale, double awayAtBase, double tightness, double okunSemiElasticity,
                              double schoolingShift) {
    }
}
