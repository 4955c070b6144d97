package org.labourcast.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloSummaryTest {
    private static final double NA = Double.NaN;

    @Test
    void fourRunsGiveHandComputedStatistics() {
        // Runs 3, 1, 10, 2 in 2021 (order must not matter); sorted 1 2 3 10, h = 1 + 3p (type 7).
        ReplicateValues v = new ReplicateValues("s", List.of("jobs"), new int[] {2021},
                new double[][][] {{{3}}, {{1}}, {{10}}, {{2}}});
        List<IndicatorRow> rows = MonteCarloSummary.summarize(v);
        assertEquals(MonteCarloSummary.STATS, rows.stream().map(IndicatorRow::stat).toList());
        double[] expected = {
            4,     // mean 16 / 4
            2.5,   // median, h = 2.5
            1.15,  // p05, h = 1.15: 0.85*1 + 0.15*2
            1.3,   // p10, h = 1.3
            7.9,   // p90, h = 3.7: 0.3*3 + 0.7*10
            8.95}; // p95, h = 3.85: 0.15*3 + 0.85*10
        for (int i = 0; i < expected.length; i++) {
            IndicatorRow r = rows.get(i);
            assertEquals(expected[i], r.value(), 1e-14, r.stat());
            assertEquals("s", r.scenario());
            assertEquals("jobs", r.indicator());
            assertEquals(2021, r.year());
        }
    }

    @Test
    void rowsAreOrderedByIndicatorYearAndStatAndSkipCellsMissingInEveryRun() {
        ReplicateValues v = new ReplicateValues("s", List.of("population_total", "births"), new int[] {2020, 2021},
                new double[][][] {
                    {{100, 110}, {NA, 5}},
                    {{100, 90}, {NA, 7}}});
        List<IndicatorRow> rows = MonteCarloSummary.summarize(v);
        List<String> keys = new ArrayList<>();
        for (IndicatorRow r : rows) {
            keys.add(r.indicator() + " " + r.year() + " " + r.stat());
        }
        List<String> expected = new ArrayList<>();
        for (String cell : List.of("population_total 2020", "population_total 2021", "births 2021")) {
            for (String stat : List.of("mean", "median", "p05", "p10", "p90", "p95")) {
                expected.add(cell + " " + stat);
            }
        }
        assertEquals(expected, keys);
        // One run is its own mean and every quantile; two identical runs likewise.
        rows.subList(0, 6).forEach(r -> assertEquals(100, r.value(), 0, r.stat()));
        assertEquals(6, rows.get(13).value(), 0, "median of 5 and 7");
    }

    @Test
    void aCellMissingInOnlySomeRunsIsABug() {
        ReplicateValues v = new ReplicateValues("s", List.of("births"), new int[] {2021},
                new double[][][] {{{5}}, {{NA}}, {{7}}});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MonteCarloSummary.summarize(v));
        assertTrue(e.getMessage().contains("births in 2021 is missing in 1 of 3 runs"), e.getMessage());
    }

    @Test
    void isAPureFunctionOfTheValues() {
        double[][][] values = new double[50][1][3];
        for (int r = 0; r < values.length; r++) {
            for (int y = 0; y < 3; y++) {
                values[r][0][y] = Math.sin(r * 7.0 + y) * 1000;
            }
        }
        ReplicateValues v = new ReplicateValues("s", List.of("x"), new int[] {2021, 2022, 2023}, values);
        assertEquals(MonteCarloSummary.summarize(v), MonteCarloSummary.summarize(v));
        assertEquals(MonteCarloSummary.summarize(v), MonteCarloSummary.summarize(
                new ReplicateValues("s", List.of("x"), new int[] {2021, 2022, 2023}, values)));
        for (IndicatorRow r : MonteCarloSummary.summarize(v)) {
            assertTrue(r.value() >= -1000 && r.value() <= 1000);
        }
    }

    @Test
    void quantilesAreOrdered() {
        double[][][] values = new double[37][1][1];
        for (int r = 0; r < values.length; r++) {
            values[r][0][0] = (r * 17 % 37) / 3.0;
        }
        List<IndicatorRow> rows = MonteCarloSummary.summarize(
                new ReplicateValues("s", List.of("x"), new int[] {2021}, values));
        double p05 = rows.get(2).value();
        double p10 = rows.get(3).value();
        double median = rows.get(1).value();
        double p90 = rows.get(4).value();
        double p95 = rows.get(5).value();
        assertTrue(p05 <= p10 && p10 <= median && median <= p90 && p90 <= p95);
        // 0..36 / 3 permuted: the median is 18 / 3 = 6; p05 has h = 1 + 36 * 0.05 = 2.8 -> (1 + 0.8) / 3.
        assertEquals(6, median, 1e-12);
        assertEquals(1.8 / 3, p05, 1e-12);
    }
}
