package org.labourcast.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.Actual;
import org.labourcast.stats.Quantiles;

/**
 * How a projection compares with a realised value (mid-term review): the projected median and 90% band
 * (p05–p95, Hyndman &amp; Fan type 7 over the runs) of the indicator in the actual's year, in the indicator's unit. A
 * deterministic projection is one run, whose value is its median, p05 and p95.
 *
 * @param actual the realised value
 * @param median the projected median
 * @param p05    the projected 5th percentile
 * @param p95    the projected 95th percentile
 */
public record ActualDeviation(Actual actual, double median, double p05, double p95) {
    /** Relative tolerance within which an actual on a band's edge counts as inside (floating-point noise). */
    static final double EDGE_TOLERANCE = 1e-9;

    public ActualDeviation {
        Objects.requireNonNull(actual, "actual");
    }

    /**
     * The deviation of every actual, in the actuals' order.
     *
     * @throws IllegalStateException if an actual's indicator or year is not projected (the scenario reader prevents
     *                               it) or its value is missing in some run
     */
    public static List<ActualDeviation> evaluate(List<Actual> actuals, ReplicateValues replicates) {
        List<ActualDeviation> out = new ArrayList<>();
        for (Actual a : actuals) {
            double[] v = sortedRuns(a, replicates);
            out.add(new ActualDeviation(a, Quantiles.type7(v, 0.5), Quantiles.type7(v, 0.05),
                    Quantiles.type7(v, 0.95)));
        }
        return List.copyOf(out);
    }

    /**
     * Every run's projected value of an actual's indicator and year, sorted.
     *
     * @throws IllegalStateException if the indicator or year is not projected (the scenario reader prevents it) or
     *                               the value is missing in some run
     */
    public static double[] sortedRuns(Actual a, ReplicateValues replicates) {
        if (!replicates.hasIndicator(a.indicator()) || !replicates.hasYear(a.year())) {
            throw new IllegalStateException("actual " + a.indicator() + " in " + a.year()
                    + " is not projected in scenario " + replicates.scenario());
        }
        double[] v = replicates.values(a.indicator(), a.year());
        Arrays.sort(v);
        if (Double.isNaN(v[v.length - 1]) || Double.isNaN(v[0])) {
            throw new IllegalStateException(a.indicator() + " has no projected value in " + a.year());
        }
        return v;
    }

    /** Projected median − actual, in the indicator's unit. */
    public double deviation() {
        return median - actual.value();
    }

    /** (median − actual) / actual; {@code NaN} when the actual is 0. */
    public double relativeDeviation() {
        return actual.value() == 0 ? Double.NaN : deviation() / actual.value();
    }

    /** Whether the actual lies in the projection's 90% band [p05, p95] (its edges included, within 1e-9 relative). */
    public boolean inBand() {
        double x = actual.value();
        double eps = EDGE_TOLERANCE * Math.max(1.0, Math.abs(x));
        return x >= p05 - eps && x <= p95 + eps;
    }
}
