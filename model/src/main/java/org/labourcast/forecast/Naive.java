package org.labourcast.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The naive forecast: the last value carried forward, a random walk y(t) = y(t−1) + ε(t). It is the benchmark that
 * MASE scales by. σ² is the maximum-likelihood estimate from the observed changes, a change over g years having
 * variance g·σ² (σ̂² = mean of Δy²/g); the h-year-ahead interval is ±z·σ·√h. Stateless and thread-safe.
 */
public final class Naive {
    private Naive() {
    }

    public static Fit fit(ObservedSeries s) {
        if (s.size() < 2) {
            throw new IllegalArgumentException("the naive forecast's noise needs at least two points");
        }
        double weighted = 0;
        double logGaps = 0;
        for (int i = 1; i < s.size(); i++) {
            double d = s.value(i) - s.value(i - 1);
            int gap = s.year(i) - s.year(i - 1);
            weighted += d * d / gap;
            logGaps += Math.log(gap);
        }
        int changes = s.size() - 1;
        double sigma2 = weighted / changes;
        return new NaiveFit(s.value(s.size() - 1), Math.sqrt(sigma2), changes, logGaps, s.lastYear());
    }

    private record NaiveFit(double last, double sigma, int changes, double sumLogGaps, int lastYear)
            implements Fit {
        @Override
        public ModelKind kind() {
            return ModelKind.NAIVE;
        }

        @Override
        public String description() {
            return "naive (random walk)";
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> p = new LinkedHashMap<>();
            p.put("last", last);
            p.put("sigma2_per_year", sigma * sigma);
            return p;
        }

        @Override
        public int likelihoodObservations() {
            return changes;
        }

        @Override
        public int parameterCount() {
            return 1;
        }

        @Override
        public double logLikelihood() {
            // Changes over g years have variance g·σ²; at σ̂² the log-likelihood is −½ Σ [ln(2π g σ̂²) + Δ²/(g σ̂²)].
            if (!(sigma > 0)) {
                return Double.NaN;
            }
            return -0.5 * (changes * Math.log(2 * Math.PI * sigma * sigma) + changes) - 0.5 * sumLogGaps;
        }

        @Override
        public List<Prediction> forecast(int steps) {
            List<Prediction> out = new ArrayList<>(steps);
            for (int h = 1; h <= steps; h++) {
                double se = sigma > 0 ? sigma * Math.sqrt(h) : Double.NaN;
                out.add(Prediction.symmetric(lastYear + h, last, se, CriticalValues.Z80, CriticalValues.Z95));
            }
            return out;
        }
    }
}
