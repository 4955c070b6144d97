package org.labourcast.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.Actual;

/** Deviations from actuals and re-anchoring, on values small enough to check by hand. */
class ReanchoringTest {
    private static final double NaN = Double.NaN;

    /** Three runs of 2020-2024 for a count, a share, and new urban jobs with their running total. */
    private static ReplicateValues values() {
        List<String> names = List.of("employment_total", "urbanization_rate", "new_urban_jobs",
                "new_urban_jobs_cumulative");
        double[][][] v = {
            {{100, 100, 110, 120, 130}, {0.50, 0.52, 0.54, 0.56, 0.98}, {NaN, 10, 10, 10, 10}, {NaN, 10, 20, 30, 40}},
            {{100, 100, 100, 100, 100}, {0.50, 0.51, 0.52, 0.53, 0.54}, {NaN, 12, 12, 12, 12}, {NaN, 12, 24, 36, 48}},
            {{100, 90, 120, 125, 150}, {0.50, 0.53, 0.56, 0.59, 0.62}, {NaN, 8, 8, 8, 8}, {NaN, 8, 16, 24, 32}},
        };
        return new ReplicateValues("s", names, new int[] {2020, 2021, 2022, 2023, 2024}, v);
    }

    @Test
    void deviationIsMedianMinusActualWithTheNinetyPercentBand() {
        // employment_total in 2022 over the runs: 110, 100, 120 → sorted 100, 110, 120. Type 7: median 110;
        // p05 at h = 1 + 2 · 0.05 = 1.1 → 100 + 0.1 · 10 = 101; p95 at h = 2.9 → 110 + 0.9 · 10 = 119.
        ActualDeviation d = ActualDeviation.evaluate(List.of(new Actual("employment_total", 2022, 105, "t")),
                values()).get(0);
        assertEquals(110, d.median(), 1e-12);
        assertEquals(101, d.p05(), 1e-12);
        assertEquals(119, d.p95(), 1e-12);
        assertEquals(5, d.deviation(), 1e-12);
        assertEquals(5.0 / 105, d.relativeDeviation(), 1e-15);
        assertTrue(d.inBand());
        ActualDeviation above = ActualDeviation.evaluate(List.of(new Actual("employment_total", 2022, 120, "t")),
                values()).get(0);
        assertFalse(above.inBand(), "120 lies above p95 = 119");
        ActualDeviation edge = ActualDeviation.evaluate(List.of(new Actual("employment_total", 2022, 119, "t")),
                values()).get(0);
        assertTrue(edge.inBand(), "the band's edges are inside");
        assertTrue(Double.isNaN(new ActualDeviation(new Actual("x", 2022, 0, "t"), 1, 0, 2).relativeDeviation()));
    }

    @Test
    void countsAreScaledFromTheLatestActualYearAndEarlierActualsReplaceTheProjection() {
        // Actuals 2021 = 95 and 2022 = 121: the anchor is 2022. Run 1 projects 110 in 2022, so 2022-2024 are scaled
        // by 121/110 = 1.1: 121, 132, 143. Run 2 projects 100: factor 1.21 → 121, 121, 121. Run 3 projects 120:
        // factor 121/120 → 121, 126.041666…, 151.25. Every run takes the actual 95 in 2021; 2020 is unchanged.
        List<Actual> actuals = List.of(new Actual("employment_total", 2021, 95, "t"),
                new Actual("employment_total", 2022, 121, "t"));
        ReplicateValues r = Reanchoring.apply(values(), actuals);
        assertArrayEquals(new double[] {100, 95, 121, 132, 143}, r.series(0, "employment_total"), 1e-9);
        assertArrayEquals(new double[] {100, 95, 121, 121, 121}, r.series(1, "employment_total"), 1e-9);
        assertArrayEquals(new double[] {100, 95, 121, 125 * 121 / 120.0, 150 * 121 / 120.0},
                r.series(2, "employment_total"), 1e-9);
        assertArrayEquals(values().series(0, "urbanization_rate"), r.series(0, "urbanization_rate"),
                "indicators without actuals are unchanged");
        assertEquals(2022, Reanchoring.anchors(actuals).get("employment_total"));
    }

    @Test
    void sharesAreShiftedAndKeptWithinZeroAndOne() {
        // Actual 0.60 in 2023. Run 1 projects 0.56: shift +0.04 → 0.60, then 0.98 + 0.04 = 1.02, clamped to 1.
        // Run 2 projects 0.53: shift +0.07 → 0.60, 0.61. Run 3 projects 0.59: shift +0.01 → 0.60, 0.63.
        ReplicateValues r = Reanchoring.apply(values(), List.of(new Actual("urbanization_rate", 2023, 0.60, "t")));
        assertArrayEquals(new double[] {0.50, 0.52, 0.54, 0.60, 1.0}, r.series(0, "urbanization_rate"), 1e-12);
        assertArrayEquals(new double[] {0.50, 0.51, 0.52, 0.60, 0.61}, r.series(1, "urbanization_rate"), 1e-12);
        assertArrayEquals(new double[] {0.50, 0.53, 0.56, 0.60, 0.63}, r.series(2, "urbanization_rate"), 1e-12);
    }

    @Test
    void theRunningTotalOfNewUrbanJobsFollowsReanchoredYearlyValues() {
        // Actuals 2021 = 9, 2022 = 15 (anchor). Run 1: 10 → factor 1.5 from 2022: 9, 15, 15, 15; total 9, 24, 39, 54.
        List<Actual> actuals = List.of(new Actual("new_urban_jobs", 2021, 9, "t"),
                new Actual("new_urban_jobs", 2022, 15, "t"));
        ReplicateValues r = Reanchoring.apply(values(), actuals);
        assertArrayEquals(new double[] {NaN, 9, 15, 15, 15}, r.series(0, "new_urban_jobs"), 1e-12);
        assertArrayEquals(new double[] {NaN, 9, 24, 39, 54}, r.series(0, "new_urban_jobs_cumulative"), 1e-12);
        assertArrayEquals(new double[] {NaN, 9, 24, 39, 54}, r.series(1, "new_urban_jobs_cumulative"), 1e-12);
        // A cumulative target over 2021-2024 on the re-anchored runs: 54 in every run.
        var target = new org.labourcast.scenario.Target("new_urban_jobs", 2024, org.labourcast.scenario.Operator.ABOVE,
                50, org.labourcast.scenario.Target.Kind.CUMULATIVE, org.labourcast.scenario.Target.Nature.EXPECTED,
                java.util.OptionalInt.empty(), java.util.OptionalDouble.empty(), "", "t");
        var before = org.labourcast.targets.TargetAttainmentEvaluator.evaluate(target, values(), 2020);
        var after = org.labourcast.targets.TargetAttainmentEvaluator.evaluate(target, r, 2020);
        assertEquals(0.0, before.probability(), "10+10+10+10, 12·4 = 48 and 8·4 = 32 are all ≤ 50");
        assertEquals(1.0, after.probability());
        assertEquals(54, after.medianProjected(), 1e-12);
    }
}
