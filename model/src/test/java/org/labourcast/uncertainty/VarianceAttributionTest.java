package org.labourcast.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.labourcast.indicators.ReplicateValues;

class VarianceAttributionTest {
    /**
     * y = 3·x1 + 2·x2 + 1·x3 + ε with x1 (fertility), x2, x3 (two economic columns) and ε independent N(0, 1):
     * Var(y) = 9 + 4 + 1 + 1 = 15, so the first-order shares are fertility 9/15 = 0.6, economic 5/15 = 0.333 and
     * sampling (ε) 1/15 = 0.067. With 4,000 runs the estimates' standard errors are about 0.01; tolerance 0.03.
     */
    @Test
    void recoversTheSharesOfALinearModelWithNoise() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(13L);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        int n = 4000;
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < 3; c++) {
                x[r][c] = normal.sample();
            }
            y[r] = 3 * x[r][0] + 2 * x[r][1] + x[r][2] + normal.sample();
        }
        InputDraws draws = new InputDraws(List.of("fertility.level", "growth.primary", "growth.tertiary"),
                List.of(UncertaintySource.FERTILITY, UncertaintySource.ECONOMIC, UncertaintySource.ECONOMIC), x);
        Map<UncertaintySource, Double> shares = new VarianceAttribution(draws).shares(y);
        assertEquals(List.of(UncertaintySource.FERTILITY, UncertaintySource.ECONOMIC, UncertaintySource.SAMPLING),
                List.copyOf(shares.keySet()));
        assertEquals(0.6, shares.get(UncertaintySource.FERTILITY), 0.03);
        assertEquals(5.0 / 15, shares.get(UncertaintySource.ECONOMIC), 0.03);
        assertEquals(1.0 / 15, shares.get(UncertaintySource.SAMPLING), 0.03);
        assertEquals(1.0, shares.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        // Shifting the output by a constant changes nothing.
        double[] shifted = y.clone();
        for (int r = 0; r < n; r++) {
            shifted[r] += 1e6;
        }
        assertEquals(shares.get(UncertaintySource.FERTILITY),
                new VarianceAttribution(draws).shares(shifted).get(UncertaintySource.FERTILITY), 1e-6);
    }

    @Test
    void withoutDrawnInputsEverythingIsSamplingAndConstantOutputsAreNotAttributed() {
        VarianceAttribution none = new VarianceAttribution(InputDraws.none(5));
        assertEquals(Map.of(UncertaintySource.SAMPLING, 1.0), none.shares(new double[] {1, 2, 3, 4, 6}));
        assertTrue(none.shares(new double[] {2, 2, 2, 2, 2}).isEmpty());
    }

    @Test
    void aDuplicatedColumnIsHarmlessAndTooFewRunsAreNotAttributed() {
        double[][] x = {{1, 1}, {2, 2}, {3, 3}, {5, 5}};
        InputDraws dup = new InputDraws(List.of("a", "b"), List.of(UncertaintySource.POLICY,
                UncertaintySource.POLICY), x);
        Map<UncertaintySource, Double> s = new VarianceAttribution(dup).shares(new double[] {2, 4, 6, 10});
        assertEquals(1.0, s.get(UncertaintySource.POLICY), 1e-9, "y = 2a explains everything");
        assertEquals(0.0, s.get(UncertaintySource.SAMPLING), 1e-9);
        InputDraws wide = new InputDraws(List.of("a", "b", "c"), List.of(UncertaintySource.POLICY,
                UncertaintySource.ECONOMIC, UncertaintySource.FERTILITY), new double[][] {{1, 0, 3}, {0, 1, 5},
                {2, 2, 1}, {4, 1, 0}});
        assertTrue(new VarianceAttribution(wide).shares(new double[] {1, 2, 3, 5}).isEmpty(), "4 runs, 3 inputs");
    }

    @Test
    void everyVaryingIndicatorAndYearGetsRowsSummingToOne() {
        double[][][] v = {{{1, 5}}, {{1, 7}}, {{1, 4}}, {{1, 9}}};
        ReplicateValues runs = new ReplicateValues("s", List.of("x"), new int[] {2020, 2021}, v);
        List<VarianceAttribution.Share> rows = new VarianceAttribution(InputDraws.none(4)).of(runs);
        assertEquals(List.of(new VarianceAttribution.Share("x", 2021, UncertaintySource.SAMPLING, 1.0)), rows);
    }

    /**
     * Paired differences: A and B share the fertility column (common random numbers), B also draws a policy effect.
     * With B − A = 2·policy + ε (ε ~ N(0, 1), policy ~ N(0, 1)) the difference's variance is 4 + 1: policy 0.8,
     * sampling 0.2, fertility 0 (it cancels in the pair). Tolerance 0.03 for 4,000 runs.
     */
    @Test
    void pairedDifferencesAreAttributedToTheInputsOfBothScenarios() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        int n = 4000;
        double[][] a = new double[n][1];
        double[][] b = new double[n][2];
        double[] diff = new double[n];
        for (int r = 0; r < n; r++) {
            a[r][0] = normal.sample();
            b[r][0] = a[r][0];
            b[r][1] = normal.sample();
            diff[r] = 2 * b[r][1] + normal.sample();
        }
        InputDraws da = new InputDraws(List.of("fertility.level"), List.of(UncertaintySource.FERTILITY), a);
        InputDraws db = new InputDraws(List.of("fertility.level", "lever.effect"),
                List.of(UncertaintySource.FERTILITY, UncertaintySource.POLICY), b);
        InputDraws paired = InputDraws.paired(da, db);
        assertEquals(List.of("fertility.level", "lever.effect"), paired.names(), "the shared column appears once");
        Map<UncertaintySource, Double> s = new VarianceAttribution(paired).shares(diff);
        assertEquals(0.8, s.get(UncertaintySource.POLICY), 0.03);
        assertEquals(0.0, s.get(UncertaintySource.FERTILITY), 0.03);
        assertEquals(0.2, s.get(UncertaintySource.SAMPLING), 0.03);
        // A column both have but drew differently is kept twice.
        b[0][0] += 1;
        InputDraws changed = new InputDraws(db.names(), db.sources(), b);
        assertEquals(List.of("fertility.level", "fertility.level@b", "lever.effect"),
                InputDraws.paired(da, changed).names());
    }
}
