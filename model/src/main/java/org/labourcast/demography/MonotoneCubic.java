package org.labourcast.demography;

/**
 * Monotone piecewise cubic Hermite interpolant through points (x_i, y_i) with strictly increasing x and monotone
 * (non-decreasing or non-increasing) y.
 *
 * <p>Node slopes start from the three-point (local parabola) estimate and are then limited by the Hyman (1983)
 * filter: a slope whose sign disagrees with the neighbouring secants, or that sits at a local extremum of the data, is
 * set to 0, and its magnitude is capped at three times the smaller adjacent secant. That cap keeps every segment inside
 * the Fritsch &amp; Carlson (1980) monotonicity region, so the interpolant is monotone whenever the data are, passes
 * through every node exactly and is continuously differentiable.
 *
 * <p>References: F. N. Fritsch, R. E. Carlson (1980), "Monotone piecewise cubic interpolation", SIAM J. Numer. Anal.
 * 17(2); J. M. Hyman (1983), "Accurate monotonicity preserving cubic interpolation", SIAM J. Sci. Stat. Comput. 4(4).
 */
final class MonotoneCubic {

    private final double[] x;
    private final double[] y;
    private final double[] slope;

    MonotoneCubic(double[] x, double[] y) {
        this(x, y, Double.NaN);
    }

    /**
     * @param endSlope derivative wanted at the last node (still passed through the Hyman filter), or NaN to estimate it
     *                 from the data like the other slopes
     */
    MonotoneCubic(double[] x, double[] y, double endSlope) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("monotone cubic needs at least two points with matching x and y, got "
                    + x.length + " x and " + y.length + " y");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("interpolation point " + i + " is not finite");
            }
            if (i > 0 && x[i] <= x[i - 1]) {
                throw new IllegalArgumentException("interpolation x must increase strictly, x[" + i + "] = " + x[i]);
            }
        }
        this.x = x.clone();
        this.y = y.clone();
        this.slope = hymanSlopes(this.x, this.y, endSlope);
    }

    /** Value at {@code t}; {@code t} must lie within [x_0, x_n]. Returns y_i exactly at node x_i. */
    double value(double t) {
        int n = x.length - 1;
        if (t < x[0] || t > x[n]) {
            throw new IllegalArgumentException("interpolation point " + t + " is outside [" + x[0] + ", " + x[n] + "]");
        }
        int i = segment(t);
        double h = x[i + 1] - x[i];
        double s = (t - x[i]) / h;
        if (s == 0.0) {
            return y[i];
        }
        if (s == 1.0) {
            return y[i + 1];
        }
        return hermite(y[i], y[i + 1], slope[i] * h, slope[i + 1] * h, s);
    }

    /**
     * Increase of the interpolant from x_i (the node that starts the segment containing {@code t}) to {@code t},
     * computed inside the segment so that small increments on top of large values keep full relative precision.
     */
    double increaseWithinSegment(int i, double t) {
        double h = x[i + 1] - x[i];
        double s = (t - x[i]) / h;
        if (s <= 0.0) {
            return 0.0;
        }
        if (s >= 1.0) {
            return y[i + 1] - y[i];
        }
        return hermite(0.0, y[i + 1] - y[i], slope[i] * h, slope[i + 1] * h, s);
    }

    private int segment(double t) {
        int lo = 0;
        int hi = x.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double hermite(double y0, double y1, double m0, double m1, double s) {
        double s2 = s * s;
        double s3 = s2 * s;
        double h00 = 2 * s3 - 3 * s2 + 1;
        double h10 = s3 - 2 * s2 + s;
        double h01 = -2 * s3 + 3 * s2;
        double h11 = s3 - s2;
        return h00 * y0 + h10 * m0 + h01 * y1 + h11 * m1;
    }

    private static double[] hymanSlopes(double[] x, double[] y, double endSlope) {
        int n = x.length - 1;
        double[] h = new double[n];
        double[] delta = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = x[i + 1] - x[i];
            delta[i] = (y[i + 1] - y[i]) / h[i];
        }
        double[] d = new double[n + 1];
        if (n == 1) {
            d[0] = delta[0];
            d[1] = Double.isNaN(endSlope) ? delta[0] : limit(endSlope, delta[0], delta[0]);
            return d;
        }
        // Three-point estimates; one-sided at the ends.
        d[0] = ((2 * h[0] + h[1]) * delta[0] - h[0] * delta[1]) / (h[0] + h[1]);
        for (int i = 1; i < n; i++) {
            d[i] = (h[i] * delta[i - 1] + h[i - 1] * delta[i]) / (h[i - 1] + h[i]);
        }
        d[n] = Double.isNaN(endSlope)
                ? ((2 * h[n - 1] + h[n - 2]) * delta[n - 1] - h[n - 1] * delta[n - 2]) / (h[n - 1] + h[n - 2])
                : endSlope;
        // Hyman filter.
        d[0] = limit(d[0], delta[0], delta[0]);
        for (int i = 1; i < n; i++) {
            d[i] = limit(d[i], delta[i - 1], delta[i]);
        }
        d[n] = limit(d[n], delta[n - 1], delta[n - 1]);
        return d;
    }

    private static double limit(double d, double left, double right) {
        if (left * right <= 0.0) {
            return 0.0; // flat secant or local extremum of the data: a non-zero slope would overshoot
        }
        if (d * left <= 0.0) {
            return 0.0;
        }
        double cap = 3.0 * Math.min(Math.abs(left), Math.abs(right));
        return Math.copySign(Math.min(Math.abs(d), cap), left);
    }
}
