package org.labourcast.agents;

import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.demography.Residence;

/**
 * Chooses exactly {@code total} agents across all groups, each eligible agent belonging to one class with a
 * relative propensity (weight). The total is split over (group, class) strata in proportion to members × weight,
 * capped at the members ({@link Allocation}, largest remainder), and each stratum's share is drawn uniformly from its
 * members with the group's own stream. Counting and drawing run in parallel by group; the split is computed once, in
 * slot order, so the outcome does not depend on threads.
 *
 * <p>Eligibility is a function of an agent's {@linkplain AgentKeys key}, residence and group only, so counting is a
 * histogram over keys with the rule evaluated once per key present, and drawing evaluates it once per key met. A
 * draw picks, for each stratum, which ranks (the r-th member in scan order: urban agents by index, then rural) are
 * chosen, then walks the agents once and applies the action to the members of those ranks, stopping after the last.
 */
public final class AlignedSelection {
    private static final byte UNKNOWN = -2;

    /** Assigns an agent state to a class, or −1 when it is not eligible. Must not change any agent. */
    public interface Classifier {
        /**
         * @param status a {@link Status} code
         * @param sector 0 or a sector code
         * @param flags  the {@code AgentColumns.F_} bits
         */
        int classOf(int status, int sector, int flags, Residence r, int slot);
    }

    /** What happens to a chosen agent. */
    public interface Action {
        void apply(AgentColumns c, int i, Residence r, int cls, int slot, UniformRandomProvider rng);
    }

    /**
     * The first index ≥ {@code from} of an agent that is the next chosen member of its class or whose class is not
     * yet known; {@code c.size()} if none. Counts the members passed in {@code seen}. Branch-free but for the exit.
     */
    private static int scan(AgentColumns c, int from, byte[] table, int offset, int[] seen, int[] nextRank,
                            int unknown) {
        byte[] status = c.status;
        byte[] sector = c.sector;
        byte[] flags = c.flags;
        nextRank[unknown] = 0;
        seen[unknown] = 0;
        for (int i = from, n = c.size(); i < n; i++) {
            int k = table[offset + ((status[i] & 3) | (sector[i] & 3) << 2 | (flags[i] & 0x1F) << 4)];
            if (seen[k]++ == nextRank[k]) {
                seen[unknown] = 0; // an unknown key is reported every time, until the caller classifies it
                return i;
            }
        }
        return c.size();
    }

    /**
     * Whether drawing by random probes is cheaper than a scan: drawing n of N members by probing positions of a
     * group of S agents takes about S · ln(N / (N − n)) probes; a probe (random access) costs a few scan steps.
     */
    private static boolean probeRatherThanScan(int size, long[] counts, long[] shares) {
        double probes = 0;
        for (int k = 0; k < shares.length; k++) {
            if (shares[k] > 0) {
                if (shares[k] >= counts[k]) {
                    return false;
                }
                probes += size * Math.log((double) counts[k] / (counts[k] - shares[k]));
            }
        }
        return probes < size / 8.0;
    }

    /**
     * Draws each class's share by probing uniform random positions of the group and keeping unmarked members of the
     * class (sampling without replacement by rejection: each subset of the class's members is equally likely), then
     * applies the action in scan order (urban then rural, by index).
     */
    private static void probe(CohortGroup g, int slot, long[] shares, Classifier classifier, Buffers b, int unknown,
                              int none, UniformRandomProvider rng, Action action) {
        AgentColumns urban = g.urban();
        AgentColumns rural = g.rural();
        int u = urban.size();
        int size = u + rural.size();
        int words = (size + 63) >>> 6;
        if (b.marks.length < words) {
            b.marks = new long[Math.max(words, 2 * b.marks.length)];
        } else {
            java.util.Arrays.fill(b.marks, 0, words, 0L);
        }
        long total = 0;
        for (long v : shares) {
            total += v;
        }
        if (b.picked.length < total) {
            b.picked = new long[(int) Math.max(total, 2L * b.picked.length)];
        }
        int m = 0;
        for (int k = 0; k < shares.length; k++) {
            for (long need = shares[k]; need > 0; ) {
                int p = rng.nextInt(size);
                if ((b.marks[p >>> 6] & (1L << p)) != 0) {
                    continue;
                }
                boolean isUrban = p < u;
                int r = isUrban ? 0 : 1;
                AgentColumns c = isUrban ? urban : rural;
                int i = isUrban ? p : p - u;
                int key = AgentKeys.key(c, i);
                int cls = b.table[r * AgentKeys.COUNT + key];
                if (cls == unknown) {
                    int found = classifier.classOf(AgentKeys.status(key), AgentKeys.sector(key), AgentKeys.flags(key),
                            Residence.values()[r], slot);
                    cls = found < 0 ? none : found;
                    b.table[r * AgentKeys.COUNT + key] = (byte) cls;
                }
                if (cls == k) {
                    b.marks[p >>> 6] |= 1L << p;
                    b.picked[m++] = (long) p << 8 | k;
                    need--;
                }
            }
        }
        java.util.Arrays.sort(b.picked, 0, m);
        for (int j = 0; j < m; j++) {
            int p = (int) (b.picked[j] >>> 8);
            int k = (int) (b.picked[j] & 0xFF);
            boolean isUrban = p < u;
            action.apply(isUrban ? urban : rural, isUrban ? p : p - u, isUrban ? Residence.URBAN : Residence.RURAL, k,
                    slot, rng);
        }
    }

    /** Per-thread work arrays. */
    private static final class Buffers {
        final int[] histogram = new int[2 * AgentKeys.COUNT];
        final byte[] table = new byte[2 * AgentKeys.COUNT];
        int[][] ranks = new int[0][];
        int[] seen = new int[0];
        int[] nextRank = new int[0];
        int[] position = new int[0];
        long[] marks = new long[16];
        long[] picked = new long[16];

        void ensureClasses(int classes) {
            if (ranks.length < classes) {
                int[][] r = new int[classes][];
                System.arraycopy(ranks, 0, r, 0, ranks.length);
                for (int k = ranks.length; k < classes; k++) {
                    r[k] = new int[16];
                }
                ranks = r;
                seen = new int[classes];
                nextRank = new int[classes];
                position = new int[classes];
            }
        }
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private AlignedSelection() {
    }

    /** Counts eligible agents by {@code [slot][class]}. */
    public static long[][] count(AgentPopulation pop, GroupExecutor exec, int classes, Classifier classifier) {
        long[][] counts = new long[pop.slots()][];
        exec.forEach(pop.slots(), slot -> {
            long[] n = new long[classes];
            int[] h = histogram(pop.group(slot));
            for (int r = 0; r < 2; r++) {
                Residence res = Residence.values()[r];
                int offset = r * AgentKeys.COUNT;
                for (int key = 0; key < AgentKeys.COUNT; key++) {
                    int m = h[offset + key];
                    if (m > 0) {
                        int k = classifier.classOf(AgentKeys.status(key), AgentKeys.sector(key), AgentKeys.flags(key),
                                res, slot);
                        if (k >= 0) {
                            n[k] += m;
                        }
                    }
                }
            }
            counts[slot] = n;
        });
        return counts;
    }

    /**
     * The calling thread's histogram of a group's agents by {@code residence.ordinal() × AgentKeys.COUNT + key};
     * valid until this thread's next call into this class.
     */
    public static int[] histogram(CohortGroup g) {
        int[] h = BUFFERS.get().histogram;
        java.util.Arrays.fill(h, 0);
        AgentKeys.histogram(g.urban(), h, 0);
        AgentKeys.histogram(g.rural(), h, AgentKeys.COUNT);
        return h;
    }

    /** Splits {@code total} over {@code [slot][class]} strata; {@code total} is capped at the eligible agents. */
    public static long[][] split(long total, long[][] counts, double[] classWeights) {
        int slots = counts.length;
        int classes = classWeights.length;
        double[] w = new double[slots * classes];
        long[] caps = new long[slots * classes];
        long capacity = 0;
        for (int s = 0; s < slots; s++) {
            for (int k = 0; k < classes; k++) {
                caps[s * classes + k] = counts[s][k];
                w[s * classes + k] = counts[s][k] * classWeights[k];
                capacity += counts[s][k];
            }
        }
        long[] flat = Allocation.proportional(Math.min(Math.max(total, 0), capacity), w, caps);
        long[][] out = new long[slots][classes];
        for (int s = 0; s < slots; s++) {
            System.arraycopy(flat, s * classes, out[s], 0, classes);
        }
        return out;
    }

    /**
     * Draws each stratum's share uniformly among its members and applies the action to them, in scan order.
     * {@code counts} must be this classifier's counts of the current agents (from {@link #count}, nothing changed
     * since).
     */
    public static void draw(AgentPopulation pop, GroupExecutor exec, long[][] counts, long[][] shares,
                            Classifier classifier, UniformRandomProvider[] groupRandom, ThreadLocal<Selection> selections,
                            Action action) {
        int classes = shares.length == 0 ? 0 : shares[0].length;
        exec.forEach(pop.slots(), slot -> {
            long total = 0;
            for (long v : shares[slot]) {
                total += v;
            }
            if (total == 0) {
                return;
            }
            Buffers b = BUFFERS.get();
            b.ensureClasses(classes + 2);
            UniformRandomProvider rng = groupRandom[slot];
            Selection selection = selections.get();
            // Class indices in the scan: 0..classes-1 the strata, `none` the ineligible, `unknown` a key not yet
            // classified. nextRank[k] is the rank of the next chosen member of k, −1 when none is left.
            int none = classes;
            int unknown = classes + 1;
            int[] seen = b.seen;
            int[] nextRank = b.nextRank;
            int[] position = b.position;
            java.util.Arrays.fill(b.table, (byte) unknown);
            if (probeRatherThanScan(pop.group(slot).size(), counts[slot], shares[slot])) {
                probe(pop.group(slot), slot, shares[slot], classifier, b, unknown, none, rng, action);
                return;
            }
            for (int k = 0; k < classes; k++) {
                position[k] = 0;
                int n = (int) shares[slot][k];
                seen[k] = 0;
                nextRank[k] = -1;
                if (n > 0) {
                    b.ranks[k] = selection.chooseAscending(n, (int) counts[slot][k], rng, b.ranks[k]);
                    nextRank[k] = b.ranks[k][0];
                }
            }
            nextRank[none] = -1;
            seen[none] = 0;
            long remaining = total;
            for (int r = 0; r < 2 && remaining > 0; r++) {
                Residence res = Residence.values()[r];
                AgentColumns c = pop.group(slot).residents(res);
                int offset = r * AgentKeys.COUNT;
                int i = 0;
                while (remaining > 0 && (i = scan(c, i, b.table, offset, seen, nextRank, unknown)) < c.size()) {
                    int key = AgentKeys.key(c, i);
                    int k = b.table[offset + key];
                    if (k == unknown) {
                        int cls = classifier.classOf(AgentKeys.status(key), AgentKeys.sector(key),
                                AgentKeys.flags(key), res, slot);
                        b.table[offset + key] = (byte) (cls < 0 ? none : cls);
                        continue; // scan agent i again, now classified
                    }
                    int next = ++position[k];
                    nextRank[k] = next < shares[slot][k] ? b.ranks[k][next] : -1;
                    remaining--;
                    action.apply(c, i, res, k, slot, rng);
                    i++;
                }
            }
            if (remaining > 0) {
                throw new IllegalStateException("stale counts in slot " + slot + ": " + remaining
                        + " chosen agents were not found");
            }
        });
    }
}
