package org.labourcast.scenario.labour;

import org.labourcast.ArrayValues;

/**
 * The optional {@code labour.households:} block: family households (家庭户) formed at the base year from the census
 * household size, so that zero-employment households (零就业家庭) can be counted and helped. Immutable; see
 * docs/labour-model.md (Households).
 *
 * <p>The size distribution of family households is {@code sizeShape} (shares of 1, 2, …, 10+ persons) with the
 * one-person share replaced by {@code onePersonShare} and the sizes 2..10 tilted by one exponential parameter until
 * the mean is {@code meanSize}.
 *
 * @param meanSize           persons per family household in the base year (census 平均每个家庭户的人口)
 * @param onePersonShare     share of family households with one person (0–1)
 * @param sizeShape          shares of households of 1..10 (10 = 10 or more) persons, a shape only: the one-person
 *                           share and the mean above are imposed on it; {@link #SIZES} values, none negative, not
 *                           all of 2..10 zero
 * @param collectiveShare    share of residents living in collective households (集体户), who belong to no family
 *                           household (0–0.5)
 * @param foundShare         share of the eligible zero-employment households the employment service finds and
 *                           certifies (认定) in a year: the official count is of certified households (0–1)
 * @param zeroEmploymentHelp share of the zero-employment households found at a year's end of which the public
 *                           employment service places one member in a job within the year (零就业家庭动态清零: 1);
 *                           0 models no such help
 * @param source             where the numbers come from
 */
public record HouseholdAssumption(double meanSize, double onePersonShare, double[] sizeShape,
                                  double collectiveShare, double foundShare, double zeroEmploymentHelp,
                                  String source) {
    /** Household sizes distinguished: 1..10, the last standing for 10 or more persons. */
    public static final int SIZES = 10;

    public HouseholdAssumption {
        LabourAssumptions.requireRange(meanSize, 1, SIZES, "mean household size");
        LabourAssumptions.requireShare(onePersonShare, "one-person household share");
        LabourAssumptions.requireRange(collectiveShare, 0, 0.5, "collective-household share");
        LabourAssumptions.requireShare(foundShare, "share of zero-employment households found");
        LabourAssumptions.requireShare(zeroEmploymentHelp, "zero-employment help");
        if (sizeShape.length != SIZES) {
            throw new IllegalArgumentException("the size shape needs " + SIZES + " shares (1 to 10+ persons), got "
                    + sizeShape.length);
        }
        sizeShape = sizeShape.clone();
        double multi = 0;
        for (int s = 0; s < SIZES; s++) {
            LabourAssumptions.requireRange(sizeShape[s], 0, 1, "a size share");
            multi += s > 0 ? sizeShape[s] : 0;
        }
        if (multi <= 0) {
            throw new IllegalArgumentException("the size shape gives no household of two or more persons");
        }
        // Households of two or more must average (mean − p1) / (1 − p1) persons, strictly between 2 and 10.
        double multiMean = onePersonShare < 1 ? (meanSize - onePersonShare) / (1 - onePersonShare) : Double.NaN;
        if (!(multiMean > 2 && multiMean < SIZES)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "a mean size of %s with %s"
                    + " one-person households needs households of two or more persons to average %.3f, which must"
                    + " lie strictly between 2 and 10", meanSize, onePersonShare, multiMean));
        }
    }

    @Override
    public double[] sizeShape() {
        return sizeShape.clone();
    }

    /**
     * The size distribution the base year forms: index s − 1 holds the share of households of s persons. The
     * one-person share is {@code onePersonShare}; sizes 2..10 take the shape's shares times e^(λ s), λ solved by
     * bisection so that the mean is {@code meanSize}.
     */
    public double[] sizeDistribution() {
        double target = (meanSize - onePersonShare) / (1 - onePersonShare);
        double lo = -20;
        double hi = 20;
        for (int it = 0; it < 200; it++) {
            double mid = (lo + hi) / 2;
            if (multiMean(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double lambda = (lo + hi) / 2;
        double[] w = tilted(lambda);
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double[] p = new double[SIZES];
        p[0] = onePersonShare;
        for (int s = 1; s < SIZES; s++) {
            p[s] = (1 - onePersonShare) * w[s] / sum;
        }
        return p;
    }

    private double[] tilted(double lambda) {
        double[] w = new double[SIZES];
        for (int s = 1; s < SIZES; s++) {
            w[s] = sizeShape[s] * Math.exp(lambda * (s + 1 - 2)); // relative to size 2: no overflow in range
        }
        return w;
    }

    private double multiMean(double lambda) {
        double[] w = tilted(lambda);
        double n = 0;
        double persons = 0;
        for (int s = 1; s < SIZES; s++) {
            n += w[s];
            persons += w[s] * (s + 1);
        }
        return persons / n;
    }

    /** These assumptions with another zero-employment help share (0 switches the help off). */
    public HouseholdAssumption withZeroEmploymentHelp(double share) {
        return new HouseholdAssumption(meanSize, onePersonShare, sizeShape, collectiveShare, foundShare, share,
                source);
    }

    private Object[] componentValues() {
        return new Object[] {meanSize, onePersonShare, sizeShape, collectiveShare, foundShare, zeroEmploymentHelp,
            source};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HouseholdAssumption other && ArrayValues.equal(componentValues(), other.componentValues());
    }

    @Override
    public int hashCode() {
        return ArrayValues.hash(componentValues());
    }

    @Override
    public String toString() {
        return ArrayValues.text(this, componentValues());
    }
}
