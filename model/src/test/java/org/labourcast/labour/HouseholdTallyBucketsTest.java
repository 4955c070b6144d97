package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The household scan's bucketed tallies (used from {@link Households.TallyBuckets#FROM} records, so that no shipped
 * scenario below Sichuan's size at one agent per person reaches them) equal the tallies counted member by member.
 */
class HouseholdTallyBucketsTest {
    @Test
    void bucketedTalliesEqualTalliesCountedOneByOne() {
        int records = 600_000; // about five buckets, the last one partly filled
        SplittableRandom rng = new SplittableRandom(3);
        byte[] direct = new byte[records];
        byte[] bucketed = new byte[records];
        Households.TallyBuckets buckets = new Households.TallyBuckets(bucketed);
        for (int j = 0; j < 3_000_000; j++) {
            // A few crowded records pass the 127-member cap; the rest are drawn at random.
            int h = j % 10 == 0 ? rng.nextInt(3) : rng.nextInt(records);
            int employed = rng.nextInt(4) == 0 ? 0x80 : 0;
            direct[h] = Households.count(direct[h], employed);
            buckets.add(h, employed);
        }
        buckets.flush();
        assertArrayEquals(direct, bucketed);
        assertEquals(127, direct[0] & 0x7F, "the cap is reached, so it is tested");
        int employedRecords = 0;
        for (byte v : bucketed) {
            employedRecords += (v & 0x80) != 0 ? 1 : 0;
        }
        assertEquals(true, employedRecords > 100_000, "the employed bit is set and kept");
    }
}
