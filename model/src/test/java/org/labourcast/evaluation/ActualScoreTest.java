package org.labourcast.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.Actual;
import org.labourcast.scenario.HistorySeries;

class ActualScoreTest {
    /**
     * A truth drawn from the model's own distribution lies in its central bands at the nominal rate. 2,000 cases,
     * each an ensemble of 199 replicates of N(μ, σ) (μ, σ varying by case) and a truth from the same distribution.
     * With type-7 quantiles of m = 199 draws the 80% band [x₍₂₀.₈₎, x₍₁₈₀.₂₎] covers a new draw with probability
     * (180.2 − 20.8)/200 = 0.797, the 90% band (190.1 − 10.9)/200 = 0.896 (order statistics of uniforms). The
     * counts must lie within the 99.9% binomial interval around those rates: ±3.29·√(p(1−p)/n).
     */
    @Test
    void aTruthDrawnFromTheModelsOwnDistributionIsCoveredAtTheNominalRate() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20240613L);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        int cases = 2000;
        int m = 199;
        int years = cases; // one "year" per case keeps every case an actual of its own
        double[][][] values = new double[m][1][years];
        List<Actual> actuals = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            double mu = 100 * rng.nextDouble();
            double sigma = 0.5 + 5 * rng.nextDouble();
            for (int r = 0; r < m; r++) {
                values[r][0][c] = mu + sigma * normal.sample();
            }
            actuals.add(new Actual("x", 2001 + c, mu + sigma * normal.sample(), "synthetic"));
        }
        int[] ys = new int[years];
        for (int y = 0; y < years; y++) {
            ys[y] = 2001 + y;
        }
        List<ActualScore> scores = ActualScore.of(actuals, List.of(), 2000,
                new ReplicateValues("s", List.of("x"), ys, values));
        long in80 = scores.stream().filter(ActualScore::inBand80).count();
        long in90 = scores.stream().filter(ActualScore::inBand90).count();
        assertWithinBinomial(in80, cases, 0.797);
        assertWithinBinomial(in90, cases, 0.896);
        ActualsSummary all = ActualsSummary.of(scores).get(1);
        assertEquals(ActualsSummary.ALL, all.indicator());
        assertEquals((double) in80 / cases, all.inBand80(), 0);
    }

    private static void assertWithinBinomial(long count, int n, double p) {
        double half = 3.29 * Math.sqrt(p * (1 - p) / n);
        double share = (double) count / n;
        assertTrue(Math.abs(share - p) <= half, "coverage " + share + " outside " + p + " ± " + half);
    }

    /**
     * Naive forecasts by hand. History 2016..2020 = 10, 12, 11, 13, 14 (base year 2020). Last value 14. The OLS line
     * through the five points: mean year 2018, mean value 12, Sxy = (−2)(−2) + (−1)(0) + 0·(−1) + 1·1 + 2·2 = 9,
     * Sxx = 10, slope 0.9; in 2023 it gives 12 + 0.9·5 = 16.5. Actual 2023 = 15: CRPS 1 and 1.5.
     */
    @Test
    void naiveForecastsAreTheLastValueAndTheFivePointTrend() {
        HistorySeries h = new HistorySeries("x", List.of(new HistorySeries.Point(2015, 0, ""),
                new HistorySeries.Point(2016, 10, ""), new HistorySeries.Point(2017, 12, ""),
                new HistorySeries.Point(2018, 11, ""), new HistorySeries.Point(2019, 13, ""),
                new HistorySeries.Point(2020, 14, ""), new HistorySeries.Point(2022, 99, "")), "test");
        double[][][] v = {{{14, 15, 16, 17}}, {{14, 14, 15, 16}}};
        ReplicateValues runs = new ReplicateValues("s", List.of("x"), new int[] {2020, 2021, 2022, 2023}, v);
        ActualScore s = ActualScore.of(List.of(new Actual("x", 2023, 15, "t")), List.of(h), 2020, runs).get(0);
        assertEquals(1.0, s.crpsLastValue(), 1e-12);
        assertEquals(1.5, s.crpsLinearTrend(), 1e-12);
        // Ensemble {17, 16} against 15: E|X − y| = 1.5, ½E|X − X'| = ½·(2·1)/4 = 0.25, CRPS 1.25.
        assertEquals(1.25, s.crps(), 1e-12);
        ActualsSummary row = ActualsSummary.of(List.of(s)).get(0);
        assertEquals(1 - 1.25 / 1.0, row.skillLastValue(), 1e-12);
        assertEquals(1 - 1.25 / 1.5, row.skillLinearTrend(), 1e-12);
        // Without a history the last value is the runs' common base-year value (14), and there is no trend.
        ActualScore bare = ActualScore.of(List.of(new Actual("x", 2023, 15, "t")), List.of(), 2020, runs).get(0);
        assertEquals(1.0, bare.crpsLastValue(), 1e-12);
        assertTrue(Double.isNaN(bare.crpsLinearTrend()));
    }
}
