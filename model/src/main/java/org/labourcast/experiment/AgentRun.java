package org.labourcast.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.ArrayValues;
import org.labourcast.InputException;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.indicators.IndicatorCalculator;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.indicators.MonteCarloSummary;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.labour.LabourModel;
import org.labourcast.labour.LabourSimulation;
import org.labourcast.labour.LabourYear;
import org.labourcast.labour.MigrationReference;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.targets.TargetAttainment;
import org.labourcast.targets.TargetAttainmentEvaluator;
import org.labourcast.uncertainty.InputDraws;
import org.labourcast.uncertainty.RandomStreams;
import org.labourcast.uncertainty.UncertaintySource;

/**
 * A Monte Carlo run of the agent-based labour market: {@code runs} replicates of {@link LabourSimulation},
 * summarised as mean, median and percentiles per indicator and year, with the probability that each plan target is
 * met. With uncertainty sources switched on ({@link RunSettings#uncertainty()}, docs/uncertainty.md) each replicate
 * draws its scenario numbers and demographic deviations ({@link ReplicateDraws}), projects its own cohort-component
 * projection and aligns its agents to it; with none, every replicate is aligned to the same projection.
 *
 * <p>Reproducibility: replicate i draws from the streams of {@link RandomStreams}{@code (seed).replicate(i)} only,
 * and results are stored by replicate index and reduced in index order, so outputs are byte-identical for any
 * thread count. With at least as many runs as threads, replicates run side by side (each on one thread); otherwise
 * they run one after another, each spreading its groups over the threads.
 *
 * @param replicates every replicate's value of every indicator and year (demographic indicators from the cohort
 *                   projection the agents are aligned to, so the same in every replicate)
 * @param summary    mean, median, p05, p10, p90, p95 rows
 * @param targets    attainment of each plan target over the replicates
 * @param calibration what the base-year calibration found (identical in every replicate up to agent rounding; the
 *                    first replicate's)
 * @param inputs     what each replicate drew from the sources {@code settings.uncertainty()} switches on, one row
 *                   per replicate in replicate order (no columns when only sampling is drawn)
 */
public record AgentRun(ScenarioSpec scenario, RunSettings settings, List<ProjectedYear> cohort,
                       ReplicateValues replicates, List<IndicatorRow> summary, List<TargetAttainment> targets,
                       LabourSimulation.Calibration calibration, InputDraws inputs) implements ScenarioResult {

    public AgentRun {
        cohort = List.copyOf(cohort);
        summary = List.copyOf(summary);
        targets = List.copyOf(targets);
    }

    public static AgentRun of(ScenarioSpec spec, RunSettings settings, ProgressListener progress) {
        Replicates all = replicates(spec, settings, 0, settings.runs(), progress);
        ReplicateValues replicates = all.values(spec);
        List<IndicatorRow> summary = MonteCarloSummary.summarize(replicates);
        List<TargetAttainment> targets = TargetAttainmentEvaluator.evaluate(spec.targets(), replicates,
                spec.baseYear(), org.labourcast.targets.InputPin.of(spec));
        return new AgentRun(spec, settings, all.cohort(), replicates, summary, targets, all.calibration(),
                all.inputs());
    }

    /**
     * Replicates {@code from} (inclusive) to {@code to} (exclusive) of the Monte Carlo run that
     * {@link #of}{@code (spec, settings, …)} makes: each replicate draws only from its own streams of
     * {@link RandomStreams}{@code (settings.seed())}, so a block run on its own (on another thread count, in another
     * process, on another machine) gives exactly the values that replicate has in the whole run. This is how a
     * distributed runner splits one scenario's replicates over tasks and joins them again
     * ({@link ReplicateValues}, {@link MonteCarloSummary#summarize}).
     *
     * @param progress told after each replicate, counting within the block
     * @throws IllegalArgumentException unless {@code 0 <= from < to <= settings.runs()}
     */
    public static Replicates replicates(ScenarioSpec spec, RunSettings settings, int from, int to,
                                        ProgressListener progress) {
        if (from < 0 || to <= from || to > settings.runs()) {
            throw new IllegalArgumentException("replicates " + from + " to " + to + " of " + settings.runs()
                    + " runs: need 0 <= from < to <= runs");
        }
        List<ProjectedYear> cohort = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), spec.horizon(), new ScenarioAssumptions(spec));
        ReplicateDraws draws = new ReplicateDraws(spec, settings);
        RandomStreams streams = new RandomStreams(settings.seed());
        double[] neighbours = neighbours(spec, cohort, settings, streams);
        // Without drawn sources every replicate shares one model: the sampling-only run of earlier versions.
        LabourModel shared = draws.none() ? LabourModel.of(spec, cohort, settings.scale()).withReference(neighbours)
                : null;
        List<String> names = indicatorNames(spec);
        int years = spec.horizon() - spec.baseYear() + 1;
        int count = to - from;
        double[][][] values = new double[count][][];
        double[][] drawn = new double[count][];
        LabourSimulation.Calibration[] calibrations = new LabourSimulation.Calibration[count];
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = settings.threads() > 1 ? new ForkJoinPool(settings.threads()) : null;
        try {
            boolean sideBySide = pool != null && count >= settings.threads();
            GroupExecutor inner = pool == null || sideBySide ? GroupExecutor.serial() : GroupExecutor.on(pool);
            Runnable[] tasks = new Runnable[count];
            for (int i = 0; i < count; i++) {
                int slot = i;
                tasks[slot] = () -> {
                    UniformRandomProvider key = streams.replicate(from + slot);
                    LabourModel model = shared;
                    List<ProjectedYear> own = cohort;
                    if (shared == null) {
                        ReplicateDraws.Drawn d = draws.draw(streams, from + slot);
                        drawn[slot] = d.inputs();
                        try {
                            // A replicate whose migration answers its market projects its own years as it runs:
                            // only its base year is needed here.
                            boolean steps = d.spec().labour().market().migrationAnswersMarket();
                            own = new CohortComponentProjection().project(d.spec().population().persons(),
                                    spec.baseYear(), steps ? spec.baseYear() : spec.horizon(), d.assumptions());
                            model = LabourModel.of(d.spec(), own, settings.scale(), d.assumptions())
                                    .withReference(neighbours);
                            LabourSimulation sim = new LabourSimulation(model, key.nextLong(), key.nextLong(), inner);
                            List<LabourYear> run = sim.run();
                            values[slot] = valuesOf(spec, names, sim.cohortYears(), run, years);
                            calibrations[slot] = sim.calibration();
                        } catch (InputException e) {
                            throw draws.explain(e, from + slot, d.inputs());
                        }
                        progress.completed(done.incrementAndGet(), count);
                        return;
                    }
                    drawn[slot] = new double[0];
                    LabourSimulation sim = new LabourSimulation(model, key.nextLong(), key.nextLong(), inner);
                    List<LabourYear> run = sim.run();
                    values[slot] = valuesOf(spec, names, sim.cohortYears(), run, years);
                    calibrations[slot] = sim.calibration();
                    progress.completed(done.incrementAndGet(), count);
                };
            }
            if (sideBySide) {
                pool.submit(() -> java.util.Arrays.stream(tasks).parallel().forEach(Runnable::run)).join();
            } else {
                for (Runnable t : tasks) {
                    t.run();
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        return new Replicates(from, names, years(spec), values, cohort, calibrations[0],
                new InputDraws(draws.names(), draws.sources(), drawn));
    }

    /**
     * The neighbours' unemployment rate net migration answers ({@link MigrationReference}), or null when the
     * scenario's migration does not answer the labour market: one run of its own stream, the same in every block of
     * the run.
     */
    private static double[] neighbours(ScenarioSpec spec, List<ProjectedYear> cohort, RunSettings settings,
                                       RandomStreams streams) {
        if (!MigrationReference.needed(spec)) {
            return null;
        }
        UniformRandomProvider key = streams.source(0, UncertaintySource.SAMPLING, "migration.reference");
        return MigrationReference.of(spec, cohort, settings.scale(), key.nextLong(), key.nextLong(),
                GroupExecutor.serial());
    }

    /**
     * Joins blocks of one run's replicates ({@link #replicates}), given in replicate order and covering runs 0 to
     * n − 1 once, into the drawn inputs of the whole run: the rows {@link #of} gives.
     */
    public static InputDraws joinInputs(List<Replicates> blocks) {
        List<double[]> rows = new ArrayList<>();
        InputDraws first = blocks.get(0).inputs();
        for (Replicates b : blocks) {
            if (b.first() != rows.size()) {
                throw new IllegalArgumentException("blocks must follow each other from replicate 0; got "
                        + b.first() + " after " + rows.size() + " replicates");
            }
            rows.addAll(java.util.Arrays.asList(b.inputs().values()));
        }
        return new InputDraws(first.names(), first.sources(), rows.toArray(double[][]::new));
    }

    /** The years of a run's values: the base year to the horizon. */
    public static int[] years(ScenarioSpec spec) {
        int[] years = new int[spec.horizon() - spec.baseYear() + 1];
        for (int y = 0; y < years.length; y++) {
            years[y] = spec.baseYear() + y;
        }
        return years;
    }

    /**
     * A block of replicates: {@code values[i]} is replicate {@code first + i}, indexed {@code [indicator][year]}.
     *
     * @param calibration the block's first replicate's base-year calibration
     * @param inputs      what each replicate of the block drew, row i for replicate {@code first + i}
     */
    public record Replicates(int first, List<String> indicators, int[] years, double[][][] values,
                             List<ProjectedYear> cohort, LabourSimulation.Calibration calibration,
                             InputDraws inputs) {
        public Replicates {
            years = ArrayValues.copy(years);
            values = ArrayValues.copy(values);
        }

        /** The block as replicate values (replicate {@code first} becomes run 0). */
        public ReplicateValues values(ScenarioSpec spec) {
            return new ReplicateValues(spec.id(), indicators, years, values);
        }

        @Override
        public int[] years() {
            return ArrayValues.copy(years);
        }

        @Override
        public double[][][] values() {
            return ArrayValues.copy(values);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Replicates other && ArrayValues.equal(componentValues(), other.componentValues());
        }

        @Override
        public int hashCode() {
            return ArrayValues.hash(componentValues());
        }

        @Override
        public String toString() {
            return ArrayValues.text(this, componentValues());
        }

        private Object[] componentValues() {
            return new Object[] {first, indicators, years, values, cohort, calibration, inputs};
        }
    }

    /** Demographic indicators (catalogue order) followed by the labour indicators. */
    public static List<String> indicatorNames(ScenarioSpec spec) {
        List<String> names = new ArrayList<>(IndicatorCatalog.names(spec.workingAge()));
        names.addAll(LabourIndicators.NAMES);
        return List.copyOf(names);
    }

    /**
     * Demographic indicators come from the cohort-component years the replicate was aligned to (its own when its
     * net migration answers its labour market): the agents are aligned to them cell by cell,
     * so they agree up to the rounding of each cell to whole agents, which at a coarse scale would only add noise.
     */
    private static double[][] valuesOf(ScenarioSpec spec, List<String> names, List<ProjectedYear> cohort,
                                       List<LabourYear> run, int years) {
        IndicatorCalculator calculator = new IndicatorCalculator(spec.workingAge());
        double[][] v = new double[names.size()][years];
        for (int y = 0; y < years; y++) {
            LabourYear ly = run.get(y);
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (LabourIndicators.NAMES.contains(name)) {
                    v[i][y] = ly.value(name);
                } else {
                    v[i][y] = y == 0 && IndicatorCatalog.isFlow(name) ? Double.NaN
                            : calculator.value(name, cohort.get(y));
                }
            }
        }
        return v;
    }

    @Override
    public List<ProjectedYear> years() {
        return cohort;
    }

    @Override
    public List<IndicatorRow> indicators() {
        return summary;
    }

    @Override
    public String engine() {
        return "agent-based (MASON), aligned to the cohort-component projection";
    }

    /** The summary rows of one indicator and stat, in year order. */
    public List<IndicatorRow> indicator(String name, String stat) {
        return summary.stream().filter(r -> r.indicator().equals(name) && r.stat().equals(stat)).toList();
    }
}
