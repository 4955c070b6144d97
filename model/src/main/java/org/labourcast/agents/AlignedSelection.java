package org.labourcast.agents;

import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.demography.Residence;

/**
 * Chooses exactly {@code total} agents across all groups, each eligible agent belonging to one class with a
 * relative propensity (weight). The total is split over (group, class) strata in proportion to members × weight,
 * capped at the members ({@link Allocation}, largest remainder), and each stratum's share is drawn uniformly from its
 * members with the group's own stream. Counting and drawing run in parallel by group; the split is computed once, in
 * slot order, so the outcome does not depend on threads.
 */
public final class AlignedSelection {
    /** Assigns an agent to a class, or −1 when it is not eligible. */
    public interface Classifier {
        int classOf(AgentColumns c, int i, Residence r, int slot);
    }

    /** What happens to a chosen agent. */
    public interface Action {
        void apply(AgentColumns c, int i, Residence r, int cls, int slot, UniformRandomProvider rng);
    }

    private AlignedSelection() {
    }

    /** Counts eligible agents by {@code [slot][class]}. */
    public static long[][] count(AgentPopulation pop, GroupExecutor exec, int classes, Classifier classifier) {
        long[][] counts = new long[pop.slots()][classes];
        exec.forEach(pop.slots(), slot -> {
            long[] n = counts[slot];
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                for (int i = 0; i < c.size(); i++) {
                    int k = classifier.classOf(c, i, r, slot);
                    if (k >= 0) {
                        n[k]++;
                    }
                }
            }
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

    /** Draws each stratum's share uniformly among its members and applies the action to them. */
    public static void draw(AgentPopulation pop, GroupExecutor exec, long[][] shares, Classifier classifier,
                            UniformRandomProvider[] groupRandom, ThreadLocal<Selection> selections, Action action) {
        int classes = shares.length == 0 ? 0 : shares[0].length;
        exec.forEach(pop.slots(), slot -> {
            long wanted = 0;
            for (long v : shares[slot]) {
                wanted += v;
            }
            if (wanted == 0) {
                return;
            }
            AgentColumns urban = pop.group(slot).urban();
            AgentColumns rural = pop.group(slot).rural();
            int[][] members = new int[classes][];
            int[] sizes = new int[classes];
            for (int k = 0; k < classes; k++) {
                members[k] = new int[16];
            }
            for (Residence r : Residence.values()) {
                AgentColumns c = r == Residence.URBAN ? urban : rural;
                int tag = r == Residence.URBAN ? 0 : 1 << 30;
                for (int i = 0; i < c.size(); i++) {
                    int k = classifier.classOf(c, i, r, slot);
                    if (k >= 0 && shares[slot][k] > 0) {
                        if (sizes[k] == members[k].length) {
                            members[k] = java.util.Arrays.copyOf(members[k], sizes[k] * 2);
                        }
                        members[k][sizes[k]++] = tag | i;
                    }
                }
            }
            UniformRandomProvider rng = groupRandom[slot];
            Selection selection = selections.get();
            for (int k = 0; k < classes; k++) {
                int n = (int) shares[slot][k];
                if (n == 0) {
                    continue;
                }
                int[] chosen = selection.choose(n, sizes[k], rng);
                int[] picked = new int[n];
                for (int j = 0; j < n; j++) {
                    picked[j] = members[k][chosen[j]];
                }
                // Apply in ascending member order so the action's own draws come in a fixed order.
                java.util.Arrays.sort(picked);
                for (int m : picked) {
                    boolean isRural = (m & (1 << 30)) != 0;
                    int i = m & ((1 << 30) - 1);
                    action.apply(isRural ? rural : urban, i, isRural ? Residence.RURAL : Residence.URBAN, k, slot,
                            rng);
                }
            }
        });
    }
}
