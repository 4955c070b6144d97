package org.labourcast.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.labour.LabourFixtures;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;

/** The project's reproducibility rule: the same seed gives identical results for any thread count; 64-bit seeds. */
class AgentRunDeterminismTest {
    private static final ScenarioSpec SPEC = LabourFixtures.leshanWith(LabourFixtures.leshanLike());

    private static AgentRun run(long seed, int runs, int threads) {
        return AgentRun.of(SPEC, new RunSettings(runs, seed, threads, 100), ProgressListener.NONE);
    }

    @Test
    void identicalForOneTwoAndThreeThreads() {
        // 3 runs: with 2 threads replicates run side by side; with 3 they also do; with 1 they run in turn.
        AgentRun one = run(7, 3, 1);
        assertEquals(one.replicates(), run(7, 3, 2).replicates());
        assertEquals(one.replicates(), run(7, 3, 3).replicates());
        assertEquals(one.summary(), run(7, 3, 3).summary());
    }

    @Test
    void identicalWhenGroupsAreSpreadOverThreads() {
        // One run with 2 threads: the groups of that run are spread over both threads.
        assertEquals(run(9, 1, 1).replicates(), run(9, 1, 2).replicates());
    }

    @Test
    void seedsOneAndOnePlusTwoToThe32Differ() {
        assertNotEquals(run(1, 1, 1).replicates(), run(1 + (1L << 32), 1, 1).replicates());
    }

    @Test
    void replicatesDifferFromEachOther() {
        ReplicateValues v = run(3, 2, 1).replicates();
        // whole paths: one year's count can coincide when the sector is at its demand target in both replicates
        assertFalse(java.util.Arrays.equals(v.series(0, "employment_tertiary"), v.series(1, "employment_tertiary")));
        assertFalse(java.util.Arrays.equals(v.series(0, "surveyed_unemployment_rate"),
                v.series(1, "surveyed_unemployment_rate")));
    }
}
