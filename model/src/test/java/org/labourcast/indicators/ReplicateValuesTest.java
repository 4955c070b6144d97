package org.labourcast.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicateValuesTest {
    private static final double NA = Double.NaN;

    private static ReplicateValues twoRuns() {
        return new ReplicateValues("s", List.of("population_total", "births"), new int[] {2020, 2021, 2022},
                new double[][][] {
                    {{100, 101, 102}, {NA, 5, 6}},
                    {{100, 99, 98}, {NA, 4, 3}}});
    }

    @Test
    void accessorsByNameAndYear() {
        ReplicateValues v = twoRuns();
        assertEquals(2, v.runs());
        assertEquals(2020, v.firstYear());
        assertEquals(2022, v.lastYear());
        assertArrayEquals(new double[] {101, 99}, v.values("population_total", 2021));
        assertArrayEquals(new double[] {NA, NA}, v.values("births", 2020));
        assertArrayEquals(new double[] {NA, 4, 3}, v.series(1, "births"));
        assertEquals(6, v.value(0, "births", 2022));
        assertTrue(v.hasIndicator("births"));
        assertThrows(IllegalArgumentException.class, () -> v.values("deaths", 2021));
        assertThrows(IllegalArgumentException.class, () -> v.values("births", 2023));
        assertThrows(IndexOutOfBoundsException.class, () -> v.series(2, "births"));
    }

    @Test
    void isImmutable() {
        int[] years = {2020, 2021};
        double[][][] values = {{{1, 2}}};
        ReplicateValues v = new ReplicateValues("s", List.of("x"), years, values);
        years[0] = 1999;
        values[0][0][0] = 42;
        v.years()[1] = 7;
        v.values()[0][0][1] = 42;
        v.series(0, "x")[0] = 42;
        assertArrayEquals(new int[] {2020, 2021}, v.years());
        assertArrayEquals(new double[] {1, 2}, v.series(0, "x"));
        assertEquals(new ReplicateValues("s", List.of("x"), new int[] {2020, 2021}, new double[][][] {{{1, 2}}}), v,
                "equal contents, equal values");
        assertNotEquals(new ReplicateValues("s", List.of("x"), new int[] {2020, 2021}, new double[][][] {{{1, 3}}}),
                v);
    }

    @Test
    void rejectsInconsistentShapes() {
        List<String> x = List.of("x");
        assertThrows(IllegalArgumentException.class,
                () -> new ReplicateValues("s", x, new int[] {2020, 2022}, new double[][][] {{{1, 2}}}), "gap");
        assertThrows(IllegalArgumentException.class,
                () -> new ReplicateValues("s", x, new int[] {2021, 2020}, new double[][][] {{{1, 2}}}), "descending");
        assertThrows(IllegalArgumentException.class,
                () -> new ReplicateValues("s", x, new int[0], new double[][][] {{{}}}), "no years");
        assertThrows(IllegalArgumentException.class,
                () -> new ReplicateValues("s", x, new int[] {2020}, new double[0][][]), "no runs");
        assertThrows(IllegalArgumentException.class,
                () -> new ReplicateValues("s", x, new int[] {2020}, new double[][][] {{{1, 2}}}), "too many years");
        assertThrows(IllegalArgumentException.class,
                () -> new ReplicateValues("s", x, new int[] {2020}, new double[][][] {{{1}, {2}}}), "extra indicator");
        assertThrows(IllegalArgumentException.class, () -> new ReplicateValues("s", x, new int[] {2020},
                new double[][][] {{{1}}, {{1}, {2}}}), "ragged runs");
        assertThrows(IllegalArgumentException.class, () -> new ReplicateValues("s", x, new int[] {2020},
                new double[][][] {{{Double.POSITIVE_INFINITY}}}), "infinite");
        assertThrows(IllegalArgumentException.class, () -> new ReplicateValues("s", List.of("x", "x"),
                new int[] {2020}, new double[][][] {{{1}, {2}}}), "duplicate indicator");
        assertThrows(IllegalArgumentException.class,
                () -> new ReplicateValues(" ", x, new int[] {2020}, new double[][][] {{{1}}}), "blank scenario");
    }

    @Test
    void wrapsADeterministicRunWithNaNForFlowsInTheBaseYear() {
        List<IndicatorRow> rows = List.of(
                new IndicatorRow("s", "population_total", 2020, IndicatorRow.VALUE, 100),
                new IndicatorRow("s", "population_total", 2021, IndicatorRow.VALUE, 101),
                new IndicatorRow("s", "births", 2021, IndicatorRow.VALUE, 5));
        ReplicateValues v = ReplicateValues.ofSingleRun("s", rows);
        assertEquals(1, v.runs());
        assertEquals(List.of("population_total", "births"), v.indicators());
        assertArrayEquals(new int[] {2020, 2021}, v.years());
        assertArrayEquals(new double[] {NA, 5}, v.series(0, "births"));
        assertArrayEquals(new double[] {100, 101}, v.series(0, "population_total"));
    }

    @Test
    void wrappingRejectsRowsThatDoNotFormOneRun() {
        IndicatorRow a = new IndicatorRow("s", "x", 2020, IndicatorRow.VALUE, 1);
        assertThrows(IllegalArgumentException.class, () -> ReplicateValues.ofSingleRun("s", List.of()));
        assertThrows(IllegalArgumentException.class, () -> ReplicateValues.ofSingleRun("s", List.of(a, a)));
        assertThrows(IllegalArgumentException.class, () -> ReplicateValues.ofSingleRun("s",
                List.of(new IndicatorRow("s", "x", 2020, "mean", 1))));
        assertThrows(IllegalArgumentException.class, () -> ReplicateValues.ofSingleRun("t", List.of(a)));
        assertThrows(IllegalArgumentException.class, () -> ReplicateValues.ofSingleRun("s",
                List.of(a, new IndicatorRow("s", "x", 2022, IndicatorRow.VALUE, 3))), "2021 missing");
    }

    @Test
    void severalRunsOfRows() {
        IndicatorRow a1 = new IndicatorRow("s", "x", 2020, IndicatorRow.VALUE, 1);
        IndicatorRow a2 = new IndicatorRow("s", "x", 2020, IndicatorRow.VALUE, 2);
        ReplicateValues v = ReplicateValues.ofRuns("s", List.of(List.of(a1), List.of(a2), List.of()));
        assertArrayEquals(new double[] {1, 2, NA}, v.values("x", 2020), "a missing cell in a later run is NaN");
        assertThrows(IllegalArgumentException.class, () -> ReplicateValues.ofRuns("s",
                List.of(List.of(a1), List.of(new IndicatorRow("s", "y", 2020, IndicatorRow.VALUE, 2)))));
    }
}
