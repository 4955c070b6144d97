package org.labourcast.scenario;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.labourcast.uncertainty.UncertaintySource;

/**
 * How a scenario is run, as opposed to what it models: Monte Carlo replicates, the master seed, worker threads, the
 * agent scale and the uncertainty sources drawn per replicate. A scenario's {@code simulation:} section gives
 * defaults; command-line flags override them.
 *
 * @param runs        Monte Carlo replicates, 1 to {@value #MAX_RUNS}
 * @param seed        64-bit master seed (all 64 bits are used, see {@link org.labourcast.uncertainty.RandomStreams})
 * @param threads     worker threads, 1 to {@value #MAX_THREADS}; outputs never depend on it
 * @param scale       persons per agent, ≥ 1 (1 = one agent per person)
 * @param uncertainty the sources drawn per replicate besides the agents' own chance events, which are always drawn
 *                    ({@link UncertaintySource#SAMPLING} is implied and may be left out); empty gives the
 *                    sampling-only Monte Carlo of earlier versions, byte for byte (docs/uncertainty.md)
 */
public record RunSettings(int runs, long seed, int threads, int scale, Set<UncertaintySource> uncertainty) {
    /** A default seed for scenarios that name none: the 2020 census day, 2020-11-01. */
    public static final long DEFAULT_SEED = 20201101L;
    /**
     * The most Monte Carlo replicates a run may have, from a scenario's {@code simulation.runs} or {@code --runs}:
     * every replicate's values are held until the run is summarised, and 100,000 already give a target's
     * probability to within ±0.3 percentage points (95%).
     */
    public static final int MAX_RUNS = 100_000;
    /**
     * The most worker threads: far above any machine's cores (results never depend on the count), and far below
     * {@link java.util.concurrent.ForkJoinPool}'s limit of 32,767 and the thousands of native threads a process
     * may create.
     */
    public static final int MAX_THREADS = 1024;

    public RunSettings {
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("runs must be 1 to " + MAX_RUNS + ", got " + runs);
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be 1 to " + MAX_THREADS + ", got " + threads);
        }
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be >= 1, got " + scale);
        }
        EnumSet<UncertaintySource> s = EnumSet.noneOf(UncertaintySource.class);
        s.addAll(uncertainty);
        s.remove(UncertaintySource.SAMPLING);
        uncertainty = Collections.unmodifiableSet(s);
    }

    /**
     * Settings that draw no uncertainty but the agents' own (the form of sweeps, calibration and the benchmark's
     * sampling-only case).
     */
    public RunSettings(int runs, long seed, int threads, int scale) {
        this(runs, seed, threads, scale, Set.of());
    }

    /** Every source: what {@code labourcast run} draws by default. */
    public static Set<UncertaintySource> allSources() {
        return EnumSet.allOf(UncertaintySource.class);
    }

    /** All the machine's processors, up to {@link #MAX_THREADS}: the thread count when none is given. */
    public static int defaultThreads() {
        return Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
    }

    /** Whether replicates draw {@code source} (sampling is always drawn). */
    public boolean draws(UncertaintySource source) {
        return source == UncertaintySource.SAMPLING || uncertainty.contains(source);
    }

    public RunSettings withRuns(int r) {
        return new RunSettings(r, seed, threads, scale, uncertainty);
    }

    public RunSettings withSeed(long s) {
        return new RunSettings(runs, s, threads, scale, uncertainty);
    }

    public RunSettings withThreads(int t) {
        return new RunSettings(runs, seed, t, scale, uncertainty);
    }

    public RunSettings withScale(int k) {
        return new RunSettings(runs, seed, threads, k, uncertainty);
    }

    public RunSettings withUncertainty(Set<UncertaintySource> sources) {
        return new RunSettings(runs, seed, threads, scale, sources);
    }
}
