package org.labourcast.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.labourcast.ArrayValues;

/**
 * The logistic saturation curve y(t) = K / (1 + exp(−r·(t − t0))), the S-curve of urbanization (Northam 1979):
 * K the ceiling (for a falling series, the level it falls from), r the rate, t0 the year of the inflection where
 * y = K/2. Fitted by nonlinear least squares (Levenberg–Marquardt, Commons Math) to the observed points — gaps are no
 * problem — with K estimated or given.
 *
 * <p>K is kept above the largest observation and, for a share, at most 1: it is estimated through
 * K = m + (1 − m)·expit(κ) for shares and K = m·(1 + e^κ) otherwise (m the largest observation), so the optimiser
 * cannot leave that range. Several starting values of K are tried (r and t0 from a straight line through the logits
 * of y/K); the best fit is kept.
 *
 * <p><b>Intervals</b> by the delta method: with θ = (K, r, t0) (or (r, t0) for a given K), J the Jacobian of the
 * curve at the observed years, s² = SSE/(n − p) and Cov(θ) ≈ s²(JᵀJ)⁻¹, a new observation at year t has variance
 * s² + g(t)ᵀ Cov(θ) g(t), g the gradient of the curve at t; bounds use Student t quantiles with n − p degrees of
 * freedom. This linearisation is approximate: it understates the uncertainty where the curve is far from linear
 * in θ, notably K when the series is still far below its ceiling. Stateless and thread-safe.
 */
public final class LogisticCurve {
    private static final int MAX_EVALUATIONS = 10_000;
    private static final double[] CEILING_STARTS = {0.1, 0.3, 0.5, 0.7, 0.9};

    private LogisticCurve() {
    }

    /**
     * Fits K, r and t0.
     *
     * @param share true for a share (K at most 1)
     * @throws IllegalArgumentException with fewer than five points
     */
    public static Fit fit(ObservedSeries s, boolean share) {
        if (s.size() < 5) {
            throw new IllegalArgumentException("a logistic curve with its ceiling estimated needs at least five points,"
                    + " got " + s.size());
        }
        return fitInternal(s, share, Double.NaN);
    }

    /**
     * Fits r and t0 with a given ceiling K.
     *
     * @throws IllegalArgumentException with fewer than four points, or K not above every observation
     */
    public static Fit fitWithCeiling(ObservedSeries s, double ceiling) {
        if (s.size() < 4) {
            throw new IllegalArgumentException("a logistic curve with a given ceiling needs at least four points, got "
                    + s.size());
        }
        for (double v : s.values()) {
            if (!(v > 0 && v < ceiling)) {
                throw new IllegalArgumentException("a logistic curve with ceiling " + ceiling
                        + " needs every value between 0 and the ceiling, got " + v);
            }
        }
        return fitInternal(s, false, ceiling);
    }

    private static Fit fitInternal(ObservedSeries s, boolean share, double givenK) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s.values()) {
            if (!(v > 0)) {
                throw new IllegalArgumentException("a logistic curve needs positive values, got " + v);
            }
            max = Math.max(max, v);
        }
        if (share && max >= 1) {
            throw new IllegalArgumentException("a share at its ceiling of 1 leaves no room for a logistic curve");
        }
        int n = s.size();
        double centre = 0;
        for (int y : s.years()) {
            centre += y / (double) n;
        }
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = s.year(i) - centre;
        }
        double[] y = s.values();
        boolean estimateK = Double.isNaN(givenK);
        Ceiling ceiling = new Ceiling(max, share);

        Solution best = null;
        double[] starts = estimateK ? CEILING_STARTS : new double[] {Double.NaN};
        for (double fraction : starts) {
            double k0 = estimateK ? ceiling.fromFraction(fraction) : givenK;
            double[] rt = lineThroughLogits(t, y, k0);
            double[] start = estimateK ? new double[] {ceiling.toKappa(k0), rt[0], rt[1]} : rt;
            Solution sol;
            try {
                sol = solve(t, y, start, estimateK ? ceiling : null, givenK);
            } catch (RuntimeException e) {
                continue; // a start that diverges; others remain
            }
            if (best == null || sol.sse < best.sse) {
                best = sol;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the logistic curve could not be fitted to " + s.name());
        }
        return covarianceAndFit(s, t, centre, best, estimateK);
    }

    private record Solution(double k, double r, double t0, double sse) {
    }

    /** K from an unconstrained κ, and back. */
    private record Ceiling(double max, boolean share) {
        double k(double kappa) {
            return share ? max + (1 - max) / (1 + Math.exp(-kappa)) : max * (1 + Math.exp(kappa));
        }

        double dk(double kappa) {
            if (share) {
                double e = 1 / (1 + Math.exp(-kappa));
                return (1 - max) * e * (1 - e);
            }
            return max * Math.exp(kappa);
        }

        double fromFraction(double f) {
            return share ? max + (1 - max) * f : max * (1 + 2 * f);
        }

        double toKappa(double k) {
            if (share) {
                double f = (k - max) / (1 - max);
                return Math.log(f / (1 - f));
            }
            return Math.log(k / max - 1);
        }
    }

    /** r and t0 (centred) of the line logit(y/K) = r·(t − t0). */
    private static double[] lineThroughLogits(double[] t, double[] y, double k) {
        int n = t.length;
        double mt = 0;
        double mz = 0;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double p = Math.min(0.999, y[i] / k);
            z[i] = Math.log(p / (1 - p));
            mt += t[i] / n;
            mz += z[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (t[i] - mt) * (z[i] - mz);
            sxx += (t[i] - mt) * (t[i] - mt);
        }
        double r = sxy / sxx;
        if (!(Math.abs(r) > 1e-6)) {
            r = 1e-3;
        }
        return new double[] {r, mt - mz / r};
    }

    private static Solution solve(double[] t, double[] y, double[] start, Ceiling ceiling, double givenK) {
        int n = t.length;
        boolean estimateK = ceiling != null;
        MultivariateJacobianFunction model = point -> {
            double[] p = point.toArray();
            double k = estimateK ? ceiling.k(p[0]) : givenK;
            double dk = estimateK ? ceiling.dk(p[0]) : 0;
            double r = p[estimateK ? 1 : 0];
            double t0 = p[estimateK ? 2 : 1];
            double[] value = new double[n];
            double[][] jacobian = new double[n][p.length];
            for (int i = 0; i < n; i++) {
                double e = Math.exp(-r * (t[i] - t0));
                double d = 1 + e;
                value[i] = k / d;
                double dValueDu = k * e / (d * d); // d/du of K/(1+exp(−u)), u = r(t − t0)
                int c = 0;
                if (estimateK) {
                    jacobian[i][c++] = dk / d;
                }
                jacobian[i][c++] = dValueDu * (t[i] - t0);
                jacobian[i][c] = -dValueDu * r;
            }
            return new Pair<RealVector, RealMatrix>(new ArrayRealVector(value, false),
                    new Array2DRowRealMatrix(jacobian, false));
        };
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(start)
                .model(model)
                .target(y)
                .maxEvaluations(MAX_EVALUATIONS)
                .maxIterations(MAX_EVALUATIONS)
                .build();
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(1e-14)
                .withParameterRelativeTolerance(1e-14)
                .withOrthoTolerance(1e-14)
                .optimize(problem);
        double[] p = optimum.getPoint().toArray();
        double k = estimateK ? ceiling.k(p[0]) : givenK;
        double r = p[estimateK ? 1 : 0];
        double t0 = p[estimateK ? 2 : 1];
        double cost = optimum.getCost();
        double sse = cost * cost;
        if (!Double.isFinite(sse) || !Double.isFinite(k) || !Double.isFinite(r) || !Double.isFinite(t0)) {
            throw new IllegalStateException("diverged");
        }
        return new Solution(k, r, t0, sse);
    }

    /** The gradient of K/(1+exp(−r(t−t0))) with respect to (K, r, t0) or (r, t0). */
    private static double[] gradient(double k, double r, double t0, double t, boolean withK) {
        double e = Math.exp(-r * (t - t0));
        double d = 1 + e;
        double du = k * e / (d * d);
        return withK ? new double[] {1 / d, du * (t - t0), -du * r} : new double[] {du * (t - t0), -du * r};
    }

    private static Fit covarianceAndFit(ObservedSeries s, double[] t, double centre, Solution sol, boolean withK) {
        int n = t.length;
        int p = withK ? 3 : 2;
        double[][] j = new double[n][];
        for (int i = 0; i < n; i++) {
            j[i] = gradient(sol.k, sol.r, sol.t0, t[i], withK);
        }
        RealMatrix jm = new Array2DRowRealMatrix(j, false);
        RealMatrix unscaled;
        try {
            unscaled = new LUDecomposition(jm.transpose().multiply(jm)).getSolver().getInverse();
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            unscaled = null; // e.g. K at the edge of its range: no interval
        }
        double s2 = sol.sse / (n - p);
        return new LogisticFit(sol.k, sol.r, sol.t0, centre, withK, unscaled == null ? null : unscaled.getData(),
                Math.sqrt(s2), n - p, sol.sse, n, s.lastYear());
    }

    private record LogisticFit(double k, double r, double t0, double centre, boolean ceilingEstimated,
                               double[][] unscaledCovariance, double sigma, int degreesOfFreedom, double sse, int n,
                               int lastYear) implements Fit {
        private LogisticFit {
            unscaledCovariance = ArrayValues.copy(unscaledCovariance);
        }

        @Override
        public ModelKind kind() {
            return ModelKind.LOGISTIC;
        }

        @Override
        public String description() {
            return "logistic curve, ceiling " + (ceilingEstimated ? "estimated" : "given");
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> p = new LinkedHashMap<>();
            p.put("K", k);
            p.put("r", r);
            p.put("t0", t0 + centre);
            return p;
        }

        @Override
        public int likelihoodObservations() {
            return n;
        }

        @Override
        public int parameterCount() {
            return (ceilingEstimated ? 3 : 2) + 1;
        }

        @Override
        public double logLikelihood() {
            return Aicc.gaussianLogLikelihood(sse, n);
        }

        @Override
        public List<Prediction> forecast(int steps) {
            List<Prediction> out = new ArrayList<>(steps);
            double q80 = CriticalValues.t80(degreesOfFreedom);
            double q95 = CriticalValues.t95(degreesOfFreedom);
            for (int h = 1; h <= steps; h++) {
                int year = lastYear + h;
                double x = year - centre;
                double point = k / (1 + Math.exp(-r * (x - t0)));
                double se = Double.NaN;
                if (unscaledCovariance != null) {
                    double[] g = gradient(k, r, t0, x, ceilingEstimated);
                    double q = 0;
                    for (int a = 0; a < g.length; a++) {
                        for (int b = 0; b < g.length; b++) {
                            q += g[a] * unscaledCovariance[a][b] * g[b];
                        }
                    }
                    se = sigma * Math.sqrt(1 + q);
                }
                out.add(Prediction.symmetric(year, point, se, q80, q95));
            }
            return out;
        }

        @Override
        public double[][] unscaledCovariance() {
            return ArrayValues.copy(unscaledCovariance);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LogisticFit other && ArrayValues.equal(componentValues(), other.componentValues());
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
            return new Object[] {k, r, t0, centre, ceilingEstimated, unscaledCovariance, sigma, degreesOfFreedom, sse, n, lastYear};
        }
    }
}
