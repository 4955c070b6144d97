package org.labourcast.demography;

import java.util.List;

/**
 * Period life table on single years of age 0..omega, the last age being the open group "omega+". Radix l(0) = 1, so
 * lx, dx are proportions of births and Lx, Tx person-years per birth; mx are deaths per person-year; ex years.
 *
 * <p>Conventions (Preston, Heuveline &amp; Guillot 2001, ch. 3):
 * <ul>
 * <li>a(x) = 0.5 for ages 1..omega-1; a(0) from m(0) by Andreev &amp; Kingkade (2015) (see
 * {@code SeparationFactors.a0}: males 0.14929 - 1.99545 m0 below m0 = 0.023, 0.02832 + 3.26021 m0 up to 0.08307,
 * 0.29915 above; females 0.14903 - 2.05527 m0 below 0.01724, 0.04667 + 3.88089 m0 up to 0.06891, 0.31411 above);
 * open group a = 1/m.</li>
 * <li>q(x) = m / (1 + (1 - a) m), capped at 1; q(omega) = 1.</li>
 * <li>L(x) = l(x+1) + a(x) d(x); open group L = l / m.</li>
 * <li>e(x) = T(x) / l(x), and 0 where l(x) = 0.</li>
 * </ul>
 * Instances are immutable; getters return copies.
 */
public final class LifeTable {

    private final Sex sex;
    private final double[] mx;
    private final double[] ax;
    private final double[] qx;
    private final double[] lx;
    private final double[] dx;
    private final double[] bigLx;
    private final double[] tx;
    private final double[] ex;

    private LifeTable(Sex sex, double[] mx) {
        int omega = mx.length - 1;
        this.sex = sex;
        this.mx = mx;
        ax = new double[omega + 1];
        qx = new double[omega + 1];
        lx = new double[omega + 1];
        dx = new double[omega + 1];
        bigLx = new double[omega + 1];
        tx = new double[omega + 1];
        ex = new double[omega + 1];
        lx[0] = 1.0;
        for (int x = 0; x < omega; x++) {
            ax[x] = x == 0 ? SeparationFactors.a0(mx[0], sex) : 0.5;
            qx[x] = RateConversion.probability(mx[x], ax[x]);
            dx[x] = lx[x] * qx[x];
            lx[x + 1] = lx[x] - dx[x];
            bigLx[x] = lx[x + 1] + ax[x] * dx[x];
        }
        ax[omega] = 1.0 / mx[omega];
        qx[omega] = 1.0;
        dx[omega] = lx[omega];
        bigLx[omega] = lx[omega] / mx[omega];
        double t = 0;
        for (int x = omega; x >= 0; x--) {
            t += bigLx[x];
            tx[x] = t;
            ex[x] = lx[x] > 0 ? t / lx[x] : 0.0;
        }
    }

    /**
     * Builds the table from single-year central death rates.
     *
     * @param mx  deaths per person-year at ages 0..omega (omega = mx.length - 1 >= 1 is the open group); finite, >= 0,
     *            the open group's rate > 0
     * @param sex selects the a(0) formula
     */
    public static LifeTable fromSingleYearMx(double[] mx, Sex sex) {
        if (mx == null || mx.length < 2) {
            throw new IllegalArgumentException("a life table needs death rates for at least age 0 and an open group 1+");
        }
        if (sex == null) {
            throw new IllegalArgumentException("sex is missing");
        }
        for (int x = 0; x < mx.length; x++) {
            if (!Double.isFinite(mx[x]) || mx[x] < 0) {
                throw new IllegalArgumentException("death rate at age " + x + " must be finite and >= 0, got " + mx[x]);
            }
        }
        int omega = mx.length - 1;
        if (!(mx[omega] > 0)) {
            throw new IllegalArgumentException("death rate of the open age group " + omega + "+ must be > 0, got " + mx[omega]);
        }
        return new LifeTable(sex, mx.clone());
    }

    /**
     * Life expectancy at birth (years) of the abridged or 5-year life table built from grouped rates, with the n a x
     * and n q x conventions described at {@link #singleYearMxFromAbridged}.
     *
     * @param groups contiguous groups from 0, the last open (e.g. 0, 1-4, 5-9, ..., 100+)
     * @param mx     deaths per person-year in each group
     */
    public static double abridgedLifeExpectancy(List<AgeGroup> groups, double[] mx, Sex sex) {
        return new AbridgedLifeTable(groups, mx, sex).lifeExpectancyAtBirth();
    }

    /**
     * Graduates a grouped death-rate schedule (abridged 0, 1-4, 5-9, ..., 100+ as WPP publishes, or 5-year) to single
     * years 0..maxAge, index maxAge being "maxAge+".
     *
     * <p>Method. (1) Build the grouped life table: a(0) by Andreev &amp; Kingkade (2015); 4a1 by the Coale-Demeny values
     * of Preston et al. (2001) table 3.3; Greville's (1943) n a x for other closed groups, with the UN's conventions
     * (see {@code AbridgedLifeTable}); n q x = n m / (1 + (n - a) m); open L = l/m.
     * (2) Take ln l(x) at the group boundaries and interpolate it at single ages with a monotone (Hyman-filtered)
     * cubic Hermite curve, so l(x) decreases and equals the grouped table's l exactly at every boundary. The curve's slope
     * at the open group's start is set to minus the open rate (then Hyman-limited), and above that age the open rate is
     * used as a constant hazard, the assumption behind L = l/m; so the single-year hazard joins the open group's. From
     * age 80, within each closed group the hazards instead grow geometrically, with the growth solved so that the group
     * keeps both its survival and its person-years (so its rate: the cubic alone put WPP 2024's 95-99 male rate up to
     * 4% off). (3) Convert each
     * single-year survival p(x) = l(x+1)/l(x) to the central rate that {@link #fromSingleYearMx} turns back into the
     * same q (m = 2q/(2-q) for x &gt;= 1; at age 0 the Andreev-Kingkade a0 is solved jointly), so a single-year table
     * built from the result reproduces the interpolated l(x) exactly. (The constant-hazard rate -ln p differs from this
     * by about q^3/12 and would not.) (4) The open group keeps the input's open rate when its start equals maxAge; when
     * the input's open group starts later, "maxAge+" gets l(maxAge) / T(maxAge) of the graduated table.
     *
     * @param mx  deaths per person-year in each group (finite, >= 0; open group > 0)
     * @return deaths per person-year at ages 0..maxAge
     */
    public static double[] singleYearMxFromAbridged(List<AgeGroup> groups, double[] mx, int maxAge, Sex sex) {
        return MortalityGraduation.singleYearMx(groups, mx, maxAge, sex);
    }

    /**
     * Brass (1971) relational logit model with beta = 1: Y(x) = alpha + Ys(x), Y = 0.5 ln((1 - l)/l), for exact ages
     * 1..omega of the standard. alpha is solved with Commons Math's Brent solver so that the single-year table built
     * (by {@link #fromSingleYearMx}) from the returned rates has life expectancy {@code targetE0} to within 1e-6 years.
     *
     * <p>Rates below the open group are the central rates that reproduce the fitted l(x) exactly (see
     * {@link #singleYearMxFromAbridged} step 3). Open group rule: the standard's open group is a constant hazard (as
     * its L = l/m assumes); the same logit shift is applied to that continuous tail and integrated in closed form,
     * and the open rate is l(omega) / T(omega) of the result. alpha = 0 returns the standard's rate; a higher target
     * e0 gives a lower rate at every age including the open group.
     *
     * @param standard  the standard schedule; l(x) must be positive up to omega
     * @param targetE0  years, within the range the model reaches (about alpha in [-6, 6])
     * @return deaths per person-year at ages 0..omega of the standard
     * @throws IllegalArgumentException if {@code targetE0} cannot be reached
     */
    public static double[] brassLogitMx(LifeTable standard, double targetE0) {
        return BrassLogit.fit(standard, targetE0);
    }

    /** Sex the a(0) formula was chosen for. */
    public Sex sex() {
        return sex;
    }

    /** The open group's start age (years); ages run 0..omega. */
    public int omega() {
        return mx.length - 1;
    }

    /** Central death rates, deaths per person-year. */
    public double[] mx() {
        return mx.clone();
    }

    /** Average years lived in the interval by those who die in it. */
    public double[] ax() {
        return ax.clone();
    }

    /** Probability of dying between exact ages x and x+1 (1 in the open group). */
    public double[] qx() {
        return qx.clone();
    }

    /** Survivors at exact age x per birth (l(0) = 1). */
    public double[] lx() {
        return lx.clone();
    }

    /** Deaths between exact ages x and x+1 per birth. */
    public double[] dx() {
        return dx.clone();
    }

    /** Person-years lived between exact ages x and x+1 per birth (open group: from omega on). */
    public double[] bigLx() {
        return bigLx.clone();
    }

    /** Person-years lived above exact age x per birth. */
    public double[] tx() {
        return tx.clone();
    }

    /** Life expectancy at exact age x, years. */
    public double[] ex() {
        return ex.clone();
    }

    /** Life expectancy at birth, years. */
    public double lifeExpectancyAtBirth() {
        return ex[0];
    }

    /**
     * Share of the people aged {@code age} (completed years) at one point who are alive and one year older a year
     * later: L(age+1)/L(age). For age = omega-1 it is T(omega)/T(omega-1): those aged omega-1 and those already in the
     * open group both end the year in the open group, so the open group's survivors are the person-years above omega
     * over those above omega-1. 0 if nobody lives at that age.
     *
     * @param age 0..omega-1
     */
    public double survivalRatio(int age) {
        int omega = omega();
        if (age < 0 || age > omega - 1) {
            throw new IllegalArgumentException("survival ratio needs an age in 0.." + (omega - 1) + ", got " + age);
        }
        if (age == omega - 1) {
            return tx[omega - 1] > 0 ? tx[omega] / tx[omega - 1] : 0.0;
        }
        return bigLx[age] > 0 ? bigLx[age + 1] / bigLx[age] : 0.0;
    }

    /** Share of a year's births alive at the end of that year, L(0)/l(0) (births spread evenly over the year). */
    public double birthSurvival() {
        return bigLx[0] / lx[0];
    }
}
