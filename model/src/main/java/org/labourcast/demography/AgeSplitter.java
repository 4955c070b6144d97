package org.labourcast.demography;

import java.util.List;

/**
 * Splits grouped age data into single years 0..maxAge, where the last index {@code maxAge} stands for the open group
 * "maxAge+".
 *
 * <h2>Counts: mean-preserving monotone cubic graduation</h2>
 * {@link #splitCounts} graduates counts (persons) by interpolating their <em>cumulative</em> distribution. Let
 * C(x) be the number of people younger than exact age x; C is known at the group boundaries and is non-decreasing.
 * A monotone piecewise cubic Hermite interpolant (three-point slopes limited by the Hyman 1983 filter, which keeps each
 * piece in the Fritsch &amp; Carlson 1980 monotonicity region) is passed through (boundary, C) and the single-year
 * count at age a is C(a+1) - C(a). Because the interpolant passes through every node, each group's single-year values
 * add up to the group count (the method is <em>mean-preserving</em>); because it is monotone, no value is negative;
 * because it is C1, single-year values join smoothly across group boundaries. Each group's values are finally rescaled
 * by a factor that differs from 1 only by rounding, so group totals hold to machine precision. This is the cumulative
 * ("osculatory on the ogive") approach described in Shryock &amp; Siegel, <i>The Methods and Materials of
 * Demography</i> (1976), ch. 22, and used by e.g. the monotone-spline option of the DemoTools graduation routines;
 * see also Hyman (1983), SIAM J. Sci. Stat. Comput. 4(4), and Fritsch &amp; Carlson (1980), SIAM J. Numer. Anal. 17(2).
 *
 * <p><b>Open group.</b> The input's last group must be open ("S+" with count N).
 * <ul>
 * <li>S = maxAge: N is the output's open group.</li>
 * <li>S &gt; maxAge: single years at and above maxAge are added together with N into the output's open group.</li>
 * <li>S &lt; maxAge: N is spread over ages S..maxAge-1 by a geometric decline, N(1-r)r^k at age S+k, and the rest,
 * N r^(maxAge-S), goes to "maxAge+", so the spread adds up to N exactly. <b>Assumption:</b> above S the number of
 * people falls by the same factor r each year of age, as in a stationary population with constant mortality. r is
 * taken from the per-year densities of the last two closed groups, r = (d_last / d_prev)^(1 / distance between their
 * midpoints), bounded to [0.5, 0.95] (a one-year survival ratio range from centenarians to people in their sixties);
 * if it cannot be estimated (fewer than two closed groups or a zero count) r = 0.75. For WPP 2019 China 95-99 and
 * 100+ this rule gives r of about 0.69, close to the one-year survival implied by WPP's 100+ death rate.</li>
 * </ul>
 *
 * <h2>Rates: piecewise constant</h2>
 * {@link #splitRates} gives each single age the rate of its group. For a rate with the same exposure at every age
 * inside a group this keeps the group's number of events, which is what fertility and migration schedules need.
 */
public final class AgeSplitter {

    static final double MIN_TAIL_RATIO = 0.5;
    static final double MAX_TAIL_RATIO = 0.95;
    static final double DEFAULT_TAIL_RATIO = 0.75;

    private AgeSplitter() {
    }

    /**
     * Graduates grouped counts to single years, see the class documentation.
     *
     * @param groups contiguous groups starting at 0, the last one open
     * @param counts persons in each group (finite, >= 0)
     * @param maxAge the output's open group, >= 0
     * @return {@code maxAge + 1} counts (persons), index {@code maxAge} being "maxAge+"
     */
    public static double[] splitCounts(List<AgeGroup> groups, double[] counts, int maxAge) {
        AgeGroups.requireContiguousFromZero(groups, true);
        requireLength(groups, counts, "counts");
        for (int i = 0; i < counts.length; i++) {
            if (!Double.isFinite(counts[i]) || counts[i] < 0) {
                throw new IllegalArgumentException("count for age group " + groups.get(i).label()
                        + " must be finite and >= 0, got " + counts[i]);
            }
        }
        if (maxAge < 0) {
            throw new IllegalArgumentException("maxAge must be >= 0, got " + maxAge);
        }
        int closedCount = groups.size() - 1;
        int openStart = groups.get(closedCount).start();
        double[] singles = closedSingles(groups, counts, closedCount, openStart);
        double openCount = counts[closedCount];

        double[] out = new double[maxAge + 1];
        if (openStart >= maxAge) {
            System.arraycopy(singles, 0, out, 0, maxAge);
            double folded = openCount;
            for (int a = maxAge; a < openStart; a++) {
                folded += singles[a];
            }
            out[maxAge] = folded;
            return out;
        }
        System.arraycopy(singles, 0, out, 0, openStart);
        double r = tailRatio(groups, counts, closedCount);
        double remaining = openCount;
        for (int a = openStart; a < maxAge; a++) {
            double v = remaining * (1.0 - r);
            out[a] = v;
            remaining -= v;
        }
        out[maxAge] = remaining;
        return out;
    }

    /**
     * Expands grouped rates to single years 0..maxAge: each age gets the rate of the group containing it (the open index
     * {@code maxAge} gets the rate of the group containing age {@code maxAge}); ages outside every group get
     * {@code outsideValue}.
     *
     * @param groups contiguous groups, not necessarily starting at 0 (e.g. 15-19 ... 45-49); only the last may be open
     * @param rates  rate per person-year for each group (finite; may be negative, e.g. net migration)
     * @return {@code maxAge + 1} rates per person-year
     */
    public static double[] splitRates(List<AgeGroup> groups, double[] rates, int maxAge, double outsideValue) {
        AgeGroups.requireContiguous(groups, false);
        requireLength(groups, rates, "rates");
        for (int i = 0; i < rates.length; i++) {
            if (!Double.isFinite(rates[i])) {
                throw new IllegalArgumentException("rate for age group " + groups.get(i).label() + " is not finite");
            }
        }
        if (!Double.isFinite(outsideValue)) {
            throw new IllegalArgumentException("outside value must be finite, got " + outsideValue);
        }
        if (maxAge < 0) {
            throw new IllegalArgumentException("maxAge must be >= 0, got " + maxAge);
        }
        double[] out = new double[maxAge + 1];
        for (int a = 0; a <= maxAge; a++) {
            out[a] = outsideValue;
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).contains(a)) {
                    out[a] = rates[g];
                    break;
                }
            }
        }
        return out;
    }

    private static double[] closedSingles(List<AgeGroup> groups, double[] counts, int closedCount, int openStart) {
        double[] singles = new double[openStart];
        if (closedCount == 0) {
            return singles;
        }
        double[] x = new double[closedCount + 1];
        double[] cum = new double[closedCount + 1];
        for (int i = 0; i < closedCount; i++) {
            x[i + 1] = groups.get(i).end() + 1;
            cum[i + 1] = cum[i] + counts[i];
        }
        MonotoneCubic ogive = new MonotoneCubic(x, cum);
        for (int i = 0; i < closedCount; i++) {
            AgeGroup g = groups.get(i);
            if (g.width() == 1) {
                singles[g.start()] = counts[i]; // single years pass through untouched
                continue;
            }
            double sum = 0;
            double previous = 0;
            for (int a = g.start(); a <= g.end(); a++) {
                double next = ogive.increaseWithinSegment(i, a + 1);
                double v = Math.max(0.0, next - previous); // monotone in exact arithmetic; clamp rounding only
                singles[a] = v;
                sum += v;
                previous = next;
            }
            double scale = sum > 0 ? counts[i] / sum : 0.0;
            for (int a = g.start(); a <= g.end(); a++) {
                singles[a] *= scale;
            }
        }
        return singles;
    }

    static double tailRatio(List<AgeGroup> groups, double[] counts, int closedCount) {
        if (closedCount < 2 || counts[closedCount - 1] <= 0 || counts[closedCount - 2] <= 0) {
            return DEFAULT_TAIL_RATIO;
        }
        AgeGroup last = groups.get(closedCount - 1);
        AgeGroup prev = groups.get(closedCount - 2);
        double dLast = counts[closedCount - 1] / last.width();
        double dPrev = counts[closedCount - 2] / prev.width();
        double distance = (last.start() + last.end()) / 2.0 - (prev.start() + prev.end()) / 2.0;
        double r = Math.pow(dLast / dPrev, 1.0 / distance);
        return Math.max(MIN_TAIL_RATIO, Math.min(MAX_TAIL_RATIO, r));
    }

    private static void requireLength(List<AgeGroup> groups, double[] values, String what) {
        if (values == null || values.length != groups.size()) {
            throw new IllegalArgumentException("need one value per age group: " + groups.size() + " groups but "
                    + (values == null ? "no" : Integer.toString(values.length)) + " " + what);
        }
    }
}
