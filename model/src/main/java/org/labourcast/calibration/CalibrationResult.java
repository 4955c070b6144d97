package org.labourcast.calibration;

import java.util.List;
import java.util.Objects;

/**
 * What a calibration found. Residuals are simulated − observed, in the indicator's unit; scaled residuals are
 * residual / tolerance.
 *
 * <p>Immutable and thread-safe (its evaluations copy their arrays).
 *
 * @param problem                   the calibration
 * @param simulatedTo               the last year the model was run to at each evaluation
 * @param start                     the evaluation at the start values
 * @param fitted                    the evaluation with the lowest objective: the fitted values
 * @param errors                    standard errors of the fitted values (see {@link StandardErrors})
 * @param optimisationEvaluations   model evaluations the optimiser used, the start included
 * @param standardErrorEvaluations  further evaluations for the Jacobian of the standard errors
 * @param stopReason                why the optimiser stopped, in words
 * @param trace                     every evaluation in order (the optimiser's, then the standard errors')
 */
public record CalibrationResult(CalibrationProblem problem, int simulatedTo, Evaluation start, Evaluation fitted,
                                StandardErrors errors, int optimisationEvaluations, int standardErrorEvaluations,
                                String stopReason, List<Evaluation> trace) {
    public CalibrationResult {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fitted, "fitted");
        trace = List.copyOf(trace);
    }

    /** The fitted values, in parameter order. */
    public double[] fittedValues() {
        return fitted.parameters();
    }

    public double residual(int target) {
        return fitted.simulated(target) - problem.targets().get(target).observed();
    }

    public double scaledResidual(int target) {
        return residual(target) / problem.targets().get(target).tolerance();
    }

    /** Whether |simulated − observed| ≤ tolerance at the fitted values. */
    public boolean withinTolerance(int target) {
        return Math.abs(residual(target)) <= problem.targets().get(target).tolerance();
    }

    public int targetsWithinTolerance() {
        int k = 0;
        for (int i = 0; i < problem.targets().size(); i++) {
            k += withinTolerance(i) ? 1 : 0;
        }
        return k;
    }

    /** Root mean square of the scaled residuals (unweighted), in tolerances. */
    public double rmseScaled() {
        double ss = 0;
        int n = problem.targets().size();
        for (int i = 0; i < n; i++) {
            ss += scaledResidual(i) * scaledResidual(i);
        }
        return Math.sqrt(ss / n);
    }

    /** Whether a fitted value lies on (within 1e-6 of the width of) one of its bounds. */
    public boolean atBound(int parameter) {
        FreeParameter p = problem.parameters().get(parameter);
        double u = p.toUnit(fitted.parameter(parameter));
        return u <= 1e-6 || u >= 1 - 1e-6;
    }
}
