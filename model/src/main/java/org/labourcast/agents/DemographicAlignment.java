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
 * nearest whole agent: births, deaths, rural-to-urban movers. Net migration is the balancing item: it is whatever
 * brings the cell to the cohort model's year-end population, rounded — so the agent count of every cell equals the
 * cohort count rounded, every year, and migration differs from the cohort model's by the rounding only. Who dies or
 * moves is drawn per agent: deaths and movers uniformly within the cell; out-migrants with a propensity that is
 * {@code outMigrationWeight} times higher for rural labour than for others, applied by splitting the number over the
 * two classes in proportion to members × propensity (largest remainder) and drawing uniformly within each. This is
 * alignment by selection, as in "sort-by-difference" practice (Li &amp; O'Donoghue 2014), with propensities that are
 * constant within a class. In-migrants copy the attributes of a random resident of the same cell (hot-deck), as the
 * scenario gives no attributes for them.
 */
public final class DemographicAlignment {
    /** Out-migration classes: rural labour, and everyone else. */
    private static final int LABOUR = 1;
    private static final int OTHERS = 2;

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
        public long movers;
        /** Rural labour among the out-migrants: they go on working away (外出) and stay in the rural labour force. */
        public long ruralLabourLeaving;
        /** Urban residents in non-farm work among the deaths: part of natural attrition (自然减员). */
        public long nonFarmUrbanDeaths;
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
                long b = agents(flows.births(si, r.ordinal()));
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
            long d = Math.min(c.size(), agents(flows.deaths(si, r.ordinal(), age)));
            int[] dying = selection.choose((int) d, c.size(), rng);
            if (r == Residence.URBAN) {
                for (int j = 0; j < d; j++) {
                    if (c.status(dying[j]) == Status.EMPLOYED && c.sector(dying[j]) > 1) {
                        ev.nonFarmUrbanDeaths++;
                    }
                }
            }
            removeChosen(c, dying, (int) d);
            ev.deaths[r.ordinal()] = d;
        }
        long movers = agents(flows.movers(si, age));
        long targetUrban = agents(endPopulation.persons(s, Residence.URBAN, age));
        long targetRural = agents(endPopulation.persons(s, Residence.RURAL, age));
        long migUrban = targetUrban - urban.size() - movers;
        long migRural = targetRural - rural.size() + movers;
        ev.ruralLabourLeaving += migrate(urban, migUrban, age, rng, selection);
        ev.ruralLabourLeaving += migrate(rural, migRural, age, rng, selection);
        ev.netMigration[Residence.URBAN.ordinal()] = migUrban;
        ev.netMigration[Residence.RURAL.ordinal()] = migRural;
        int[] moved = selection.choose((int) movers, rural.size(), rng);
        for (int k = 0; k < movers; k++) {
            urban.addCopyOf(rural, moved[k]);
            rural.removeAt(moved[k]);
        }
        ev.movers = movers;
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
                    c.setYears(i, 0);
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
        // Split the leavers between rural labour and others (counted from the column's histogram), then draw
        // uniformly within each class: by probing random positions when few leave, otherwise by choosing ranks within
        // each class and collecting the chosen agents in one scan.
        int n = c.size();
        Work w = WORK.get();
        int[] h = c.counts;
        byte[] classOf = w.classOf;
        int nl = 0;
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            boolean labour = h[key] > 0 && ruralLabour.isRuralLabour(AgentKeys.status(key), AgentKeys.flags(key), age);
            classOf[key] = (byte) (labour ? LABOUR : OTHERS);
            if (labour) {
                nl += h[key];
            }
        }
        int no = n - nl;
        long[] split = Allocation.proportional(out, new double[] {nl * outMigrationWeight, no},
                new long[] {nl, no});
        int[] wanted = {0, (int) split[0], (int) split[1]};
        int[] members = {0, nl, no};
        if (w.chosen.length < out) {
            w.chosen = new int[(int) Math.max(out, 2L * w.chosen.length)];
        }
        int m = probeRatherThanScan(n, members, wanted) ? w.probe(c, wanted, rng) : w.scan(c, wanted, members, rng,
                selection);
        // Ascending: remove from the highest index down so swap-with-last keeps the rest valid.
        for (int k = m - 1; k >= 0; k--) {
            c.removeAt(w.chosen[k]);
        }
        return split[0];
    }

    /** As in {@link ExactCountSelection}: probing costs about n · ln(N / (N − k)) random accesses per class. */
    private static boolean probeRatherThanScan(int n, int[] members, int[] wanted) {
        double probes = 0;
        for (int k = 1; k < members.length; k++) {
            if (wanted[k] > 0) {
                if (wanted[k] >= members[k]) {
                    return false;
                }
                probes += n * Math.log((double) members[k] / (members[k] - wanted[k]));
            }
        }
        return probes < n / 8.0;
    }

    /** Per-thread work arrays for {@link #migrate}, and its scan (classes {@link #LABOUR}, {@link #OTHERS}). */
    private static final class Work extends GapScan {
        final byte[] classOf = new byte[AgentKeys.COUNT];
        final long[] steps = new long[AgentKeys.COUNT];
        final int[][] ranks = {null, new int[16], new int[16]};
        final int[] position = new int[3];
        final int[] wanted = new int[3];
        int[] chosen = new int[16];
        long[] marks = new long[16];
        /** A batch of probed positions. */
        final int[] draws = new int[Draws.BATCH];
        int picked;

        Work() {
            super(2);
        }

        /** Chooses each class's ranks and collects the chosen agents, ascending, in {@link #chosen}. */
        int scan(AgentColumns c, int[] want, int[] members, UniformRandomProvider rng, Selection selection) {
            for (int k = LABOUR; k <= OTHERS; k++) {
                ranks[k] = selection.chooseAscending(want[k], members[k], rng, ranks[k]);
                wanted[k] = want[k];
                position[k] = 0;
                gap[k] = want[k] > 0 ? ranks[k][0] : NEVER;
            }
            picked = 0;
            scan(c, classOf, laneSteps(classOf, steps));
            return picked;
        }

        /** Probes uniform positions, keeping unmarked members of the class being filled; {@link #chosen} ascending. */
        int probe(AgentColumns c, int[] want, UniformRandomProvider rng) {
            int n = c.size();
            int words = (n + 63) >>> 6;
            if (marks.length < words) {
                marks = new long[Math.max(words, 2 * marks.length)];
            } else {
                java.util.Arrays.fill(marks, 0, words, 0L);
            }
            short[] keys = c.keys;
            int m = 0;
            for (int k = LABOUR; k <= OTHERS; k++) {
                for (int need = want[k]; need > 0; ) {
                    int batch = Math.min(need, draws.length); // no more than the picks still needed
                    Draws.nextInts(rng, n, draws, batch);
                    for (int q = 0; q < batch; q++) {
                        int p = draws[q];
                        if ((marks[p >>> 6] & (1L << p)) == 0 && classOf[keys[p]] == k) {
                            marks[p >>> 6] |= 1L << p;
                            chosen[m++] = p;
                            need--;
                        }
                    }
                }
            }
            java.util.Arrays.sort(chosen, 0, m);
            return m;
        }

        @Override
        long nextGap(int k) {
            int next = ++position[k];
            return next < wanted[k] ? ranks[k][next] - ranks[k][next - 1] - 1 : NEVER;
        }

        @Override
        void pick(AgentColumns c, int i, int k) {
            chosen[picked++] = i;
        }
    }

    private static final ThreadLocal<Work> WORK = ThreadLocal.withInitial(Work::new);

    private static void removeChosen(AgentColumns c, int[] descending, int k) {
        for (int j = 0; j < k; j++) {
            c.removeAt(descending[j]);
        }
    }
}
