package org.labourcast.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.junit.jupiter.api.Test;

class BernoulliTrialsTest {
    /** Class by status: 1 employed, 2 unemployed, 3 retired; inactive agents are not eligible. */
    private static final BernoulliTrials.Classes BY_STATUS = BernoulliTrials.table((status, sector, flags) ->
            status == Status.EMPLOYED ? 1 : status == Status.UNEMPLOYED ? 2 : status == Status.RETIRED ? 3 : 0);

    @Test
    void successRatesMatchEachClassesProbabilityAndIneligibleAgentsNeverSucceed() {
        int per = 400_000;
        AgentColumns c = new AgentColumns(4 * per);
        for (int i = 0; i < per; i++) {
            for (byte s = 0; s < 4; s++) {
                c.add(s, (byte) 0, (byte) 0, (byte) 0);
            }
        }
        // Skip-ahead for small p, and large p and certainty through the same geometric counting.
        double[] p = {0, 0.003, 0.25, 1};
        long[] successes = new long[4];
        long[] backToBack = new long[4];
        int[] last = {-9, -9, -9, -9};
        long total = new BernoulliTrials(p, new XoRoShiRo128PlusPlus(11L, 12L)).run(c, BY_STATUS, (a, i, cls) -> {
            successes[cls]++;
            // Consecutive members of a class are 4 apart: both succeed with probability p².
            if (i - last[cls] == 4) {
                backToBack[cls]++;
            }
            last[cls] = i;
        });
        assertEquals(0, successes[0]);
        assertEquals(total, successes[1] + successes[2] + successes[3]);
        for (int k = 1; k < 4; k++) {
            double sd = Math.sqrt(per * p[k] * (1 - p[k]));
            assertEquals(per * p[k], successes[k], 5 * sd + 1e-9, "class " + k);
            double pairs = (per - 1) * p[k] * p[k];
            assertEquals(pairs, backToBack[k], 5 * Math.sqrt(pairs) + 1e-9, "pairs in class " + k);
        }
    }

    @Test
    void zeroProbabilityDrawsNothing() {
        AgentColumns c = new AgentColumns(10);
        c.add(Status.EMPLOYED, (byte) 1, (byte) 0, (byte) 0);
        XoRoShiRo128PlusPlus rng = new XoRoShiRo128PlusPlus(1L, 2L);
        assertEquals(0, new BernoulliTrials(new double[] {0, 0}, rng).run(c, BY_STATUS, (a, i, cls) -> { }));
        assertEquals(new XoRoShiRo128PlusPlus(1L, 2L).nextLong(), rng.nextLong());
    }
}
