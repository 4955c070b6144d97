package org.labourcast.agents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.junit.jupiter.api.Test;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;

/**
 * Classes by years in status and traits as well as by key: counts agree with a plain scan, a draw takes exactly each
 * stratum's share and only its members, and the outcome is the same for any number of threads.
 */
class TraitSelectionTest {
    /** Base class 0: unemployed (refined: 0 under two years, 1 two years or more, 2 disabled); 3: employed. */
    private static final ExactCountSelection.Classifier KEYS = (status, sector, flags, r, slot) ->
            status == Status.UNEMPLOYED ? 0 : status == Status.EMPLOYED ? 3 : -1;
    private static final boolean[] REFINABLE = {true, false, false, false};
    private static final TraitSelection.Refiner REFINE = (base, years, traits, slot) ->
            AgentTraits.has(traits, AgentTraits.DISABLED) ? 2 : years >= 2 ? 1 : 0;

    private static AgentPopulation population() {
        AgentPopulation pop = new AgentPopulation(4);
        UniformRandomProvider rng = new XoRoShiRo128PlusPlus(5L, 6L);
        for (Sex s : Sex.values()) {
            for (int a = 0; a <= 4; a++) {
                CohortGroup g = new CohortGroup(s, 0, 0);
                for (Residence r : Residence.values()) {
                    AgentColumns c = g.residents(r);
                    for (int i = 0; i < 60 + 41 * a; i++) {
                        int agent = c.add(rng.nextInt(4), 0, 0, rng.nextInt(5));
                        c.setTraits(agent, rng.nextInt(10) == 0 ? AgentTraits.DISABLED : 0);
                    }
                }
                pop.setGroup(s, a, g);
            }
        }
        return pop;
    }

    /** The classes by a plain scan of every agent. */
    private static long[][] scan(AgentPopulation pop) {
        long[][] n = new long[pop.slots()][4];
        for (int slot = 0; slot < pop.slots(); slot++) {
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                for (int i = 0; i < c.size(); i++) {
                    int base = KEYS.classOf(c.status(i), c.sector(i), c.flags(i), r, slot);
                    if (base >= 0) {
                        n[slot][REFINABLE[base] ? REFINE.refine(base, c.years(i), c.traits(i), slot) : base]++;
                    }
                }
            }
        }
        return n;
    }

    @Test
    void countsAgreeWithAScanAndDrawsTakeExactlyTheShares() {
        long[] serial = draw(GroupExecutor.serial());
        long[] parallel = draw(GroupExecutor.on(new ForkJoinPool(3)));
        assertArrayEquals(serial, parallel, "the same agents for any number of threads");
    }

    /** Counting by spell band from the histograms gives what the same refinement gives by scanning the agents. */
    @Test
    void spellBandCountsFromTheHistogramsAgreeWithAScan() {
        AgentPopulation pop = population();
        pop.group(0).urban().advanceYears(); // the histogram follows the yearly advance too
        TraitSelection.Refiner byBand = (base, years, traits, slot) -> base + 4 * AgentColumns.spellBand(years);
        long[][] scanned = TraitSelection.count(pop, GroupExecutor.serial(), 12, KEYS, REFINABLE, byBand);
        long[][] fromHistograms = TraitSelection.countBySpellBand(pop, GroupExecutor.serial(), 12, KEYS, REFINABLE, 4);
        for (int slot = 0; slot < pop.slots(); slot++) {
            assertArrayEquals(scanned[slot], fromHistograms[slot], "slot " + slot);
        }
    }

    /**
     * A refiner by education level, counted from the histograms and drawn by table, gives the counts and chooses the
     * agents that the same refinement gives agent by agent.
     */
    @Test
    void educationRefinerCountsAndDrawsLikeTheRefinerAgentByAgent() {
        TraitSelection.EducationRefiner byLevel = (base, level, slot) -> level >= 3 + slot % 2 ? 1 : level == 0 ? 2 : 0;
        TraitSelection.Refiner same = (base, years, traits, slot) ->
                byLevel.refine(base, AgentTraits.education(traits), slot);
        long[][] fingerprints = new long[2][];
        for (int way = 0; way < 2; way++) {
            AgentPopulation pop = population();
            UniformRandomProvider levels = new XoRoShiRo128PlusPlus(8L, 9L);
            for (int slot = 0; slot < pop.slots(); slot++) {
                for (Residence r : Residence.values()) {
                    AgentColumns c = pop.group(slot).residents(r);
                    for (int i = 0; i < c.size(); i++) {
                        c.setTraits(i, AgentTraits.withEducation(c.traits(i),
                                AgentTraits.Education.of(levels.nextInt(7))));
                    }
                }
            }
            long[][] counts = way == 0 ? TraitSelection.count(pop, GroupExecutor.serial(), 4, KEYS, REFINABLE, same)
                    : TraitSelection.countByEducation(pop, GroupExecutor.serial(), 4, KEYS, REFINABLE, byLevel);
            if (way == 1) {
                long[][] scanned = TraitSelection.count(pop, GroupExecutor.serial(), 4, KEYS, REFINABLE, same);
                for (int slot = 0; slot < pop.slots(); slot++) {
                    assertArrayEquals(scanned[slot], counts[slot], "slot " + slot);
                }
            }
            long[][] shares = ExactCountSelection.split(300, counts, new double[] {1, 3, 2, 1});
            UniformRandomProvider[] streams = streams(pop, 3L, 4L);
            long[] fingerprint = new long[pop.slots()];
            ExactCountSelection.Action action = (c, i, r, cls, slot, rng) -> {
                fingerprint[slot] = fingerprint[slot] * 31 + i + 7L * r.ordinal() + 101L * cls;
                c.setTraits(i, c.traits(i) | AgentTraits.PENSION_INSURED);
            };
            if (way == 0) {
                TraitSelection.draw(pop, GroupExecutor.serial(), counts, shares, KEYS, REFINABLE, same, streams,
                        ThreadLocal.withInitial(Selection::new), action);
            } else {
                TraitSelection.drawByEducation(pop, GroupExecutor.serial(), counts, shares, KEYS, REFINABLE, byLevel,
                        streams, ThreadLocal.withInitial(Selection::new), action);
            }
            fingerprints[way] = fingerprint;
        }
        assertArrayEquals(fingerprints[0], fingerprints[1], "the same agents, in the same order");
    }

    /** Each slot's 2021 stream of a {@link GroupStreams} with these two seeds. */
    private static UniformRandomProvider[] streams(AgentPopulation pop, long seed, long stream) {
        UniformRandomProvider[] streams = new UniformRandomProvider[pop.slots()];
        GroupStreams gs = new GroupStreams(seed, stream);
        for (int s = 0; s < streams.length; s++) {
            streams[s] = gs.stream(2021, s);
        }
        return streams;
    }

    private static long[] draw(GroupExecutor exec) {
        AgentPopulation pop = population();
        long[][] counts = TraitSelection.count(pop, exec, 4, KEYS, REFINABLE, REFINE);
        long[][] scanned = scan(pop);
        for (int slot = 0; slot < pop.slots(); slot++) {
            assertArrayEquals(scanned[slot], counts[slot], "slot " + slot);
        }
        long[][] shares = ExactCountSelection.split(200, counts, new double[] {1, 3, 2, 0});
        UniformRandomProvider[] streams = streams(pop, 1L, 2L);
        long[][] chosen = new long[pop.slots()][4];
        long[] fingerprint = new long[pop.slots()];
        TraitSelection.draw(pop, exec, counts, shares, KEYS, REFINABLE, REFINE, streams,
                ThreadLocal.withInitial(Selection::new), (c, i, r, cls, slot, rng) -> {
                    assertEquals(cls, REFINE.refine(0, c.years(i), c.traits(i), slot), "a member of its class");
                    assertEquals(Status.UNEMPLOYED, c.status(i));
                    chosen[slot][cls]++;
                    fingerprint[slot] = fingerprint[slot] * 31 + i + 7L * r.ordinal();
                    c.setStatus(i, Status.INACTIVE, 0);
                });
        long[][] after = scan(pop);
        long total = 0;
        for (int slot = 0; slot < pop.slots(); slot++) {
            for (int k = 0; k < 4; k++) {
                assertEquals(shares[slot][k], chosen[slot][k]);
                assertEquals(counts[slot][k] - shares[slot][k], after[slot][k]);
                total += chosen[slot][k];
            }
        }
        assertEquals(200, total);
        assertTrue(chosen[0][3] == 0, "a class of weight 0 is never drawn");
        return fingerprint;
    }
}
