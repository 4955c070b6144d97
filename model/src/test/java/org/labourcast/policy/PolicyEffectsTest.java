package org.labourcast.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.labour.SectorValues;

/** The combination rule of {@link PolicyEffects} and the timing rule of {@link Span}, on hand-computed cases. */
class PolicyEffectsTest {
    private static final double EPS = 1e-12;

    @Test
    void noneIsNeutral() {
        PolicyEffects none = PolicyEffects.NONE;
        assertEquals(0, none.extraTrainees());
        assertEquals(0, none.extraLabourDemand().sum());
        assertEquals(1, none.matchingEfficiencyMultiplier());
        assertEquals(1, none.separationRateMultiplier());
        assertEquals(0, none.settlementRateAddition());
        assertEquals(0, none.transferLogOddsShift());
        assertEquals(0, none.reservedPosts());
        assertEquals(0, none.youngSeekerHireLogOdds());
        assertTrue(none.isNone());
        assertEquals(none, new PolicyEffects.Builder().build(), "an empty builder gives NONE");
        assertEquals(none, PolicyEffects.combine(none, none));
    }

    @Test
    void additionsSumMultipliersMultiplyTraineeSharesAreTraineeWeighted() {
        PolicyEffects a = new PolicyEffects(10_000, 0.5, 0.8, new SectorValues(0, 100, 200), 2, 0.9, 0.01, 0.2, 500,
                0.1);
        PolicyEffects b = new PolicyEffects(30_000, 0.1, 0.6, new SectorValues(50, 0, 300), 1.5, 0.9, 0.02, -0.05, 250,
                0.3);
        PolicyEffects c = PolicyEffects.combine(a, b);
        assertEquals(40_000, c.extraTrainees(), EPS);
        // rural: (10000 x 0.5 + 30000 x 0.1) / 40000 = 8000 / 40000; certified: (8000 + 18000) / 40000
        assertEquals(0.2, c.extraTraineesRuralShare(), EPS);
        assertEquals(0.65, c.extraCertificationRate(), EPS);
        assertEquals(new SectorValues(50, 100, 500), c.extraLabourDemand());
        assertEquals(3, c.matchingEfficiencyMultiplier(), EPS);
        assertEquals(0.81, c.separationRateMultiplier(), EPS);
        assertEquals(0.03, c.settlementRateAddition(), EPS);
        assertEquals(0.15, c.transferLogOddsShift(), EPS);
        assertEquals(750, c.reservedPosts(), EPS);
        assertEquals(0.4, c.youngSeekerHireLogOdds(), EPS);
        PolicyEffects reversed = PolicyEffects.combine(b, a);
        assertEquals(c.extraTraineesRuralShare(), reversed.extraTraineesRuralShare(), EPS);
        assertEquals(c.matchingEfficiencyMultiplier(), reversed.matchingEfficiencyMultiplier(), EPS);
        assertEquals(a, PolicyEffects.combine(a, PolicyEffects.NONE), "NONE is the identity");
    }

    @Test
    void noTraineesMeansNeutralTraineeShares() {
        PolicyEffects e = new PolicyEffects.Builder().addTrainees(0, 0.9, 0.9).addReservedPosts(10).build();
        assertEquals(0, e.extraTraineesRuralShare());
        assertEquals(0, e.extraCertificationRate());
    }

    @Test
    void impossibleValuesAreRefused() {
        SectorValues zero = new SectorValues(0, 0, 0);
        assertThrows(IllegalArgumentException.class, () -> new PolicyEffects(-1, 0, 0, zero, 1, 1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PolicyEffects(0, 1.2, 0, zero, 1, 1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new PolicyEffects(0, 0, 0, new SectorValues(0, -1, 0), 1, 1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PolicyEffects(0, 0, 0, zero, -0.1, 1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PolicyEffects(0, 0, 0, zero, 1, 1, 0, 0, -5, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new PolicyEffects(0, 0, 0, zero, 1, 1, 0, Double.NaN, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PolicyEffects.Builder().addSettlementRate(0.6)
                .addSettlementRate(0.6).build(), "added settlement rates above 1");
        assertThrows(IllegalArgumentException.class,
                () -> new PolicyEffects.Builder().addLabourDemand(Sector.TERTIARY, -3));
    }

    @Test
    void phaseInRampsLinearlyThenHolds() {
        Span span = new Span(2022, OptionalInt.of(2027), 3);
        assertEquals(0, span.intensity(2021));
        assertEquals(0.25, span.intensity(2022), EPS);
        assertEquals(0.5, span.intensity(2023), EPS);
        assertEquals(0.75, span.intensity(2024), EPS);
        assertEquals(1, span.intensity(2025), EPS);
        assertEquals(1, span.intensity(2027), EPS);
        assertEquals(0, span.intensity(2028));
        assertEquals(1, Span.from(2021).intensity(2100));
    }

    @Test
    void stockAccumulatesWithSurvivalAndOutlivesTheSpan() {
        Span span = new Span(2021, OptionalInt.of(2022), 1);
        // created: 2021 0.5 x 100 = 50, 2022 100; survival 0.9
        assertEquals(0, span.stock(2020, 100, 0.9), EPS);
        assertEquals(50, span.stock(2021, 100, 0.9), EPS);
        assertEquals(50 * 0.9 + 100, span.stock(2022, 100, 0.9), EPS);
        assertEquals((50 * 0.9 + 100) * 0.9, span.stock(2023, 100, 0.9), EPS);
        assertEquals(150, span.stock(2040, 100, 1.0), EPS);
    }

    @Test
    void spanRulesAreEnforced() {
        assertThrows(IllegalArgumentException.class, () -> new Span(2025, OptionalInt.of(2024), 0));
        assertThrows(IllegalArgumentException.class, () -> new Span(2021, OptionalInt.of(2023), 3));
        assertThrows(IllegalArgumentException.class, () -> new Span(2021, OptionalInt.empty(), -1));
        assertEquals(2, new Span(2021, OptionalInt.of(2023), 2).phaseInYears());
    }
}
