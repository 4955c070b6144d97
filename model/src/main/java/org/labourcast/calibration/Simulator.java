package org.labourcast.calibration;

import java.util.ArrayList;
import java.util.List;
import org.labourcast.ArrayValues;
import org.labourcast.Csv;
import org.labourcast.InputException;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.yaml.FieldOverride;

/**
 * Runs the model at given parameter values and computes every target's simulated statistic.
 *
 * <p>A parameter value is set like {@code --set path=value}, written with {@link Csv#number} (12 significant
 * digits), and the scenario is read again with all its checks. The agent model runs with the calibration's runs,
 * scale and seed: the same seed at every evaluation, so the replicates share their random streams across parameter
 * values (common random numbers) and the objective is a deterministic function of the parameters. A scenario whose
 * targets are all demographic runs the deterministic cohort-component projection only.
 *
 * <p>To save time the scenario is ended at the last year a target needs ({@code horizon}, with its plan
 * {@code targets} and {@code actuals} dropped, since they only report and could not be read past the shorter
 * horizon). No year's result depends on later years' inputs, so this changes no simulated value
 * (LeshanCalibrationTest checks it); where the shortened scenario would not read (a lever or path point after
 * the new horizon) the full horizon is used. Not thread-safe.
 */
final class Simulator {
    /**
     * Simulated statistics, in target order.
     *
     * @param values       mean over the runs of each target's statistic
     * @param monteCarloSe standard error of that mean over the runs (sd / √runs): 0 where every run gives the same
     *                     value (the deterministic model, and demographic indicators, which come from the cohort
     *                     projection in every run); NaN for a labour indicator of a single agent run
     */
    record Simulation(double[] values, double[] monteCarloSe) {
        Simulation {
            values = ArrayValues.copy(values);
            monteCarloSe = ArrayValues.copy(monteCarloSe);
        }

        @Override
        public double[] values() {
            return ArrayValues.copy(values);
        }

        @Override
        public double[] monteCarloSe() {
            return ArrayValues.copy(monteCarloSe);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Simulation other && ArrayValues.equal(componentValues(), other.componentValues());
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
            return new Object[] {values, monteCarloSe};
        }
    }

    private final CalibrationProblem problem;
    private final ScenarioReader reader = new ScenarioReader();
    private final RunSettings settings;
    private final List<FieldOverride> truncation;

    Simulator(CalibrationProblem problem, int threads) {
        this.problem = problem;
        CalibrationSettings s = problem.settings();
        this.settings = new RunSettings(s.runs(), s.seed(), threads, s.scale());
        this.truncation = truncation();
    }

    /** The overrides that set each parameter to its value. */
    static List<FieldOverride> overrides(List<FreeParameter> parameters, double[] values) {
        List<FieldOverride> out = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            out.add(new FieldOverride(parameters.get(i).overridePath(), Csv.number(values[i])));
        }
        return out;
    }

    /** The last year simulated: the last year a target needs, or the scenario's horizon if it cannot be shortened. */
    int simulatedTo() {
        return truncation.isEmpty() ? problem.scenario().spec().horizon() : Integer.parseInt(truncation.get(0).value());
    }

    Simulation simulate(double[] theta) {
        List<FieldOverride> all = new ArrayList<>(overrides(problem.parameters(), theta));
        all.addAll(truncation);
        ScenarioSpec spec;
        try {
            spec = reader.read(problem.scenarioFile(), all).spec();
        } catch (InputException e) {
            // Each bound was checked on its own; some combinations of values may still be refused.
            List<String> values = new ArrayList<>();
            for (int i = 0; i < theta.length; i++) {
                values.add(problem.parameters().get(i).path() + " = " + Csv.number(theta[i]));
            }
            throw new InputException(null, "parameters", "the scenario is invalid at " + String.join(", ", values)
                    + ", which the optimiser tried: " + e.getMessage(), "narrow the bounds so that every combination"
                    + " within them is a valid scenario");
        }
        ReplicateValues v = problem.agentModel() ? AgentRun.of(spec, settings, ProgressListener.NONE).replicates()
                : ProjectionRun.of(spec).replicates();
        List<CalibrationTarget> targets = problem.targets();
        double[] means = new double[targets.size()];
        double[] se = new double[targets.size()];
        int runs = v.runs();
        for (int i = 0; i < targets.size(); i++) {
            CalibrationTarget t = targets.get(i);
            double[] perRun = new double[runs];
            for (int r = 0; r < runs; r++) {
                perRun[r] = statistic(v, r, t);
            }
            boolean constant = true;
            for (double x : perRun) {
                constant &= x == perRun[0];
            }
            if (runs == 1 && IndicatorCatalog.isLabour(t.indicator())) {
                means[i] = perRun[0];
                se[i] = Double.NaN;
                continue;
            }
            if (constant) {
                // Demographic indicators are the same in every run: no rounding noise from averaging them.
                means[i] = perRun[0];
                se[i] = 0;
                continue;
            }
            double mean = 0;
            for (double x : perRun) {
                mean += x;
            }
            mean /= runs;
            double ss = 0;
            for (double x : perRun) {
                ss += (x - mean) * (x - mean);
            }
            means[i] = mean;
            se[i] = Math.sqrt(ss / (runs - 1) / runs);
        }
        return new Simulation(means, se);
    }

    private static double statistic(ReplicateValues v, int run, CalibrationTarget t) {
        double to = v.value(run, t.indicator(), t.toYear());
        if (t.statistic() == Statistic.LEVEL) {
            return to;
        }
        return (to - v.value(run, t.indicator(), t.fromYear())) / (t.toYear() - t.fromYear());
    }

    private List<FieldOverride> truncation() {
        LoadedScenario s = problem.scenario();
        int last = Math.max(problem.lastYear(), s.spec().baseYear() + 1);
        if (last >= s.spec().horizon()) {
            return List.of();
        }
        List<FieldOverride> t = new ArrayList<>();
        t.add(new FieldOverride("horizon", Integer.toString(last)));
        t.add(new FieldOverride("targets", "[]"));
        if (!s.actuals().isEmpty()) {
            t.add(new FieldOverride("actuals", "~"));
        }
        List<FieldOverride> all = new ArrayList<>(overrides(problem.parameters(), problem.start()));
        all.addAll(t);
        try {
            reader.read(problem.scenarioFile(), all);
            return List.copyOf(t);
        } catch (InputException e) {
            return List.of();
        }
    }
}
