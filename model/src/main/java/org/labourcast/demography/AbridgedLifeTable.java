package org.labourcast.demography;

import java.util.List;

/**
 * Life table on grouped ages (abridged 0, 1-4, 5-9, ..., or 5-year), radix 1.
 *
 * <p>n a x: age 0 by Andreev &amp; Kingkade (2015); 1-4 after a single-year age-0 group by the Coale-Demeny values in
 * Preston et al. (2001) table 3.3; any other closed group n/2 (deaths spread evenly); open group 1/m. Probabilities
 * n q x = n m / (1 + (n - a) m) (Preston et al. 2001, eq. 3.5), or 1 - exp(-n m) where that is lower (high mortality); L = n l(x+n) + a d; open L = l/m.
 * A first group 0-4 is also treated with n/2 for want of separate infant data, which overstates its person-years a
 * little; prefer abridged input.
 */
final class AbridgedLifeTable {

    private final int[] start;
    private final double[] lx;
    private final double[] bigLx;
    private final double[] tx;

    AbridgedLifeTable(List<AgeGroup> groups, double[] mx, Sex sex) {
        AgeGroups.requireContiguousFromZero(groups, true);
        if (mx == null || mx.length != groups.size()) {
            throw new IllegalArgumentException("need one death rate per age group: " + groups.size() + " groups but "
                    + (mx == null ? "no" : Integer.toString(mx.length)) + " rates");
        }
        if (sex == null) {
            throw new IllegalArgumentException("sex is missing");
        }
        for (int i = 0; i < mx.length; i++) {
            if (!Double.isFinite(mx[i]) || mx[i] < 0) {
                throw new IllegalArgumentException("death rate for age group " + groups.get(i).label()
                        + " must be finite and >= 0, got " + mx[i]);
            }
        }
        int k = groups.size();
        if (!(mx[k - 1] > 0)) {
            throw new IllegalArgumentException("death rate of the open age group " + groups.get(k - 1).label()
                    + " must be > 0, got " + mx[k - 1]);
        }
        start = new int[k];
        lx = new double[k];
        bigLx = new double[k];
        tx = new double[k];
        lx[0] = 1.0;
        for (int i = 0; i < k; i++) {
            AgeGroup g = groups.get(i);
            start[i] = g.start();
            if (g.open()) {
                bigLx[i] = lx[i] / mx[i];
                break;
            }
            int n = g.width();
            double a = separation(groups, mx, i, sex);
            // Preston's conversion exceeds 1 once m > 1/(n - a) (m > 0.4 for a 5-year group at a = 2.5, as in
            // WPP's 95-99 male rates); the constant-hazard probability 1 - exp(-n m) stays below 1 and is the
            // smaller of the two at high mortality, so the lower value is used.
            double q = Math.min(n * mx[i] / (1.0 + (n - a) * mx[i]), 1.0 - Math.exp(-n * mx[i]));
            double d = lx[i] * q;
            lx[i + 1] = lx[i] - d;
            bigLx[i] = n * lx[i + 1] + a * d;
        }
        double t = 0;
        for (int i = k - 1; i >= 0; i--) {
            t += bigLx[i];
            tx[i] = t;
        }
    }

    private static double separation(List<AgeGroup> groups, double[] mx, int i, Sex sex) {
        AgeGroup g = groups.get(i);
        if (g.start() == 0 && g.width() == 1) {
            return SeparationFactors.a0(mx[i], sex);
        }
        if (g.start() == 1 && g.end() == 4 && i == 1) {
            return SeparationFactors.a1to4(mx[0], sex);
        }
        return g.width() / 2.0;
    }

    /** Exact ages at which each group starts (the last is the open group's start). */
    int[] startAges() {
        return start.clone();
    }

    /** Survivors (radix 1) at each group's start age. */
    double[] lx() {
        return lx.clone();
    }

    /** Person-years lived in each group per birth. */
    double[] bigLx() {
        return bigLx.clone();
    }

    double lifeExpectancyAtBirth() {
        return tx[0];
    }
}
