package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.demography.AgeGroups;
import org.labourcast.demography.Sex;

class ParticipationProfilesTest {

    private static final int MAX_AGE = 10;

    private static double[] constant(double value) {
        double[] a = new double[MAX_AGE + 1];
        Arrays.fill(a, value);
        return a;
    }

    private static ParticipationProfiles allHalf() {
        return new ParticipationProfiles(ParticipationProfile.ofSingleYears(constant(0.5)),
                ParticipationProfile.ofSingleYears(constant(0.5)));
    }

    /** 100 men and 50 women at every age: N = 11 * 150 = 1650 persons. */
    private static double[][] persons() {
        return new double[][] {constant(100), constant(50)};
    }

    private static void assertMessage(String expected, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(expected), () -> "message was: " + e.getMessage());
    }

    @Test
    void shiftOfOneWhenEveryRateIsAHalf() {
        // Every rate is expit(0 + s), so active = N expit(s) and s = logit(target / N).
        // target = expit(1) N = 0.7310585786300049 * 1650 -> s = 1. Bisection stops at a relative residual of 1e-10
        // in active persons; d(active)/ds / active = 1 - expit(1) = 0.269, so s is within 1e-10 / 0.269 = 3.7e-10.
        ParticipationProfiles p = allHalf();
        double n = 1650;
        assertEquals(1.0, p.calibrateShift(persons(), 0.7310585786300049 * n), 1e-9);
        assertEquals(0.0, p.calibrateShift(persons(), 0.5 * n), 1e-9);
        assertEquals(-2.0, p.calibrateShift(persons(), Logit.expit(-2.0) * n), 1e-9);
        assertEquals(0.5 * n, p.active(persons()), 1e-12);
    }

    @Test
    void calibratedProfilesReproduceTheTargetWithDifferentSexProfiles() {
        // Illustrative rates (not data). The shifted profiles' active total must be the target to 1e-10 relative.
        ParticipationProfile men = ParticipationProfile.fromGroups(
                AgeGroups.parseAll(List.of("3-4", "5-7", "8+")), new double[] {0.3, 0.95, 0.2}, MAX_AGE);
        ParticipationProfile women = ParticipationProfile.fromGroups(
                AgeGroups.parseAll(List.of("3-5", "6-7", "8+")), new double[] {0.25, 0.8, 0.0}, MAX_AGE);
        ParticipationProfiles p = new ParticipationProfiles(men, women);
        double[][] persons = {{9, 8, 8, 7, 7, 6, 6, 5, 5, 4, 10}, {9, 9, 8, 8, 7, 7, 6, 6, 5, 5, 12}};
        double base = p.active(persons);
        double previous = Double.NEGATIVE_INFINITY;
        for (double factor : new double[] {0.5, 0.9, 1.0, 1.1, 1.4}) {
            double target = factor * base;
            double s = p.calibrateShift(persons, target);
            assertEquals(target, p.shifted(s).active(persons), 1e-10 * target, "factor " + factor);
            assertTrue(s > previous, "a higher target needs a higher shift");
            previous = s;
        }
        assertEquals(0.0, p.calibrateShift(persons, base), 1e-9);
    }

    @Test
    void unreachableTargetsAreRejectedWithTheReachableRange() {
        // Ages 0-1 never active (rate 0), age 2 always active (rate 1), the rest 0.5; 10 persons at each age and sex.
        double[] rates = constant(0.5);
        rates[0] = 0.0;
        rates[1] = 0.0;
        rates[2] = 1.0;
        ParticipationProfile one = ParticipationProfile.ofSingleYears(rates);
        ParticipationProfiles p = new ParticipationProfiles(one, one);
        double[][] persons = {constant(10), constant(10)};
        // Limits: rate-1 persons = 2 * 10 = 20; positive-rate persons = 2 * 9 * 10 = 180.
        for (double bad : new double[] {-1, 0, 20, 180, 1e6}) {
            assertMessage("open range (20, 180)", () -> p.calibrateShift(persons, bad));
        }
        assertMessage("finite", () -> p.calibrateShift(persons, Double.NaN));
        assertEquals(100.0, p.shifted(p.calibrateShift(persons, 100.0)).active(persons), 1e-8);
        // Just inside the limits is still solved.
        assertEquals(179.0, p.shifted(p.calibrateShift(persons, 179.0)).active(persons), 179.0 * 1e-10);
        assertEquals(20.5, p.shifted(p.calibrateShift(persons, 20.5)).active(persons), 20.5 * 1e-10);
    }

    @Test
    void rejectsPopulationsThatDoNotMatchTheProfiles() {
        ParticipationProfiles p = allHalf();
        assertMessage("expected 11 ages (0..10+) of female persons", () -> p.active(
                new double[][] {constant(1), new double[5]}));
        assertMessage("expected persons for 2 sexes", () -> p.active(new double[][] {constant(1)}));
        double[][] negative = persons();
        negative[Sex.MALE.ordinal()][3] = -1;
        assertMessage("non-negative, got -1.0 at male age 3", () -> p.calibrateShift(negative, 100));
        assertMessage("same ages", () -> new ParticipationProfiles(ParticipationProfile.ofSingleYears(constant(0.5)),
                ParticipationProfile.ofSingleYears(new double[] {0.1, 0.2})));
    }

    @Test
    void profileBySex() {
        ParticipationProfiles p = allHalf();
        assertSame(p.male(), p.of(Sex.MALE));
        assertSame(p.female(), p.of(Sex.FEMALE));
        assertEquals(MAX_AGE, p.maxAge());
    }
}
