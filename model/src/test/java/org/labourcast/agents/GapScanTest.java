package org.labourcast.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.junit.jupiter.api.Test;

/**
 * {@link GapScan} picks exactly the members that counting each class's gap down member by member picks: with the
 * four-lane register and with the array of counters, across columns (gaps carry over), with gaps longer than a lane
 * holds, with columns that hold no pick and with gaps of zero.
 */
class GapScanTest {
    /** Gaps from a seeded stream: short, zero, and some longer than a 16-bit lane. */
    private static final class Recording extends GapScan {
        final UniformRandomProvider rng;
        final List<String> picks = new ArrayList<>();
        int column;

        Recording(int classes, long seed) {
            super(classes);
            rng = new XoRoShiRo128PlusPlus(seed, 99L);
            for (int k = 1; k <= classes; k++) {
                gap[k] = draw(k);
            }
        }

        long draw(int k) {
            int r = rng.nextInt(100);
            return r < 10 ? 0 : r < 15 ? 40_000 + rng.nextInt(80_000) : r < 20 ? NEVER : rng.nextInt(40 * k);
        }

        @Override
        long nextGap(int cls) {
            return draw(cls);
        }

        @Override
        void pick(AgentColumns c, int i, int cls) {
            picks.add(column + ":" + i + ":" + cls);
            c.setStatus(i, Status.RETIRED, 0); // picks may change the agent picked
        }
    }

    /** The reference: one counter per class, decremented for every member. */
    private static List<String> reference(List<AgentColumns> columns, byte[] classOf, int classes, long seed) {
        Recording gaps = new Recording(classes, seed);
        long[] g = gaps.gap.clone();
        List<String> picks = new ArrayList<>();
        for (int col = 0; col < columns.size(); col++) {
            AgentColumns c = columns.get(col);
            for (int i = 0; i < c.size(); i++) {
                int k = classOf[c.key(i)];
                if (k != 0 && --g[k] < 0) {
                    g[k] = gaps.draw(k);
                    picks.add(col + ":" + i + ":" + k);
                }
            }
        }
        return picks;
    }

    private static List<AgentColumns> columns(int classes, long seed) {
        UniformRandomProvider rng = new XoRoShiRo128PlusPlus(seed, 7L);
        List<AgentColumns> out = new ArrayList<>();
        for (int n : new int[] {0, 3, 5000, 120_000, 1, 70_000, 20}) {
            AgentColumns c = new AgentColumns(n);
            for (int i = 0; i < n; i++) {
                // Runs of equal keys, as in real columns, and keys of every class.
                int sector = rng.nextInt(100) < 80 && i > 0 ? c.sector(i - 1) : rng.nextInt(4);
                c.add(Status.EMPLOYED, sector, rng.nextInt(100) < 30 ? AgentColumns.F_SKILLED : 0, 0);
            }
            out.add(c);
        }
        return out;
    }

    /** Class by sector and skill: up to 8 classes. */
    private static byte[] classes(int classes) {
        byte[] t = new byte[AgentKeys.COUNT];
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            if (AgentKeys.status(key) == Status.EMPLOYED) {
                int k = AgentKeys.sector(key) + 4 * ((AgentKeys.flags(key) & AgentColumns.F_SKILLED) != 0 ? 1 : 0);
                t[key] = (byte) (k < classes ? k + 1 : 0);
            }
        }
        return t;
    }

    @Test
    void picksTheSameMembersAsCountingEveryMember() {
        for (int classes = 1; classes <= 6; classes++) {
            for (long seed = 1; seed <= 3; seed++) {
                byte[] t = classes(classes);
                List<String> expected = reference(columns(classes, seed), t, classes, seed);
                Recording scan = new Recording(classes, seed);
                List<AgentColumns> cols = columns(classes, seed);
                long picks = 0;
                for (int col = 0; col < cols.size(); col++) {
                    scan.column = col;
                    picks += scan.scan(cols.get(col), t, GapScan.laneSteps(t, null));
                }
                assertEquals(expected, scan.picks, classes + " classes, seed " + seed);
                assertEquals(expected.size(), picks);
            }
        }
    }
}
