package org.labourcast.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;
import org.labourcast.Csv;
import org.labourcast.uncertainty.Distribution;

/**
 * The family a fitted value is written in follows the field's range, as the scenario reader probes it; its central
 * value is the fitted value exactly and its sd the standard error. Fields here are predicates, not scenarios.
 */
class CalibratedDistributionTest {
    private static final DoublePredicate ANY = v -> true;
    private static final DoublePredicate RATE = v -> v >= 0 && v <= 1;
    private static final DoublePredicate NON_NEGATIVE = v -> v >= 0;
    private static final DoublePredicate ELASTICITY = v -> v >= -5 && v <= 5;

    private static FreeParameter parameter(double lower, double upper) {
        return new FreeParameter("labour.x.y", "labour.x.y", lower, upper, lower, "", "", List.of(), null);
    }

    private static CalibratedDistribution of(double lower, double upper, double value, double se,
                                             DoublePredicate field) {
        return CalibratedDistribution.of(parameter(lower, upper), value, se, true, false, field);
    }

    @Test
    void aFieldThatTakesAnyNumberGetsANormal() {
        CalibratedDistribution c = of(-60000, 0, -21234.5, 1500, ANY);
        assertEquals(new Distribution.Normal(-21234.5, 1500, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
                c.distribution());
        assertEquals(Map.of("value", "-21234.5", "sd", "1500"), c.keys());
    }

    @Test
    void aRateGetsABetaWithTheFittedValueAsItsExactMean() {
        CalibratedDistribution c = of(0.01, 0.2, 0.0612345678901, 0.004, RATE);
        assertEquals(Map.of("beta", "{mean: 0.0612345678901, sd: 0.004}"), c.keys());
        assertTrue(c.note().contains("beta with this mean and sd"), c.note());
        // The shapes' ratio misses a 12-digit mean in the last bit about one time in seven; the central value,
        // which runs without uncertainty use, is the written mean all the same.
        java.util.Random random = new java.util.Random(13);
        int ratioDiffers = 0;
        for (int i = 0; i < 1000; i++) {
            double m = Double.parseDouble(Csv.number(0.01 + 0.98 * random.nextDouble()));
            // below the sd at which alpha or beta falls to 1
            double widest = Math.sqrt(Math.min(m * m * (1 - m) / (1 + m), m * (1 - m) * (1 - m) / (2 - m)));
            double sd = widest * (0.001 + 0.99 * random.nextDouble());
            Distribution.Beta b = assertInstanceOf(Distribution.Beta.class, of(0, 1, m, sd, RATE).distribution());
            assertEquals(m, b.central(), 0);
            double sdOfShapes = Math.sqrt(b.alpha() * b.beta() / Math.pow(b.alpha() + b.beta(), 2)
                    / (b.alpha() + b.beta() + 1));
            assertEquals(Double.parseDouble(Csv.number(sd)), sdOfShapes, 1e-12 * sd);
            ratioDiffers += b.alpha() / (b.alpha() + b.beta()) != m ? 1 : 0;
        }
        assertTrue(ratioDiffers > 0, "the check above would notice a central value taken from the shapes");
    }

    @Test
    void aRateTooUncertainForABetaGetsANormalTruncatedToTheBounds() {
        // A beta with mean 0.1 and sd 0.25 would exist, but with alpha = 0.044 it piles its mass against 0.
        CalibratedDistribution c = of(0.01, 0.5, 0.1, 0.25, RATE);
        assertEquals(new Distribution.Normal(0.1, 0.25, 0.01, 0.5), c.distribution());
        assertEquals(Map.of("value", "0.1", "sd", "0.25", "within", "[0.01, 0.5]"), c.keys());
        assertTrue(of(0.01, 0.5, 0.1, 0.09, RATE).distribution() instanceof Distribution.Beta, "alpha = 1.01");
    }

    @Test
    void aPositiveNumberGetsALogNormalWithTheFittedMedianAndTheStandardErrorAsSd() {
        CalibratedDistribution c = of(0.2, 2, 0.91, 0.05, NON_NEGATIVE);
        Distribution.LogNormal d = assertInstanceOf(Distribution.LogNormal.class, c.distribution());
        assertEquals(0.91, d.median(), 0);
        double t = Math.exp(d.sdLog() * d.sdLog());
        assertEquals(0.05, 0.91 * Math.sqrt(t * (t - 1)), 1e-12);
        // Small relative errors keep their precision: sd_log ≈ sd / median.
        assertEquals(1e-9, CalibratedDistribution.logSd(1, 1e-9), 1e-15);
    }

    @Test
    void aFieldWithOtherLimitsGetsANormalTruncatedToTheCalibrationBounds() {
        assertEquals(new Distribution.Normal(-0.67, 0.1, -3, 1), of(-3, 1, -0.67, 0.1, ELASTICITY).distribution());
        // at least 1 (neither a rate nor positive in the reader's sense)
        assertEquals(new Distribution.Normal(3, 0.5, 1, 10), of(1, 10, 3, 0.5, v -> v >= 1).distribution());
    }

    @Test
    void withoutAUsableStandardErrorTheValueIsPlainAndTheNoteSaysWhy() {
        FreeParameter p = parameter(-3, 1);
        CalibratedDistribution notIdentified = CalibratedDistribution.of(p, -0.67, Double.NaN, false, false, ANY);
        assertNull(notIdentified.distribution());
        assertTrue(notIdentified.keys().isEmpty());
        assertTrue(notIdentified.note().startsWith("no standard error: the parameters are not identified"));
        assertTrue(CalibratedDistribution.of(p, -0.67, Double.NaN, true, false, ANY).note()
                .startsWith("no standard error could be estimated"));
        CalibratedDistribution atBound = CalibratedDistribution.of(p, 1, 0.1, true, true, ANY);
        assertNull(atBound.distribution());
        assertTrue(atBound.note().contains("the fit is on a bound"), atBound.note());
        CalibratedDistribution refused = CalibratedDistribution.of(p, -0.67, 0.1, true, false, v -> v == -0.67);
        assertNull(refused.distribution());
        assertTrue(refused.note().contains("no distribution with this mean and sd fits the field's range"));
    }

    @Test
    void aBetaMeanMustBeItsShapesRatio() {
        assertEquals(0.25, new Distribution.Beta(1, 3).central());
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Beta(1, 3, 0.26));
    }
}
