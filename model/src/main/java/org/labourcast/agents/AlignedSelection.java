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

    /** Per-thread work arrays. */
    private static final class Buffers {
        final int[] histogram = new int[2 * AgentKeys.COUNT];
        final byte[] table = new byte[2 * AgentKeys.COUNT];
        int[][] ranks = new int[0][];
        int[] wanted = new int[0];
        int[] next = new int[0];
        long[] seen = new long[0];

        void ensureClasses(int classes) {
            if (ranks.length < classes) {
                int[][] r = new int[classes][];
                System.arraycopy(ranks, 0, r, 0, ranks.length);
                for (int k = ranks.length; k < classes; k++) {
                    r[k] = new int[16];
                }
                ranks = r;
                wanted = new int[classes];
                next = new int[classes];
                seen = new long[classes];
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
            b.ensureClasses(classes);
            UniformRandomProvider rng = groupRandom[slot];
            Selection selection = selections.get();
            for (int k = 0; k < classes; k++) {
                int n = (int) shares[slot][k];
                b.wanted[k] = n;
                b.next[k] = 0;
                b.seen[k] = 0;
                if (n > 0) {
                    b.ranks[k] = selection.chooseAscending(n, (int) counts[slot][k], rng, b.ranks[k]);
                }
            }
            java.util.Arrays.fill(b.table, UNKNOWN);
            long remaining = total;
            for (int r = 0; r < 2 && remaining > 0; r++) {
                Residence res = Residence.values()[r];
                AgentColumns c = pop.group(slot).residents(res);
                int offset = r * AgentKeys.COUNT;
                byte[] status = c.status;
                byte[] sector = c.sector;
                byte[] flags = c.flags;
                for (int i = 0; i < c.size() && remaining > 0; i++) {
                    int key = (status[i] & 3) | (sector[i] & 3) << 2 | (flags[i] & 0x1F) << 4;
                    int k = b.table[offset + key];
                    if (k == UNKNOWN) {
                        k = classifier.classOf(AgentKeys.status(key), AgentKeys.sector(key), AgentKeys.flags(key),
                                res, slot);
                        b.table[offset + key] = (byte) k;
                    }
                    if (k < 0 || b.next[k] == b.wanted[k]) {
                        continue;
                    }
                    if (b.seen[k]++ == b.ranks[k][b.next[k]]) {
                        b.next[k]++;
                        remaining--;
                        action.apply(c, i, res, k, slot, rng);
                    }
                }
            }
            if (remaining > 0) {
                throw new IllegalStateException("stale counts in slot " + slot + ": " + remaining
                        + " chosen agents were not found");
            }
        });
    }
}
