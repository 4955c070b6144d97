package org.labourcast.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.labourcast.stats.Quantiles;

/**
 * Summarizes the runs of a Monte Carlo experiment as tidy indicator rows: for every indicator and year the mean, the
 * median and the 5th, 10th, 90th and 95th percentiles across runs, in the indicator's own unit.
 *
 * <p>Percentiles are Hyndman &amp; Fan type 7 ({@link Quantiles#type7}, R's default). The result is a pure function
 * of the values: it never depends on how or in which order worker threads produced them. Stateless and
 * thread-safe.
 */
public final class MonteCarloSummary {
    public static final String MEAN = "mean";
    public static final String MEDIAN = "median";
    public static final String P05 = "p05";
    public static final String P10 = "p10";
    public static final String P90 = "p90";
    public static final String P95 = "p95";

    /** The statistics, in output order. */
    public static final List<String> STATS = List.of(MEAN, MEDIAN, P05, P10, P90, P95);

    // Probabilities of STATS after the mean, in the same order.
    private static final double[] PROBABILITIES = {0.5, 0.05, 0.10, 0.90, 0.95};

    private MonteCarloSummary() {
    }

    /**
     * Rows ordered by indicator (the replicates' order), year, then stat in {@link #STATS} order. A cell that is
     * {@code NaN} in every run (a flow in the base year) gives no rows.
     *
     * @throws IllegalStateException if a cell is {@code NaN} in some runs but not others (a bug in the engine:
     *                               availability never depends on chance)
     */
    public static List<IndicatorRow> summarize(ReplicateValues replicates) {
        List<IndicatorRow> rows = new ArrayList<>();
        int[] years = replicates.years();
        for (String indicator : replicates.indicators()) {
            for (int year : years) {
                double[] v = replicates.values(indicator, year);
                int missing = 0;
                for (double x : v) {
                    if (Double.isNaN(x)) {
                        missing++;
                    }
                }
                if (missing == v.length) {
                    continue;
                }
                if (missing > 0) {
                    throw new IllegalStateException(indicator + " in " + year + " is missing in " + missing + " of "
                            + v.length + " runs of scenario " + replicates.scenario());
                }
                String scenario = replicates.scenario();
                rows.add(new IndicatorRow(scenario, indicator, year, MEAN, Quantiles.mean(v)));
                Arrays.sort(v);
                for (int s = 0; s < PROBABILITIES.length; s++) {
                    rows.add(new IndicatorRow(scenario, indicator, year, STATS.get(s + 1),
                            Quantiles.type7(v, PROBABILITIES[s])));
                }
            }
        }
        return rows;
    }
}
