package org.labourcast.calibration;

import org.labourcast.ArrayValues;

/**
 * One evaluation of the model during a calibration.
 *
 * <p>Immutable and thread-safe: the arrays are copied in and out.
 *
 * @param index        1-based order of the evaluation
 * @param parameters   the parameter values, in parameter order, exactly as the scenario was given them
 * @param simulated    each target's simulated statistic (mean over runs), in target order
 * @param monteCarloSe the standard error of each simulated mean over the runs (0 for the deterministic model)
 * @param objective    Σ weight·((simulated − observed) / tolerance)²
 */
public record Evaluation(int index, double[] parameters, double[] simulated, double[] monteCarloSe, double objective) {
    public Evaluation {
        parameters = parameters.clone();
        simulated = simulated.clone();
        monteCarloSe = monteCarloSe.clone();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public double[] simulated() {
        return simulated.clone();
    }

    @Override
    public double[] monteCarloSe() {
        return monteCarloSe.clone();
    }

    public double parameter(int i) {
        return parameters[i];
    }

    public double simulated(int i) {
        return simulated[i];
    }

    public double monteCarloSe(int i) {
        return monteCarloSe[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation other && ArrayValues.equal(componentValues(), other.componentValues());
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
        return new Object[] {index, parameters, simulated, monteCarloSe, objective};
    }
}
