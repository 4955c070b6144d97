package org.labourcast.demography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonotoneCubicTest {

    @Test
    void passesThroughNodesAndNeverOvershootsAStep() {
        // A step that an unfiltered cubic spline would overshoot on both sides.
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {0, 0, 0, 10, 10, 10};
        MonotoneCubic c = new MonotoneCubic(x, y);
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], c.value(x[i]), 0.0);
        }
        double previous = c.value(0);
        for (double t = 0.01; t <= 5.0; t += 0.01) {
            double v = c.value(Math.min(t, 5.0));
            assertTrue(v >= previous - 1e-12 && v >= -1e-12 && v <= 10 + 1e-12, "at " + t + ": " + v);
            previous = v;
        }
    }

    @Test
    void honoursAGivenEndSlopeWithinTheFilter() {
        double[] x = {0, 5, 10};
        double[] y = {0, -1, -2};
        MonotoneCubic c = new MonotoneCubic(x, y, -0.3);
        // Near the end the curve falls at 0.3 per unit: finite difference over a tiny step.
        assertEquals(-0.3, (c.value(10) - c.value(10 - 1e-6)) / 1e-6, 1e-5);
    }

    @Test
    void rejectsUnorderedPointsAndOutOfRangeQueries() {
        assertThrows(IllegalArgumentException.class, () -> new MonotoneCubic(new double[] {0, 0}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> new MonotoneCubic(new double[] {0}, new double[] {1}));
        MonotoneCubic c = new MonotoneCubic(new double[] {0, 1}, new double[] {0, 1});
        assertThrows(IllegalArgumentException.class, () -> c.value(1.5));
    }
}
