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
import org.labourcast.ArrayValues;

/**
 * ARIMA(p,d,q) for short annual series, p, q ≤ 2 and d ≤ 2: the series is differenced d times and the differences w
 * follow a stationary, invertible ARMA(p,q) about a constant μ (the mean for d = 0, the drift for d = 1; none for
 * d = 2, where a constant would make a quadratic trend):
 *
 * <pre>  (w(t) − μ) = φ1 (w(t−1) − μ) + … + φp (w(t−p) − μ) + ε(t) + θ1 ε(t−1) + … + θq ε(t−q),  ε ~ N(0, σ²)</pre>
 *
 * <p><b>Estimation</b>: exact Gaussian maximum likelihood by the Kalman filter on the state-space form R's
 * {@code stats::arima} uses (Harvey's form of the ARMA part, with the d previous levels in the state and the series
 * itself as the observation; {@code makeARIMA}): the ARMA block starts from its stationary covariance (Lyapunov
 * equation), the level block from a diffuse prior (variance 10⁶, as R's {@code kappa}), and the first d observed
 * values, which only fix the levels, are left out of the likelihood (R leaves out observations whose variance is 10⁴
 * or more, which are the same ones). The constant enters as R's regression term: x(t) = y(t) − μ for d = 0, y(t) − μ·t
 * for d = 1 (t = 1, 2, … over the yearly grid, R's {@code drift}). σ² is concentrated out (σ̂² = Σ v²/F / n). φ and
 * θ are optimised through partial autocorrelations tanh(u) (Jones 1980, as R's {@code transform.pars}) so the fit is
 * always stationary and invertible; Nelder–Mead (Commons Math) from three starting points on a standardized copy of
 * the series, Brent's method when only one value is free.
 *
 * <p><b>Missing years</b>: a year without a value is a time step with no observation; the filter predicts through
 * it, so the change across a gap (Sichuan's 2015 → 2017) still informs the fit, exactly as in R's {@code arima}
 * (differences spanning the gap are not dropped).
 *
 * <p><b>Forecasts and intervals</b>: the state carried forward from the filter's last prediction, x(n+h) = Z a(n+h)
 * with variance σ²·Z P(n+h) Zᵀ, plus the constant's term, with normal quantiles — the forecasts R's
 * {@code predict.Arima} computes (parameter uncertainty ignored, as there).
 *
 * <p><b>Automatic choice</b> ({@link #fitAuto}): fits whose AR or MA polynomial has a root of modulus below 1.01 are
 * refused, as {@code forecast::auto.arima} (8.20, {@code myarima}: {@code minroot < 1 + 0.01}) refuses them: near the
 * unit circle the likelihood is flat and the intervals are far too narrow (fpp2's {@code livestock} otherwise gets an
 * ARIMA(2,1,2) with an MA root of modulus 1.000004). Stateless and thread-safe.
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

    /** Smallest modulus of an AR or MA root that {@link #fitAuto} accepts (forecast 8.20's {@code 1 + 0.01}). */
    public static final double MIN_ROOT_MODULUS = 1.01;

    /**
     * Fits one order.
     *
     * @throws IllegalArgumentException when the series has too few values for the order
     */
    public static Fit fit(ObservedSeries s, Order order) {
        double[] grid = s.onYearlyGrid();
        int observed = countObserved(grid) - order.d();
        int k = order.p() + order.q() + (order.constant() ? 1 : 0);
        if (observed < k + 2) {
            throw new IllegalArgumentException(order + " needs at least " + (k + 2) + " differenced values, got "
                    + observed);
        }
        ExponentialSmoothing.Scale fitted = ExponentialSmoothing.Scale.of(difference(grid, order.d()));
        double sd = order.d() == 0 ? fitted.sd() : Math.max(fitted.sd(), Math.abs(fitted.mean()));
        double centre = order.d() == 0 ? fitted.mean() : firstObserved(grid);
        double[] z = new double[grid.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (grid[i] - centre) / sd;
        }
        MultivariateFunction objective = u -> {
            Params par = params(u, order, 0);
            return kalman(z, order.d(), par.phi, par.theta, par.mu).concentratedObjective();
        };
        double[] u = new double[k];
        if (k > 0) {
            if (order.constant()) {
                u[k - 1] = order.d() == 0 ? 0 : fitted.mean() / sd;
            }
            u = minimise(objective, u, order.constant() ? k - 1 : -1);
        }
        Params par = params(u, order, 0);
        double mu = !order.constant() ? 0 : order.d() == 0 ? centre + sd * par.mu : sd * par.mu;
        // Refilter on the original scale: the same parameters, σ² and likelihood in the series' unit.
        Kalman kf = kalman(grid, order.d(), par.phi, par.theta, mu);
        return new ArimaFit(order, par.phi, par.theta, mu, kf, grid.length, s.lastYear());
    }

    /** The model with given coefficients (θ in R's sign convention, 1 + θ1 B + …): for comparing with R. */
    public static Fit withParameters(ObservedSeries s, Order order, double[] phi, double[] theta, double mu) {
        double[] grid = s.onYearlyGrid();
        Kalman kf = kalman(grid, order.d(), phi.clone(), theta.clone(), order.constant() ? mu : 0);
        return new ArimaFit(order, phi.clone(), theta.clone(), order.constant() ? mu : 0, kf, grid.length,
                s.lastYear());
    }

    /**
     * The smallest modulus of the roots of 1 − φ1 z − φ2 z² and of 1 + θ1 z + θ2 z² (trailing coefficients below 1e-8
     * dropped, as forecast does); +∞ without AR and MA terms.
     */
    static double minRootModulus(double[] phi, double[] theta) {
        double[] ar = new double[phi.length];
        for (int i = 0; i < ar.length; i++) {
            ar[i] = -phi[i];
        }
        return Math.min(minRootModulus(ar), minRootModulus(theta));
    }

    /** Smallest |z| with 1 + c1 z + c2 z² = 0 (degree ≤ 2). */
    private static double minRootModulus(double[] c) {
        int degree = c.length;
        while (degree > 0 && Math.abs(c[degree - 1]) <= 1e-8) {
            degree--;
        }
        if (degree == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (degree == 1) {
            return 1 / Math.abs(c[0]);
        }
        double a = c[1];
        double b = c[0];
        double disc = b * b - 4 * a;
        if (disc < 0) {
            return Math.sqrt(1 / Math.abs(a)); // complex pair: |z|² = 1/a
        }
        double sq = Math.sqrt(disc);
        return Math.min(Math.abs((-b + sq) / (2 * a)), Math.abs((-b - sq) / (2 * a)));
    }

    /**
     * Chooses an order and fits it: d by repeated KPSS tests at the 5% level
     * ({@link Kpss#differences}, as R's {@code forecast::ndiffs}), then p, q in 0..2 — with a mean for d = 0, with or
     * without drift for d = 1 — by the lowest AICc among the orders the series is long enough for, leaving out fits
     * with an AR or MA root of modulus below {@link #MIN_ROOT_MODULUS} (as {@code forecast::auto.arima}).
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
                    if (Double.isNaN(f.aicc()) || !acceptable(f)) {
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

    private static boolean acceptable(Fit f) {
        ArimaFit a = (ArimaFit) f;
        return minRootModulus(a.phi(), a.theta()) >= MIN_ROOT_MODULUS;
    }

    private static double firstObserved(double[] grid) {
        for (double v : grid) {
            if (!Double.isNaN(v)) {
                return v;
            }
        }
        throw new IllegalArgumentException("the series has no values");
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
        private Params {
            phi = ArrayValues.copy(phi);
            theta = ArrayValues.copy(theta);
        }

        @Override
        public double[] phi() {
            return ArrayValues.copy(phi);
        }

        @Override
        public double[] theta() {
            return ArrayValues.copy(theta);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Params other && ArrayValues.equal(componentValues(), other.componentValues());
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
            return new Object[] {phi, theta, mu};
        }
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
                  double[][] transition, double[] disturbance, double[] observation) {
        Kalman {
            state = ArrayValues.copy(state);
            covariance = ArrayValues.copy(covariance);
            transition = ArrayValues.copy(transition);
            disturbance = ArrayValues.copy(disturbance);
            observation = ArrayValues.copy(observation);
        }

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

        @Override
        public double[] state() {
            return ArrayValues.copy(state);
        }

        @Override
        public double[][] covariance() {
            return ArrayValues.copy(covariance);
        }

        @Override
        public double[][] transition() {
            return ArrayValues.copy(transition);
        }

        @Override
        public double[] disturbance() {
            return ArrayValues.copy(disturbance);
        }

        @Override
        public double[] observation() {
            return ArrayValues.copy(observation);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Kalman other && ArrayValues.equal(componentValues(), other.componentValues());
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
            return new Object[] {sumSquares, sumLogF, observed, state, covariance, transition, disturbance, observation};
        }
    }

    /** Variance of the diffuse prior on the levels (R's {@code kappa}). */
    static final double KAPPA = 1e6;

    /**
     * Filters the series y (NaN = missing) under ARIMA(p,d,q) with the constant's term removed (y − μ for d = 0,
     * y − μ·t for d = 1, t = 1..n). State: the ARMA block (Harvey's form, r = max(p, q + 1)) then the d previous
     * levels; observation x(t) = a0 + Δ·levels with Δ = (1) for d = 1 and (2, −1) for d = 2.
     */
    static Kalman kalman(double[] y, int d, double[] phi, double[] theta, double mu) {
        int r = Math.max(phi.length, theta.length + 1);
        int m = r + d;
        double[] z = new double[m];
        z[0] = 1;
        if (d == 1) {
            z[r] = 1;
        } else if (d == 2) {
            z[r] = 2;
            z[r + 1] = -1;
        }
        double[][] t = new double[m][m];
        for (int i = 0; i < phi.length; i++) {
            t[i][0] = phi[i];
        }
        for (int i = 0; i + 1 < r; i++) {
            t[i][i + 1] = 1;
        }
        if (d > 0) {
            System.arraycopy(z, 0, t[r], 0, m); // the new level is this step's value
            for (int i = 1; i < d; i++) {
                t[r + i][r + i - 1] = 1;
            }
        }
        double[] rr = new double[m];
        rr[0] = 1;
        for (int i = 0; i < theta.length; i++) {
            rr[i + 1] = theta[i];
        }
        double[][] p = new double[m][m];
        double[][] arma = stationaryCovariance(armaBlock(t, r), Arrays.copyOf(rr, r));
        for (int i = 0; i < r; i++) {
            System.arraycopy(arma[i], 0, p[i], 0, r);
        }
        for (int i = r; i < m; i++) {
            p[i][i] = KAPPA;
        }
        double[] a = new double[m];
        double ssq = 0;
        double sumLog = 0;
        int nu = 0;
        int seen = 0;
        for (int step = 0; step < y.length; step++) {
            double obs = y[step];
            if (!Double.isNaN(obs)) {
                double x = obs - (d == 0 ? mu : d == 1 ? mu * (step + 1) : 0);
                double[] pz = new double[m];
                for (int i = 0; i < m; i++) {
                    double v = 0;
                    for (int j = 0; j < m; j++) {
                        v += p[i][j] * z[j];
                    }
                    pz[i] = v;
                }
                double f = 0;
                double predicted = 0;
                for (int i = 0; i < m; i++) {
                    f += z[i] * pz[i];
                    predicted += z[i] * a[i];
                }
                if (!(f > 0)) {
                    f = 1e-300;
                }
                double v = x - predicted;
                if (seen >= d) { // the first d values only fix the diffuse levels
                    ssq += v * v / f;
                    sumLog += Math.log(f);
                    nu++;
                }
                seen++;
                for (int i = 0; i < m; i++) {
                    a[i] += pz[i] / f * v;
                }
                double[][] pn = new double[m][m];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < m; j++) {
                        pn[i][j] = p[i][j] - pz[i] * pz[j] / f;
                    }
                }
                p = pn;
            }
            a = multiply(t, a);
            p = predictCovariance(t, p, rr);
        }
        return new Kalman(ssq, sumLog, nu, a, p, t, rr, z);
    }

    private static double[][] armaBlock(double[][] t, int r) {
        double[][] out = new double[r][r];
        for (int i = 0; i < r; i++) {
            out[i] = Arrays.copyOf(t[i], r);
        }
        return out;
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

    private record ArimaFit(Order order, double[] phi, double[] theta, double mu, Kalman kalman, int gridLength,
                            int lastYear) implements Fit {
        private ArimaFit {
            phi = ArrayValues.copy(phi);
            theta = ArrayValues.copy(theta);
        }

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
            double[] z = kalman.observation();
            double[] a = kalman.state();
            double[][] p = kalman.covariance();
            double sigma2 = kalman.sigma2();
            List<Prediction> out = new ArrayList<>(steps);
            for (int h = 1; h <= steps; h++) {
                if (h > 1) {
                    a = multiply(t, a);
                    p = predictCovariance(t, p, rr);
                }
                double point = 0;
                double var = 0;
                for (int i = 0; i < z.length; i++) {
                    point += z[i] * a[i];
                    for (int j = 0; j < z.length; j++) {
                        var += z[i] * p[i][j] * z[j];
                    }
                }
                point += order.d() == 0 ? mu : order.d() == 1 ? mu * (gridLength + h) : 0;
                out.add(Prediction.symmetric(lastYear + h, point, Math.sqrt(sigma2 * var), CriticalValues.Z80,
                        CriticalValues.Z95));
            }
            return out;
        }

        @Override
        public double[] phi() {
            return ArrayValues.copy(phi);
        }

        @Override
        public double[] theta() {
            return ArrayValues.copy(theta);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ArimaFit other && ArrayValues.equal(componentValues(), other.componentValues());
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
            return new Object[] {order, phi, theta, mu, kalman, gridLength, lastYear};
        }
    }
}
