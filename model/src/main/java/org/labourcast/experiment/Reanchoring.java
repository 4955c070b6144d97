package org.labourcast.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.Actual;

/**
 * Re-anchors a projection on realised values: an <em>intercept correction</em> as in forecasting practice
 * (Clements &amp; Hendry 1998, <i>Forecasting Economic Time Series</i>), applied to every replicate's path. For each
 * indicator with actuals, the anchor year a is its latest actual year, and in every run r:
 * <ul>
 *   <li><b>counts</b> (persons, not negative) are <em>scaled</em> from the anchor on: x'(t) = x(t) · A(a) / x(a)
 *       for t ≥ a, so the path passes through the actual A(a) and keeps its own growth rates afterwards;</li>
 *   <li><b>shares</b> (0–1) are <em>shifted</em>: x'(t) = x(t) + A(a) − x(a) for t ≥ a, then clamped to [0, 1];
 *       net migration (which may be negative), and a count whose run projects 0 in the anchor year, are shifted
 *       the same way (unclamped);</li>
 *   <li>years before the anchor that have an actual take the actual; other earlier years keep their projection;</li>
 *   <li>{@code new_urban_jobs_cumulative}, when it has no actuals of its own but {@code new_urban_jobs} has, is
 *       recomputed as the running total of the re-anchored yearly values, so cumulative targets use them.</li>
 * </ul>
 * Each indicator is corrected on its own: identities between indicators (sector shares summing to 1, employment by
 * sector summing to the total) no longer hold exactly after re-anchoring. The agents are not re-run from the
 * realised state, so the correction carries the level of the actual forward, not its causes. Stateless and
 * thread-safe.
 */
public final class Reanchoring {
    private Reanchoring() {
    }

    /** The anchor year of each indicator with actuals: its latest actual year, in order of first appearance. */
    public static Map<String, Integer> anchors(List<Actual> actuals) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Actual a : actuals) {
            out.merge(a.indicator(), a.year(), Math::max);
        }
        return out;
    }

    /**
     * The replicate values re-anchored on the actuals, as described above; indicators without actuals unchanged.
     *
     * @throws IllegalStateException if an actual's indicator or year is not projected, or a run has no value in the
     *                               anchor year
     */
    public static ReplicateValues apply(ReplicateValues replicates, List<Actual> actuals) {
        double[][][] v = replicates.values();
        int first = replicates.firstYear();
        List<String> names = replicates.indicators();
        Map<String, Integer> anchors = anchors(actuals);
        for (Map.Entry<String, Integer> e : anchors.entrySet()) {
            String indicator = e.getKey();
            int anchor = e.getValue();
            int i = names.indexOf(indicator);
            if (i < 0 || !replicates.hasYear(anchor)) {
                throw new IllegalStateException("actual " + indicator + " in " + anchor
                        + " is not projected in scenario " + replicates.scenario());
            }
            double target = actualIn(actuals, indicator, anchor);
            boolean share = IndicatorCatalog.isShare(indicator);
            boolean signed = indicator.equals(IndicatorCatalog.NET_MIGRATION);
            for (int r = 0; r < v.length; r++) {
                double[] series = v[r][i];
                double x = series[anchor - first];
                if (Double.isNaN(x)) {
                    throw new IllegalStateException(indicator + " has no projected value in " + anchor + " (run "
                            + (r + 1) + ")");
                }
                boolean scale = !share && !signed && x > 0;
                for (int y = anchor - first; y < series.length; y++) {
                    if (Double.isNaN(series[y])) {
                        continue;
                    }
                    double corrected = scale ? series[y] * (target / x) : series[y] + (target - x);
                    series[y] = share ? Math.min(1, Math.max(0, corrected)) : corrected;
                }
                series[anchor - first] = target; // exactly the actual, whatever the rounding above
                for (Actual a : actuals) {
                    if (a.indicator().equals(indicator) && a.year() < anchor) {
                        series[a.year() - first] = a.value();
                    }
                }
            }
        }
        recomputeCumulative(v, names, anchors);
        return new ReplicateValues(replicates.scenario(), names, replicates.years(), v);
    }

    private static void recomputeCumulative(double[][][] v, List<String> names, Map<String, Integer> anchors) {
        int flow = names.indexOf(LabourIndicators.NEW_URBAN_JOBS);
        int cumulative = names.indexOf(LabourIndicators.NEW_URBAN_JOBS_CUMULATIVE);
        if (flow < 0 || cumulative < 0 || !anchors.containsKey(LabourIndicators.NEW_URBAN_JOBS)
                || anchors.containsKey(LabourIndicators.NEW_URBAN_JOBS_CUMULATIVE)) {
            return;
        }
        for (double[][] run : v) {
            double sum = 0;
            for (int y = 0; y < run[flow].length; y++) {
                if (!Double.isNaN(run[flow][y])) { // the base year has no flow, and no running total
                    sum += run[flow][y];
                    run[cumulative][y] = sum;
                }
            }
        }
    }

    private static double actualIn(List<Actual> actuals, String indicator, int year) {
        for (Actual a : actuals) {
            if (a.indicator().equals(indicator) && a.year() == year) {
                return a.value();
            }
        }
        throw new IllegalArgumentException("no actual " + indicator + " in " + year);
    }
}
