package org.labourcast.calibration;

/**
 * Told after each model evaluation of a calibration, so a front end can show progress while the model never prints.
 * Called from the calibrating thread only.
 */
@FunctionalInterface
public interface CalibrationProgress {
    /** A listener that ignores every report. */
    CalibrationProgress NONE = (evaluations, budget, best) -> {
    };

    /**
     * @param evaluations model evaluations so far (those for the standard errors come after the budget)
     * @param budget      the optimiser's budget of evaluations
     * @param best        the lowest objective so far
     */
    void evaluated(int evaluations, int budget, double best);
}
