package org.labourcast.demography;

import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/** Graduates a grouped death-rate schedule to single years; see {@link LifeTable#singleYearMxFromAbridged}. */
final class MortalityGraduation {

    private MortalityGraduation() {
    }

    static double[] singleYearMx(List<AgeGroup> groups, double[] mx, int maxAge, Sex sex) {
        if (maxAge < 1) {
            throw new IllegalArgumentException("maxAge must be >= 1, got " + maxAge);
        }
        AbridgedLifeTable table = new AbridgedLifeTable(groups, mx, sex);
        int[] ages = table.startAges();
        double[] l = table.lx();
        int k = ages.length;
        int openStart = ages[k - 1];
        double openRate = mx[k - 1];
        double[] x = new double[k];
        double[] lnL = new double[k];
        for (int i = 0; i < k; i++) {
            if (!(l[i] > 0)) {
                throw new IllegalArgumentException("death rates leave no survivors at age " + ages[i]
                        + "; the schedule cannot be graduated");
            }
            x[i] = ages[i];
            lnL[i] = Math.log(l[i]);
        }

        // ln l(x) at exact single ages 0..top; above the open group's start the open rate acts as a constant hazard,
        // which is what the open interval's L = l/m already assumes.
        double[] lnSingle = new double[Math.max(maxAge, openStart) + 1];
        // d ln l / dx = -hazard; at the open group's start the hazard is the open rate, so the curve joins the
        // constant-hazard tail smoothly instead of overshooting it (WPP's oldest rates rise more slowly than a
        // one-sided slope estimate would extrapolate).
        MonotoneCubic curve = k >= 2 ? new MonotoneCubic(x, lnL, -openRate) : null;
        for (int a = 0; a < lnSingle.length; a++) {
            lnSingle[a] = a <= openStart
                    ? (curve == null ? 0.0 : curve.value(a))
                    : lnL[k - 1] - openRate * (a - openStart);
        }

        double[] bigL = table.bigLx();
        for (int i = 0; i < k - 1; i++) {
            if (ages[i] >= OLD_AGE && ages[i + 1] <= openStart) {
                fitPersonYears(lnSingle, ages[i], ages[i + 1], bigL[i]);
            }
        }

        double[] out = new double[maxAge + 1];
        for (int a = 0; a < maxAge; a++) {
            double q = -Math.expm1(lnSingle[a + 1] - lnSingle[a]);
            out[a] = RateConversion.centralRate(q, a, sex);
        }
        out[maxAge] = maxAge >= openStart ? openRate : foldedOpenRate(lnSingle, maxAge, openStart, openRate);
        return out;
    }

    /** Groups from this age on get hazards that also keep their person-years (see {@link #fitPersonYears}). */
    static final int OLD_AGE = 80;

    /**
     * Within one group [x, x + n), replaces the interpolated ln l by single-year hazards growing geometrically,
     * h_j = c·g^j (Gompertz within the group), with c fixed by the group's survival l(x+n)/l(x) and g solved (Brent)
     * so that the single-year person-years, (l_j + l_(j+1))/2 summed over the group as {@link LifeTable} counts them,
     * equal the grouped table's L. At ages 80+ the cubic through ln l alone misplaces deaths within the last groups
     * (WPP 2024 males 95-99: up to 4% off the group's rate); this keeps deaths and person-years, so deaths over
     * person-years give back the group's m. If no g in [e^−3, e^3] reaches the target the cubic is kept.
     */
    private static void fitPersonYears(double[] lnSingle, int from, int to, double targetL) {
        int n = to - from;
        double hazard = lnSingle[from] - lnSingle[to];
        double l0 = Math.exp(lnSingle[from]);
        java.util.function.DoubleUnaryOperator years = lnG -> {
            double[] h = geometricHazards(hazard, n, lnG);
            double cumulative = 0;
            double total = 0.5 * l0;
            for (int j = 0; j < n; j++) {
                cumulative += h[j];
                double l = l0 * Math.exp(-cumulative);
                total += j == n - 1 ? 0.5 * l : l;
            }
            return total;
        };
        double lo = -3;
        double hi = 3;
        if ((years.applyAsDouble(lo) - targetL) * (years.applyAsDouble(hi) - targetL) > 0) {
            return;
        }
        double lnG = new BrentSolver(1e-14, 1e-16).solve(200, x -> years.applyAsDouble(x) - targetL, lo, hi);
        double[] h = geometricHazards(hazard, n, lnG);
        double cumulative = 0;
        for (int j = 1; j < n; j++) {
            cumulative += h[j - 1];
            lnSingle[from + j] = lnSingle[from] - cumulative;
        }
    }

    /** The n single-year cumulative hazards c·g^j (j = 0..n−1), g = e^lnG, summing to the group's {@code hazard}. */
    private static double[] geometricHazards(double hazard, int n, double lnG) {
        double g = Math.exp(lnG);
        double sumPowers = 0;
        for (int j = 0; j < n; j++) {
            sumPowers += Math.pow(g, j);
        }
        double c = hazard / sumPowers;
        double[] h = new double[n];
        for (int j = 0; j < n; j++) {
            h[j] = c * Math.pow(g, j);
        }
        return h;
    }

    /** Rate of "maxAge+" when the input's open group starts later: l(maxAge) / T(maxAge), as in L = l/m. */
    private static double foldedOpenRate(double[] lnSingle, int maxAge, int openStart, double openRate) {
        double t = Math.exp(lnSingle[openStart]) / openRate;
        for (int a = maxAge; a < openStart; a++) {
            t += 0.5 * (Math.exp(lnSingle[a]) + Math.exp(lnSingle[a + 1])); // a = 0.5 above age 0 (maxAge >= 1)
        }
        return Math.exp(lnSingle[maxAge]) / t;
    }
}
