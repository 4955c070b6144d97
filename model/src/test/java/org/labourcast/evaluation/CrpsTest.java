package org.labourcast.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CrpsTest {
    /**
     * By hand, ensemble {1, 2, 4}, observation y = 3. E|X − y| = (2 + 1 + 1)/3 = 4/3. Over the 9 ordered pairs,
     * Σ|xᵢ − xⱼ| = 2·(1 + 3 + 2) = 12, so ½E|X − X'| = 12/(2·9) = 2/3, and CRPS = 4/3 − 2/3 = 2/3. The same from the
     * definition ∫(F(x) − 1{x ≥ y})² dx with the ensemble's step CDF: ∫₁²(1/3)² + ∫₂³(2/3)² + ∫₃⁴(1/3)² = 6/9.
     * With y = 0 below every member: E|X − y| = 7/3, so CRPS = 7/3 − 2/3 = 5/3 (= 1 + 4/9 + 2·1/9 by the integral).
     */
    @Test
    void ensembleScoreMatchesTheHandComputedCase() {
        assertEquals(2.0 / 3, Crps.ensemble(new double[] {4, 1, 2}, 3), 1e-15);
        assertEquals(5.0 / 3, Crps.ensemble(new double[] {1, 2, 4}, 0), 1e-15);
    }

    @Test
    void aPointForecastScoresItsAbsoluteErrorAndAOneMemberEnsembleIsAPointForecast() {
        assertEquals(0.5, Crps.point(2.5, 3), 0);
        assertEquals(0.5, Crps.ensemble(new double[] {2.5}, 3), 0);
        // A constant ensemble is a point forecast too: no spread to subtract.
        assertEquals(0.5, Crps.ensemble(new double[] {3.5, 3.5, 3.5}, 3), 1e-15);
    }

    @Test
    void rejectsEmptyOrNaNInput() {
        assertThrows(IllegalArgumentException.class, () -> Crps.ensemble(new double[0], 1));
        assertThrows(IllegalArgumentException.class, () -> Crps.ensemble(new double[] {1, Double.NaN}, 1));
        assertThrows(IllegalArgumentException.class, () -> Crps.ensemble(new double[] {1}, Double.NaN));
    }
}
