package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.junit.jupiter.api.Test;

/**
 * Matching by schooling's level draws ({@link JobMatchingProcess#drawLevels}, which adds again only the running sums
 * a hire changed) against a reference that sums members × weight over every level for every hire: the same levels
 * and the same stream after, for random members (empty levels among them), weights e^(b·years) and hires up to all
 * members. Checked to fail with the running sums never added again after the first hire.
 */
class MatchingLevelDrawTest {
    @Test
    void runningSumsDrawTheLevelsAFullSumDraws() {
        Random random = new Random(14);
        int[] years = {0, 6, 9, 12, 15, 16, 19};
        for (int trial = 0; trial < 500; trial++) {
            int levels = years.length;
            int[] members = new int[levels];
            long pool = 0;
            for (int l = 0; l < levels; l++) {
                members[l] = random.nextInt(3) == 0 ? 0 : random.nextInt(trial < 250 ? 5 : 400);
                pool += members[l];
            }
            double b = random.nextDouble() * 0.4 - 0.1;
            double[] weightOf = new double[levels];
            for (int l = 0; l < levels; l++) {
                weightOf[l] = Math.exp(b * years[l]);
            }
            long hires = pool == 0 ? 0 : 1 + random.nextInt((int) pool);
            XoRoShiRo128PlusPlus a = new XoRoShiRo128PlusPlus(trial, 3);
            XoRoShiRo128PlusPlus c = new XoRoShiRo128PlusPlus(trial, 3);
            int[] take = new int[levels + 2];
            JobMatchingProcess.drawLevels(members.clone(), weightOf, hires, a, take, 2);
            int[] expected = new int[levels + 2];
            int[] left = members.clone();
            for (long j = 0; j < hires; j++) {
                double w = 0;
                for (int l = 0; l < levels; l++) {
                    w += left[l] * weightOf[l];
                }
                double u = c.nextDouble() * w;
                int l = 0;
                while (l < levels - 1 && (left[l] == 0 || (u -= left[l] * weightOf[l]) >= 0)) {
                    l++;
                }
                while (left[l] == 0) {
                    l--;
                }
                left[l]--;
                expected[2 + l]++;
            }
            assertArrayEquals(expected, take, "trial " + trial);
            assertEquals(c.nextLong(), a.nextLong(), "the stream after, trial " + trial);
        }
    }
}
