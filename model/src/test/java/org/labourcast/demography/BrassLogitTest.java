package org.labourcast.demography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BrassLogitTest {

    /** Standard: WPP 2019 China females 2015-2020 graduated to single years (e0 about 79). */
    private static LifeTable standard() {
        return LifeTable.fromSingleYearMx(LifeTable.singleYearMxFromAbridged(
                WppChina2019.ABRIDGED, WppChina2019.MX_FEMALE_2015_2020, 100, Sex.FEMALE), Sex.FEMALE);
    }

    @Test
    void fittedScheduleHasTheTargetLifeExpectancy() {
        LifeTable s = standard();
        for (double target : new double[] {60.0, 75.5, 82.0, 88.0}) {
            double[] mx = LifeTable.brassLogitMx(s, target);
            assertEquals(s.omega() + 1, mx.length);
            assertEquals(target, LifeTable.fromSingleYearMx(mx, Sex.FEMALE).lifeExpectancyAtBirth(), 1e-6);
        }
    }

    @Test
    void alphaZeroReproducesTheStandard() {
        LifeTable s = standard();
        double[] ms = s.mx();
        double[] exact = BrassLogit.mxForAlpha(s, 0.0);
        double[] solved = LifeTable.brassLogitMx(s, s.lifeExpectancyAtBirth());
        for (int x = 0; x <= s.omega(); x++) {
            // 1e-10 relative: q = 1 - l(x+1)/l(x) loses digits to cancellation at ages where q is about 1e-4.
            assertEquals(ms[x], exact[x], 1e-10 * ms[x], "alpha = 0 at age " + x);
            assertEquals(ms[x], solved[x], 1e-6 * ms[x], "target = standard e0 at age " + x);
        }
    }

    @Test
    void higherLifeExpectancyLowersEveryRate() {
        LifeTable s = standard();
        double[] ms = s.mx();
        double[] better = LifeTable.brassLogitMx(s, s.lifeExpectancyAtBirth() + 3.0);
        double[] worse = LifeTable.brassLogitMx(s, s.lifeExpectancyAtBirth() - 3.0);
        for (int x = 0; x <= s.omega(); x++) {
            assertTrue(better[x] < ms[x], "higher e0 must lower m at age " + x);
            assertTrue(worse[x] > ms[x], "lower e0 must raise m at age " + x);
        }
    }

    @Test
    void unreachableTargetsAreRejected() {
        LifeTable s = standard();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LifeTable.brassLogitMx(s, 500));
        assertTrue(e.getMessage().contains("outside what the Brass logit model reaches"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LifeTable.brassLogitMx(s, 0.01));
        assertThrows(IllegalArgumentException.class, () -> LifeTable.brassLogitMx(s, -1));
        assertThrows(IllegalArgumentException.class, () -> LifeTable.brassLogitMx(s, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> LifeTable.brassLogitMx(null, 70));
    }
}
