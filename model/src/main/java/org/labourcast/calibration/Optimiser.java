package org.labourcast.calibration;

import java.util.Arrays;
import java.util.List;

/**
 * The optimisers a calibration may use, all from Commons Math 3.6.1, each working on the parameters rescaled to
 * [0, 1] within their bounds (so that no parameter's unit dominates a step or a trust region).
 *
 * <ul>
 *   <li>{@link #CMA_ES}: covariance matrix adaptation evolution strategy (Hansen), derivative-free and robust to the
 *       small steps a Monte Carlo objective with common random numbers still has at a coarse agent scale;</li>
 *   <li>{@link #BOBYQA}: Powell's bound-constrained quadratic-model trust-region method, derivative-free, usually
 *       fewer evaluations than CMA-ES on a few parameters; needs at least two parameters;</li>
 *   <li>{@link #LEVENBERG_MARQUARDT}: damped Gauss–Newton least squares with finite-difference derivatives, for a
 *       smooth (deterministic) model only: the cohort-component projection.</li>
 * </ul>
 */
public enum Optimiser {
    CMA_ES("cma_es"),
    BOBYQA("bobyqa"),
    LEVENBERG_MARQUARDT("levenberg_marquardt");

    private final String label;

    Optimiser(String label) {
        this.label = label;
    }

    /** The name used in calibration files and outputs, e.g. {@code cma_es}. */
    public String label() {
        return label;
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Optimiser::label).toList();
    }

    /** @throws IllegalArgumentException for an unknown label */
    public static Optimiser of(String label) {
        for (Optimiser o : values()) {
            if (o.label.equals(label)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown optimiser " + label);
    }
}
