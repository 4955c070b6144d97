package org.labourcast.demography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LifeTableTest {

    private static final double[] WPP_M = WppChina2019.MX_MALE_2015_2020;
    private static final double[] WPP_F = WppChina2019.MX_FEMALE_2015_2020;

    @Test
    void handComputedThreeAgeTable() {
        // Males, m = (0.02, 0.01, 0.5) at ages 0, 1, 2+.
        // a0 (Andreev-Kingkade, m0 < 0.023) = 0.14929 - 1.99545*0.02 = 0.109381
        // q0 = 0.02 / (1 + (1 - 0.109381)*0.02) = 0.0196499869652, l1 = 0.980350013035
        // L0 = l1 + a0*q0 = 0.982499348259
        // q1 = 0.01 / 1.005 = 0.00995024875622, l2 = l1*(1 - q1) = 0.970595286537, L1 = l2 + 0.5*l1*q1 = 0.975472649786
        // L2 = l2 / 0.5 = 1.94119057307; e0 = L0 + L1 + L2 = 3.89916257112; e1 = (L1 + L2)/l1 = 2.97512437811
        LifeTable t = LifeTable.fromSingleYearMx(new double[] {0.02, 0.01, 0.5}, Sex.MALE);
        assertEquals(2, t.omega());
        assertEquals(0.109381, t.ax()[0], 1e-12);
        assertEquals(0.0196499869652, t.qx()[0], 1e-12);
        assertEquals(0.00995024875622, t.qx()[1], 1e-12);
        assertEquals(1.0, t.qx()[2], 0.0);
        assertEquals(0.980350013035, t.lx()[1], 1e-12);
        assertEquals(0.970595286537, t.lx()[2], 1e-12);
        assertEquals(0.982499348259, t.bigLx()[0], 1e-12);
        assertEquals(0.975472649786, t.bigLx()[1], 1e-12);
        assertEquals(1.94119057307, t.bigLx()[2], 1e-11);
        assertEquals(3.89916257112, t.lifeExpectancyAtBirth(), 1e-10);
        assertEquals(2.97512437811, t.ex()[1], 1e-10);
        assertEquals(2.0, t.ex()[2], 1e-12);
        assertEquals(0.982499348259, t.birthSurvival(), 1e-12);
        assertEquals(0.975472649786 / 0.982499348259, t.survivalRatio(0), 1e-12);
        // Last single age: survivors of age 1 and of 2+ both end in 2+, so T2/T1.
        assertEquals(1.94119057307 / (0.975472649786 + 1.94119057307), t.survivalRatio(1), 1e-11);
    }

    @Test
    void deathsAddUpToTheRadix() {
        LifeTable t = LifeTable.fromSingleYearMx(LifeTable.singleYearMxFromAbridged(
                WppChina2019.ABRIDGED, WPP_M, 100, Sex.MALE), Sex.MALE);
        double sum = 0;
        for (double d : t.dx()) {
            sum += d;
        }
        assertEquals(1.0, sum, 1e-12);
        assertEquals(1.0, t.lx()[0], 0.0);
    }

    @Test
    void remainingLifeFallsWithAgeAndExpectedAgeAtDeathRises() {
        LifeTable t = LifeTable.fromSingleYearMx(LifeTable.singleYearMxFromAbridged(
                WppChina2019.ABRIDGED, WPP_F, 100, Sex.FEMALE), Sex.FEMALE);
        double[] e = t.ex();
        // Remaining life falls every year of age. (The abridged table converts WPP's 95-99 rate, 0.33-0.51, with
        // the constant-hazard probability where Preston's n·m/(1+(n-a)·m) would overshoot, so there is no plateau.)
        for (int x = 1; x < 100; x++) {
            assertTrue(e[x + 1] < e[x], "e(" + (x + 1) + ") >= e(" + x + ")");
        }
        for (int x = 0; x < 100; x++) {
            assertTrue(x + 1 + e[x + 1] > x + e[x], "expected age at death falls at " + x);
        }
        assertEquals(1.0 / WPP_F[21], e[100], 1e-12, "open group e = 1/m");
        for (int x = 0; x < 100; x++) {
            double s = t.survivalRatio(x);
            assertTrue(s > 0 && s < 1, "survival ratio at " + x + " = " + s);
        }
        assertTrue(t.birthSurvival() > 0.99 && t.birthSurvival() < 1.0);
    }

    @Test
    void abridgedWppRatesReproducePublishedLifeExpectancy() {
        // WPP 2019, China 2015-2020: e0 males 74.47, females 78.97 (wpp2019_china_vital_5y.csv).
        assertEquals(WppChina2019.E0_MALE_2015_2020,
                LifeTable.abridgedLifeExpectancy(WppChina2019.ABRIDGED, WPP_M, Sex.MALE), 0.006);
        assertEquals(WppChina2019.E0_FEMALE_2015_2020,
                LifeTable.abridgedLifeExpectancy(WppChina2019.ABRIDGED, WPP_F, Sex.FEMALE), 0.006);
    }

    @Test
    void graduatedSingleYearTableReproducesPublishedLifeExpectancy() {
        LifeTable male = LifeTable.fromSingleYearMx(
                LifeTable.singleYearMxFromAbridged(WppChina2019.ABRIDGED, WPP_M, 100, Sex.MALE), Sex.MALE);
        LifeTable female = LifeTable.fromSingleYearMx(
                LifeTable.singleYearMxFromAbridged(WppChina2019.ABRIDGED, WPP_F, 100, Sex.FEMALE), Sex.FEMALE);
        assertEquals(WppChina2019.E0_MALE_2015_2020, male.lifeExpectancyAtBirth(), 0.02);
        assertEquals(WppChina2019.E0_FEMALE_2015_2020, female.lifeExpectancyAtBirth(), 0.02);
    }

    @Test
    void graduatedTableMatchesAbridgedSurvivorsAtBoundaries() {
        for (Sex sex : Sex.values()) {
            double[] mx = sex == Sex.MALE ? WPP_M : WPP_F;
            AbridgedLifeTable abridged = new AbridgedLifeTable(WppChina2019.ABRIDGED, mx, sex);
            LifeTable single = LifeTable.fromSingleYearMx(
                    LifeTable.singleYearMxFromAbridged(WppChina2019.ABRIDGED, mx, 100, sex), sex);
            int[] ages = abridged.startAges();
            double[] la = abridged.lx();
            double[] ls = single.lx();
            for (int i = 0; i < ages.length; i++) {
                assertEquals(la[i], ls[ages[i]], 1e-9, sex.label() + " l(" + ages[i] + ")");
            }
            double[] l = single.lx();
            for (int x = 0; x < 100; x++) {
                assertTrue(l[x + 1] < l[x], "l must decrease at " + x);
            }
        }
    }

    @Test
    void graduationKeepsTheOpenRateAndFoldsOrExtendsConsistently() {
        double[] at100 = LifeTable.singleYearMxFromAbridged(WppChina2019.ABRIDGED, WPP_M, 100, Sex.MALE);
        assertEquals(WPP_M[21], at100[100], 0.0);
        double e100 = LifeTable.fromSingleYearMx(at100, Sex.MALE).lifeExpectancyAtBirth();
        double[] at90 = LifeTable.singleYearMxFromAbridged(WppChina2019.ABRIDGED, WPP_M, 90, Sex.MALE);
        double[] at110 = LifeTable.singleYearMxFromAbridged(WppChina2019.ABRIDGED, WPP_M, 110, Sex.MALE);
        for (int x = 0; x < 90; x++) {
            assertEquals(at100[x], at90[x], 1e-15);
            assertEquals(at100[x], at110[x], 1e-15);
        }
        // Folding 90..100+ into 90+ uses l(90)/T(90) of the same table, so e0 is unchanged.
        assertEquals(e100, LifeTable.fromSingleYearMx(at90, Sex.MALE).lifeExpectancyAtBirth(), 1e-9);
        // Extending past 100 with the open rate as a constant hazard changes e0 only through the linear L over 100..109.
        assertEquals(e100, LifeTable.fromSingleYearMx(at110, Sex.MALE).lifeExpectancyAtBirth(), 1e-3);
    }

    @Test
    void gettersReturnCopies() {
        LifeTable t = LifeTable.fromSingleYearMx(new double[] {0.02, 0.01, 0.5}, Sex.FEMALE);
        t.lx()[1] = 99;
        t.mx()[0] = 99;
        assertEquals(0.02, t.mx()[0], 0.0);
        assertTrue(t.lx()[1] < 1);
    }

    @Test
    void rejectsInvalidRates() {
        assertThrows(IllegalArgumentException.class, () -> LifeTable.fromSingleYearMx(new double[] {0.01, -0.1, 0.5}, Sex.MALE));
        assertThrows(IllegalArgumentException.class, () -> LifeTable.fromSingleYearMx(new double[] {0.01, Double.NaN, 0.5}, Sex.MALE));
        assertThrows(IllegalArgumentException.class, () -> LifeTable.fromSingleYearMx(new double[] {0.01, 0.01, 0.0}, Sex.MALE));
        assertThrows(IllegalArgumentException.class, () -> LifeTable.fromSingleYearMx(new double[] {0.5}, Sex.MALE));
        assertThrows(IllegalArgumentException.class, () -> LifeTable.fromSingleYearMx(new double[] {0.01, 0.5}, null));
        LifeTable t = LifeTable.fromSingleYearMx(new double[] {0.02, 0.01, 0.5}, Sex.MALE);
        assertThrows(IllegalArgumentException.class, () -> t.survivalRatio(2));
        assertThrows(IllegalArgumentException.class, () -> t.survivalRatio(-1));
    }

    @Test
    void andreevKingkadeInfantSeparation() {
        // HMD protocol v6 table 1 (Andreev & Kingkade 2015), one point in each m0 range.
        assertEquals(0.14929 - 1.99545 * 0.01, SeparationFactors.a0(0.01, Sex.MALE), 1e-15);
        assertEquals(0.02832 + 3.26021 * 0.05, SeparationFactors.a0(0.05, Sex.MALE), 1e-15);
        assertEquals(0.29915, SeparationFactors.a0(0.1, Sex.MALE), 0.0);
        assertEquals(0.14903 - 2.05527 * 0.01, SeparationFactors.a0(0.01, Sex.FEMALE), 1e-15);
        assertEquals(0.04667 + 3.88089 * 0.05, SeparationFactors.a0(0.05, Sex.FEMALE), 1e-15);
        assertEquals(0.31411, SeparationFactors.a0(0.1, Sex.FEMALE), 0.0);
    }

    @Test
    void centralRateInvertsTheLifeTableConversion() {
        for (Sex sex : Sex.values()) {
            for (double m : new double[] {0.0, 0.003, 0.0115, 0.02, 0.05, 0.2}) {
                double a0 = SeparationFactors.a0(m, sex);
                assertEquals(m, RateConversion.centralRate(RateConversion.probability(m, a0), 0, sex), 1e-13);
                assertEquals(m, RateConversion.centralRate(RateConversion.probability(m, 0.5), 7, sex), 1e-15);
            }
        }
    }
}
