package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.junit.jupiter.api.Test;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.BernoulliTrials;
import org.labourcast.agents.Status;
import org.labourcast.scenario.labour.Sector;

/**
 * The project's reliability rule for numbers: "agents transferring with probability p — count inside the 99.9% binomial interval for
 * the seed used". The transfer step's eligibility table and draws, on a group of farm workers mixed with agents who
 * may not transfer.
 */
class RuralTransferBinomialTest {
    private static final int FARMERS = 200_000;
    private static final int SKILLED_FARMERS = 50_000;

    @Test
    void transfersOfEachClassLieInTheExactBinomialInterval() {
        AgentColumns c = new AgentColumns(FARMERS + SKILLED_FARMERS + 100_000);
        byte primary = Sector.PRIMARY.code();
        for (int i = 0; i < FARMERS; i++) {
            c.add(Status.EMPLOYED, primary, (byte) 0, (byte) 0);
            if (i % 4 == 0) {
                // Not eligible: an urban-hukou farmer, a rural-hukou factory worker, an unemployed person.
                c.add(Status.EMPLOYED, primary, (byte) AgentColumns.F_URBAN_HUKOU, (byte) 0);
                c.add(Status.EMPLOYED, Sector.SECONDARY.code(), (byte) 0, (byte) 0);
            }
        }
        for (int i = 0; i < SKILLED_FARMERS; i++) {
            c.add(Status.EMPLOYED, primary, (byte) AgentColumns.F_SKILLED, (byte) 0);
        }
        double p = Logit.expit(-2.3);          // the Leshan baseline's calibrated intercept, roughly
        double pSkilled = Logit.expit(-2.3 + 0.4);
        long[] byClass = new long[3];
        long total = new BernoulliTrials(new double[] {0, p, pSkilled}, new XoRoShiRo128PlusPlus(2020L, 1101L))
                .run(c, RuralTransferProcess.FARM_WORKERS, (a, i, cls) -> {
                    byClass[cls]++;
                    assertTrue(RuralTransferProcess.isFarmWorker(a, i), "only rural-hukou farm workers transfer");
                });
        assertEquals(total, byClass[1] + byClass[2]);
        assertInInterval(byClass[1], FARMERS, p);
        assertInInterval(byClass[2], SKILLED_FARMERS, pSkilled);
    }

    private static void assertInInterval(long successes, int trials, double p) {
        BinomialDistribution b = new BinomialDistribution(null, trials, p);
        int lo = b.inverseCumulativeProbability(0.0005);
        int hi = b.inverseCumulativeProbability(0.9995);
        assertTrue(successes >= lo && successes <= hi,
                successes + " transfers of " + trials + " at p=" + p + " outside [" + lo + ", " + hi + "]");
    }
}
