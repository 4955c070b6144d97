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
 * <p>Eligibility is a function of an agent's {@linkplain AgentKeys key}, residence and group only, so counting reads
 * the columns' histograms of keys ({@link AgentColumns#count}) with the rule evaluated once per key present, and no
 * agent is visited. A draw classifies the keys present, then either
 * <ul>
 *   <li>picks, for each stratum, which ranks (the r-th member in scan order: urban agents by index, then rural) are
 *       chosen and walks the agents once, applying the action to the members of those ranks and stopping after the
 *       last ({@link GapScan}); or, when few are chosen from a large group,</li>
 *   <li>probes uniform random positions and keeps unmarked members of the stratum being filled (sampling without
 *       replacement by rejection), then applies the action in scan order.</li>
 * </ul>
 * Either way each subset of a stratum's members of the stratum's size is equally likely.
 */
public final class ExactCountSelection {
    /** Assigns an agent state to a class, or −1 when it is not eligible. Must not change any agent. */
    public interface Classifier {
        /**
         * @param status a {@link Status} code
         * @param sector 0 or a sector code
         * @param flags  the {@code AgentColumns.F_} bits
         */
        int classOf(int status, int sector, int flags, Residence r, int slot);

        /** One class (0): the agents of a {@link Status}, wherever they live; the others are not classed. */
        static Classifier ofStatus(int status) {
            return (s, sector, flags, r, slot) -> s == status ? 0 : -1;
        }
    }

    /** What happens to a chosen agent. */
    public interface Action {
        void apply(AgentColumns c, int i, Residence r, int cls, int slot, UniformRandomProvider rng);
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private ExactCountSelection() {
    }

    /** Counts eligible agents by {@code [slot][class]}, from the columns' histograms. */
    public static long[][] count(AgentPopulation pop, GroupExecutor exec, int classes, Classifier classifier) {
        long[][] counts = new long[pop.slots()][];
        exec.forEach(pop.slots(), slot -> {
            long[] n = new long[classes];
            CohortGroup g = pop.group(slot);
            for (Residence res : Residence.values()) {
                int[] h = g.residents(res).counts;
                for (int key = 0; key < AgentKeys.COUNT; key++) {
                    int m = h[key];
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
        exec.forEach(pop.slots(), slot -> {
            long total = 0;
            for (long v : shares[slot]) {
                total += v;
            }
            if (total == 0) {
                return;
            }
            Buffers b = BUFFERS.get();
            CohortGroup g = pop.group(slot);
            int active = b.classify(g, slot, shares[slot], classifier);
            UniformRandomProvider rng = groupRandom[slot];
            long done;
            if (probeRatherThanScan(g.size(), counts[slot], shares[slot])) {
                done = probe(g, slot, b, active, rng, action);
            } else {
                done = b.scan(g, slot, counts[slot], shares[slot], active, rng, selections.get(), action);
            }
            if (done != total) {
                throw new IllegalStateException("stale counts in slot " + slot + ": " + (total - done)
                        + " chosen agents were not found");
            }
        });
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
     * applies the action in scan order (urban then rural, by index). Returns the agents chosen.
     */
    private static long probe(CohortGroup g, int slot, Buffers b, int active, UniformRandomProvider rng,
                              Action action) {
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
        for (int j = 1; j <= active; j++) {
            total += b.need[j];
        }
        if (b.picked.length < total) {
            b.picked = new long[(int) Math.max(total, 2L * b.picked.length)];
        }
        int m = 0;
        int[] draws = b.draws;
        for (int j = 1; j <= active; j++) {
            for (long need = b.need[j]; need > 0; ) {
                int batch = (int) Math.min(need, draws.length); // no more than the picks still needed
                Draws.nextInts(rng, size, draws, batch);
                for (int q = 0; q < batch; q++) {
                    int p = draws[q];
                    if ((b.marks[p >>> 6] & (1L << p)) != 0) {
                        continue;
                    }
                    boolean isUrban = p < u;
                    int cls = isUrban ? b.table[0][urban.keys[p]] : b.table[1][rural.keys[p - u]];
                    if (cls == j) {
                        b.marks[p >>> 6] |= 1L << p;
                        b.picked[m++] = (long) p << 8 | b.classOfLocal[j];
                        need--;
                    }
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
        return m;
    }

    /** Per-thread work arrays, and the scan of a draw. */
    private static final class Buffers extends GapScan {
        /** Local class (0 = not chosen, 1..active the classes with a share, in class order) by residence and key. */
        final byte[][] table = {new byte[AgentKeys.COUNT], new byte[AgentKeys.COUNT]};
        final long[][] steps = {new long[AgentKeys.COUNT], new long[AgentKeys.COUNT]};
        /** By residence, the keys present that belong to a class with a share ({@link #eligibleCount} of them). */
        final short[][] eligible = {new short[AgentKeys.COUNT], new short[AgentKeys.COUNT]};
        final int[] eligibleCount = new int[2];
        int[] classOfLocal = new int[8];
        long[] need = new long[8];
        int[][] ranks = new int[8][];
        int[] position = new int[8];
        long[] marks = new long[16];
        long[] picked = new long[16];
        /** A batch of probed positions. */
        final int[] draws = new int[Draws.BATCH];
        // The current scan.
        Residence residence;
        int slot;
        UniformRandomProvider rng;
        Action action;

        Buffers() {
            super(1);
        }

        /**
         * Fills {@link #table} for the keys present in the group; returns the number of classes with a share, which
         * are numbered 1.. in class order.
         */
        int classify(CohortGroup g, int slot, long[] shares, Classifier classifier) {
            int classes = shares.length;
            if (classOfLocal.length < classes + 1) {
                classOfLocal = new int[classes + 1];
                need = new long[classes + 1];
                ranks = java.util.Arrays.copyOf(ranks, classes + 1);
                position = new int[classes + 1];
            }
            int[] local = new int[classes];
            int active = 0;
            for (int k = 0; k < classes; k++) {
                if (shares[k] > 0) {
                    local[k] = ++active;
                    classOfLocal[active] = k;
                    need[active] = shares[k];
                }
            }
            for (Residence res : Residence.values()) {
                byte[] t = table[res.ordinal()];
                short[] keys = eligible[res.ordinal()];
                int n = 0;
                int[] h = g.residents(res).counts;
                for (int key = 0; key < AgentKeys.COUNT; key++) {
                    int cls = -1;
                    if (h[key] > 0) {
                        cls = classifier.classOf(AgentKeys.status(key), AgentKeys.sector(key), AgentKeys.flags(key),
                                res, slot);
                    }
                    t[key] = (byte) (cls >= 0 ? local[cls] : 0);
                    if (t[key] != 0) {
                        keys[n++] = (short) key;
                    }
                }
                eligibleCount[res.ordinal()] = n;
            }
            return active;
        }

        /** Chooses each class's ranks, then scans urban then rural agents; returns the agents chosen. */
        long scan(CohortGroup g, int slot, long[] counts, long[] shares, int active, UniformRandomProvider rng,
                  Selection selection, Action action) {
            classes(active);
            for (int j = 1; j <= active; j++) {
                int k = classOfLocal[j];
                ranks[j] = selection.chooseAscending((int) shares[k], (int) counts[k], rng, ranks[j]);
                position[j] = 0;
                gap[j] = ranks[j][0];
            }
            this.slot = slot;
            this.rng = rng;
            this.action = action;
            long done = 0;
            for (Residence res : Residence.values()) {
                residence = res;
                byte[] t = table[res.ordinal()];
                int r = res.ordinal();
                done += scan(g.residents(res), t, laneSteps(t, steps[r]), eligible[r], eligibleCount[r]);
            }
            this.action = null;
            this.rng = null;
            return done;
        }

        @Override
        long nextGap(int j) {
            int next = ++position[j];
            return next < need[j] ? ranks[j][next] - ranks[j][next - 1] - 1 : NEVER;
        }

        @Override
        void pick(AgentColumns c, int i, int j) {
            action.apply(c, i, residence, classOfLocal[j], slot, rng);
        }
    }
}
