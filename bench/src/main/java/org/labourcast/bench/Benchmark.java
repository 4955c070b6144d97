package org.labourcast.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.labour.LabourModel;
import org.labourcast.labour.LabourSimulation;
import org.labourcast.labour.LabourYear;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;

/**
 * Timing of the agent engine, for the {@code bench} command. Wall-clock seconds by {@link System#nanoTime()};
 * person-years are agents alive at the end of each projected year, summed. Peak heap is the sum over the JVM's heap
 * memory pools of each pool's peak usage since a reset that follows a {@code System.gc()} before the case: an upper
 * bound on the live-plus-garbage heap at any instant (the pools peak at different moments). Not thread-safe; run
 * one case at a time in a quiet JVM.
 */
public final class Benchmark {
    private Benchmark() {
    }

    /**
     * One case's figures.
     *
     * @param agents              agents at the start (base year), summed over runs for none: one run's
     * @param personYears         agent-years simulated by one run
     * @param secondsPerRun       wall seconds of one run (for Monte Carlo: wall time / runs)
     * @param totalSeconds        wall seconds of all runs timed (for an extrapolated case, the projection)
     * @param peakHeapBytes       see the class comment; −1 if unknown
     * @param stateBytesPerPerson bytes of agent columns, household links and records (capacity) per agent at the end;
     *                            NaN if not measured
     * @param countBytesPerPerson bytes of the columns' histograms per agent at the end (a fixed cost per group, not
     *                            in {@code stateBytesPerPerson}); NaN if not measured
     * @param extrapolated        whether {@code totalSeconds} is projected from fewer runs than stated
     */
    public record Result(String id, String description, long agents, long personYears, int runs, int threads,
                         double secondsPerRun, double totalSeconds, long peakHeapBytes, double stateBytesPerPerson,
                         double countBytesPerPerson, boolean extrapolated, String note) {
        public double personYearsPerSecond() {
            return personYears / secondsPerRun;
        }
    }

    /** The projection every replicate is aligned to, and the model of a scenario at a scale. */
    public static LabourModel model(ScenarioSpec spec, int scale) {
        List<ProjectedYear> cohort = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), spec.horizon(), new ScenarioAssumptions(spec));
        return LabourModel.of(spec, cohort, scale);
    }

    /** One replicate, its groups spread over {@code threads}, after {@code warmup} untimed replicates. */
    public static Result single(String id, String description, ScenarioSpec spec, int scale, int threads,
                                int warmup) {
        LabourModel model = model(spec, scale);
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        try {
            GroupExecutor exec = pool == null ? GroupExecutor.serial() : GroupExecutor.on(pool);
            for (int w = 0; w < warmup; w++) {
                new LabourSimulation(model, 100 + w, 7, exec).run();
            }
            resetPeaks();
            long t0 = System.nanoTime();
            LabourSimulation sim = new LabourSimulation(model, 1, 2, exec);
            List<LabourYear> years = sim.run();
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = peakHeap();
            long agents = Math.round(years.get(0).demography().population().total() / scale);
            long py = personYears(years, scale);
            double perPerson = (double) sim.stateBytes() / sim.population().total();
            double counts = (double) sim.population().countBytes() / sim.population().total();
            return new Result(id, description, agents, py, 1, threads, seconds, seconds, peak, perPerson, counts, false,
                    "");
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    /**
     * {@code runs} Monte Carlo replicates through {@link AgentRun} (replicates side by side on the threads), the
     * total projected to {@code statedRuns} when fewer were run.
     */
    public static Result monteCarlo(String id, String description, ScenarioSpec spec, int scale, int threads,
                                    int runs, int statedRuns, int warmup) {
        return monteCarlo(id, description, spec, scale, threads, runs, statedRuns, warmup, java.util.Set.of());
    }

    /**
     * As {@link #monteCarlo(String, String, ScenarioSpec, int, int, int, int, int)}, each replicate drawing the
     * given uncertainty sources (docs/uncertainty.md): its own scenario numbers, cohort projection and model.
     */
    public static Result monteCarlo(String id, String description, ScenarioSpec spec, int scale, int threads,
                                    int runs, int statedRuns, int warmup,
                                    java.util.Set<org.labourcast.uncertainty.UncertaintySource> uncertainty) {
        LabourModel model = model(spec, scale);
        if (warmup > 0) {
            AgentRun.of(spec, new RunSettings(Math.max(threads, warmup), 99, threads, scale, uncertainty),
                    ProgressListener.NONE);
        }
        resetPeaks();
        long t0 = System.nanoTime();
        AgentRun.of(spec, new RunSettings(runs, RunSettings.DEFAULT_SEED, threads, scale, uncertainty),
                ProgressListener.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = peakHeap();
        List<ProjectedYear> cohort = model.cohort();
        long agents = Math.round(cohort.get(0).population().total() / scale);
        long py = 0;
        for (int y = 1; y < cohort.size(); y++) {
            py += Math.round(cohort.get(y).population().total() / scale);
        }
        boolean extrapolated = runs < statedRuns;
        double total = extrapolated ? seconds / runs * statedRuns : seconds;
        String note = extrapolated ? "extrapolated: " + runs + " runs took " + String.format(java.util.Locale.ROOT,
                "%.1f", seconds) + " s; total is for " + statedRuns : "";
        return new Result(id, description, agents, py, extrapolated ? statedRuns : runs, threads, seconds / runs,
                total, peak, Double.NaN, Double.NaN, extrapolated, note);
    }

    /** The naive object-per-person MASON model over the projection years, on {@code fraction} of the persons. */
    public static Result naive(String id, String description, ScenarioSpec spec, double fraction, int warmupYears) {
        LabourModel model = model(spec, 1);
        int years = spec.horizon() - spec.baseYear();
        if (warmupYears > 0) {
            new NaivePersonModel(model, Math.min(fraction, 0.05), 3).runYears(warmupYears);
        }
        resetPeaks();
        long t0 = System.nanoTime();
        NaivePersonModel m = new NaivePersonModel(model, fraction, 1);
        double build = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        long py = m.runYears(years);
        double seconds = (System.nanoTime() - t1) / 1e9;
        long peak = peakHeap();
        String note = String.format(java.util.Locale.ROOT, "%.3g of the persons; building them took %.1f s (not"
                + " timed); %d years", fraction, build, years);
        return new Result(id, description, m.persons(), py, 1, 1, seconds, seconds, peak, Double.NaN, Double.NaN, false,
                note);
    }

    private static long personYears(List<LabourYear> years, int scale) {
        long py = 0;
        for (int y = 1; y < years.size(); y++) {
            py += Math.round(years.get(y).demography().population().total() / scale);
        }
        return py;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid() && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
