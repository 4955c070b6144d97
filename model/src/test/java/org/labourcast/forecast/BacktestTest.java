package org.labourcast.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rolling-origin back-testing on a case computed by hand. */
class BacktestTest {
    /**
     * y = 10, 12, 11, 15, 16 in 2001..2005, naive forecast, training windows of 3 and 4 points:
     * <pre>
     *   origin 2003 (10, 12, 11): forecast 11, scale q = (2 + 1)/2 = 1.5
     *       2004: |15 − 11| = 4     2005: |16 − 11| = 5
     *   origin 2004 (10, 12, 11, 15): forecast 15, q = (2 + 1 + 4)/3 = 7/3
     *       2005: |16 − 15| = 1
     *   h = 1: MAE (4 + 1)/2 = 2.5; MAPE (4/15 + 1/16)/2·100 = 16.4583…%; MASE (4/1.5 + 1/(7/3))/2 = 1.547619…
     *   h = 2: MAE 5; MAPE 5/16·100 = 31.25%; MASE 5/1.5 = 3.333…
     * </pre>
     */
    @Test
    void naiveForecastByHand() {
        ObservedSeries s = ObservedSeries.regular("y", 2001, 10, 12, 11, 15, 16);
        List<Backtest.Row> rows = Backtest.run("naive", s, Naive::fit, 0, Double.POSITIVE_INFINITY, 5);
        assertEquals(2, rows.size());
        Backtest.Row h1 = rows.get(0);
        assertEquals(1, h1.horizon());
        assertEquals(2, h1.origins());
        assertEquals(2.5, h1.mae(), 1e-12);
        assertEquals((4.0 / 15 + 1.0 / 16) / 2 * 100, h1.mape(), 1e-12);
        assertEquals((4 / 1.5 + 1 / (7.0 / 3)) / 2, h1.mase(), 1e-12);
        Backtest.Row h2 = rows.get(1);
        assertEquals(2, h2.horizon());
        assertEquals(1, h2.origins());
        assertEquals(5, h2.mae(), 1e-12);
        assertEquals(31.25, h2.mape(), 1e-12);
        assertEquals(5 / 1.5, h2.mase(), 1e-12);
    }

    /** A gap: the change 2003 → 2005 counts as 2 per year over 2 years in the naive scale, and horizons are years. */
    @Test
    void gapsCountInYears() {
        ObservedSeries s = new ObservedSeries("y", new int[] {2001, 2002, 2003, 2005, 2006},
                new double[] {1, 2, 4, 8, 9});
        assertEquals((1 + 2 + 2) / 3.0, Backtest.naiveScale(s.head(4)), 1e-12);
        List<Backtest.Row> rows = Backtest.run("naive", s, Naive::fit, 0, Double.POSITIVE_INFINITY, 3);
        // origin 2003 (1, 2, 4), forecast 4: 2005 is h = 2 (|8 − 4| = 4), 2006 is h = 3; origin 2005: 2006 is h = 1.
        assertEquals(List.of(1, 2, 3), rows.stream().map(Backtest.Row::horizon).toList());
        assertEquals(4, rows.get(1).mae(), 1e-12);
        assertEquals(4 / 1.5, rows.get(1).mase(), 1e-12);
    }

    /** A model that cannot be fitted at an origin is skipped there; the row says how many origins it averages. */
    @Test
    void originsWhereAModelCannotBeFittedAreSkipped() {
        ObservedSeries s = ObservedSeries.regular("y", 2001, 1, 2, 3, 4, 5, 6, 8);
        List<Backtest.Row> rows = Backtest.run("holt", s, t -> ExponentialSmoothing.fitEts(t, false), 0,
                Double.POSITIVE_INFINITY, 1);
        assertEquals(2, rows.get(0).origins()); // training windows of 5 and 6 points; 3 and 4 are too short
    }
}
