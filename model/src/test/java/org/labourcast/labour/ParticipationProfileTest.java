package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.labourcast.demography.AgeGroup;
import org.labourcast.demography.AgeGroups;

class ParticipationProfileTest {

    /** Illustrative survey-style groups and rates (not data): entry in the late teens, exit from the fifties on. */
    private static final List<AgeGroup> GROUPS =
            AgeGroups.parseAll(List.of("15-19", "20-24", "25-49", "50-59", "60-64", "65+"));
    private static final double[] GROUP_RATES = {0.2, 0.7, 0.9, 0.7, 0.4, 0.1};

    private static ParticipationProfile illustrative() {
        return ParticipationProfile.fromGroups(GROUPS, GROUP_RATES, 100);
    }

    private static void assertMessage(String expected, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(expected), () -> "message was: " + e.getMessage());
    }

    @Test
    void eachSingleAgeTakesItsGroupsRateAndAgesBelowTheFirstGroupAreZero() {
        ParticipationProfile p = illustrative();
        assertEquals(100, p.maxAge());
        assertEquals(0.0, p.rate(0), 0.0);
        assertEquals(0.0, p.rate(14), 0.0);
        assertEquals(0.2, p.rate(15), 0.0);
        assertEquals(0.2, p.rate(19), 0.0);
        assertEquals(0.7, p.rate(20), 0.0);
        assertEquals(0.9, p.rate(49), 0.0);
        assertEquals(0.4, p.rate(64), 0.0);
        assertEquals(0.1, p.rate(65), 0.0);
        assertEquals(0.1, p.rate(100), 0.0);
        assertEquals(0.1, p.rate(120), 0.0, "ages above the open age belong to it");
    }

    @Test
    void groupRatesAreReproducedWhateverTheAgeStructureInsideTheGroup() {
        // Why a step function: active / persons over 25-49 is 0.9 for any distribution of persons over those ages.
        ParticipationProfile p = illustrative();
        double[][] structures = {{1, 1, 1}, {1000, 1, 3}, {0, 0, 7}};
        for (double[] w : structures) {
            double persons = 0;
            double active = 0;
            for (int i = 0; i < w.length; i++) {
                int age = 25 + 12 * i; // 25, 37, 49
                persons += w[i];
                active += w[i] * p.rate(age);
            }
            assertEquals(0.9, active / persons, 1e-15);
        }
    }

    @Test
    void groupsMayRunPastTheOpenAge() {
        // 85+ in a profile built from groups up to 100+: the open age takes its group's rate.
        ParticipationProfile p = ParticipationProfile.fromGroups(AgeGroups.fiveYear(100),
                new double[] {0, 0, 0, 0.1, 0.6, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.7, 0.5, 0.3, 0.2, 0.1, 0.05, 0.05, 0, 0, 0},
                85);
        assertEquals(85, p.maxAge());
        assertEquals(0.05, p.rate(85), 0.0);
        assertEquals(0.1, p.rate(75), 0.0);
    }

    @Test
    void rejectsBadInput() {
        assertMessage("got 1.2 at age group 20-24", () -> ParticipationProfile.fromGroups(GROUPS,
                new double[] {0.2, 1.2, 0.9, 0.7, 0.4, 0.1}, 100));
        assertMessage("one participation rate per age group (6), got 5",
                () -> ParticipationProfile.fromGroups(GROUPS, new double[] {0.2, 0.7, 0.9, 0.7, 0.4}, 100));
        assertMessage("gap between 15-19 and 25-29", () -> ParticipationProfile.fromGroups(
                AgeGroups.parseAll(List.of("15-19", "25-29", "30+")), new double[] {0.1, 0.2, 0.3}, 100));
        assertMessage("add an open group such as \"65+\"", () -> ParticipationProfile.fromGroups(
                AgeGroups.parseAll(List.of("15-19", "20-64")), new double[] {0.2, 0.8}, 100));
        assertMessage("starts after the open age", () -> ParticipationProfile.fromGroups(
                AgeGroups.parseAll(List.of("90+")), new double[] {0.1}, 85));
        assertMessage("got NaN at age 1", () -> ParticipationProfile.ofSingleYears(new double[] {0, Double.NaN}));
        assertMessage("at least two ages", () -> ParticipationProfile.ofSingleYears(new double[] {0.5}));
        assertMessage("age must be >= 0", () -> illustrative().rate(-1));
        assertMessage("finite", () -> illustrative().shifted(Double.POSITIVE_INFINITY));
    }

    @Test
    void logitShiftMovesInteriorRatesAndKeepsZeroAndOne() {
        ParticipationProfile p = ParticipationProfile.ofSingleYears(new double[] {0.0, 0.5, 0.75, 1.0});
        ParticipationProfile up = p.shifted(1.0);
        assertEquals(0.0, up.rate(0), 0.0);
        // expit(0 + 1) = e/(1+e); expit(ln 3 + 1) = 3e / (1 + 3e) = 0.8907201...
        assertEquals(Math.E / (1 + Math.E), up.rate(1), 1e-15);
        assertEquals(3 * Math.E / (1 + 3 * Math.E), up.rate(2), 1e-15);
        assertEquals(1.0, up.rate(3), 0.0);
        assertEquals(p, p.shifted(0.0));
        ParticipationProfile back = up.shifted(-1.0);
        for (int age = 0; age <= p.maxAge(); age++) {
            assertEquals(p.rate(age), back.rate(age), 1e-15);
        }
        assertNotEquals(p, up);
    }

    @Test
    void hazardsHandComputed() {
        ParticipationProfile p = illustrative();
        // Age 15: from P(14) = 0 to 0.2, entry = 0.2 / 1.
        assertEquals(0.2, p.entryProbability(15), 1e-15);
        // Age 20: 0.2 -> 0.7, entry = 0.5 / 0.8 = 0.625; no exits.
        assertEquals(0.625, p.entryProbability(20), 1e-15);
        assertEquals(0.0, p.exitProbability(20), 0.0);
        // Age 60: 0.7 -> 0.4, exit = 0.3 / 0.7 = 3/7; no entries.
        assertEquals(3.0 / 7.0, p.exitProbability(60), 1e-15);
        assertEquals(0.0, p.entryProbability(60), 0.0);
        // Inside a group and in the open group nothing changes; age 0 has no previous age.
        assertEquals(0.0, p.entryProbability(30), 0.0);
        assertEquals(0.0, p.exitProbability(30), 0.0);
        assertEquals(0.0, p.exitProbability(101), 0.0);
        assertEquals(0.0, p.entryProbability(0), 0.0);
        assertEquals(0.0, p.exitProbability(0), 0.0);
        // Undefined cases give 0: entry after a rate of 1, exit after a rate of 0.
        ParticipationProfile edge = ParticipationProfile.ofSingleYears(new double[] {0.0, 0.0, 1.0, 1.0, 0.0});
        assertEquals(0.0, edge.exitProbability(1), 0.0);
        assertEquals(1.0, edge.entryProbability(2), 0.0);
        assertEquals(0.0, edge.entryProbability(3), 0.0);
        assertEquals(1.0, edge.exitProbability(4), 0.0);
    }

    @Test
    void aCohortStartedOnTheProfileFollowsItAtEveryLaterAge() {
        // Invariant: x(a) = x(a-1) (1 - exit(a)) + (1 - x(a-1)) entry(a), started at x(a0) = P(a0), equals P(a) at
        // every later age, and only one of entry and exit is ever positive.
        List<ParticipationProfile> profiles = new ArrayList<>();
        profiles.add(illustrative());
        profiles.add(illustrative().shifted(-1.3));
        profiles.add(ParticipationProfile.ofSingleYears(new double[] {0, 0, 1, 1, 0.3, 0, 0.5, 1, 0, 0.999, 1e-9, 0.4}));
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20240913L); // pinned, fixed seed
        for (int k = 0; k < 20; k++) {
            double[] r = new double[60];
            for (int age = 0; age < r.length; age++) {
                double u = rng.nextDouble();
                r[age] = u < 0.1 ? 0.0 : u > 0.9 ? 1.0 : rng.nextDouble(); // some exact 0s and 1s
            }
            profiles.add(ParticipationProfile.ofSingleYears(r));
        }
        for (ParticipationProfile p : profiles) {
            for (int a0 = 0; a0 < p.maxAge(); a0++) {
                double x = p.rate(a0);
                for (int a = a0 + 1; a <= p.maxAge() + 2; a++) {
                    double entry = p.entryProbability(a);
                    double exit = p.exitProbability(a);
                    assertTrue(entry >= 0 && entry <= 1 && exit >= 0 && exit <= 1, "probabilities at " + a);
                    assertEquals(0.0, entry * exit, 0.0, "both flows at age " + a);
                    x = x * (1 - exit) + (1 - x) * entry;
                    assertEquals(p.rate(a), x, 1e-12, "started at " + a0 + ", age " + a + " in " + p);
                }
            }
        }
    }
}
