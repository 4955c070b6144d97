package org.labourcast.calibration;

import java.util.Objects;

/**
 * How a calibration is run, from the calibration file's {@code settings:} (command-line flags override some).
 *
 * <p>Immutable and thread-safe.
 *
 * @param optimiser      the optimiser
 * @param maxEvaluations most model evaluations the optimiser may use (each a Monte Carlo run of {@code runs}
 *                       replicates, or one cohort projection), ≥ 1; the standard errors take 2 more per parameter
 * @param runs           Monte Carlo replicates per evaluation, ≥ 1 (agent model only)
 * @param scale          persons per agent, ≥ 1 (agent model only)
 * @param seed           64-bit master seed, the same for every evaluation (common random numbers); also seeds CMA-ES
 * @param jacobianStep   finite-difference step for derivatives, as a fraction of each parameter's bound width, in
 *                       (0, 0.25]
 */
public record CalibrationSettings(Optimiser optimiser, int maxEvaluations, int runs, int scale, long seed,
                                  double jacobianStep) {
    /** Default derivative step for the smooth cohort-component model: a millionth of the bound width. */
    public static final double SMOOTH_JACOBIAN_STEP = 1e-6;
    /**
     * Default derivative step for the agent model: 2% of the bound width. With common random numbers a much smaller
     * step sees the discrete steps of whole agents rather than the slope.
     */
    public static final double AGENT_JACOBIAN_STEP = 0.02;

    public CalibrationSettings {
        Objects.requireNonNull(optimiser, "optimiser");
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be >= 1, got " + maxEvaluations);
        }
        if (runs < 1 || scale < 1) {
            throw new IllegalArgumentException("runs and scale must be >= 1, got " + runs + " and " + scale);
        }
        if (!(jacobianStep > 0 && jacobianStep <= 0.25)) {
            throw new IllegalArgumentException("jacobianStep must be in (0, 0.25], got " + jacobianStep);
        }
    }

    public CalibrationSettings withRuns(int r) {
        return new CalibrationSettings(optimiser, maxEvaluations, r, scale, seed, jacobianStep);
    }

    public CalibrationSettings withScale(int k) {
        return new CalibrationSettings(optimiser, maxEvaluations, runs, k, seed, jacobianStep);
    }

    public CalibrationSettings withSeed(long s) {
        return new CalibrationSettings(optimiser, maxEvaluations, runs, scale, s, jacobianStep);
    }

    public CalibrationSettings withMaxEvaluations(int n) {
        return new CalibrationSettings(optimiser, n, runs, scale, seed, jacobianStep);
    }
}
