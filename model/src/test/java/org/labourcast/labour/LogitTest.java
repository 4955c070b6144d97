package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogitTest {

    @Test
    void handComputedValues() {
        // logit(1/2) = 0; logit(0.75) = ln 3; expit(1) = e / (1 + e) = 0.7310585786300049.
        assertEquals(0.0, Logit.logit(0.5), 0.0);
        assertEquals(Math.log(3.0), Logit.logit(0.75), 1e-15);
        assertEquals(-Math.log(3.0), Logit.logit(0.25), 1e-15);
        assertEquals(0.7310585786300049, Logit.expit(1.0), 1e-16);
        assertEquals(0.5, Logit.expit(0.0), 0.0);
    }

    @Test
    void endpointsAndExtremeArgumentsStayFinite() {
        assertEquals(Double.NEGATIVE_INFINITY, Logit.logit(0.0));
        assertEquals(Double.POSITIVE_INFINITY, Logit.logit(1.0));
        assertEquals(0.0, Logit.expit(Double.NEGATIVE_INFINITY), 0.0);
        assertEquals(1.0, Logit.expit(Double.POSITIVE_INFINITY), 0.0);
        // exp(1000) overflows; the formula must not form it.
        assertEquals(1.0, Logit.expit(1000.0), 0.0);
        assertEquals(0.0, Logit.expit(-1000.0), 0.0);
        // Small tail: expit(-700) = e^-700 / (1 + e^-700) = e^-700 to full precision.
        assertEquals(Math.exp(-700.0), Logit.expit(-700.0), 1e-15 * Math.exp(-700.0));
        assertEquals(-700.0, Logit.logit(Math.exp(-700.0)), 1e-12);
    }

    @Test
    void expitInvertsLogit() {
        // Relative 1e-12 in the tail (logit(1e-300) = -690.8 carries an absolute rounding of 1e-13, which expit turns
        // into a relative one); near 1 nothing finer than one ulp of 1 is representable.
        for (double p : new double[] {1e-300, 1e-12, 0.001, 0.2, 0.5, 0.8, 0.999, 1 - 1e-12}) {
            assertEquals(p, Logit.expit(Logit.logit(p)), 1e-12 * p + Math.ulp(1.0), "p = " + p);
        }
    }

    @Test
    void rejectsNonShares() {
        for (double bad : new double[] {-0.1, 1.1, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Logit.logit(bad));
            assertTrue(e.getMessage().contains("[0, 1]"), e.getMessage());
        }
    }
}
