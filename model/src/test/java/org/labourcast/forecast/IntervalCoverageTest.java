package org.labourcast.forecast;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * Prediction intervals cover what they claim on series simulated from each model (seeded, Well19937c). Each test
 * simulates {@value #REPLICATES} series with one future value, fits the model to the series and counts how often the
 * 80% and the 95% intervals contain the future value.
 *
 * <p>Tolerance: the count must lie in the exact 99.9% binomial interval of {@value #REPLICATES} trials. For the
 * linear trend the t interval is exact, so the probability is the nominal one. The other intervals plug in
 * estimated parameters and ignore their uncertainty (as R's do), so they cover slightly less than nominal on short
 * series: there the count must lie between the 0.05% quantile for the nominal level minus 0.03 and the 99.95%
 * quantile for the nominal level.
 */
class IntervalCoverageTest {
    private static final int REPLICATES = 1000;

    /** A simulated series and the value that followed it. */
    private record Case(ObservedSeries series, double future, int horizon) {
    }

    private static void assertCoverage(String what, Function<RandomGenerator, Case> simulate,
                                       Function<ObservedSeries, Fit> fitter, boolean exact, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        int in80 = 0;
        int in95 = 0;
        for (int i = 0; i < REPLICATES; i++) {
            Case c = simulate.apply(rng);
            Prediction p = fitter.apply(c.series()).forecast(c.horizon()).get(c.horizon() - 1);
            if (c.future() >= p.lo80() && c.future() <= p.hi80()) {
                in80++;
            }
            if (c.future() >= p.lo95() && c.future() <= p.hi95()) {
                in95++;
            }
        }
        check(what + " 80%", in80, 0.80, exact);
        check(what + " 95%", in95, 0.95, exact);
    }

    private static void check(String what, int count, double nominal, boolean exact) {
        int low = new BinomialDistribution(null, REPLICATES, exact ? nominal : nominal - 0.03)
                .inverseCumulativeProbability(0.0005);
        int high = new BinomialDistribution(null, REPLICATES, nominal).inverseCumulativeProbability(0.9995);
        assertTrue(count >= low && count <= high, what + ": " + count + " of " + REPLICATES + " covered, expected "
                + low + ".." + high);
    }

    @Test
    void linearTrendWithNormalErrorsIsExact() {
        // y = 2 + 0.5 t + N(0, 1), t = 1..12; the value 3 years later.
        assertCoverage("linear trend", rng -> {
            double[] y = new double[12];
            for (int t = 0; t < y.length; t++) {
                y[t] = 2 + 0.5 * (t + 1) + rng.nextGaussian();
            }
            return new Case(ObservedSeries.regular("y", 2001, y), 2 + 0.5 * 15 + rng.nextGaussian(), 3);
        }, LinearTrend::fit, true, 20201101L);
    }

    @Test
    void randomWalkWithDrift() {
        // y(t) = y(t−1) + 0.3 + N(0, 1), 40 values; ARIMA(0,1,0) with drift; one step ahead.
        assertCoverage("random walk with drift", rng -> {
            double[] y = new double[40];
            double level = 50;
            for (int t = 0; t < y.length; t++) {
                level += 0.3 + rng.nextGaussian();
                y[t] = level;
            }
            return new Case(ObservedSeries.regular("y", 1981, y), level + 0.3 + rng.nextGaussian(), 1);
        }, s -> Arima.fit(s, new Arima.Order(0, 1, 0, true)), false, 20201102L);
    }

    @Test
    void autoregressiveOrderOne() {
        // y(t) − 10 = 0.6 (y(t−1) − 10) + N(0, 1), 40 values from the stationary distribution; two steps ahead.
        assertCoverage("AR(1)", rng -> {
            double[] y = new double[40];
            double z = rng.nextGaussian() / Math.sqrt(1 - 0.36);
            for (int t = 0; t < y.length; t++) {
                z = 0.6 * z + rng.nextGaussian();
                y[t] = 10 + z;
            }
            z = 0.6 * z + rng.nextGaussian();
            z = 0.6 * z + rng.nextGaussian();
            return new Case(ObservedSeries.regular("y", 1961, y), 10 + z, 2);
        }, s -> Arima.fit(s, new Arima.Order(1, 0, 0, true)), false, 20201103L);
    }

    @Test
    void holtLinearTrendModel() {
        // ETS(A,A,N) with α = 0.5, β = 0.1, l0 = 10, b0 = 0.5, σ = 1, 40 values; one step ahead.
        assertCoverage("Holt", rng -> {
            double[] y = new double[40];
            double l = 10;
            double b = 0.5;
            for (int t = 0; t < y.length; t++) {
                double e = rng.nextGaussian();
                y[t] = l + b + e;
                l = l + b + 0.5 * e;
                b = b + 0.1 * e;
            }
            return new Case(ObservedSeries.regular("y", 1981, y), l + b + rng.nextGaussian(), 1);
        }, s -> ExponentialSmoothing.fitEts(s, false), false, 20201104L);
    }
}
