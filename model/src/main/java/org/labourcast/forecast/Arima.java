package org.labourcast.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * ARIMA(p,d,q) for short annual series, p, q ≤ 2 and d ≤ 2: the series is differenced d times and the differences w
 * follow a stationary, invertible ARMA(p,q) about a constant μ (the mean for d = 0, the drift for d = 1; none for
 * d = 2, where a constant would make a quadratic trend):
 *
 * <pre>  (w(t) − μ) = φ1 (w(t−1) − μ) + … + φp (w(t−p) − μ) + ε(t) + θ1 ε(t−1) + … + θq ε(t−q),  ε ~ N(0, σ²)</pre>
 *
 * <p><b>Estimation</b>: exact Gaussian maximum likelihood by the Kalman filter on Harvey's state-space form, the
 * initial state covariance from the stationary Lyapunov equation — the likelihood R's {@code stats::arima(method =
 * "ML")} maximises for the differenced series; σ² is concentrated out (σ̂² = Σ v²/F / n). φ and θ are optimised
 * through partial autocorrelations tanh(u) (Jones 1980, as R's {@code transform.pars}) so the fit is always stationary
 * and invertible; Nelder–Mead (Commons Math) from three starting points on the standardized differences, Brent's method
 * when only one value is free. A gap in the
 * years makes the differences that span it missing; the filter skips missing values (as R does).
 *
 * <p><b>Forecasts and intervals</b>: the ARMA forecasts of w from the filter's last state, summed back d times;
 * the variance of each summed forecast from the covariances of the future states, σ²·Σ c_i c_j Cov(z_i, z_j),
 * with normal quantiles — the same variance R's {@code predict.Arima} computes (parameter uncertainty ignored, as
 * there). Stateless and thread-safe.
 */
public final class Arima {
    public static final int MAX_P = 2;
    public static final int MAX_Q = 2;
    public static final int MAX_D = 2;

    private Arima() {
    }

    /** An ARIMA order and whether a constant (mean or drift) is estimated. */
    public record Order(int p, int d, int q, boolean constant) {
        public Order {
            if (p < 0 || p > MAX_P || q < 0 || q > MAX_Q || d < 0 || d > MAX_D) {
                throw new IllegalArgumentException("ARIMA orders must be p, q in 0..2 and d in 0..2, got (" + p + ","
                        + d + "," + q + ")");
            }
            if (constant && d > 1) {
                throw new IllegalArgumentException("no constant with d = 2 (it would be a quadratic trend)");
            }
        }

        /** Estimated values counted by AICc: φ, θ, the constant and σ². */
        int parameterCount() {
            return p + q + (constant ? 1 : 0) + 1;
        }

        @Override
        public String toString() {
            String c = !constant ? "" : d == 0 ? " with mean" : " with drift";
            return "ARIMA(" + p + "," + d + "," + q + ")" + c;
        }
    }

    /**
     * Fits one order.
     *
     * @throws IllegalArgumentException when the differenced series has too few values for the order
     */
    public static Fit fit(ObservedSeries s, Order order) {
        double[] grid = s.onYearlyGrid();
        double[] w = difference(grid, order.d());
        int observed = countObserved(w);
        int k = order.p() + order.q() + (order.constant() ? 1 : 0);
        if (observed < k + 2) {
            throw new IllegalArgumentException(order + " needs at least " + (k + 2) + " differenced values, got "
                    + observed);
        }
        if (order.d() == 2 && Double.isNaN(grid[grid.length - 2])) {
            throw new IllegalArgumentException(order + " needs the year before the last observed");
        }
        ExponentialSmoothing.Scale fitted = ExponentialSmoothing.Scale.of(w);
        // Without a constant the model's mean is 0: rescale only, never centre.
        ExponentialSmoothing.Scale scale = order.constant() ? fitted
                : new ExponentialSmoothing.Scale(0, Math.max(fitted.sd(), Math.abs(fitted.mean())));
        double[] z = scale.standardize(w);
        int dim = k;
        MultivariateFunction objective = u -> {
            Params par = params(u, order, 0);
            Kalman kf = kalman(z, par.phi, par.theta, par.mu);
            return kf.concentratedObjective();
        };
        double[] u;
        if (dim == 0) {
            u = new double[0];
        } else {
            u = new double[dim];
            if (order.constant()) {
                u[dim - 1] = meanOf(z);
            }
            u = minimise(objective, u, order.constant() ? dim - 1 : -1);
        }
        Params par = params(u, order, 0);
        double mu = order.constant() ? scale.unstandardizeLevel(par.mu) : 0;
        // Refilter on the original scale: the same parameters, σ² and likelihood in the series' unit.
        Kalman kf = kalman(w, par.phi, par.theta, mu);
        return new ArimaFit(order, par.phi, par.theta, mu, kf, grid, s.lastYear());
    }

    /** The model with given coefficients (θ in R's sign convention, 1 + θ1 B + …): for comparing with R. */
    public static Fit withParameters(ObservedSeries s, Order order, double[] phi, double[] theta, double mu) {
        double[] grid = s.onYearlyGrid();
        Kalman kf = kalman(difference(grid, order.d()), phi.clone(), theta.clone(), order.constant() ? mu : 0);
        return new ArimaFit(order, phi.clone(), theta.clone(), order.constant() ? mu : 0, kf, grid, s.lastYear());
    }

    /**
     * Chooses an order and fits it: d by repeated KPSS tests at the 5% level
     * ({@link Kpss#differences}, as R's {@code forecast::ndiffs}), then p, q in 0..2 — with a mean for d = 0, with or
     * without drift for d = 1 — by the lowest AICc among the orders the series is long enough for.
     */
    public static Fit fitAuto(ObservedSeries s) {
        int d = Kpss.differences(s.onYearlyGrid(), MAX_D);
        Fit best = null;
        for (int p = 0; p <= MAX_P; p++) {
            for (int q = 0; q <= MAX_Q; q++) {
                // d = 0: always a mean (these series are levels far from 0); d = 1: with and without drift.
                for (boolean constant : d == 0 ? new boolean[] {true} : d == 1 ? new boolean[] {true, false}
                        : new boolean[] {false}) {
                    Fit f;
                    try {
                        f = fit(s, new Order(p, d, q, constant));
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        continue;
                    }
                    if (Double.isNaN(f.aicc())) {
                        continue;
                    }
                    if (best == null || f.aicc() < best.aicc()) {
                        best = f;
                    }
                }
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the series is too short for any ARIMA order with d = " + d);
        }
        return best;
    }

    /** The d-th differences on the yearly grid; a difference involving a missing year is missing. */
    static double[] difference(double[] grid, int d) {
        double[] w = grid.clone();
        for (int i = 0; i < d; i++) {
            double[] next = new double[w.length - 1];
            for (int t = 0; t < next.length; t++) {
                next[t] = w[t + 1] - w[t]; // NaN propagates
            }
            w = next;
        }
        return w;
    }

    private static int countObserved(double[] w) {
        int n = 0;
        for (double v : w) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    private static double meanOf(double[] z) {
        double m = 0;
        int n = 0;
        for (double v : z) {
            if (!Double.isNaN(v)) {
                m += v;
                n++;
            }
        }
        return m / n;
    }

    /** Bounds of the free values: tanh(±8) = ±0.9999998 for partial autocorrelations; ±50 sd for the constant. */
    private static final double PACF_BOUND = 8;
    private static final double CONSTANT_BOUND = 50;

    /**
     * Minimises over the free values: Nelder–Mead within bounds ({@link ExponentialSmoothing#minimise}) from several
     * starting points (Brent's method in one dimension), keeping the best.
     */
    private static double[] minimise(MultivariateFunction f, double[] start, int constantIndex) {
        int dim = start.length;
        double[] lower = new double[dim];
        double[] upper = new double[dim];
        for (int i = 0; i < dim; i++) {
            double b = i == constantIndex ? CONSTANT_BOUND : PACF_BOUND;
            lower[i] = -b;
            upper[i] = b;
        }
        if (dim == 1) {
            UnivariatePointValuePair p = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(10_000),
                    new UnivariateObjectiveFunction(x -> f.value(new double[] {x})), GoalType.MINIMIZE,
                    new SearchInterval(lower[0], upper[0], start[0]));
            return new double[] {p.getPoint()};
        }
        PointValuePair best = null;
        for (double shift : new double[] {0, 0.5, -0.5}) {
            double[] guess = start.clone();
            for (int i = 0; i < dim; i++) {
                if (i != constantIndex) {
                    guess[i] += shift * (i % 2 == 0 ? 1 : -1);
                }
            }
            PointValuePair p = ExponentialSmoothing.minimise(f, guess, lower, upper);
            if (p != null && (best == null || p.getValue() < best.getValue())) {
                best = p;
            }
        }
        if (best == null) {
            throw new IllegalStateException("the ARIMA likelihood could not be maximised");
        }
        return best.getPoint();
    }

    private record Params(double[] phi, double[] theta, double mu) {
    }

    private static Params params(double[] u, Order order, int offset) {
        double[] phi = partialToCoefficients(Arrays.copyOfRange(u, offset, offset + order.p()));
        double[] pacfMa = Arrays.copyOfRange(u, offset + order.p(), offset + order.p() + order.q());
        double[] theta = partialToCoefficients(pacfMa);
        // An invertible MA polynomial 1 + θ1 B + … : the AR-style recursion gives 1 − a1 B − …, so θ = −a.
        for (int i = 0; i < theta.length; i++) {
            theta[i] = -theta[i];
        }
        double mu = order.constant() ? u[offset + order.p() + order.q()] : 0;
        return new Params(phi, theta, mu);
    }

    /**
     * Coefficients of a stationary AR polynomial from unconstrained values: partial autocorrelations tanh(u), then
     * the Durbin–Levinson recursion (Jones 1980; R's {@code partrans}).
     */
    static double[] partialToCoefficients(double[] u) {
        int p = u.length;
        double[] a = new double[p];
        double[] work = new double[p];
        for (int j = 0; j < p; j++) {
            a[j] = Math.tanh(u[j]);
            work[j] = a[j];
        }
        for (int j = 1; j < p; j++) {
            double pj = a[j];
            for (int k = 0; k < j; k++) {
                work[k] -= pj * a[j - k - 1];
            }
            System.arraycopy(work, 0, a, 0, j);
        }
        return a;
    }

    // ---------------------------------------------------------------- Kalman filter

    /** The filter's sums and its last predicted state (unscaled by σ²). */
    record Kalman(double sumSquares, double sumLogF, int observed, double[] state, double[][] covariance,
                  double[][] transition, double[] disturbance) {
        double sigma2() {
            return sumSquares / observed;
        }

        /** 0.5·ln(σ̂²) + 0.5·Σ ln F / n: R's objective for method "ML". */
        double concentratedObjective() {
            if (!(sumSquares > 0)) {
                return 1e10;
            }
            return 0.5 * Math.log(sumSquares / observed) + 0.5 * sumLogF / observed;
        }

        double logLikelihood() {
            int n = observed;
            return -0.5 * (n * Math.log(2 * Math.PI * sigma2()) + sumLogF + n);
        }
    }

    static Kalman kalman(double[] w, double[] phi, double[] theta, double mu) {
        int r = Math.max(phi.length, theta.length + 1);
        double[][] t = new double[r][r];
        for (int i = 0; i < phi.length; i++) {
            t[i][0] = phi[i];
        }
        for (int i = 0; i + 1 < r; i++) {
            t[i][i + 1] = 1;
        }
        double[] rr = new double[r];
        rr[0] = 1;
        for (int i = 0; i < theta.length; i++) {
            rr[i + 1] = theta[i];
        }
        double[][] p = stationaryCovariance(t, rr);
        double[] a = new double[r];
        double ssq = 0;
        double sumLog = 0;
        int nu = 0;
        for (double obs : w) {
            if (!Double.isNaN(obs)) {
                double v = obs - mu - a[0];
                double f = p[0][0];
                if (!(f > 0)) {
                    f = 1e-300;
                }
                ssq += v * v / f;
                sumLog += Math.log(f);
                nu++;
                double[] k = new double[r];
                for (int i = 0; i < r; i++) {
                    k[i] = p[i][0] / f;
                }
                for (int i = 0; i < r; i++) {
                    a[i] += k[i] * v;
                }
                double[][] pn = new double[r][r];
                for (int i = 0; i < r; i++) {
                    for (int j = 0; j < r; j++) {
                        pn[i][j] = p[i][j] - k[i] * p[0][j];
                    }
                }
                p = pn;
            }
            a = multiply(t, a);
            p = predictCovariance(t, p, rr);
        }
        return new Kalman(ssq, sumLog, nu, a, p, t, rr);
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += m[i][j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    /** T P Tᵀ + R Rᵀ. */
    private static double[][] predictCovariance(double[][] t, double[][] p, double[] rr) {
        int r = rr.length;
        double[][] tp = new double[r][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                double s = 0;
                for (int k = 0; k < r; k++) {
                    s += t[i][k] * p[k][j];
                }
                tp[i][j] = s;
            }
        }
        double[][] out = new double[r][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                double s = 0;
                for (int k = 0; k < r; k++) {
                    s += tp[i][k] * t[j][k];
                }
                out[i][j] = s + rr[i] * rr[j];
            }
        }
        return out;
    }

    /** The P solving P = T P Tᵀ + R Rᵀ, from vec(P) = (I − T⊗T)⁻¹ vec(R Rᵀ) (r ≤ 3, so at most 9 unknowns). */
    static double[][] stationaryCovariance(double[][] t, double[] rr) {
        int r = rr.length;
        int m = r * r;
        double[][] a = new double[m][m];
        double[] b = new double[m];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                int row = i * r + j;
                b[row] = rr[i] * rr[j];
                a[row][row] += 1;
                for (int k = 0; k < r; k++) {
                    for (int l = 0; l < r; l++) {
                        a[row][k * r + l] -= t[i][k] * t[j][l];
                    }
                }
            }
        }
        double[] x = new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
                .solve(new ArrayRealVector(b, false)).toArray();
        double[][] p = new double[r][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                p[i][j] = x[i * r + j];
            }
        }
        return p;
    }

    private record ArimaFit(Order order, double[] phi, double[] theta, double mu, Kalman kalman, double[] grid,
                            int lastYear) implements Fit {
        @Override
        public ModelKind kind() {
            return ModelKind.ARIMA;
        }

        @Override
        public String description() {
            return order.toString();
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> p = new LinkedHashMap<>();
            for (int i = 0; i < phi.length; i++) {
                p.put("ar" + (i + 1), phi[i]);
            }
            for (int i = 0; i < theta.length; i++) {
                p.put("ma" + (i + 1), theta[i]);
            }
            if (order.constant()) {
                p.put(order.d() == 0 ? "mean" : "drift", mu);
            }
            p.put("sigma2", kalman.sigma2());
            return p;
        }

        @Override
        public int likelihoodObservations() {
            return kalman.observed();
        }

        @Override
        public int parameterCount() {
            return order.parameterCount();
        }

        @Override
        public double logLikelihood() {
            return kalman.logLikelihood();
        }

        @Override
        public double sigma() {
            return Math.sqrt(kalman.sigma2());
        }

        @Override
        public List<Prediction> forecast(int steps) {
            double[][] t = kalman.transition();
            double[] rr = kalman.disturbance();
            int r = rr.length;
            // Future states i = 1..steps: means and covariances P_i (unscaled by σ²).
            double[][] means = new double[steps][];
            double[][][] covs = new double[steps][][];
            means[0] = kalman.state();
            covs[0] = kalman.covariance();
            for (int i = 1; i < steps; i++) {
                means[i] = multiply(t, means[i - 1]);
                covs[i] = predictCovariance(t, covs[i - 1], rr);
            }
            // Cov(z_i, z_j) for i <= j: [P_i (T^(j−i))ᵀ]_00 = [T^(j−i) P_i]_00 by symmetry; row 0 of T^(j−i) P_i.
            double[][] cz = new double[steps][steps];
            for (int i = 0; i < steps; i++) {
                double[][] m = covs[i];
                for (int j = i; j < steps; j++) {
                    cz[i][j] = m[0][0];
                    cz[j][i] = m[0][0];
                    m = multiplyMatrix(t, m, r);
                }
            }
            double sigma2 = kalman.sigma2();
            int n = grid.length;
            double yN = grid[n - 1];
            double slope = order.d() == 2 ? grid[n - 1] - grid[n - 2] : 0;
            List<Prediction> out = new ArrayList<>(steps);
            for (int h = 1; h <= steps; h++) {
                double[] c = new double[h];
                for (int k = 1; k <= h; k++) {
                    c[k - 1] = switch (order.d()) {
                        case 0 -> k == h ? 1 : 0;
                        case 1 -> 1;
                        default -> h - k + 1;
                    };
                }
                double point = switch (order.d()) {
                    case 0 -> 0;
                    case 1 -> yN;
                    default -> yN + h * slope;
                };
                double var = 0;
                for (int k = 0; k < h; k++) {
                    point += c[k] * (mu + means[k][0]);
                    for (int l = 0; l < h; l++) {
                        var += c[k] * c[l] * cz[k][l];
                    }
                }
                out.add(Prediction.symmetric(lastYear + h, point, Math.sqrt(sigma2 * var), Quantiles.Z80,
                        Quantiles.Z95));
            }
            return out;
        }

        private static double[][] multiplyMatrix(double[][] a, double[][] b, int r) {
            double[][] out = new double[r][r];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < r; j++) {
                    double s = 0;
                    for (int k = 0; k < r; k++) {
                        s += a[i][k] * b[k][j];
                    }
                    out[i][j] = s;
                }
            }
            return out;
        }
    }
}
