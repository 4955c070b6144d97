package org.labourcast.forecast;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** CriticalValues for the central 80% and 95% prediction intervals. */
final class CriticalValues {
    /** Standard normal 0.90 and 0.975 quantiles. */
    static final double Z80 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.90);
    static final double Z95 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

    private CriticalValues() {
    }

    /** Student t 0.90 quantile with {@code df} degrees of freedom (df ≥ 1). */
    static double t80(int df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.90);
    }

    /** Student t 0.975 quantile with {@code df} degrees of freedom (df ≥ 1). */
    static double t95(int df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }
}
