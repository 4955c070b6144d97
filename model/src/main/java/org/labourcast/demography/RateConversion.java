package org.labourcast.demography;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Conversions between central death rates m (deaths per person-year) and probabilities of dying q for single-year
 * intervals, using exactly the conventions of {@link LifeTable#fromSingleYearMx}, so that rates produced here rebuild
 * the intended survivorship exactly.
 */
final class RateConversion {

    private RateConversion() {
    }

    /** q = m / (1 + (1 - a) m) for a one-year interval, capped at 1. */
    static double probability(double m, double a) {
        return Math.min(1.0, m / (1.0 + (1.0 - a) * m));
    }

    /**
     * The single-year central death rate whose life-table conversion gives probability {@code q} at {@code age}: for
     * ages &gt;= 1 (a = 0.5) this is m = 2q / (2 - q); at age 0, where a0 itself depends on m0 (Andreev-Kingkade), m0 is
     * solved with Brent's method.
     */
    static double centralRate(double q, int age, Sex sex) {
        if (!(q >= 0.0) || !(q < 1.0)) {
            throw new IllegalArgumentException("probability of dying at age " + age + " must be in [0, 1), got " + q);
        }
        if (age > 0) {
            return 2.0 * q / (2.0 - q);
        }
        if (q == 0.0) {
            return 0.0;
        }
        double hi = q;
        while (probability(hi, SeparationFactors.a0(hi, sex)) < q) {
            hi *= 2.0;
        }
        BrentSolver solver = new BrentSolver(1e-15, 1e-18);
        return solver.solve(200, m -> probability(m, SeparationFactors.a0(m, sex)) - q, 0.0, hi);
    }
}
