package org.labourcast.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.util.Pair;
import org.labourcast.Csv;

/**
 * Fits a {@link CalibrationProblem}: minimises the objective Σ weight·((simulated − observed) / tolerance)² over
 * the parameters within their bounds, then computes standard errors at the optimum (docs/calibration.md).
 *
 * <p>Every optimiser works on the parameters rescaled to [0, 1] within their bounds. Settings fixed here:
 * <ul>
 *   <li>CMA-ES: initial step σ = {@value #CMA_SIGMA} of each bound width, population 4 + ⌊3 ln n⌋, active covariance
 *       update, random draws from Commons Math's {@code MersenneTwister} seeded with the calibration seed (so a
 *       calibration is reproducible), stopping on its own tolerances or the evaluation budget;</li>
 *   <li>BOBYQA: 2n + 1 interpolation points, initial trust-region radius {@value #BOBYQA_INITIAL_RADIUS} and final
 *       radius {@value #BOBYQA_FINAL_RADIUS} of the bound widths;</li>
 *   <li>Levenberg–Marquardt: Commons Math's default tolerances (1e-10), derivatives by central differences with the
 *       settings' {@code jacobian_step} (one-sided at a bound), steps outside the bounds clamped to them.</li>
 * </ul>
 * After BOBYQA or CMA-ES, Gauss–Newton steps on the standard errors' Jacobian refine the point while they lower
 * the objective ({@link #refine}). The fitted values are those of the evaluation with the lowest objective, whatever
 * the optimiser returns, so a budget that runs out still gives the best point seen. Evaluations at parameter values
 * already seen (to 12 significant digits, as the scenario is given them) are answered from a cache and not counted.
 *
 * <p>Each {@link #calibrate} call has its own state; calls may run on different threads at once. One calibration
 * evaluates the model on the calling thread, with the replicates spread over {@code threads} workers.
 */
public final class Calibrator {
    static final double CMA_SIGMA = 0.3;
    static final double BOBYQA_INITIAL_RADIUS = 0.2;
    static final double BOBYQA_FINAL_RADIUS = 1e-4;
    static final int REFINE_STEPS = 5;
    private static final int LM_MAX_ITERATIONS = 1000;

    private final CalibrationProblem problem;
    private final Simulator simulator;
    private final CalibrationProgress progress;
    private final List<FreeParameter> parameters;
    private final Map<String, Evaluation> cache = new HashMap<>();
    private final List<Evaluation> trace = new ArrayList<>();
    private Evaluation best;
    private boolean budgeted = true;

    private Calibrator(CalibrationProblem problem, int threads, CalibrationProgress progress) {
        this.problem = problem;
        this.simulator = new Simulator(problem, threads);
        this.progress = progress;
        this.parameters = problem.parameters();
    }

    /** Thrown inside an optimiser when the evaluation budget is spent. */
    private static final class BudgetSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetSpent() {
            super("evaluation budget spent", null, false, false);
        }
    }

    /**
     * Runs the calibration.
     *
     * @param threads  worker threads for the agent model's replicates; results do not depend on it
     * @param progress told after each evaluation
     */
    public static CalibrationResult calibrate(CalibrationProblem problem, int threads, CalibrationProgress progress) {
        return new Calibrator(problem, threads, progress).run();
    }

    /** The Gauss–Newton refinement alone, from the given parameter values: the best evaluation it reaches. */
    static Evaluation refineFrom(CalibrationProblem problem, int threads, double[] theta) {
        Calibrator c = new Calibrator(problem, threads, CalibrationProgress.NONE);
        c.evaluate(theta);
        c.refine();
        return c.best;
    }

    private CalibrationResult run() {
        Evaluation start = evaluate(problem.start());
        String stop;
        try {
            stop = optimise();
            if (problem.settings().optimiser() != Optimiser.LEVENBERG_MARQUARDT && best.objective() > 0) {
                stop += refine();
            }
        } catch (BudgetSpent e) {
            stop = "evaluation budget reached (" + problem.settings().maxEvaluations() + " evaluations)";
        } catch (TooManyIterationsException e) {
            stop = "iteration limit reached";
        } catch (TooManyEvaluationsException e) {
            stop = "evaluation limit of the optimiser reached";
        }
        if (best.objective() == 0) {
            stop = "objective reached 0";
        }
        int optimisationEvaluations = trace.size();
        budgeted = false;
        StandardErrors errors = standardErrors(best);
        return new CalibrationResult(problem, simulator.simulatedTo(), start, best, errors, optimisationEvaluations,
                trace.size() - optimisationEvaluations, stop, trace);
    }

    private String optimise() {
        int n = parameters.size();
        double[] u0 = toUnit(problem.start());
        double[] zeros = new double[n];
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        ObjectiveFunction objective = new ObjectiveFunction(u -> evaluate(fromUnit(u)).objective());
        switch (problem.settings().optimiser()) {
            case CMA_ES -> {
                double[] sigma = new double[n];
                Arrays.fill(sigma, CMA_SIGMA);
                int lambda = 4 + (int) Math.floor(3 * Math.log(n));
                new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MersenneTwister(problem.settings().seed()),
                        false, null).optimize(new MaxEval(Integer.MAX_VALUE), objective, GoalType.MINIMIZE,
                        new InitialGuess(u0), new SimpleBounds(zeros, ones), new CMAESOptimizer.Sigma(sigma),
                        new CMAESOptimizer.PopulationSize(lambda));
                return "converged (CMA-ES tolerances on the objective and the step size)";
            }
            case BOBYQA -> {
                new BOBYQAOptimizer(2 * n + 1, BOBYQA_INITIAL_RADIUS, BOBYQA_FINAL_RADIUS).optimize(
                        new MaxEval(Integer.MAX_VALUE), objective, GoalType.MINIMIZE, new InitialGuess(u0),
                        new SimpleBounds(zeros, ones));
                return "converged (BOBYQA trust region below " + Csv.number(BOBYQA_FINAL_RADIUS)
                        + " of the bound widths)";
            }
            case LEVENBERG_MARQUARDT -> {
                LeastSquaresProblem lsp = new LeastSquaresBuilder()
                        .start(u0)
                        .model(leastSquaresModel())
                        .target(new double[problem.targets().size()])
                        .parameterValidator(p -> {
                            double[] u = p.toArray();
                            for (int j = 0; j < u.length; j++) {
                                u[j] = Math.min(1, Math.max(0, u[j]));
                            }
                            return new ArrayRealVector(u, false);
                        })
                        .maxEvaluations(Integer.MAX_VALUE)
                        .maxIterations(LM_MAX_ITERATIONS)
                        .lazyEvaluation(false)
                        .build();
                new LevenbergMarquardtOptimizer().optimize(lsp);
                return "converged (Levenberg–Marquardt: relative change of the sum of squares or of the parameters"
                        + " below 1e-10)";
            }
            default -> throw new IllegalStateException("unknown optimiser " + problem.settings().optimiser());
        }
    }

    /**
     * Gauss–Newton steps from the derivative-free optimiser's best point, on the Jacobian the standard errors use
     * (differences over ± {@code jacobian_step} of the widths). The simulated statistics are jagged on a finer scale
     * (agents are whole), so BOBYQA can stop at a local dip of a flat valley; the wide differences see the valley's
     * slope. A step is taken only if the objective there is lower, at most {@value #REFINE_STEPS} times, within the
     * budget; if a point of the Jacobian itself is lower, the next step starts from it (and counts as one). Returns
     * what it did, for the stop reason.
     */
    private String refine() {
        int taken = 0;
        try {
            for (int k = 0; k < REFINE_STEPS; k++) {
                Evaluation centre = best;
                double[] u = toUnit(centre.parameters());
                double[][] jac = jacobian(u, problem.settings().jacobianStep());
                DecompositionSolver qr = new QRDecomposition(new Array2DRowRealMatrix(jac, false)).getSolver();
                if (centre != best) { // a point of the Jacobian was lower: go on from there
                    taken++;
                    continue;
                }
                if (!qr.isNonSingular()) {
                    break; // not identified by these targets: no step
                }
                double[] step = qr.solve(new ArrayRealVector(residuals(centre), false)).toArray();
                double largest = 0;
                double[] next = new double[u.length];
                for (int j = 0; j < u.length; j++) {
                    next[j] = Math.min(1, Math.max(0, u[j] - step[j]));
                    largest = Math.max(largest, Math.abs(next[j] - u[j]));
                }
                if (largest < BOBYQA_FINAL_RADIUS) {
                    return steps(taken) + "; the next Gauss–Newton step was below " + Csv.number(BOBYQA_FINAL_RADIUS)
                            + " of the bound widths";
                }
                if (evaluate(fromUnit(next)).objective() >= centre.objective()) {
                    break;
                }
                taken++;
            }
        } catch (BudgetSpent e) {
            return "; the evaluation budget stopped the Gauss–Newton refinement after " + taken + " step"
                    + (taken == 1 ? "" : "s");
        }
        return taken == 0 ? "; no Gauss–Newton step from there lowered the objective" : steps(taken);
    }

    private static String steps(int taken) {
        return taken == 0 ? "" : "; then " + taken + " Gauss–Newton step" + (taken == 1 ? "" : "s")
                + " lowered the objective";
    }

    /** Scaled residuals and their finite-difference Jacobian in the unit coordinates. */
    private MultivariateJacobianFunction leastSquaresModel() {
        double h = problem.settings().jacobianStep();
        return point -> {
            double[] u = point.toArray();
            double[] r = residuals(evaluate(fromUnit(u)));
            return new Pair<>(new ArrayRealVector(r, false), new Array2DRowRealMatrix(jacobian(u, h), false));
        };
    }

    /** ∂r/∂u (targets × parameters) by {@link #derivative}, parameter by parameter. */
    private double[][] jacobian(double[] u, double h) {
        double[][] jac = new double[problem.targets().size()][u.length];
        for (int j = 0; j < u.length; j++) {
            double[] column = derivative(u, j, h);
            for (int i = 0; i < column.length; i++) {
                jac[i][j] = column[i];
            }
        }
        return jac;
    }

    /** ∂r/∂u_j by central differences, one-sided where u_j ± h would leave [0, 1]. */
    private double[] derivative(double[] u, int j, double h) {
        double[] up = u.clone();
        double[] down = u.clone();
        up[j] = Math.min(1, u[j] + h);
        down[j] = Math.max(0, u[j] - h);
        if (up[j] - u[j] < h) {
            down[j] = up[j] - h;
        } else if (u[j] - down[j] < h) {
            up[j] = down[j] + h;
        }
        double[] a = residuals(evaluate(fromUnit(up)));
        double[] b = residuals(evaluate(fromUnit(down)));
        // The parameters actually given to the scenario (rounded to 12 digits) define the step.
        double du = parameters.get(j).toUnit(exact(parameters.get(j).fromUnit(up[j])))
                - parameters.get(j).toUnit(exact(parameters.get(j).fromUnit(down[j])));
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = (a[i] - b[i]) / du;
        }
        return d;
    }

    private StandardErrors standardErrors(Evaluation at) {
        int n = parameters.size();
        int m = problem.targets().size();
        double[] widths = new double[n];
        for (int j = 0; j < n; j++) {
            widths[j] = parameters.get(j).width();
        }
        double[][] jac = jacobian(toUnit(at.parameters()), problem.settings().jacobianStep());
        for (double[] row : jac) {
            for (int j = 0; j < n; j++) {
                row[j] /= widths[j]; // per unit of the parameter
            }
        }
        double[] mc = new double[m];
        for (int i = 0; i < m; i++) {
            CalibrationTarget t = problem.targets().get(i);
            mc[i] = Math.sqrt(t.weight()) * at.monteCarloSe(i) / t.tolerance();
        }
        return StandardErrors.of(jac, widths, mc);
    }

    private double[] toUnit(double[] theta) {
        double[] u = new double[theta.length];
        for (int j = 0; j < u.length; j++) {
            u[j] = parameters.get(j).toUnit(theta[j]);
        }
        return u;
    }

    private double[] fromUnit(double[] u) {
        double[] theta = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            theta[j] = parameters.get(j).fromUnit(u[j]);
        }
        return theta;
    }

    /** The value as the scenario is given it: 12 significant digits. */
    private static double exact(double v) {
        return Double.parseDouble(Csv.number(v));
    }

    private double[] residuals(Evaluation e) {
        double[] r = new double[problem.targets().size()];
        for (int i = 0; i < r.length; i++) {
            CalibrationTarget t = problem.targets().get(i);
            r[i] = Math.sqrt(t.weight()) * (e.simulated(i) - t.observed()) / t.tolerance();
        }
        return r;
    }

    private Evaluation evaluate(double[] theta) {
        double[] exact = new double[theta.length];
        StringBuilder key = new StringBuilder();
        for (int j = 0; j < theta.length; j++) {
            exact[j] = exact(theta[j]);
            key.append(Csv.number(exact[j])).append(';');
        }
        Evaluation cached = cache.get(key.toString());
        if (cached != null) {
            return cached;
        }
        if (budgeted && trace.size() >= problem.settings().maxEvaluations()) {
            throw new BudgetSpent();
        }
        Simulator.Simulation s = simulator.simulate(exact);
        double objective = 0;
        for (int i = 0; i < s.values().length; i++) {
            CalibrationTarget t = problem.targets().get(i);
            double z = (s.values()[i] - t.observed()) / t.tolerance();
            objective += t.weight() * z * z;
        }
        Evaluation e = new Evaluation(trace.size() + 1, exact, s.values(), s.monteCarloSe(), objective);
        cache.put(key.toString(), e);
        trace.add(e);
        if (budgeted && (best == null || objective < best.objective())) {
            best = e;
        }
        progress.evaluated(trace.size(), problem.settings().maxEvaluations(), best.objective());
        return e;
    }
}
