package org.labourcast.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Hyndman &amp; Fan type 7 quantiles (R's default {@code quantile(x, p)}): Q(p) = (1 − g)·x[lo] + g·x[hi] with
 * h = 1 + (n − 1)p, lo = ⌊h⌋, hi = ⌈h⌉, g = h − lo (1-based order statistics).
 */
class QuantilesTest {

    @Test
    void fourValuesByHand() {
        double[] x = {1, 2, 3, 10};
        assertEquals(1, Quantiles.type7(x, 0), 0, "minimum");
        assertEquals(10, Quantiles.type7(x, 1), 0, "maximum");
        assertEquals(2.5, Quantiles.type7(x, 0.5), 0, "h = 2.5: halfway between 2 and 3");
        assertEquals(1.15, Quantiles.type7(x, 0.05), 1e-15, "h = 1.15: 0.85*1 + 0.15*2");
        assertEquals(7.9, Quantiles.type7(x, 0.90), 1e-14, "h = 3.7: 0.3*3 + 0.7*10");
        assertEquals(8.95, Quantiles.type7(x, 0.95), 1e-14, "h = 3.85: 0.15*3 + 0.85*10");
    }

    @Test
    void tenValuesAgainstTheReferenceDefinition() {
        // Expected values from R's type-7 definition, worked by hand: sorted x = 0.7 1.3 2.1 3.5 4.4 5.5 6.6 7.0 8.2
        // 9.9, h = 1 + 9p. R: quantile(x, c(.05, .1, .5, .9, .95)) gives 0.970 1.240 4.950 8.370 9.135 by this
        // definition; cross-checked with numpy 2.4 quantile(x, p, method="linear"), documented as H&F type 7.
        double[] x = {2.1, 3.5, 0.7, 8.2, 5.5, 4.4, 9.9, 1.3, 6.6, 7.0};
        Arrays.sort(x);
        assertEquals(0.97, Quantiles.type7(x, 0.05), 1e-12);   // h = 1.45: 0.55*0.7 + 0.45*1.3
        assertEquals(1.24, Quantiles.type7(x, 0.10), 1e-12);   // h = 1.9:  0.1*0.7 + 0.9*1.3
        assertEquals(4.95, Quantiles.type7(x, 0.50), 1e-12);   // h = 5.5
        assertEquals(8.37, Quantiles.type7(x, 0.90), 1e-12);   // h = 9.1:  0.9*8.2 + 0.1*9.9
        assertEquals(9.135, Quantiles.type7(x, 0.95), 1e-12);  // h = 9.55: 0.45*8.2 + 0.55*9.9
    }

    @Test
    void twentyOneValuesFallOnOrderStatisticsExactly() {
        // n = 21: h = 1 + 20p is whole for p = .05, .1, .5, .9, .95, so R returns x[2], x[3], x[11], x[19], x[20]
        // (numpy method="linear" agrees).
        double[] x = {0.5312, 0.5987, 0.5644, 0.6021, 0.5790, 0.6102, 0.5555, 0.5899, 0.5731, 0.6003, 0.5688, 0.5924,
            0.5811, 0.5977, 0.5602, 0.6055, 0.5742, 0.5866, 0.5833, 0.5950, 0.5711};
        Arrays.sort(x);
        assertEquals(0.5555, Quantiles.type7(x, 0.05), 0);
        assertEquals(0.5602, Quantiles.type7(x, 0.10), 0);
        assertEquals(0.5833, Quantiles.type7(x, 0.50), 0);
        assertEquals(0.6021, Quantiles.type7(x, 0.90), 0);
        assertEquals(0.6055, Quantiles.type7(x, 0.95), 0);
        assertEquals(0.5819190476190477, Quantiles.mean(x), 1e-15); // numpy.mean
    }

    @Test
    void singleValueAndTiesAreExact() {
        assertEquals(0.1, Quantiles.type7(new double[] {0.1}, 0.37), 0);
        double[] ties = {0.1, 0.1, 0.1};
        assertEquals(0.1, Quantiles.type7(ties, 0.05), 0);
        assertEquals(0.1, Quantiles.mean(ties), 0, "a naive sum/3 gives 0.10000000000000002");
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Quantiles.type7(new double[0], 0.5));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.type7(new double[] {2, 1}, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.type7(new double[] {1, Double.NaN}, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.type7(new double[] {1}, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.type7(new double[] {1}, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.mean(new double[0]));
    }
}
