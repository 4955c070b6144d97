package org.labourcast.agents;

import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.demography.CohortFlows;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;

/**
 * Aligns one group's demographic events to the cohort-component projection, so agents and cohorts never disagree.
 *
 * <p><b>Method: exact counts by cell, random members.</b> For each cell (single age at the end of the year, sex,
 * residence) the number of events is the cohort model's expected number divided by the scale and rounded to the
 * nearest whole agent: births, deaths, rural-to-urban transfers. Net migration is the balancing item: it is whatever
 * brings the cell to the cohort model's year-end population, rounded — so the agent count of every cell equals the
 * cohort count rounded, every year, and migration differs from the cohort model's by the rounding only. Who dies or
 * moves is drawn per agent: deaths and transfers uniformly within the cell; out-migrants with a propensity that is
 * {@code outMigrationWeight} times higher for rural labour than for others, applied by splitting the number over the
 * two classes in proportion to members × propensity (largest remainder) and drawing uniformly within each. This is
 * alignment by selection, as in "sort-by-difference" practice (Li &amp; O'Donoghue 2014), with propensities that are
 * constant within a class. In-migrants copy the attributes of a random resident of the same cell (hot-deck), as the
 * scenario gives no attributes for them.
 */
public final class DemographicAlignment {
    /** Which agents count as rural labour for out-migration: rural hukou, in the labour force, in the given ages. */
    public interface RuralLabourTest {
        /** Whether agents of this state and age are rural labour; {@code flags} are the {@code AgentColumns.F_} bits. */
        boolean isRuralLabour(int status, int flags, int age);
    }

    /** Counts of what happened in one group (agents, not persons). */
    public static final class GroupEvents {
        public final long[] births = new long[2];
        public final long[] deaths = new long[2];
        public final long[] netMigration = new long[2];
        public long transfers;
        /** Rural labour among the out-migrants: they go on working away (外出) and stay in the rural labour force. */
        public long ruralLabourLeaving;
    }

    private final int scale;
    private final double outMigrationWeight;
    private final RuralLabourTest ruralLabour;
    private final NewbornAttributes newborns;

    /** How a newborn's attributes are set (hukou, cadre flag). */
    public interface NewbornAttributes {
        byte flags(Sex sex, Residence residence, UniformRandomProvider rng);
    }

    public DemographicAlignment(int scale, double outMigrationWeight, RuralLabourTest ruralLabour,
                                NewbornAttributes newborns) {
        this.scale = scale;
        this.outMigrationWeight = outMigrationWeight;
        this.ruralLabour = ruralLabour;
        this.newborns = newborns;
    }

    /** Agents for a cohort-model count of persons. */
    public long agents(double persons) {
        return Math.round(persons / scale);
    }

    /**
     * Applies a year's events to the group that is {@code age} at the year end (already aged and, for the open group,
     * already merged). {@code endPopulation} and {@code flows} are the cohort model's for that year.
     */
    public GroupEvents apply(CohortGroup g, int age, CohortTable endPopulation, CohortFlows flows,
                             UniformRandomProvider rng, Selection selection) {
        Sex s = g.sex();
        int si = s.ordinal();
        GroupEvents ev = new GroupEvents();
        AgentColumns urban = g.urban();
        AgentColumns rural = g.rural();
        if (age == 0) {
            for (Residence r : Residence.values()) {
                long b = agents(flows.births()[si][r.ordinal()]);
                AgentColumns c = g.residents(r);
                c.ensureCapacity((int) (c.size() + b));
                for (long k = 0; k < b; k++) {
                    c.add(org.labourcast.agents.Status.INACTIVE, (byte) 0, newborns.flags(s, r, rng), (byte) 0);
                }
                ev.births[r.ordinal()] = b;
            }
        }
        for (Residence r : Residence.values()) {
            AgentColumns c = g.residents(r);
            long d = Math.min(c.size(), agents(flows.deaths()[si][r.ordinal()][age]));
            removeChosen(c, selection.choose((int) d, c.size(), rng), (int) d);
            ev.deaths[r.ordinal()] = d;
        }
        long transfers = agents(flows.transfers()[si][age]);
        long targetUrban = agents(endPopulation.persons(s, Residence.URBAN, age));
        long targetRural = agents(endPopulation.persons(s, Residence.RURAL, age));
        long migUrban = targetUrban - urban.size() - transfers;
        long migRural = targetRural - rural.size() + transfers;
        ev.ruralLabourLeaving += migrate(urban, migUrban, age, rng, selection);
        ev.ruralLabourLeaving += migrate(rural, migRural, age, rng, selection);
        ev.netMigration[Residence.URBAN.ordinal()] = migUrban;
        ev.netMigration[Residence.RURAL.ordinal()] = migRural;
        int[] moved = selection.choose((int) transfers, rural.size(), rng);
        for (int k = 0; k < transfers; k++) {
            urban.addCopyOf(rural, moved[k]);
            rural.removeAt(moved[k]);
        }
        ev.transfers = transfers;
        if (urban.size() != targetUrban || rural.size() != targetRural) {
            throw new IllegalStateException("alignment failed for " + s.label() + " age " + age + ": " + urban.size()
                    + "/" + rural.size() + " agents, cohort " + targetUrban + "/" + targetRural);
        }
        return ev;
    }

    /** Applies net migration to one cell; returns the rural labour among those who left. */
    private long migrate(AgentColumns c, long net, int age, UniformRandomProvider rng, Selection selection) {
        if (net > 0) {
            int donors = c.size();
            c.ensureCapacity((int) (donors + net));
            for (long k = 0; k < net; k++) {
                if (donors == 0) {
                    c.add(Status.INACTIVE, (byte) 0, (byte) 0, (byte) 0);
                } else {
                    int i = c.addCopyOf(c, rng.nextInt(donors));
                    c.years[i] = 0;
                    c.clear(i, AgentColumns.F_REGISTERED | AgentColumns.F_SEEKING_NONFARM);
                }
            }
            return 0;
        }
        long out = -net;
        if (out == 0) {
            return 0;
        }
        if (out > c.size()) {
            throw new IllegalStateException("net out-migration of " + out + " exceeds the " + c.size() + " agents");
        }
        // Split the leavers between rural labour and others, then draw uniformly within each class: count by key,
        // choose ranks within each class, and collect the chosen agents in one scan.
        int n = c.size();
        Work w = WORK.get();
        java.util.Arrays.fill(w.histogram, 0);
        AgentKeys.histogram(c, w.histogram, 0);
        int nl = 0;
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            w.labour[key] = w.histogram[key] > 0
                    && ruralLabour.isRuralLabour(AgentKeys.status(key), AgentKeys.flags(key), age);
            if (w.labour[key]) {
                nl += w.histogram[key];
            }
        }
        int no = n - nl;
        long[] split = Allocation.proportional(out, new double[] {nl * outMigrationWeight, no},
                new long[] {nl, no});
        int fromLabour = (int) split[0];
        int fromOthers = (int) split[1];
        w.labourRanks = selection.chooseAscending(fromLabour, nl, rng, w.labourRanks);
        w.otherRanks = selection.chooseAscending(fromOthers, no, rng, w.otherRanks);
        if (w.chosen.length < out) {
            w.chosen = new int[(int) Math.max(out, 2L * w.chosen.length)];
        }
        int[] chosen = w.chosen;
        // Class 0 rural labour, 1 others; nextRank[k] is the rank of the next chosen member of k (−1: none left).
        // Branch-free but for a hit, like AlignedSelection's scan.
        byte[] classOf = w.classOf;
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            classOf[key] = (byte) (w.labour[key] ? 0 : 1);
        }
        int[] seen = {0, 0};
        int[] position = {0, 0};
        int[][] ranks = {w.labourRanks, w.otherRanks};
        int[] wanted = {fromLabour, fromOthers};
        int[] nextRank = {fromLabour > 0 ? ranks[0][0] : -1, fromOthers > 0 ? ranks[1][0] : -1};
        byte[] status = c.status;
        byte[] sector = c.sector;
        byte[] flags = c.flags;
        int m = 0;
        for (int i = 0; i < n && m < out; i++) {
            int k = classOf[(status[i] & 3) | (sector[i] & 3) << 2 | (flags[i] & 0x1F) << 4];
            if (seen[k]++ == nextRank[k]) {
                chosen[m++] = i;
                int next = ++position[k];
                nextRank[k] = next < wanted[k] ? ranks[k][next] : -1;
            }
        }
        // Ascending by construction: remove from the highest index down so swap-with-last keeps the rest valid.
        for (int k = m - 1; k >= 0; k--) {
            c.removeAt(chosen[k]);
        }
        return split[0];
    }

    /** Per-thread work arrays for {@link #migrate}. */
    private static final class Work {
        final int[] histogram = new int[AgentKeys.COUNT];
        final boolean[] labour = new boolean[AgentKeys.COUNT];
        final byte[] classOf = new byte[AgentKeys.COUNT];
        int[] labourRanks = new int[16];
        int[] otherRanks = new int[16];
        int[] chosen = new int[16];
    }

    private static final ThreadLocal<Work> WORK = ThreadLocal.withInitial(Work::new);

    private static void removeChosen(AgentColumns c, int[] descending, int k) {
        for (int j = 0; j < k; j++) {
            c.removeAt(descending[j]);
        }
    }
}
