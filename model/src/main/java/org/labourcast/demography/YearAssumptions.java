package org.labourcast.demography;

import org.labourcast.ArrayValues;

/**
 * Everything the cohort-component step needs for one calendar year, at single years of age 0..maxAge.
 *
 * @param mx              central death rates (deaths per person-year) by {@code [sex][residence][age]}
 * @param asfr            age-specific fertility rates (births per woman per year) by {@code [residence][age]}
 * @param sexRatioAtBirth male births per female birth (e.g. 1.113)
 * @param netMigrants     net migrants in the year (persons; negative = net out-migration) by
 *                        {@code [sex][residence][age at the end of the year]}
 * @param move            the rural-urban move rule for the year
 */
public record YearAssumptions(double[][][] mx, double[][] asfr, double sexRatioAtBirth,
                              double[][][] netMigrants, RuralUrbanMoveRule move) {
    public YearAssumptions {
        mx = ArrayValues.copy(mx);
        asfr = ArrayValues.copy(asfr);
        netMigrants = ArrayValues.copy(netMigrants);
        if (!(sexRatioAtBirth > 0) || !Double.isFinite(sexRatioAtBirth)) {
            throw new IllegalArgumentException("sex ratio at birth must be positive, got " + sexRatioAtBirth);
        }
        if (mx.length != Sex.values().length || netMigrants.length != Sex.values().length
                || asfr.length != Residence.values().length) {
            throw new IllegalArgumentException("assumptions must be given for every sex and residence");
        }
        if (move == null) {
            throw new IllegalArgumentException("a rural-urban move rule is required (use intensity 0 for none)");
        }
        for (double[] row : asfr) {
            for (double f : row) {
                if (!(f >= 0) || !Double.isFinite(f)) {
                    throw new IllegalArgumentException("fertility rates must be finite and non-negative, got " + f);
                }
            }
        }
    }

    @Override
    public double[][][] mx() {
        return ArrayValues.copy(mx);
    }

    @Override
    public double[][] asfr() {
        return ArrayValues.copy(asfr);
    }

    @Override
    public double[][][] netMigrants() {
        return ArrayValues.copy(netMigrants);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YearAssumptions other && ArrayValues.equal(componentValues(), other.componentValues());
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
        return new Object[] {mx, asfr, sexRatioAtBirth, netMigrants, move};
    }
}
