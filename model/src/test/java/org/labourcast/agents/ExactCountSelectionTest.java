package org.labourcast.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ForkJoinPool;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.junit.jupiter.api.Test;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;

class ExactCountSelectionTest {
    /** Class 0: employed; class 1: unemployed; others not eligible. */
    private static final ExactCountSelection.Classifier LABOUR = (status, sector, flags, r, slot) ->
            status == Status.EMPLOYED ? 0 : status == Status.UNEMPLOYED ? 1 : -1;

    private static AgentPopulation population() {
        AgentPopulation pop = new AgentPopulation(4);
        UniformRandomProvider rng = new XoRoShiRo128PlusPlus(5L, 6L);
        for (Sex s : Sex.values()) {
            for (int a = 0; a <= 4; a++) {
                CohortGroup g = new CohortGroup(s, 0, 0);
                for (Residence r : Residence.values()) {
                    for (int i = 0; i < 50 + 37 * a; i++) {
                        g.residents(r).add((byte) rng.nextInt(4), (byte) 0, (byte) 0, (byte) 0);
                    }
                }
                pop.setGroup(s, a, g);
            }
        }
        return pop;
    }

    @Test
    void drawsExactlyEachStratumsShareAndTheSameForAnyThreads() {
        long[][] chosenSerial = drawAndCount(GroupExecutor.serial());
        long[][] chosenParallel = drawAndCount(GroupExecutor.on(new ForkJoinPool(3)));
        for (int slot = 0; slot < chosenSerial.length; slot++) {
            assertEquals(chosenSerial[slot][0], chosenParallel[slot][0]);
            assertEquals(chosenSerial[slot][1], chosenParallel[slot][1]);
        }
    }

    private static long[][] drawAndCount(GroupExecutor exec) {
        AgentPopulation pop = population();
        long[][] counts = ExactCountSelection.count(pop, exec, 2, LABOUR);
        long total = 0;
        for (long[] c : counts) {
            total += c[0] + c[1];
        }
        long[][] shares = ExactCountSelection.split(total / 3, counts, new double[] {1, 2});
        UniformRandomProvider[] streams = new UniformRandomProvider[pop.slots()];
        GroupStreams gs = new GroupStreams(1L, 2L);
        for (int s = 0; s < streams.length; s++) {
            streams[s] = gs.stream(2021, s);
        }
        long[][] chosen = new long[pop.slots()][2];
        long[] fingerprint = new long[pop.slots()];
        // Chosen agents leave the labour force: the counts afterwards show exactly the shares were taken.
        ExactCountSelection.draw(pop, exec, counts, shares, LABOUR, streams, ThreadLocal.withInitial(Selection::new),
                (c, i, r, cls, slot, rng) -> {
                    chosen[slot][cls]++;
                    fingerprint[slot] = fingerprint[slot] * 31 + i + 7L * r.ordinal();
                    c.setStatus(i, Status.INACTIVE, 0);
                });
        long[][] after = ExactCountSelection.count(pop, exec, 2, LABOUR);
        for (int slot = 0; slot < pop.slots(); slot++) {
            for (int k = 0; k < 2; k++) {
                assertEquals(shares[slot][k], chosen[slot][k]);
                assertEquals(counts[slot][k] - shares[slot][k], after[slot][k]);
            }
        }
        long[][] out = new long[pop.slots()][2];
        for (int slot = 0; slot < pop.slots(); slot++) {
            out[slot][0] = fingerprint[slot];
            out[slot][1] = chosen[slot][0] + chosen[slot][1];
        }
        return out;
    }

    /**
     * A small share of a large group is drawn by probing random positions (drawn in batches of at most the picks still
     * needed): the agents chosen and the stream left after are those of one probe at a time, as a reference that draws
     * positions until it has the share of distinct ones finds them. Checked to fail with a batch one larger than the
     * picks still needed.
     */
    @Test
    void probesChooseWhatOneProbeAtATimeChooses() {
        for (int share : new int[] {1, 7, 100, 230}) {
            AgentPopulation pop = new AgentPopulation(0);
            CohortGroup g = new CohortGroup(Sex.MALE, 0, 0);
            int urban = 1200;
            int size = 2000; // a share of at most 11.5% is probed (S ln(N / (N − n)) < S / 8)
            g.urban().addIdentical(urban, Status.EMPLOYED, 0, 0);
            g.rural().addIdentical(size - urban, Status.EMPLOYED, 0, 0);
            pop.setGroup(Sex.MALE, 0, g);
            pop.setGroup(Sex.FEMALE, 0, new CohortGroup(Sex.FEMALE, 0, 0));
            long[][] counts = ExactCountSelection.count(pop, GroupExecutor.serial(), 2, LABOUR);
            long[][] shares = new long[pop.slots()][2];
            shares[pop.slot(Sex.MALE, 0)][0] = share;
            UniformRandomProvider[] streams = new UniformRandomProvider[pop.slots()];
            for (int s = 0; s < streams.length; s++) {
                streams[s] = new XoRoShiRo128PlusPlus(share, 9L);
            }
            StringBuilder chosen = new StringBuilder();
            ExactCountSelection.draw(pop, GroupExecutor.serial(), counts, shares, LABOUR, streams,
                    ThreadLocal.withInitial(Selection::new), (c, i, r, cls, slot, rng) ->
                            chosen.append(r == Residence.URBAN ? i : urban + i).append(' '));
            UniformRandomProvider reference = new XoRoShiRo128PlusPlus(share, 9L);
            java.util.TreeSet<Integer> positions = new java.util.TreeSet<>();
            while (positions.size() < share) {
                positions.add(reference.nextInt(size));
            }
            StringBuilder expected = new StringBuilder();
            positions.forEach(p -> expected.append(p).append(' '));
            assertEquals(expected.toString(), chosen.toString(), "share " + share);
            assertEquals(reference.nextLong(), streams[pop.slot(Sex.MALE, 0)].nextLong(), "the stream after");
        }
    }
}
