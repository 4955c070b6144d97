package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The records the year's removals of children and elders fall in ({@link Households#removalRecords}, which skips
 * eight records at a time) against a walk record by record: the rank r-th held child (or elder), in record order, is
 * in the record where the running count first exceeds r. Random records, removals up to all held, several in one
 * record, in the last records (past the last whole eight); the whole walk, and the walk in parts as the year's pass
 * runs it. Checked to fail with the nibbles of the other count summed (the shift left out of the eight-record sum), with
 * eight records skipped when the rank is held by their last, and with the branch-free search among the eight
 * comparing below instead of not above the rank.
 */
class HouseholdRemovalRecordsTest {
    @Test
    void eightAtATimeFindsTheRecordsOneAtATimeDoes() {
        Random random = new Random(20);
        for (int trial = 0; trial < 300; trial++) {
            int size = 1 + random.nextInt(trial < 100 ? 40 : 5000);
            byte[] d = new byte[size + random.nextInt(9)]; // room past size stays zero, as in the records
            int[] held = new int[2];
            for (int h = 0; h < size; h++) {
                int kids = random.nextInt(4) == 0 ? random.nextInt(16) : 0;
                int olds = random.nextInt(3) == 0 ? random.nextInt(16) : 0;
                d[h] = (byte) (kids << 4 | olds);
                held[0] += kids;
                held[1] += olds;
            }
            for (int which = 0; which < 2; which++) {
                int shift = which == 0 ? 4 : 0;
                if (held[which] == 0) {
                    continue;
                }
                int need = 1 + random.nextInt(Math.min(held[which], trial % 3 == 0 ? held[which] : 20));
                TreeSet<Integer> chosen = new TreeSet<>();
                while (chosen.size() < need) {
                    chosen.add(random.nextInt(held[which]));
                }
                int[] ranks = chosen.stream().mapToInt(Integer::intValue).toArray();
                int[] expected = oneAtATime(d, size, ranks, shift);
                assertArrayEquals(expected, Households.removalRecords(d, size, ranks, need, shift),
                        "trial " + trial + ", shift " + shift);
                // In parts, as the year's pass finds them: each part walks its own records from the count held before
                // it, for the ranks that fall in it.
                int parts = 1 + random.nextInt(8);
                int[] inParts = new int[need];
                int j = 0;
                for (int p = 0; p < parts; p++) {
                    int first = (int) ((long) size * p / parts);
                    int last = (int) ((long) size * (p + 1) / parts);
                    long before = Households.nibbleSums(d, 0, first, shift);
                    long upTo = before + Households.nibbleSums(d, first, last, shift);
                    int from = j;
                    while (j < need && ranks[j] < upTo) {
                        j++;
                    }
                    Households.removalRecords(d, first, last, before, ranks, from, j, shift, inParts);
                }
                assertArrayEquals(expected, inParts, "trial " + trial + ", shift " + shift + ", " + parts + " parts");
            }
        }
    }

    private static int[] oneAtATime(byte[] d, int size, int[] ranks, int shift) {
        int[] records = new int[ranks.length];
        int j = 0;
        long first = 0;
        for (int h = 0; h < size && j < ranks.length; h++) {
            int n = (d[h] & 0xFF) >>> shift & 0xF;
            while (j < ranks.length && ranks[j] < first + n) {
                records[j++] = h;
            }
            first += n;
        }
        return records;
    }
}
