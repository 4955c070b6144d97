package org.labourcast.agents;

/**
 * The hot loop shared by {@link BernoulliTrials} and {@link ExactCountSelection}: walk a column in index order and, in each
 * class of agents, pick the member that follows the class's <em>gap</em> (a number of members to pass over), then
 * ask for the class's next gap. Gaps carry over from one column to the next, so several columns form one sequence.
 *
 * <p>How it stays cheap:
 * <ul>
 *   <li><b>Counts first.</b> The column's histogram of keys gives each class's members, so a column in which no
 *       class reaches its next pick is not scanned at all (its gaps just shrink by the members), and a scan stops
 *       after the last pick of the column: the gap left at the end of the column is known once every class's next
 *       pick lies beyond its last member.</li>
 *   <li><b>Four counters in one register.</b> With at most four classes, the classes' gaps count down in the four
 *       16-bit lanes of one {@code long} (a lane holds up to 2<sup>15</sup> − 1 of the gap, the rest waits in
 *       {@code extra}; its top bit is set while the lane is not exhausted). One table lookup and one subtraction per
 *       agent, and one test per eight agents; no data-dependent branch but the rare pick.</li>
 * </ul>
 * Outcomes are exactly those of counting each class's gap down member by member.
 *
 * <p>Not thread-safe: one instance per group and thread.
 */
abstract class GapScan {
    /** A gap longer than any sequence of agents (never reached, and safe to add to). */
    static final long NEVER = Long.MAX_VALUE >> 2;
    static final int LANES = 4;
    private static final int LANE_BITS = 16;
    private static final long LANE_TOP = 0x8000L;
    private static final long LANE_MASK = 0xFFFFL;
    private static final long TOPS = 0x8000_8000_8000_8000L;
    private static final long LANE_MAX = 0x7FFF;

    /** {@code gap[k]}, k = 1..classes: members of class k to pass over before its next pick. */
    long[] gap;
    private long[] end;
    private final long[] extra = new long[LANES + 1];
    /** The counters of {@link #counters}: one per possible class (a class table holds bytes). */
    private final long[] generic = new long[Byte.MAX_VALUE + 1];
    /** Classes in use, 1..classes. */
    private int classes;

    GapScan(int classes) {
        gap = new long[0];
        classes(classes);
    }

    /** Sets the number of classes in use (their gaps are to be set afresh). */
    final void classes(int m) {
        if (gap.length < m + 1) {
            gap = new long[m + 1];
            end = new long[m + 1];
        }
        classes = m;
    }

    /** The number of members to pass over before the next pick of class {@code cls}. */
    abstract long nextGap(int cls);

    /** Member {@code i} of class {@code cls} is picked. May change agent {@code i}, and no other. */
    abstract void pick(AgentColumns c, int i, int cls);

    /**
     * Lane steps for a class table: {@code 1 << 16(k − 1)} for a key of class k, 0 for class 0; null when a class
     * exceeds four (the scan then counts in an array).
     */
    static long[] laneSteps(byte[] classOfKey, long[] into) {
        long[] steps = into != null ? into : new long[AgentKeys.COUNT];
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            int k = classOfKey[key];
            if (k > LANES) {
                return null;
            }
            steps[key] = k == 0 ? 0 : 1L << (LANE_BITS * (k - 1));
        }
        return steps;
    }

    /**
     * Scans one column; returns the picks.
     *
     * @param classOfKey class (0 = none, 1..classes) by key
     * @param steps      {@link #laneSteps} of {@code classOfKey}, or null
     */
    final long scan(AgentColumns c, byte[] classOfKey, long[] steps) {
        return scan(c, classOfKey, steps, null, 0);
    }

    /**
     * Scans one column; returns the picks.
     *
     * @param classOfKey class (0 = none, 1..classes) by key
     * @param steps      {@link #laneSteps} of {@code classOfKey}, or null
     * @param eligible   the keys of class 1.. (the first {@code eligibleCount}), or null for "look at every key"
     */
    final long scan(AgentColumns c, byte[] classOfKey, long[] steps, short[] eligible, int eligibleCount) {
        if (c.size() == 0) {
            return 0;
        }
        // end[k]: what gap[k] will be after this column, as far as picks so far are known (gap − members left).
        long[] e = end;
        System.arraycopy(gap, 0, e, 0, classes + 1);
        int[] counts = c.counts;
        if (eligible != null) {
            for (int j = 0; j < eligibleCount; j++) {
                int key = eligible[j];
                int k = classOfKey[key];
                if (k <= classes) {
                    e[k] -= counts[key];
                }
            }
        } else {
            for (int key = 0; key < AgentKeys.COUNT; key++) {
                int m = counts[key];
                int k = classOfKey[key];
                if (m != 0 && k <= classes) {
                    e[k] -= m;
                }
            }
        }
        int open = 0;
        for (int k = 1; k <= classes; k++) {
            if (e[k] < 0) {
                open++;
            }
        }
        long picks = 0;
        if (open > 0) {
            picks = steps != null ? lanes(c, steps, open) : counters(c, classOfKey, open);
        }
        System.arraycopy(e, 1, gap, 1, classes);
        return picks;
    }

    private long lanes(AgentColumns c, long[] steps, int open) {
        long[] e = end;
        long[] x = extra;
        long packed = 0;
        for (int k = 1; k <= LANES; k++) {
            long g = k <= classes ? gap[k] : NEVER;
            long lane = Math.min(g, LANE_MAX);
            x[k] = g - lane;
            packed |= (LANE_TOP | lane) << (LANE_BITS * (k - 1));
        }
        short[] keys = c.keys;
        long picks = 0;
        int n = c.size();
        int i = 0;
        while (i < n) {
            // Eight agents at a time while none of them exhausts a lane: a lane's top bit, once cleared, stays
            // cleared for the next few steps (no borrow), so one test after eight steps finds any event among them.
            while (i + 8 <= n) {
                long p = packed - (steps[keys[i]] + steps[keys[i + 1]] + steps[keys[i + 2]] + steps[keys[i + 3]]
                        + steps[keys[i + 4]] + steps[keys[i + 5]] + steps[keys[i + 6]] + steps[keys[i + 7]]);
                if ((p & TOPS) != TOPS) {
                    break;
                }
                packed = p;
                i += 8;
            }
            // Then one at a time up to the event (or through the tail of the column), and back to blocks after it.
            while (i < n) {
                packed -= steps[keys[i]];
                if ((packed & TOPS) == TOPS) {
                    i++;
                    continue;
                }
                int lane = Long.numberOfTrailingZeros(~packed & TOPS) >>> 4;
                int k = lane + 1;
                long g;
                if (x[k] > 0) {
                    g = x[k] - 1; // the lane ran out but the gap did not: refill it
                } else {
                    g = Math.min(nextGap(k), NEVER);
                    e[k] += g + 1;
                    picks++;
                    pick(c, i, k);
                    if (e[k] >= 0 && --open == 0) {
                        return picks;
                    }
                }
                long l = Math.min(g, LANE_MAX);
                x[k] = g - l;
                int shift = lane * LANE_BITS;
                packed = (packed & ~(LANE_MASK << shift)) | ((LANE_TOP | l) << shift);
                i++;
                break;
            }
        }
        return picks;
    }

    /** The same with one counter per class in an array, for more than four classes. */
    private long counters(AgentColumns c, byte[] classOfKey, int open) {
        long[] e = end;
        long[] g = generic;
        java.util.Arrays.fill(g, NEVER); // class 0, and classes beyond those in use, count down but never pick
        System.arraycopy(gap, 1, g, 1, classes);
        short[] keys = c.keys;
        long picks = 0;
        for (int i = 0, n = c.size(); i < n; i++) {
            int k = classOfKey[keys[i]];
            if (--g[k] < 0) {
                g[k] = Math.min(nextGap(k), NEVER);
                e[k] += g[k] + 1;
                picks++;
                pick(c, i, k);
                if (e[k] >= 0 && --open == 0) {
                    break;
                }
            }
        }
        return picks;
    }
}
