package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;

/**
 * The determinism contract: a group's stream depends only on (seed, replicate, year, slot), a group is handled by one
 * thread at a time and reductions are in slot order, so every output is identical for any number of threads.
 */
class AgentEngineDeterminismTest {
    private static final ScenarioSpec LESHAN = LabourFixtures.leshanWith(LabourFixtures.leshanLike());

    private static AgentRun run(int runs, int threads) {
        return AgentRun.of(LESHAN, new RunSettings(runs, 20201101L, threads, 50), ProgressListener.NONE);
    }

    @Test
    void replicatesAreIdenticalForOneTwoAndThreeThreads() {
        // 1 thread: all serial; 2 threads with 2 runs: replicates side by side; 3 threads with 2 runs: one replicate
        // after the other, each spreading its groups over 3 threads.
        AgentRun one = run(2, 1);
        assertEquals(one.replicates(), run(2, 2).replicates());
        assertEquals(one.replicates(), run(2, 3).replicates());
    }

    @Test
    void aSingleReplicateIsIdenticalWithGroupsSpreadOverThreads() {
        assertEquals(run(1, 1).replicates(), run(1, 2).replicates());
    }
}
