package org.labourcast.demography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RogersCastroTest {

    private final RogersCastro standard = RogersCastro.standardLabourMigration();

    @Test
    void rateAtHandComputedAges() {
        // Age 0: a1 + c + a2 exp(2 - e^8) (negligible) = 0.02 + 0.003.
        assertEquals(0.023, standard.rate(0), 1e-15);
        // Age 20 = mu2: 0.02 e^-2 + 0.06 e^-1 + 0.003 = 0.0027067057 + 0.0220727665 + 0.003.
        assertEquals(0.027779472135018794, standard.rate(20), 1e-15);
        // Very old: only c and the (tiny) tails remain.
        assertEquals(0.003, standard.rate(200), 1e-9);
    }

    @Test
    void retirementComponentAddsItsHump() {
        RogersCastro withRetirement = new RogersCastro(0.02, 0.1, 0.06, 0.1, 20, 0.4, 0.01, 0.5, 65, 0.3, 0.003);
        // At x = mu3 the retirement term is a3 e^-1.
        assertEquals(standard.rate(65) + 0.01 * Math.exp(-1), withRetirement.rate(65), 1e-15);
    }

    @Test
    void profileSumsToOneAndPeaksInTheLabourBand() {
        double[] p = standard.profile(100);
        assertEquals(101, p.length);
        double sum = 0;
        int peak = 18;
        for (int x = 0; x <= 100; x++) {
            sum += p[x];
            assertTrue(p[x] > 0);
            if (x >= 15 && p[x] > p[peak]) {
                peak = x;
            }
        }
        assertEquals(1.0, sum, 1e-12);
        // Labour peak at mu2 + ln(lambda2/alpha2)/lambda2 = 20 + ln 4 / 0.4 = 23.47; mid-year values peak at 23.
        assertEquals(23, peak);
        assertTrue(p[23] > p[0], "labour peak above the childhood level");
    }

    @Test
    void shapeIsScaledToAMaximumOfOne() {
        double[] s = standard.shape(90);
        double max = 0;
        for (double v : s) {
            max = Math.max(max, v);
        }
        assertEquals(1.0, max, 0.0);
        assertEquals(standard.rate(23.5) / standard.rate(40.5), s[23] / s[40], 1e-12);
    }

    @Test
    void rejectsInvalidParameters() {
        assertThrows(IllegalArgumentException.class, () -> RogersCastro.sevenParameter(-0.02, 0.1, 0.06, 0.1, 20, 0.4, 0.003));
        assertThrows(IllegalArgumentException.class, () -> RogersCastro.sevenParameter(0.02, 0.0, 0.06, 0.1, 20, 0.4, 0.003));
        assertThrows(IllegalArgumentException.class, () -> RogersCastro.sevenParameter(0.02, 0.1, 0.06, 0.1, 20, -0.4, 0.003));
        assertThrows(IllegalArgumentException.class, () -> RogersCastro.sevenParameter(0.02, 0.1, 0.06, 0.1, Double.NaN, 0.4, 0.003));
        assertThrows(IllegalArgumentException.class, () -> new RogersCastro(0.02, 0.1, 0.06, 0.1, 20, 0.4, 0.01, 0.0, 65, 0.3, 0.003));
        assertThrows(IllegalArgumentException.class, () -> standard.rate(-1));
        assertThrows(IllegalArgumentException.class, () -> RogersCastro.sevenParameter(0, 0.1, 0, 0.1, 20, 0.4, 0).profile(10));
    }
}
