package org.labourcast.calibration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.labourcast.Csv;

/**
 * The tables {@code labourcast calibrate} writes (docs/calibration.md, "Outputs"), as CSV text with the numbers of
 * {@link Csv#number}, so the same calibration gives the same bytes. Stateless and thread-safe.
 */
public final class CalibrationTables {
    public static final String CALIBRATION_CSV = "calibration.csv";
    public static final String FIT_STATISTICS_CSV = "fit_statistics.csv";
    public static final String EVALUATIONS_CSV = "evaluations.csv";

    /** How the standard errors are computed, as the outputs state it. */
    public static final String STANDARD_ERROR_METHOD = "Gauss-Newton: (J'J)^-1 from the Jacobian J of the scaled"
            + " residuals at the fit (central differences), each tolerance taken as the standard deviation of its"
            + " observation, plus the Monte Carlo noise of the simulated means propagated through J";

    private CalibrationTables() {
    }

    /** One row per parameter (start, fitted, bounds, standard errors), then one per target (data, fit). */
    public static String calibration(CalibrationResult r) {
        StringBuilder sb = new StringBuilder(Csv.row("kind", "name", "statistic", "years", "start", "fitted", "lower",
                "upper", "standard_error", "standard_error_monte_carlo", "at_bound", "observed", "simulated_at_start",
                "simulated", "simulated_monte_carlo_se", "residual", "tolerance", "weight", "scaled_residual",
                "within_tolerance", "data"));
        CalibrationProblem p = r.problem();
        double[] se = r.errors().standardErrors();
        double[] seMc = r.errors().monteCarloPart();
        for (int j = 0; j < p.parameters().size(); j++) {
            FreeParameter f = p.parameters().get(j);
            sb.append(Csv.row("parameter", f.path(), null, null, f.start(), r.fitted().parameter(j), f.lower(),
                    f.upper(), se[j], seMc[j], Boolean.toString(r.atBound(j)), null, null, null, null, null, null,
                    null, null, null, null));
        }
        for (int i = 0; i < p.targets().size(); i++) {
            CalibrationTarget t = p.targets().get(i);
            sb.append(Csv.row("target", t.indicator(), t.statistic().label(), t.years(), null, null, null, null, null,
                    null, null, t.observed(), r.start().simulated(i), r.fitted().simulated(i),
                    r.fitted().monteCarloSe(i), r.residual(i), t.tolerance(), t.weight(), r.scaledResidual(i),
                    Boolean.toString(r.withinTolerance(i)), t.data()));
        }
        return sb.toString();
    }

    /** {@code statistic,value}: objective, RMSE, evaluations, settings and why the optimiser stopped. */
    public static String fitStatistics(CalibrationResult r) {
        CalibrationProblem p = r.problem();
        CalibrationSettings s = p.settings();
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"optimiser", s.optimiser().label()});
        rows.add(new Object[] {"engine", engine(p)});
        rows.add(new Object[] {"objective_start", r.start().objective()});
        rows.add(new Object[] {"objective", r.fitted().objective()});
        rows.add(new Object[] {"rmse_scaled", r.rmseScaled()});
        rows.add(new Object[] {"parameters", p.parameters().size()});
        rows.add(new Object[] {"targets", p.targets().size()});
        rows.add(new Object[] {"targets_within_tolerance", r.targetsWithinTolerance()});
        rows.add(new Object[] {"identified", Boolean.toString(r.errors().identified())});
        rows.add(new Object[] {"condition_number", r.errors().conditionNumber()});
        rows.add(new Object[] {"evaluations", r.optimisationEvaluations()});
        rows.add(new Object[] {"evaluations_standard_errors", r.standardErrorEvaluations()});
        rows.add(new Object[] {"max_evaluations", s.maxEvaluations()});
        rows.add(new Object[] {"stop_reason", r.stopReason()});
        if (p.agentModel()) {
            rows.add(new Object[] {"runs", s.runs()});
            rows.add(new Object[] {"scale", s.scale()});
        }
        rows.add(new Object[] {"seed", Long.toString(s.seed())});
        rows.add(new Object[] {"simulated_to", r.simulatedTo()});
        rows.add(new Object[] {"jacobian_step", s.jacobianStep()});
        rows.add(new Object[] {"standard_errors", STANDARD_ERROR_METHOD});
        StringBuilder sb = new StringBuilder(Csv.row("statistic", "value"));
        for (Object[] row : rows) {
            Object v = row[1];
            sb.append(Csv.row(row[0], v instanceof Integer i ? Integer.toString(i) : v));
        }
        return sb.toString();
    }

    /** Every evaluation: its number, phase, parameter values and objective. */
    public static String evaluations(CalibrationResult r) {
        List<Object> header = new ArrayList<>(List.of("evaluation", "phase"));
        r.problem().parameters().forEach(f -> header.add(f.path()));
        header.add("objective");
        StringBuilder sb = new StringBuilder(Csv.row(header.toArray()));
        for (Evaluation e : r.trace()) {
            List<Object> row = new ArrayList<>();
            row.add(Integer.toString(e.index()));
            row.add(e.index() <= r.optimisationEvaluations() ? "optimisation" : "standard_errors");
            for (double v : e.parameters()) {
                row.add(v);
            }
            row.add(e.objective());
            sb.append(Csv.row(row.toArray()));
        }
        return sb.toString();
    }

    /** The engine in words, for outputs. */
    public static String engine(CalibrationProblem p) {
        return p.agentModel() ? "agent-based labour model, Monte Carlo with common random numbers"
                : "cohort-component projection (deterministic)";
    }

    /** {@code v} to {@code digits} significant digits, plain notation, for texts. */
    static String significant(double v, int digits) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }
}
