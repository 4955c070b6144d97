package org.labourcast.demography;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/** Brass relational logit model with beta = 1; see {@link LifeTable#brassLogitMx}. */
final class BrassLogit {

    /** Search range for alpha: e^(2 alpha) spans about 6e-6..1.6e5, far beyond any observed schedule. */
    static final double ALPHA_LIMIT = 6.0;

    private BrassLogit() {
    }

    static double[] fit(LifeTable standard, double targetE0) {
        if (standard == null) {
            throw new IllegalArgumentException("standard life table is missing");
        }
        if (!Double.isFinite(targetE0) || targetE0 <= 0) {
            throw new IllegalArgumentException("target life expectancy must be a positive number of years, got " + targetE0);
        }
        double[] odds = standardOdds(standard);
        double low = e0(standard, odds, ALPHA_LIMIT);
        double high = e0(standard, odds, -ALPHA_LIMIT);
        if (targetE0 < low || targetE0 > high) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "target life expectancy %.3f years is outside what the Brass logit model reaches from this standard "
                            + "(%.3f to %.3f years)", targetE0, low, high));
        }
        BrentSolver solver = new BrentSolver(1e-13, 1e-12);
        double alpha;
        try {
            alpha = solver.solve(500, a -> e0(standard, odds, a) - targetE0, -ALPHA_LIMIT, ALPHA_LIMIT);
        } catch (MathIllegalStateException e) {
            throw new IllegalArgumentException("could not fit the Brass logit level to e0 = " + targetE0, e);
        }
        return mxForAlpha(standard, odds, alpha);
    }

    /** Single-year rates of the fitted table for a given alpha (alpha = 0 gives back the standard). */
    static double[] mxForAlpha(LifeTable standard, double alpha) {
        return mxForAlpha(standard, standardOdds(standard), alpha);
    }

    /** (1 - ls) / ls at exact ages 0..omega, i.e. exp(2 Ys); Y is never formed so that ls = 1 causes no infinity. */
    private static double[] standardOdds(LifeTable standard) {
        double[] ls = standard.lx();
        double[] odds = new double[ls.length];
        for (int x = 0; x < ls.length; x++) {
            if (!(ls[x] > 0)) {
                throw new IllegalArgumentException("the standard life table has no survivors at age " + x
                        + "; the logit model needs l(x) > 0 up to the open group");
            }
            odds[x] = (1.0 - ls[x]) / ls[x];
        }
        return odds;
    }

    private static double e0(LifeTable standard, double[] odds, double alpha) {
        return LifeTable.fromSingleYearMx(mxForAlpha(standard, odds, alpha), standard.sex()).lifeExpectancyAtBirth();
    }

    private static double[] mxForAlpha(LifeTable standard, double[] odds, double alpha) {
        int omega = odds.length - 1;
        double k = Math.exp(2.0 * alpha);
        double[] l = new double[omega + 1];
        for (int x = 0; x <= omega; x++) {
            l[x] = 1.0 / (1.0 + k * odds[x]); // Y = alpha + Ys  <=>  (1-l)/l = e^(2 alpha) (1-ls)/ls
        }
        double[] m = new double[omega + 1];
        for (int x = 0; x < omega; x++) {
            m[x] = RateConversion.centralRate(1.0 - l[x + 1] / l[x], x, standard.sex());
        }
        m[omega] = openRate(standard, k, l[omega]);
        return m;
    }

    /**
     * The standard's open group is a constant hazard mu (that is what its L = l/m assumes), so ls(omega + t) =
     * Ls e^(-mu t). Applying the same logit shift to that continuous tail gives l(omega + t) = 1 / (A + B e^(mu t)) with
     * A = 1 - k, B = k / Ls, whose integral over t &gt;= 0 is T = ln(1 + A/B) / (A mu) (1 / (B mu) when A = 0). The
     * open rate is l(omega) / T, so alpha = 0 returns the standard's rate and a lower alpha a lower one.
     */
    private static double openRate(LifeTable standard, double k, double lOmega) {
        double[] ls = standard.lx();
        double[] ms = standard.mx();
        int omega = ls.length - 1;
        double mu = ms[omega];
        double a = 1.0 - k;
        double b = k / ls[omega];
        double z = a / b;
        double log1pOverZ = Math.abs(z) < 1e-12 ? 1.0 - z / 2.0 : Math.log1p(z) / z;
        double t = log1pOverZ / (b * mu);
        return lOmega / t;
    }
}
