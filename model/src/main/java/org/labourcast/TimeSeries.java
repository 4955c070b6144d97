package org.labourcast;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Values (a number or a schedule) at anchor times, linearly interpolated between anchors and held constant outside
 * them (see {@link TimeAnchor}). Immutable.
 */
public final class TimeSeries {
    private final double[] times;
    private final double[][] values;
    /** The last calendar year an anchor describes ({@link TimeAnchor#lastYear()}); MAX_VALUE for a constant. */
    private final int lastYear;

    private TimeSeries(double[] times, double[][] values, int lastYear) {
        this.times = times;
        this.values = values;
        this.lastYear = lastYear;
    }

    /** Anchors must have distinct times and values of equal length. */
    public static TimeSeries of(List<TimeAnchor> anchors, List<double[]> values) {
        if (anchors.isEmpty() || anchors.size() != values.size()) {
            throw new IllegalArgumentException("a time series needs at least one anchor and one value per anchor");
        }
        Integer[] order = new Integer[anchors.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> anchors.get(i).time()));
        double[] t = new double[order.length];
        double[][] v = new double[order.length][];
        int width = values.get(0).length;
        int last = Integer.MIN_VALUE;
        for (TimeAnchor a : anchors) {
            last = Math.max(last, a.lastYear());
        }
        for (int i = 0; i < order.length; i++) {
            t[i] = anchors.get(order[i]).time();
            v[i] = values.get(order[i]).clone();
            if (v[i].length != width) {
                throw new IllegalArgumentException("every anchor needs " + width + " values");
            }
            if (i > 0 && t[i] == t[i - 1]) {
                throw new IllegalArgumentException("two entries for the same time " + anchors.get(order[i]).label());
            }
        }
        return new TimeSeries(t, v, last);
    }

    public static TimeSeries constant(double... value) {
        return new TimeSeries(new double[] {0}, new double[][] {value.clone()}, Integer.MAX_VALUE);
    }

    /**
     * The last calendar year the series' entries describe: after it the last value is held. {@link Integer#MAX_VALUE}
     * for a constant, which holds in every year by design.
     */
    public int lastYear() {
        return lastYear;
    }

    /** The value at a time: linear between anchors, constant outside. Returns a fresh array. */
    public double[] at(double time) {
        if (time <= times[0]) {
            return values[0].clone();
        }
        int last = times.length - 1;
        if (time >= times[last]) {
            return values[last].clone();
        }
        int i = 0;
        while (times[i + 1] < time) {
            i++;
        }
        double w = (time - times[i]) / (times[i + 1] - times[i]);
        double[] out = new double[values[i].length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (1 - w) * values[i][k] + w * values[i + 1][k];
        }
        return out;
    }

    /** Every value multiplied by {@code factor} (for counts: a population scaled up or down). */
    public TimeSeries scaled(double factor) {
        double[][] v = new double[values.length][];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i].clone();
            for (int k = 0; k < v[i].length; k++) {
                v[i][k] *= factor;
            }
        }
        return new TimeSeries(times.clone(), v, lastYear);
    }

    /** The value of a one-number series at a time. */
    public double scalarAt(double time) {
        return at(time)[0];
    }

    /** Values for projected calendar year {@code year} (evaluated mid-year). */
    public double[] forYear(int year) {
        return at(TimeAnchor.midYear(year));
    }
}
