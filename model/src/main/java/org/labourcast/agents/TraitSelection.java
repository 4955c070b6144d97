package org.labourcast.agents;

import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.demography.Residence;

/**
 * {@link ExactCountSelection} for classes that also depend on what the key does not hold: an agent's years in status
 * and its {@link AgentTraits} byte. A key classifier gives each key a base class (or −1); keys whose base class is
 * {@linkplain #count refinable} are refined agent by agent into their final class, the others keep their base class.
 * Counting reads the key histogram for the keys that need no refinement and scans the group only when a refinable key
 * is present; a draw chooses each stratum's ranks uniformly (the group's own stream) and scans the group once, urban
 * then rural by index, applying the action to the chosen members. The split is computed once, in slot order, by
 * {@link ExactCountSelection#split}, so the outcome does not depend on threads. A refinement by spell band or by
 * education level alone is counted from the columns' finer histograms without a scan ({@link #countBySpellBand},
 * {@link #countByEducation}); one by education level is also drawn by table ({@link #drawByEducation}).
 */
public final class TraitSelection {
    /** The final class of an agent whose key has a refinable base class. Must not change any agent. */
    public interface Refiner {
        int refine(int baseClass, int years, int traits, int slot);
    }

    /**
     * A {@link Refiner} that reads only the agent's {@linkplain AgentTraits#education education level}: counting reads
     * the columns' key-by-education histograms, without a scan, and a draw looks the class up by key and level
     * instead of calling the refiner agent by agent ({@link #countByEducation}, {@link #drawByEducation}).
     */
    public interface EducationRefiner {
        int refine(int baseClass, int level, int slot);
    }

    private TraitSelection() {
    }

    /** Counts eligible agents by {@code [slot][class]}; {@code refinable[k]} marks the base classes refined. */
    public static long[][] count(AgentPopulation pop, GroupExecutor exec, int classes,
                                 ExactCountSelection.Classifier keys, boolean[] refinable, Refiner refiner) {
        long[][] counts = new long[pop.slots()][];
        exec.forEach(pop.slots(), slot -> {
            long[] n = new long[classes];
            CohortGroup g = pop.group(slot);
            for (Residence res : Residence.values()) {
                AgentColumns c = g.residents(res);
                int[] table = table(c, res, slot, keys);
                boolean scan = false;
                for (int key = 0; key < AgentKeys.COUNT; key++) {
                    int base = table[key];
                    if (base >= 0) {
                        if (refinable[base]) {
                            scan = true;
                        } else {
                            n[base] += c.counts[key];
                        }
                    }
                }
                if (scan) {
                    short[] k = c.keys;
                    for (int i = 0, size = c.size(); i < size; i++) {
                        int base = table[k[i]];
                        if (base >= 0 && refinable[base]) {
                            n[refiner.refine(base, c.years(i), c.traits(i), slot)]++;
                        }
                    }
                }
            }
            counts[slot] = n;
        });
        return counts;
    }

    /**
     * {@link #count} for a refiner that gives a refinable base class {@code base + bandStride × band}, band the agent's
     * {@linkplain AgentColumns#spellBand spell band}: read from the columns' key-by-spell histograms, without a scan.
     */
    public static long[][] countBySpellBand(AgentPopulation pop, GroupExecutor exec, int classes,
                                            ExactCountSelection.Classifier keys, boolean[] refinable, int bandStride) {
        return countByHistogram(pop, exec, classes, keys, refinable, (c, key, base, slot, n) -> {
            for (int band = 0; band < AgentColumns.SPELL_BANDS; band++) {
                n[base + bandStride * band] += c.countBySpell(key, band);
            }
        });
    }

    /** {@link #count} for a refiner by education level: from the key-by-education histograms, without a scan. */
    public static long[][] countByEducation(AgentPopulation pop, GroupExecutor exec, int classes,
                                            ExactCountSelection.Classifier keys, boolean[] refinable,
                                            EducationRefiner refiner) {
        return countByHistogram(pop, exec, classes, keys, refinable, (c, key, base, slot, n) -> {
            for (int level = 0; level < EDUCATION_LEVELS; level++) {
                int m = c.count(key, level);
                if (m > 0) {
                    n[refiner.refine(base, level, slot)] += m;
                }
            }
        });
    }

    /** Adds a refinable key's agents of base class {@code base} to {@code n} by a finer histogram of the column. */
    private interface HistogramSplit {
        void add(AgentColumns c, int key, int base, int slot, long[] n);
    }

    /**
     * The counts by class of every slot from the columns' histograms: a key of a refinable base class is split by
     * {@code split}, the others count whole.
     */
    private static long[][] countByHistogram(AgentPopulation pop, GroupExecutor exec, int classes,
                                             ExactCountSelection.Classifier keys, boolean[] refinable,
                                             HistogramSplit split) {
        long[][] counts = new long[pop.slots()][];
        exec.forEach(pop.slots(), slot -> {
            long[] n = new long[classes];
            CohortGroup g = pop.group(slot);
            for (Residence res : Residence.values()) {
                AgentColumns c = g.residents(res);
                int[] table = table(c, res, slot, keys);
                for (int key = 0; key < AgentKeys.COUNT; key++) {
                    int base = table[key];
                    if (base < 0) {
                        continue;
                    }
                    if (refinable[base]) {
                        split.add(c, key, base, slot, n);
                    } else {
                        n[base] += c.counts[key];
                    }
                }
            }
            counts[slot] = n;
        });
        return counts;
    }

    /**
     * {@link #draw} for a refiner by education level, with the same draws and the same agents chosen: the class of
     * each key and level present is looked up in a table made once per column, not asked of the refiner per agent.
     */
    public static void drawByEducation(AgentPopulation pop, GroupExecutor exec, long[][] counts, long[][] shares,
                                       ExactCountSelection.Classifier keys, boolean[] refinable,
                                       EducationRefiner refiner, UniformRandomProvider[] groupRandom,
                                       ThreadLocal<Selection> selections, ExactCountSelection.Action action) {
        exec.forEach(pop.slots(), slot -> {
            long[] share = shares[slot];
            long total = total(share);
            if (total == 0) {
                return;
            }
            UniformRandomProvider rng = groupRandom[slot];
            int classes = share.length;
            int[][] ranks = chooseRanks(share, counts[slot], rng, selections.get());
            int[] seen = new int[classes];
            int[] next = new int[classes];
            long done = 0;
            CohortGroup g = pop.group(slot);
            int[] table = new int[AgentKeys.COUNT * EDUCATION_LEVELS];
            for (Residence res : Residence.values()) {
                AgentColumns c = g.residents(res);
                int[] base = table(c, res, slot, keys);
                for (int key = 0; key < AgentKeys.COUNT; key++) {
                    for (int level = 0; level < EDUCATION_LEVELS; level++) {
                        table[key * EDUCATION_LEVELS + level] = base[key] >= 0 && refinable[base[key]]
                                && c.count(key, level) > 0 ? refiner.refine(base[key], level, slot) : base[key];
                    }
                }
                short[] k = c.keys;
                for (int i = 0, size = c.size(); i < size && done < total; i++) {
                    int cls = table[k[i] * EDUCATION_LEVELS + AgentTraits.education(c.traits(i))];
                    if (cls < 0) {
                        continue;
                    }
                    if (ranks[cls] != null && next[cls] < share[cls] && ranks[cls][next[cls]] == seen[cls]) {
                        next[cls]++;
                        done++;
                        action.apply(c, i, res, cls, slot, rng);
                    }
                    seen[cls]++;
                }
            }
            requireAllFound(slot, done, total);
        });
    }

    /** Each thread's rank arrays by class, kept from draw to draw: a dense draw would otherwise allocate millions. */
    private static final ThreadLocal<int[][]> RANKS = ThreadLocal.withInitial(() -> new int[4][]);

    /**
     * The ranks, in scan order, of each class's chosen members ({@code share[k]} of {@code count[k]}, ascending),
     * null for a class with none chosen; the arrays are the thread's kept ones, grown as needed.
     */
    private static int[][] chooseRanks(long[] share, long[] count, UniformRandomProvider rng, Selection selection) {
        int classes = share.length;
        if (RANKS.get().length < classes) {
            RANKS.set(java.util.Arrays.copyOf(RANKS.get(), classes));
        }
        int[][] kept = RANKS.get();
        int[][] ranks = new int[classes][];
        for (int k = 0; k < classes; k++) {
            if (share[k] > 0) {
                kept[k] = selection.chooseAscending((int) share[k], (int) count[k], rng, kept[k]);
                ranks[k] = kept[k];
            }
        }
        return ranks;
    }

    private static long total(long[] share) {
        long total = 0;
        for (long v : share) {
            total += v;
        }
        return total;
    }

    /** Every chosen agent was found in the scan, or the counts were not those of the current agents. */
    private static void requireAllFound(int slot, long done, long total) {
        if (done != total) {
            throw new IllegalStateException("stale counts in slot " + slot + ": " + (total - done)
                    + " chosen agents were not found");
        }
    }

    private static final int EDUCATION_LEVELS = AgentColumns.EDUCATION_LEVELS;

    /**
     * Draws each stratum's share uniformly among its members and applies the action to them, in scan order.
     * {@code counts} must be this classification's counts of the current agents (nothing changed since).
     */
    public static void draw(AgentPopulation pop, GroupExecutor exec, long[][] counts, long[][] shares,
                            ExactCountSelection.Classifier keys, boolean[] refinable, Refiner refiner,
                            UniformRandomProvider[] groupRandom, ThreadLocal<Selection> selections,
                            ExactCountSelection.Action action) {
        exec.forEach(pop.slots(), slot -> {
            long[] share = shares[slot];
            long total = total(share);
            if (total == 0) {
                return;
            }
            UniformRandomProvider rng = groupRandom[slot];
            int classes = share.length;
            int[][] ranks = chooseRanks(share, counts[slot], rng, selections.get());
            int[] seen = new int[classes];
            int[] next = new int[classes];
            long done = 0;
            CohortGroup g = pop.group(slot);
            for (Residence res : Residence.values()) {
                AgentColumns c = g.residents(res);
                int[] table = table(c, res, slot, keys);
                short[] k = c.keys;
                // The eligible agents listed first, without a branch per agent (they are few and scattered, so a test
                // per agent would be mispredicted); an action changes only its own agent, so none listed changes class
                // before it is visited.
                int[] eligible = ELIGIBLE.atLeast(c.size());
                int m = c.listIn(table, eligible, 0);
                for (int j = 0; j < m && done < total; j++) {
                    int i = eligible[j];
                    int base = table[k[i]];
                    int cls = refinable[base] ? refiner.refine(base, c.years(i), c.traits(i), slot) : base;
                    if (ranks[cls] != null && next[cls] < share[cls] && ranks[cls][next[cls]] == seen[cls]) {
                        next[cls]++;
                        done++;
                        action.apply(c, i, res, cls, slot, rng);
                    }
                    seen[cls]++;
                }
            }
            requireAllFound(slot, done, total);
        });
    }

    /** Each worker thread's list of a column's eligible agents in {@link #draw}: their indices. */
    private static final IndexBuffer ELIGIBLE = new IndexBuffer();

    /** The base class of each key present in the column (−1 for keys absent or not eligible). */
    private static int[] table(AgentColumns c, Residence res, int slot, ExactCountSelection.Classifier keys) {
        int[] t = new int[AgentKeys.COUNT];
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            t[key] = c.counts[key] > 0
                    ? keys.classOf(AgentKeys.status(key), AgentKeys.sector(key), AgentKeys.flags(key), res, slot)
                    : -1;
        }
        return t;
    }
}
