package org.labourcast.experiment;

/**
 * How a scenario is run, as opposed to what it models: Monte Carlo replicates, the master seed, worker threads and
 * the agent scale. A scenario's {@code simulation:} section gives defaults; command-line flags override them.
 *
 * @param runs    Monte Carlo replicates, ≥ 1
 * @param seed    64-bit master seed (all 64 bits are used, see {@link RandomStreams})
 * @param threads worker threads, ≥ 1; outputs never depend on it
 * @param scale   persons per agent, ≥ 1 (1 = one agent per person)
 */
public record RunSettings(int runs, long seed, int threads, int scale) {
    /** A default seed for scenarios that name none: the 2020 census day, 2020-11-01. */
    public static final long DEFAULT_SEED = 20201101L;

    public RunSettings {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, got " + runs);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be >= 1, got " + scale);
        }
    }

    public RunSettings withRuns(int r) {
        return new RunSettings(r, seed, threads, scale);
    }

    public RunSettings withSeed(long s) {
        return new RunSettings(runs, s, threads, scale);
    }

    public RunSettings withThreads(int t) {
        return new RunSettings(runs, seed, t, scale);
    }

    public RunSettings withScale(int k) {
        return new RunSettings(runs, seed, threads, k);
    }
}
