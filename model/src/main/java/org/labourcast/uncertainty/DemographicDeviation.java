package org.labourcast.uncertainty;

import org.labourcast.ArrayValues;
import org.labourcast.demography.DemographicAssumptions;
import org.labourcast.demography.LifeTable;
import org.labourcast.demography.Sex;
import org.labourcast.demography.YearAssumptions;

/**
 * One replicate's demographic deviations by projected year (index 0 = base year + 1), and the scenario's
 * assumptions with them applied ({@link #applyTo}).
 *
 * @param logFertility added to log TFR: every age-specific fertility rate is multiplied by {@code exp(d)}
 * @param e0Shift      years added to life expectancy at birth of each sex: mortality rates are multiplied by the
 *                     factor that gives exactly that e0 (found by Newton's method on the life table)
 * @param migration    with a mobile stock S: share of S added to the year's net migrants, spread over cells in
 *                     proportion to the size of each cell's central net migrants (the age, sex and residence pattern
 *                     of the region's migration); without one (S NaN): share of the central net migration level's size
 *                     added to it, every net-migrant cell multiplied by {@code 1 + d·sign(level)}
 * @param mobileStock  S, persons, or NaN
 */
public record DemographicDeviation(double[] logFertility, double[] e0Shift, double[] migration, boolean fertilityDrawn,
                                   boolean mortalityDrawn, boolean migrationDrawn, double mobileStock) {
    public DemographicDeviation {
        logFertility = logFertility.clone();
        e0Shift = e0Shift.clone();
        migration = migration.clone();
    }

    public boolean any() {
        return fertilityDrawn || mortalityDrawn || migrationDrawn;
    }

    /** The mean over the projected years of a deviation path: the scalar recorded as the replicate's drawn input. */
    public static double mean(double[] path) {
        double s = 0;
        for (double v : path) {
            s += v;
        }
        return path.length == 0 ? 0 : s / path.length;
    }

    /** {@code base} with this replicate's deviations applied, year by year from {@code baseYear + 1}. */
    public DemographicAssumptions applyTo(DemographicAssumptions base, int baseYear) {
        return (year, start) -> apply(base.forYear(year, start), year - baseYear - 1);
    }

    private YearAssumptions apply(YearAssumptions a, int t) {
        if (t < 0 || t >= logFertility.length) {
            return a;
        }
        double[][] asfr = a.asfr();
        if (fertilityDrawn) {
            double k = Math.exp(logFertility[t]);
            asfr = new double[a.asfr().length][];
            for (int r = 0; r < asfr.length; r++) {
                asfr[r] = a.asfr()[r].clone();
                for (int x = 0; x < asfr[r].length; x++) {
                    asfr[r][x] *= k;
                }
            }
        }
        double[][][] mx = a.mx();
        if (mortalityDrawn && e0Shift[t] != 0) {
            mx = new double[a.mx().length][][];
            for (int s = 0; s < mx.length; s++) {
                // one factor per sex, from the first residence's rates (the scenario gives mortality by sex only)
                double k = factorFor(a.mx()[s][0], Sex.values()[s], e0Shift[t]);
                mx[s] = new double[a.mx()[s].length][];
                for (int r = 0; r < mx[s].length; r++) {
                    mx[s][r] = a.mx()[s][r].clone();
                    for (int x = 0; x < mx[s][r].length; x++) {
                        mx[s][r][x] *= k;
                    }
                }
            }
        }
        double[][][] mig = a.netMigrants();
        if (migrationDrawn && migration[t] != 0) {
            double level = 0;
            double size = 0;
            for (double[][] bySex : mig) {
                for (double[] byRes : bySex) {
                    for (double v : byRes) {
                        level += v;
                        size += Math.abs(v);
                    }
                }
            }
            boolean stock = !Double.isNaN(mobileStock);
            if (stock && size == 0) {
                throw new IllegalStateException("a migration deviation of a mobile stock needs a migration age pattern;"
                        + " the year's net migrants are all zero");
            }
            double k = 1 + migration[t] * Math.signum(level);
            double added = stock ? migration[t] * mobileStock / size : 0;
            mig = new double[a.netMigrants().length][][];
            for (int s = 0; s < mig.length; s++) {
                mig[s] = new double[a.netMigrants()[s].length][];
                for (int r = 0; r < mig[s].length; r++) {
                    mig[s][r] = a.netMigrants()[s][r].clone();
                    for (int x = 0; x < mig[s][r].length; x++) {
                        double v = mig[s][r][x];
                        mig[s][r][x] = stock ? v + added * Math.abs(v) : v * k;
                    }
                }
            }
        }
        return new YearAssumptions(mx, asfr, a.sexRatioAtBirth(), mig, a.move());
    }

    /**
     * The factor {@code k} with e0(k·mx) = e0(mx) + shift. Newton's method with the derivative
     * {@code de0/dln k = −Σ d(x) e(x) / l(0)} (Keyfitz's entropy times e0), from k = 1; four steps reach 1e-9 years
     * for shifts of a few years.
     */
    static double factorFor(double[] mx, Sex sex, double shift) {
        double target = LifeTable.fromSingleYearMx(mx, sex).lifeExpectancyAtBirth() + shift;
        double logK = 0;
        double[] scaled = new double[mx.length];
        for (int it = 0; it < 6; it++) {
            double k = Math.exp(logK);
            for (int x = 0; x < mx.length; x++) {
                scaled[x] = mx[x] * k;
            }
            LifeTable lt = LifeTable.fromSingleYearMx(scaled, sex);
            double e0 = lt.lifeExpectancyAtBirth();
            double[] dx = lt.dx();
            double[] ex = lt.ex();
            double[] lx = lt.lx();
            double slope = 0;
            for (int x = 0; x < dx.length; x++) {
                slope -= dx[x] * ex[x];
            }
            slope /= lx[0];
            double step = (target - e0) / slope;
            logK += step;
            if (Math.abs(target - e0) < 1e-9) {
                break;
            }
        }
        return Math.exp(logK);
    }

    @Override
    public double[] logFertility() {
        return ArrayValues.copy(logFertility);
    }

    @Override
    public double[] e0Shift() {
        return ArrayValues.copy(e0Shift);
    }

    @Override
    public double[] migration() {
        return ArrayValues.copy(migration);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DemographicDeviation other && ArrayValues.equal(componentValues(), other.componentValues());
    }

    @Override
    public int hashCode() {
        return ArrayValues.hash(componentValues());
    }

    @Override
    public String toString() {
        return ArrayValues.text(this, componentValues());
    }

    private Object[] componentValues() {
        return new Object[] {logFertility, e0Shift, migration, fertilityDrawn, mortalityDrawn, migrationDrawn, mobileStock};
    }
}
