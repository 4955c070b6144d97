package org.labourcast.demography;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgeSplitterTest {

    /** Every group's single years add up to the group count (relative 1e-9) and nothing is negative. */
    private static void assertGroupTotalsKept(List<AgeGroup> groups, double[] counts, double[] singles) {
        int openStart = groups.get(groups.size() - 1).start();
        for (double v : singles) {
            assertTrue(v >= 0.0, "negative single-year value " + v);
        }
        for (int i = 0; i < groups.size() - 1; i++) {
            AgeGroup g = groups.get(i);
            double sum = 0;
            for (int a = g.start(); a <= g.end(); a++) {
                sum += singles[a];
            }
            assertEquals(counts[i], sum, 1e-9 * Math.max(counts[i], 1e-300), "group " + g.label());
        }
        double open = 0;
        for (int a = openStart; a < singles.length; a++) {
            open += singles[a];
        }
        assertEquals(counts[groups.size() - 1], open, 1e-9 * counts[groups.size() - 1], "open group");
        assertEquals(sum(counts), sum(singles), 1e-9 * sum(counts), "grand total");
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }

    @Test
    void wppMaleCountsKeepEveryGroupTotal() {
        double[] singles = AgeSplitter.splitCounts(WppChina2019.FIVE_YEAR, WppChina2019.POP_MALE_2020, 100);
        assertEquals(101, singles.length);
        assertGroupTotalsKept(WppChina2019.FIVE_YEAR, WppChina2019.POP_MALE_2020, singles);
        assertEquals(12.773, singles[100], 1e-12, "open group passes through when it starts at maxAge");
    }

    @Test
    void wppMaleCountsJoinSmoothlyAcrossBoundaries() {
        // A C1 ogive means no jump between the last year of a group and the first of the next larger than the
        // within-group steps around it; check the big 30-34 bulge (66.4 M) against its neighbours.
        double[] s = AgeSplitter.splitCounts(WppChina2019.FIVE_YEAR, WppChina2019.POP_MALE_2020, 100);
        for (int boundary = 5; boundary < 100; boundary += 5) {
            double jump = Math.abs(s[boundary] - s[boundary - 1]);
            double groupMean = Math.max(WppChina2019.POP_MALE_2020[boundary / 5 - 1], WppChina2019.POP_MALE_2020[boundary / 5]) / 5;
            assertTrue(jump < 0.5 * groupMean, "jump at " + boundary + ": " + jump);
        }
    }

    @Test
    void foldsAgesAboveMaxAgeIntoTheOpenGroup() {
        double[] full = AgeSplitter.splitCounts(WppChina2019.FIVE_YEAR, WppChina2019.POP_MALE_2020, 100);
        double[] folded = AgeSplitter.splitCounts(WppChina2019.FIVE_YEAR, WppChina2019.POP_MALE_2020, 90);
        assertEquals(91, folded.length);
        for (int a = 0; a < 90; a++) {
            assertEquals(full[a], folded[a], 1e-9 * full[a]);
        }
        double tail = 0;
        for (int a = 90; a <= 100; a++) {
            tail += full[a];
        }
        assertEquals(tail, folded[90], 1e-9 * tail);
    }

    @Test
    void spreadsAnEarlyOpenGroupGeometrically() {
        double[] singles = AgeSplitter.splitCounts(WppChina2019.FIVE_YEAR, WppChina2019.POP_MALE_2020, 105);
        assertEquals(106, singles.length);
        assertGroupTotalsKept(WppChina2019.FIVE_YEAR, WppChina2019.POP_MALE_2020, singles);
        // 95-99 and 100+ densities: (116.377/5 over 731.228/5) per 5 years -> r = 0.159^(1/5) ~ 0.692.
        double r = Math.pow(116.377 / 731.228, 1.0 / 5);
        for (int a = 101; a < 105; a++) {
            assertEquals(r, singles[a] / singles[a - 1], 1e-12);
        }
        assertEquals(12.773 * (1 - r), singles[100], 1e-12);
    }

    @Test
    void spikyInputStaysNonNegativeAndKeepsTotals() {
        List<AgeGroup> groups = AgeGroups.fiveYear(50);
        double[] counts = {0, 1000, 0, 0, 5000, 1, 0, 0, 3, 0, 7};
        double[] singles = AgeSplitter.splitCounts(groups, counts, 60);
        assertGroupTotalsKept(groups, counts, singles);
        for (int a = 0; a < 5; a++) {
            assertEquals(0.0, singles[a], 0.0, "empty group stays empty at " + a);
        }
        for (int a = 10; a < 20; a++) {
            assertEquals(0.0, singles[a], 0.0, "empty group stays empty at " + a);
        }
    }

    @Test
    void flatInputGivesFlatSingles() {
        List<AgeGroup> groups = AgeGroups.fiveYear(100);
        double[] counts = new double[21];
        java.util.Arrays.fill(counts, 500.0);
        double[] singles = AgeSplitter.splitCounts(groups, counts, 100);
        for (int a = 0; a < 100; a++) {
            assertEquals(100.0, singles[a], 1e-9, "age " + a);
        }
    }

    @Test
    void handComputedTinyCase() {
        // Groups 0-1, 2-3, 4+ with 10, 30, 5 people. Ogive nodes (0,0), (2,10), (4,40): secants 5 and 15.
        // Three-point slopes: at 0 (2*2+2)*5 - 2*15)/4 = 0; at 2 (2*5 + 2*15)/4 = 10 (cap 15); at 4 (6*15 - 2*5)/4 = 20.
        // Hermite at the segment middle (s = 0.5): h00 = h01 = 0.5, h10 = 0.125, h11 = -0.125, tangents scaled by h = 2:
        //   segment 0: 0.5*10 - 0.125*20 = 2.5      -> ages 0, 1 = 2.5, 7.5
        //   segment 1: 0.125*20 + 0.5*30 - 0.125*40 = 12.5 -> ages 2, 3 = 12.5, 17.5
        List<AgeGroup> groups = AgeGroups.parseAll(List.of("0-1", "2-3", "4+"));
        double[] singles = AgeSplitter.splitCounts(groups, new double[] {10, 30, 5}, 4);
        assertArrayEquals(new double[] {2.5, 7.5, 12.5, 17.5, 5}, singles, 1e-12);
    }

    @Test
    void singleYearGroupsPassThroughUnchanged() {
        List<AgeGroup> groups = AgeGroups.parseAll(List.of("0", "1", "2-6", "7", "8+"));
        double[] counts = {123.25, 7.5, 50, 0.125, 40};
        double[] singles = AgeSplitter.splitCounts(groups, counts, 8);
        assertEquals(123.25, singles[0], 0.0);
        assertEquals(7.5, singles[1], 0.0);
        assertEquals(0.125, singles[7], 0.0);
        assertGroupTotalsKept(groups, counts, singles);
    }

    @Test
    void rejectsBadCountsAndLayouts() {
        List<AgeGroup> groups = AgeGroups.fiveYear(10);
        assertThrows(IllegalArgumentException.class, () -> AgeSplitter.splitCounts(groups, new double[] {1, 2}, 10));
        assertThrows(IllegalArgumentException.class, () -> AgeSplitter.splitCounts(groups, new double[] {1, -2, 3}, 10));
        assertThrows(IllegalArgumentException.class, () -> AgeSplitter.splitCounts(groups, new double[] {1, Double.NaN, 3}, 10));
        List<AgeGroup> closedLast = AgeGroups.parseAll(List.of("0-4", "5-9"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AgeSplitter.splitCounts(closedLast, new double[] {1, 2}, 10));
        assertTrue(e.getMessage().contains("must be open"), e.getMessage());
    }

    @Test
    void ratesArePiecewiseConstantWithTheOutsideValueElsewhere() {
        // ASFR 2010-2015, WPP 2019 (wpp2019_china_asfr.csv), groups 15-19 ... 30-34.
        List<AgeGroup> groups = AgeGroups.parseAll(List.of("15-19", "20-24", "25-29", "30-34"));
        double[] asfr = WppChina2019.ASFR_2010_2015_FIRST_FOUR;
        double[] single = AgeSplitter.splitRates(groups, asfr, 100, 0.0);
        assertEquals(101, single.length);
        for (int a = 0; a <= 100; a++) {
            double expected = a >= 15 && a <= 34 ? asfr[(a - 15) / 5] : 0.0;
            assertEquals(expected, single[a], 0.0, "age " + a);
        }
        // Equal exposure per single year keeps the group's births: 5 * group rate.
        double births2024 = 0;
        for (int a = 20; a <= 24; a++) {
            births2024 += single[a];
        }
        assertEquals(5 * asfr[1], births2024, 1e-15);
    }

    @Test
    void ratesOfAnOpenGroupFillTheTail() {
        List<AgeGroup> groups = AgeGroups.parseAll(List.of("0-14", "15-64", "65+"));
        double[] single = AgeSplitter.splitRates(groups, new double[] {-0.01, 0.02, 0.005}, 80, 9.0);
        assertEquals(-0.01, single[14], 0.0);
        assertEquals(0.02, single[15], 0.0);
        assertEquals(0.005, single[80], 0.0);
    }

    @Test
    void ratesMustBeContiguous() {
        List<AgeGroup> gappy = AgeGroups.parseAll(List.of("15-19", "25-29"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AgeSplitter.splitRates(gappy, new double[] {0.1, 0.1}, 50, 0.0));
        assertTrue(e.getMessage().contains("gap between 15-19 and 25-29"), e.getMessage());
    }
}
