package org.labourcast.demography;

import java.util.List;

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

        double[] out = new double[maxAge + 1];
        for (int a = 0; a < maxAge; a++) {
            double q = -Math.expm1(lnSingle[a + 1] - lnSingle[a]);
            out[a] = RateConversion.centralRate(q, a, sex);
        }
        out[maxAge] = maxAge >= openStart ? openRate : foldedOpenRate(lnSingle, maxAge, openStart, openRate);
        return out;
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
