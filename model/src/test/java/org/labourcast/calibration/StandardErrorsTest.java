package org.labourcast.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Standard errors from the Jacobian: hand-computed cases, the Monte Carlo part, and non-identification. */
class StandardErrorsTest {

    @Test
    void straightLineMatchesTheTextbookFormula() {
        // r_i = (a + b x_i - y_i) / sigma with sigma = 1 at x = 0, 1, 2: J = [[1, 0], [1, 1], [1, 2]].
        // J'J = [[3, 3], [3, 5]], det 6, inverse [[5/6, -1/2], [-1/2, 1/2]]: se(a) = sqrt(5/6), se(b) = sqrt(1/2).
        double[][] j = {{1, 0}, {1, 1}, {1, 2}};
        StandardErrors se = StandardErrors.of(j, new double[] {1, 1}, new double[3]);
        assertTrue(se.identified());
        assertEquals(Math.sqrt(5.0 / 6), se.standardErrors()[0], 1e-12);
        assertEquals(Math.sqrt(0.5), se.standardErrors()[1], 1e-12);
        assertEquals(0, se.monteCarloPart()[0], 1e-15);
    }

    @Test
    void boundWidthsDoNotChangeTheStandardErrors() {
        double[][] j = {{2, 0.1}, {0.5, 3}, {1, 1}};
        StandardErrors a = StandardErrors.of(j, new double[] {1, 1}, new double[3]);
        StandardErrors b = StandardErrors.of(j, new double[] {1000, 0.001}, new double[3]);
        assertEquals(a.standardErrors()[0], b.standardErrors()[0], 1e-12);
        assertEquals(a.standardErrors()[1], b.standardErrors()[1], 1e-12);
    }

    @Test
    void monteCarloNoiseAddsItsPropagatedVariance() {
        // One parameter, one target, J = [2]: data variance 1/4; a simulated mean with scaled s.e. 0.5 adds
        // (1/4) * 2 * 0.25 * 2 * (1/4) = 1/16, so se = sqrt(1/4 + 1/16) and the Monte Carlo part is 1/4.
        StandardErrors se = StandardErrors.of(new double[][] {{2}}, new double[] {1}, new double[] {0.5});
        assertEquals(Math.sqrt(0.25 + 0.0625), se.standardErrors()[0], 1e-12);
        assertEquals(0.25, se.monteCarloPart()[0], 1e-12);
    }

    @Test
    void sharesSummingToOneCannotIdentifyThreeParameters() {
        // Three share changes always sum to zero, so their Jacobian rows do too: rank 2 for three parameters.
        double[][] j = {{1, 2, 0.5}, {-0.4, 1, 2}, {-0.6, -3, -2.5}, {0, 0, 0}};
        StandardErrors se = StandardErrors.of(j, new double[] {1, 1, 1}, new double[4]);
        assertFalse(se.identified());
        assertTrue(Double.isNaN(se.standardErrors()[0]));
    }

    @Test
    void fewerTargetsThanParametersAreNotIdentified() {
        StandardErrors se = StandardErrors.of(new double[][] {{1, 2}}, new double[] {1, 1}, new double[1]);
        assertFalse(se.identified());
        assertEquals(Double.POSITIVE_INFINITY, se.conditionNumber());
    }
}
