package org.labourcast.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.labourcast.ArrayValues;

/**
 * Holt's linear-trend and damped-trend exponential smoothing, in the innovations state-space form of Hyndman, Koehler,
 * Ord & Snyder (2008), <i>Forecasting with Exponential Smoothing</i>, ETS(A,A,N) and ETS(A,Ad,N):
 *
 * <pre>
 *   ŷ(t)  = l(t−1) + φ·b(t−1)          e(t) = y(t) − ŷ(t)
 *   l(t)  = l(t−1) + φ·b(t−1) + α·e(t)
 *   b(t)  = φ·b(t−1) + β·e(t)           (β = α·β*, β* the smoothing weight of the trend in Holt's own form)
 *   ŷ(n+h) = l(n) + (φ + φ² + … + φʰ)·b(n)
 * </pre>
 *
 * φ = 1 for Holt's linear trend. Prediction intervals are the class-1 formulas of Hyndman et al. (2008, ch. 6,
 * table 6.1): var(h) = σ²·[1 + Σ_{j=1}^{h−1} (α + β·φ_j)²], φ_j = φ + … + φʲ, with normal quantiles.
 *
 * <p>Two ways to estimate:
 * <ul>
 *   <li>{@link #fitEts}: α, β (and φ) and the initial states l(0), b(0) all by minimising the sum of squared
 *       one-step errors over every observation, which is maximum likelihood for Gaussian errors — as R's
 *       {@code forecast::holt} / {@code forecast::ets} do, with their default bounds: α in [1e-4, 0.9999],
 *       1e-4 ≤ β ≤ α, φ in [0.8, 0.98]; Nelder–Mead (Commons Math) within those bounds from six starting points, on the
 *       standardized series. σ² = SSE / (n − number of estimated α, β, φ, l0, b0), as {@code ets}.
 *       The likelihood covers all n observations, so its AICc is comparable with the linear trend's and the logistic
 *       curve's. This is what {@code labourcast forecast} uses.</li>
 *   <li>{@link #fitHoltWinters}: like R's {@code stats::HoltWinters(gamma = FALSE)}: l(2) = y(2), b(2) = y(2) − y(1),
 *       α and β* in [0, 1] minimising the SSE of the one-step errors from the third observation on; intervals as
 *       {@code predict.HoltWinters}, with σ² the sample variance of those errors. Kept for comparison with R.</li>
 * </ul>
 *
 * <p>Missing years (gaps in the series) are skipped: the state moves on by its forecast and the missing year adds no
 * error. Neither R function accepts gaps; the state-space form makes this the natural treatment. Stateless and
 * thread-safe.
 */
public final class ExponentialSmoothing {
    /** R forecast::ets default bounds ("usual" region). */
    static final double ALPHA_MIN = 1e-4;
    static final double ALPHA_MAX = 0.9999;
    static final double BETA_MIN = 1e-4;
    static final double PHI_MIN = 0.8;
    static final double PHI_MAX = 0.98;
    private static final int MAX_EVALUATIONS = 5_000;

    private ExponentialSmoothing() {
    }

    /**
     * The smoothing recursion on a yearly grid (NaN = missing) from grid index {@code start}, with state (l, b)
     * before it. Errors at missing years are NaN; the SSE and count are over observed years.
     */
    record Filtered(double level, double trend, double[] errors, double sse, int observed) {
        Filtered {
            errors = ArrayValues.copy(errors);
        }

        @Override
        public double[] errors() {
            return ArrayValues.copy(errors);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Filtered other && ArrayValues.equal(componentValues(), other.componentValues());
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
            return new Object[] {level, trend, errors, sse, observed};
        }
    }

    static Filtered filter(double[] grid, int start, double l0, double b0, double alpha, double beta, double phi) {
        double l = l0;
        double b = b0;
        double sse = 0;
        int observed = 0;
        double[] errors = new double[grid.length];
        java.util.Arrays.fill(errors, Double.NaN);
        for (int t = start; t < grid.length; t++) {
            double forecast = l + phi * b;
            double e = 0;
            if (!Double.isNaN(grid[t])) {
                e = grid[t] - forecast;
                errors[t] = e;
                sse += e * e;
                observed++;
            }
            l = forecast + alpha * e;
            b = phi * b + beta * e;
        }
        return new Filtered(l, b, errors, sse, observed);
    }

    /**
     * Fits ETS(A,A,N) (Holt) or ETS(A,Ad,N) (damped) by least squares over α, β, [φ], l(0), b(0).
     *
     * @throws IllegalArgumentException with fewer observations than estimated values plus one
     */
    public static Fit fitEts(ObservedSeries s, boolean damped) {
        int estimated = damped ? 5 : 4;
        if (s.size() < estimated + 1) {
            throw new IllegalArgumentException((damped ? "damped Holt" : "Holt") + " smoothing estimates "
                    + estimated + " values and needs at least " + (estimated + 1) + " observations, got " + s.size());
        }
        double[] raw = s.onYearlyGrid();
        Scale scale = Scale.of(raw);
        double[] grid = scale.standardize(raw);
        double[] start = initialStates(grid);
        // Parameters: alpha, beta', l0, b0 [, phi]; beta = BETA_MIN + (alpha − BETA_MIN)·beta' covers [1e-4, alpha].
        MultivariateFunction sse = p -> {
            double phi = damped ? p[4] : 1;
            return filter(grid, 0, p[2], p[3], p[0], beta(p[0], p[1]), phi).sse();
        };
        double spread = 10 + 10 * Math.abs(start[0]);
        double[] lower = damped ? new double[] {ALPHA_MIN, 0, -spread, -spread, PHI_MIN}
                : new double[] {ALPHA_MIN, 0, -spread, -spread};
        double[] upper = damped ? new double[] {ALPHA_MAX, 1, spread, spread, PHI_MAX}
                : new double[] {ALPHA_MAX, 1, spread, spread};
        PointValuePair best = null;
        for (double a : new double[] {0.2, 0.5, 0.9}) {
            for (double bs : new double[] {0.1, 0.5}) {
                double[] guess = damped ? new double[] {a, bs, start[0], start[1], 0.9}
                        : new double[] {a, bs, start[0], start[1]};
                PointValuePair p = minimise(sse, guess, lower, upper);
                if (p != null && (best == null || p.getValue() < best.getValue())) {
                    best = p;
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("the smoothing parameters could not be estimated for " + s.name());
        }
        double[] p = best.getPoint();
        double alpha = p[0];
        double beta = beta(p[0], p[1]);
        double phi = damped ? p[4] : 1;
        double l0 = scale.unstandardizeLevel(p[2]);
        double b0 = scale.unstandardizeSlope(p[3]);
        Filtered f = filter(raw, 0, l0, b0, alpha, beta, phi);
        int n = f.observed();
        double sigma2 = n > estimated ? f.sse() / (n - estimated) : Double.NaN;
        return new SmoothingFit(damped ? ModelKind.DAMPED : ModelKind.HOLT, alpha, beta, phi, l0, b0, f,
                Math.sqrt(sigma2), estimated + 1, Aicc.gaussianLogLikelihood(f.sse(), n), n, s.lastYear(), false);
    }

    /**
     * ETS(A,A,N) or ETS(A,Ad,N) with given parameters and initial states (β in the innovations form, as
     * {@code forecast::ets} reports it), σ² = SSE / (n − {@code estimated}): for comparing with a fit made elsewhere.
     */
    public static Fit ets(ObservedSeries s, double alpha, double beta, double phi, double l0, double b0,
                          int estimated) {
        double[] raw = s.onYearlyGrid();
        Filtered f = filter(raw, 0, l0, b0, alpha, beta, phi);
        int n = f.observed();
        double sigma2 = n > estimated ? f.sse() / (n - estimated) : Double.NaN;
        return new SmoothingFit(phi == 1 ? ModelKind.HOLT : ModelKind.DAMPED, alpha, beta, phi, l0, b0, f,
                Math.sqrt(sigma2), estimated + 1, Aicc.gaussianLogLikelihood(f.sse(), n), n, s.lastYear(), false);
    }

    /**
     * Fits Holt's linear trend like R's {@code HoltWinters(x, gamma = FALSE)}: start l = y(2), b = y(2) − y(1); α and
     * β* in [0, 1] minimising the SSE from the third observation on.
     *
     * @throws IllegalArgumentException with fewer than 4 observations, or when the first two years are not observed
     */
    public static Fit fitHoltWinters(ObservedSeries s) {
        double[] raw = s.onYearlyGrid();
        if (raw.length < 4 || Double.isNaN(raw[1]) || s.size() < 4) {
            throw new IllegalArgumentException("Holt-Winters starting values need the first two years observed and"
                    + " at least four observations");
        }
        Scale scale = Scale.of(raw);
        double[] grid = scale.standardize(raw);
        MultivariateFunction sse = p -> filter(grid, 2, grid[1], grid[1] - grid[0], p[0], p[0] * p[1], 1).sse();
        PointValuePair best = null;
        for (double a : new double[] {0.1, 0.3, 0.6, 0.9}) {
            for (double bs : new double[] {0.1, 0.4, 0.8}) {
                PointValuePair p = minimise(sse, new double[] {a, bs}, new double[] {0, 0}, new double[] {1, 1});
                if (p != null && (best == null || p.getValue() < best.getValue())) {
                    best = p;
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("the smoothing parameters could not be estimated for " + s.name());
        }
        return holtWinters(s, best.getPoint()[0], best.getPoint()[1]);
    }

    /** Holt's smoothing with HoltWinters' start and given α and β* (Holt's own trend weight, R's {@code beta}). */
    public static Fit holtWinters(ObservedSeries s, double alpha, double betaStar) {
        double[] raw = s.onYearlyGrid();
        Filtered f = filter(raw, 2, raw[1], raw[1] - raw[0], alpha, alpha * betaStar, 1);
        // predict.HoltWinters: var(residuals(object)), the sample variance (n − 1 denominator, about the mean).
        double mean = 0;
        int n = f.observed();
        for (double e : f.errors()) {
            if (!Double.isNaN(e)) {
                mean += e / n;
            }
        }
        double var = 0;
        for (double e : f.errors()) {
            if (!Double.isNaN(e)) {
                var += (e - mean) * (e - mean) / (n - 1);
            }
        }
        return new SmoothingFit(ModelKind.HOLT, alpha, alpha * betaStar, 1, raw[1], raw[1] - raw[0], f,
                Math.sqrt(var), 3, Aicc.gaussianLogLikelihood(f.sse(), n), n, s.lastYear(), true);
    }

    /** β in [1e-4, α] from a free value in [0, 1]: forecast::ets's "usual" region 1e-4 ≤ β ≤ α. */
    private static double beta(double alpha, double free) {
        return BETA_MIN + (alpha - BETA_MIN) * free;
    }

    /** Starting level and slope (standardized) from a least-squares line through the first observations. */
    private static double[] initialStates(double[] grid) {
        List<double[]> pts = new ArrayList<>();
        for (int t = 0; t < grid.length && pts.size() < 10; t++) {
            if (!Double.isNaN(grid[t])) {
                pts.add(new double[] {t, grid[t]});
            }
        }
        double mt = 0;
        double my = 0;
        for (double[] p : pts) {
            mt += p[0] / pts.size();
            my += p[1] / pts.size();
        }
        double sxy = 0;
        double sxx = 0;
        for (double[] p : pts) {
            sxy += (p[0] - mt) * (p[1] - my);
            sxx += (p[0] - mt) * (p[0] - mt);
        }
        double slope = sxx > 0 ? sxy / sxx : 0;
        // l(0) is the level one step before the first grid year.
        return new double[] {my - slope * (mt + 1), slope};
    }

    /**
     * Minimises {@code f} within the box [lower, upper] from {@code guess}: Nelder–Mead (Commons Math) on free values
     * u, each bound variable being lower + (upper − lower)·expit(u), restarted from its own optimum until a restart
     * improves by less than 1e-12 (a restart also undoes a simplex that collapsed early). Returns null when the
     * optimiser fails, so the caller can try its other starting points. Commons Math's BOBYQA takes bounds directly,
     * but on these small problems it was measured several hundred times slower (1.5 s against 4 ms for a damped Holt
     * fit to six points), which matters when the back-test refits every model at every origin.
     */
    static PointValuePair minimise(MultivariateFunction f, double[] guess, double[] lower, double[] upper) {
        int dim = guess.length;
        double[] u0 = new double[dim];
        for (int i = 0; i < dim; i++) {
            double frac = (guess[i] - lower[i]) / (upper[i] - lower[i]);
            frac = Math.max(1e-6, Math.min(1 - 1e-6, frac));
            u0[i] = Math.log(frac / (1 - frac));
        }
        MultivariateFunction g = u -> f.value(toBox(u, lower, upper));
        double[] u = u0;
        double value = g.value(u);
        SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-12, 1e-15));
        try {
            for (int round = 0; round < 12; round++) {
                PointValuePair p = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new MaxIter(MAX_EVALUATIONS),
                        new ObjectiveFunction(g), GoalType.MINIMIZE, new InitialGuess(u),
                        new NelderMeadSimplex(dim, round == 0 ? 1.0 : 0.3));
                double gain = value - p.getValue();
                if (p.getValue() <= value) {
                    u = p.getPoint();
                    value = p.getValue();
                }
                if (round > 0 && !(gain > 1e-12 * Math.max(1, Math.abs(value)))) {
                    break;
                }
            }
        } catch (IllegalStateException e) {
            return null;
        }
        return new PointValuePair(toBox(u, lower, upper), value);
    }

    private static double[] toBox(double[] u, double[] lower, double[] upper) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            x[i] = lower[i] + (upper[i] - lower[i]) / (1 + Math.exp(-u[i]));
        }
        return x;
    }

    /** Standardizes a series for the optimisers, so that step sizes mean the same for persons and shares. */
    record Scale(double mean, double sd) {
        static Scale of(double[] values) {
            double m = 0;
            int n = 0;
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    m += v;
                    n++;
                }
            }
            m /= n;
            double ss = 0;
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    ss += (v - m) * (v - m);
                }
            }
            double sd = Math.sqrt(ss / Math.max(1, n - 1));
            if (!(sd > 0)) {
                sd = Math.max(Math.abs(m), 1);
            }
            return new Scale(m, sd);
        }

        double[] standardize(double[] values) {
            double[] out = new double[values.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (values[i] - mean) / sd;
            }
            return out;
        }

        double unstandardizeLevel(double z) {
            return mean + sd * z;
        }

        double unstandardizeSlope(double z) {
            return sd * z;
        }
    }

    private record SmoothingFit(ModelKind kind, double alpha, double beta, double phi, double l0, double b0,
                                Filtered filtered, double sigma, int parameterCount, double logLikelihood,
                                int likelihoodObservations, int lastYear, boolean holtWintersStart) implements Fit {
        @Override
        public String description() {
            String what = kind == ModelKind.DAMPED ? "damped Holt, ETS(A,Ad,N)" : "Holt, ETS(A,A,N)";
            return what + (holtWintersStart ? ", HoltWinters start" : "");
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> p = new LinkedHashMap<>();
            p.put("alpha", alpha);
            p.put("beta", beta);
            if (kind == ModelKind.DAMPED) {
                p.put("phi", phi);
            }
            p.put("l0", l0);
            p.put("b0", b0);
            p.put("level", filtered.level());
            p.put("trend", filtered.trend());
            return p;
        }

        @Override
        public List<Prediction> forecast(int steps) {
            List<Prediction> out = new ArrayList<>(steps);
            double phiSum = 0;
            double phiPower = 1;
            double sumC2 = 0;
            for (int h = 1; h <= steps; h++) {
                // variance uses c_j for j = 1..h−1: add c_{h−1} before updating phiSum to φ_h.
                if (h > 1) {
                    double c = alpha + beta * phiSum;
                    sumC2 += c * c;
                }
                phiPower *= phi;
                phiSum += phiPower;
                double point = filtered.level() + phiSum * filtered.trend();
                double se = sigma * Math.sqrt(1 + sumC2);
                out.add(Prediction.symmetric(lastYear + h, point, se, CriticalValues.Z80, CriticalValues.Z95));
            }
            return out;
        }
    }
}
