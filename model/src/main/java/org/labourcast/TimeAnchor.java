package org.labourcast;

/**
 * When an assumption value applies. A {@code year: t} entry describes calendar year t and sits at its middle,
 * t + 0.5; a {@code period: a-b} entry (UN WPP style, 1 January a to 31 December b−1) sits at its middle, (a+b)/2.
 * Projected year t is evaluated at t + 0.5, so values are interpolated linearly between anchors and held constant
 * before the first and after the last.
 *
 * @param time  the anchor time in fractional years
 * @param label as written, e.g. "2020" or "2020-2025"
 */
public record TimeAnchor(double time, String label) {

    public static TimeAnchor year(int year) {
        return new TimeAnchor(year + 0.5, Integer.toString(year));
    }

    public static TimeAnchor period(int from, int to) {
        if (to <= from) {
            throw new IllegalArgumentException("a period must end after it starts: " + from + "-" + to);
        }
        return new TimeAnchor((from + to) / 2.0, from + "-" + to);
    }

    /**
     * The last calendar year the entry describes: t for {@code year: t}, b − 1 for {@code period: a-b}, and
     * {@link Integer#MAX_VALUE} for a value that holds in all years (a constant).
     */
    public int lastYear() {
        int dash = label.indexOf('-', 1);
        try {
            return dash > 0 ? Integer.parseInt(label.substring(dash + 1)) - 1 : Integer.parseInt(label);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // "all years"
        }
    }

    /** The time at which projected calendar year {@code year} is evaluated. */
    public static double midYear(int year) {
        return year + 0.5;
    }
}
