package org.labourcast.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.labourcast.scenario.Operator;
import org.labourcast.scenario.Target;

class WilsonIntervalTest {
    /**
     * Reference: R. G. Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
     * methods", Statistics in Medicine 17 (1998) 857–872, Table II, method 3 (score interval without continuity
     * correction), printed to 4 decimals; the same as R's {@code prop.test(x, n, correct = FALSE)$conf.int}.
     */
    @Test
    void matchesNewcombesTableForTheScoreIntervalWithoutContinuityCorrection() {
        check(81, 263, 0.2553, 0.3662);
        check(15, 148, 0.0624, 0.1605);
        check(0, 20, 0.0000, 0.1611);
        check(1, 29, 0.0061, 0.1718);
    }

    private static void check(int k, int n, double low, double high) {
        WilsonInterval w = WilsonInterval.of95(k, n);
        assertEquals(low, w.low(), 0.5e-4, k + "/" + n + " low");
        assertEquals(high, w.high(), 0.5e-4, k + "/" + n + " high");
    }

    @Test
    void allRunsMeetingGivesExactlyOneAsUpperBoundAndALowerBoundBelowOne() {
        // n/(n + z²) for n of n: 20/(20 + 3.8415) = 0.8389.
        WilsonInterval w = WilsonInterval.of95(20, 20);
        assertEquals(1.0, w.high(), 0);
        assertEquals(20 / (20 + WilsonInterval.Z95 * WilsonInterval.Z95), w.low(), 1e-15);
    }

    @Test
    void attainmentReportsTheIntervalOfItsShareOfRuns() {
        Target t = Target.annual("x", 2025, Operator.AT_LEAST, 1).withSource("test");
        TargetAttainment a = new TargetAttainment(t, 263, 81, 1, OptionalInt.empty());
        assertEquals(0.2553, a.probabilityLow(), 0.5e-4);
        assertEquals(0.3662, a.probabilityHigh(), 0.5e-4);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of95(3, 2));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of95(0, 0));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of95(-1, 2));
    }
}
