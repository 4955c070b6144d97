package org.labourcast.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.junit.jupiter.api.Test;

class BernoulliTrialsTest {
    /** Successes in n trials, and the number of runs of failures of length 0 (a check on independence). */
    private static long[] trials(double p, int n) {
        BernoulliTrials t = new BernoulliTrials(p, new XoRoShiRo128PlusPlus(42L, 7L));
        long successes = 0;
        long backToBack = 0;
        boolean last = false;
        for (int i = 0; i < n; i++) {
            boolean s = t.next();
            if (s) {
                successes++;
                if (last) {
                    backToBack++;
                }
            }
            last = s;
        }
        return new long[] {successes, backToBack};
    }

    @Test
    void successRateMatchesTheProbabilityWhetherSkippingOrNot() {
        int n = 2_000_000;
        for (double p : new double[] {0.001, 0.02, 0.0999, 0.1, 0.3, 0.9}) {
            long[] r = trials(p, n);
            double sd = Math.sqrt(n * p * (1 - p));
            // Within 5 standard deviations of n·p; back-to-back successes occur with probability p².
            assertEquals(n * p, r[0], 5 * sd, "successes at p=" + p);
            double pairs = (n - 1) * p * p;
            assertEquals(pairs, r[1], 5 * Math.sqrt(pairs) + 1, "back-to-back successes at p=" + p);
        }
    }

    @Test
    void certainOutcomesDrawNothing() {
        XoRoShiRo128PlusPlus rng = new XoRoShiRo128PlusPlus(1L, 2L);
        BernoulliTrials never = new BernoulliTrials(0, rng);
        BernoulliTrials always = new BernoulliTrials(1, rng);
        for (int i = 0; i < 100; i++) {
            assertFalse(never.next());
            assertTrue(always.next());
        }
        assertEquals(new XoRoShiRo128PlusPlus(1L, 2L).nextLong(), rng.nextLong());
    }
}
