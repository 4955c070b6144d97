package org.labourcast.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.scenario.ShippedScenarios;

/**
 * A point's replicates run in blocks (as a distributed runner's tasks run them) and joined give the very point
 * result of running the point whole: same cells, same targets, same checkpoint bytes.
 */
class ReplicateBlocksTest {
    private static PointScenarios scenarios;
    private static SweepPlan plan;

    @BeforeAll
    static void read() {
        // The shipped Leshan sweep at 400 persons per agent: 10 runs per point, a few seconds in all.
        scenarios = PointScenarios.read(ShippedScenarios.root().resolve("leshan/sweep.yaml"), OptionalInt.of(400));
        plan = scenarios.plan("test");
    }

    @Test
    void blocksInAnyOrderJoinToTheWholePoint() throws Exception {
        for (int index : new int[] {0, 13}) {
            SweepPoint point = plan.points().get(index);
            PointResult whole = scenarios.evaluate(plan, point, 1, ProgressListener.NONE);
            assertEquals(10, whole.runs());
            // Uneven blocks, on different thread counts, given out of order and through Java serialization.
            List<ReplicateBlock> blocks = new ArrayList<>();
            blocks.add(roundTrip(scenarios.replicates(plan, point, 7, 10, 1)));
            blocks.add(roundTrip(scenarios.replicates(plan, point, 0, 3, 2)));
            blocks.add(roundTrip(scenarios.replicates(plan, point, 3, 7, 1)));
            PointResult joined = scenarios.combine(plan, point, blocks);
            assertEquals(whole, joined);
            assertEquals(whole.toText("f"), joined.toText("f"));
        }
    }

    @Test
    void blocksMustCoverEachRunOnce() {
        SweepPoint point = plan.points().get(0);
        ReplicateBlock first = scenarios.replicates(plan, point, 0, 5, 1);
        ReplicateBlock overlap = scenarios.replicates(plan, point, 4, 10, 1);
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> scenarios.combine(plan, point, List.of(first, overlap)));
        assertTrue(twice.getMessage().contains("replicate 4 is given twice"), twice.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> scenarios.combine(plan, point, List.of(first)));
        assertTrue(missing.getMessage().contains("replicate 5 is missing"), missing.getMessage());
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> scenarios.combine(plan, plan.points().get(1), List.of(first)));
        assertTrue(other.getMessage().contains("a block of point 0 given for point 1"), other.getMessage());
        assertThrows(IllegalArgumentException.class, () -> scenarios.replicates(plan, point, 5, 11, 1));
        assertThrows(IllegalArgumentException.class, () -> scenarios.replicates(plan, point, 3, 3, 1));
    }

    private static ReplicateBlock roundTrip(ReplicateBlock block) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(block);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ReplicateBlock) in.readObject();
        }
    }
}
