package org.labourcast.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** LMDI-I on a chain of quantities: a case computed by hand, and exactness as an invariant. */
class LmdiTest {

    /**
     * By hand. Reference A: population 16+ P = 100, labour force 60, employed 54, employed in the sector 27. Scenario B:
     * 110, 70, 63, 35. So ΔE_s = 8 and L(35, 27) = 8 / ln(35/27). The factors' log-ratios:
     * demography ln(110/100) = ln 1.1; participation ln((70/110)/(60/100)) = ln(7/6.6); employment rate
     * ln((63/70)/(54/60)) = ln(0.9/0.9) = 0; sector shift ln((35/63)/(27/54)) = ln(10/9). Their sum is
     * ln(1.1 · 7/6.6 · 10/9) = ln(35/27), so the four effects add up to 8.
     */
    @Test
    void handComputedSectorEmploymentCase() {
        double[] a = {100, 60, 54, 27};
        double[] b = {110, 70, 63, 35};
        double weight = 8 / Math.log(35.0 / 27.0);
        double[] effects = Lmdi.chainEffects(a, b);
        assertEquals(weight * Math.log(1.1), effects[0], 1e-12);            // 2.93814468…
        assertEquals(weight * Math.log(7 / 6.6), effects[1], 1e-12);        // 1.81388706…
        assertEquals(0.0, effects[2], 1e-12);                               // the employment rate is 0.9 in both
        assertEquals(weight * Math.log(10.0 / 9.0), effects[3], 1e-12);     // 3.24796825…
        assertEquals(2.9381446800757507, effects[0], 1e-12);
        assertEquals(1.8138870629591863, effects[1], 1e-12);
        assertEquals(3.247968256965063, effects[3], 1e-12);
        assertEquals(8.0, effects[0] + effects[1] + effects[2] + effects[3], 1e-12);
    }

    @Test
    void effectsAddUpToTheDifferenceForAnyPositiveChains() {
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 10_000; trial++) {
            int n = 1 + random.nextInt(5);
            double[] a = new double[n];
            double[] b = new double[n];
            for (int k = 0; k < n; k++) {
                double scale = Math.pow(10, random.nextInt(7));
                a[k] = scale * (0.01 + random.nextDouble());
                b[k] = random.nextInt(10) == 0 ? a[k] : scale * (0.01 + random.nextDouble());
            }
            double sum = 0;
            for (double e : Lmdi.chainEffects(a, b)) {
                sum += e;
            }
            double diff = b[n - 1] - a[n - 1];
            assertEquals(diff, sum, 1e-12 * Math.max(Math.abs(a[n - 1]), Math.abs(b[n - 1])), "trial " + trial);
        }
    }

    @Test
    void identicalChainsGiveZeroEffects() {
        double[] a = {2_566_792, 1_745_000, 1_690_000, 585_000};
        for (double e : Lmdi.chainEffects(a, a.clone())) {
            assertEquals(0.0, e);
        }
    }

    @Test
    void logarithmicMean() {
        assertEquals(5.0, Lmdi.logMean(5, 5));
        assertEquals(Lmdi.logMean(2, 8), Lmdi.logMean(8, 2), 1e-15);
        assertEquals(6 / Math.log(4), Lmdi.logMean(8, 2), 1e-15);
        // Close values: L(a, b) → (a + b)/2, with no cancellation.
        assertEquals(1_000_000.5, Lmdi.logMean(1_000_001, 1_000_000), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> Lmdi.logMean(0, 1));
    }

    @Test
    void aZeroOrMissingQuantityLeavesTheDifferenceUndecomposed() {
        double[] effects = Lmdi.chainEffects(new double[] {100, 0}, new double[] {110, 5});
        assertTrue(Double.isNaN(effects[0]) && Double.isNaN(effects[1]));
        assertTrue(Double.isNaN(Lmdi.chainEffects(new double[] {Double.NaN}, new double[] {1})[0]));
        assertThrows(IllegalArgumentException.class, () -> Lmdi.chainEffects(new double[] {1}, new double[] {1, 2}));
    }
}
