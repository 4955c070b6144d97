package org.labourcast.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.results.OutputDirectory;
import org.labourcast.sweep.definition.Design;
import org.labourcast.sweep.definition.Domain;
import org.labourcast.sweep.definition.ParameterValue;
import org.labourcast.sweep.definition.SensitivitySpec;
import org.labourcast.sweep.definition.SweepParameter;

/**
 * The runner and the tables on a plain function: a stopped sweep keeps whole checkpoints, a resumed one runs only the
 * rest, and the tables' bytes do not depend on the threads or on the stop.
 */
class SweepRunnerTest {
    @TempDir
    Path tmp;

    private static SweepPlan plan() {
        List<SweepParameter> p = List.of(
                TestPlans.parameter("a", new Domain.Values(List.of(ParameterValue.of(1), ParameterValue.of(2),
                        ParameterValue.of(3))), 2),
                TestPlans.parameter("b", new Domain.Uniform(0.5, 1.5), 1));
        return TestPlans.plan(TestPlans.definition(Design.OAT, 0, 1, p, TestPlans.spec(SensitivitySpec.Method.OAT, 0)));
    }

    /** y = a² · b, reported as indicator y in 2030 with stat "value"; one target y ≥ 2. */
    private static PointResult evaluate(SweepPoint point) {
        double a = point.values().get(0).number();
        double b = point.values().get(1).number();
        double y = a * a * b;
        return new PointResult(point.index(), 1, List.of(new PointResult.Cell("y", 2030, "value", y)),
                List.of(new PointResult.TargetOutcome("y", 2030, ">=", 2, "annual", y >= 2 ? 1 : 0, y,
                        OptionalInt.empty())));
    }

    private SweepFolder folder(String name, SweepPlan plan) {
        return SweepFolder.create(OutputDirectory.prepare(tmp.resolve(name), false), plan);
    }

    private static void runAll(SweepPlan plan, SweepFolder folder, int threads, List<SweepPoint> todo,
                               SweepRunner.Listener listener) {
        SweepRunner.run(todo, (p, t, progress) -> {
            progress.completed(1, 1);
            return evaluate(p);
        }, folder, threads, 1, listener);
    }

    private String tables(SweepPlan plan, SweepFolder folder, String name) throws Exception {
        OutputDirectory out = OutputDirectory.prepare(tmp.resolve(name), false);
        SweepTables.write(plan, folder::read, out);
        StringBuilder sb = new StringBuilder();
        for (String f : List.of(SweepTables.SWEEP_CSV, SweepTables.TARGETS_CSV, SweepTables.SENSITIVITY_CSV,
                SweepTables.TORNADO_CSV)) {
            sb.append(Files.readString(out.dir().resolve(f)));
        }
        return sb.toString();
    }

    /** The tables of every point run on one thread without a stop, in folder {@code name}. */
    private String straightTables(SweepPlan plan, String name) throws Exception {
        SweepFolder straight = folder(name, plan);
        runAll(plan, straight, 1, plan.points(), (point, done, total) -> { });
        return tables(plan, straight, name + "-tables");
    }

    /**
     * Resumes the stopped folder {@code name} ({@code finished} points done) on {@code threads} threads: only the
     * unfinished points run again, and the tables are {@code expected}.
     */
    private void assertResumesTo(String expected, SweepPlan plan, String name, int finished, int threads)
            throws Exception {
        SweepFolder resumed = SweepFolder.open(tmp.resolve(name), true);
        List<SweepPoint> rest = new ArrayList<>();
        for (SweepPoint p : plan.points()) {
            if (!resumed.finished().contains(p.index())) {
                rest.add(p);
            }
        }
        AtomicInteger ran = new AtomicInteger();
        runAll(plan, resumed, threads, rest, (point, done, total) -> ran.incrementAndGet());
        assertEquals(plan.size() - finished, ran.get(), "only the unfinished points run again");
        assertEquals(expected, tables(plan, resumed, name + "-resumed-tables"));
    }

    @Test
    void stoppedAndResumedSweepWritesTheSameTablesAsOneRun() throws Exception {
        SweepPlan plan = plan();
        assertEquals(9, plan.size(), "baseline and 4 points for each of 2 parameters, a's low/high not repeated");
        String expected = straightTables(plan, "straight");
        assertTrue(expected.contains("y,2030,value,a,oat,elasticity,2,,\n"), expected);

        SweepFolder stopped = folder("stopped", plan);
        // One thread while stopping: with several, the others could finish every remaining point (each is trivial
        // here) before the kill stops the run, and the check below would see nothing left to resume (it did in CI).
        RuntimeException kill = assertThrows(RuntimeException.class, () -> runAll(plan, stopped, 1, plan.points(),
                (point, done, total) -> {
                    if (done == 4) {
                        throw new IllegalStateException("killed");
                    }
                }));
        assertEquals("killed", kill.getMessage());
        int finished = stopped.finished().size();
        assertTrue(finished >= 4 && finished < 9, "whole checkpoints of the points done: " + finished);

        assertResumesTo(expected, plan, "stopped", finished, 2);
    }

    /**
     * A stop while three threads run: the points after the first three wait until the stop has been raised, so some
     * are always left (the threads cannot finish them all first, as trivial points otherwise would): at most the two
     * points of the first three not yet done and one point in flight on each other thread finish after the second.
     * Whole checkpoints only, and the resumed folder's tables are those of one straight run.
     */
    @Test
    void aStopWithThreeThreadsKeepsWholeCheckpointsAndResumes() throws Exception {
        SweepPlan plan = plan();
        String expected = straightTables(plan, "straight3");

        SweepFolder stopped = folder("stopped3", plan);
        java.util.concurrent.CountDownLatch killed = new java.util.concurrent.CountDownLatch(1);
        RuntimeException kill = assertThrows(RuntimeException.class, () -> SweepRunner.run(plan.points(),
                (p, t, progress) -> {
                    if (p.index() >= 3) {
                        try {
                            // Released by the stop, then a pause so the runner has recorded it before this point
                            // ends: a thread that finishes its point then starts no other.
                            killed.await(10, java.util.concurrent.TimeUnit.SECONDS);
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    progress.completed(1, 1);
                    return evaluate(p);
                }, stopped, 3, 1, (point, done, total) -> {
                    if (done == 2) {
                        killed.countDown();
                        throw new IllegalStateException("killed");
                    }
                }));
        assertEquals("killed", kill.getMessage());
        int finished = stopped.finished().size();
        assertTrue(finished >= 2 && finished <= 5, "whole checkpoints of the points done: " + finished);

        assertResumesTo(expected, plan, "stopped3", finished, 3);
    }

    @Test
    void theLowestNumberedFailureIsReportedAndNoPointStartsAfterIt() {
        SweepPlan plan = plan();
        SweepFolder f = folder("failing", plan);
        List<Integer> started = Collections.synchronizedList(new ArrayList<>());
        RuntimeException e = assertThrows(RuntimeException.class, () -> SweepRunner.run(plan.points(),
                (p, t, progress) -> {
                    started.add(p.index());
                    if (p.index() >= 2) {
                        throw new IllegalArgumentException("point " + p.index());
                    }
                    return evaluate(p);
                }, f, 1, 1, (point, done, total) -> { }));
        assertEquals("point 2", e.getMessage());
        assertEquals(List.of(0, 1, 2), started);
        assertEquals(2, f.finished().size());
    }

    @Test
    void checkpointsOfAnotherSweepAreRefused() throws Exception {
        SweepPlan plan = plan();
        SweepFolder f = folder("mine", plan);
        runAll(plan, f, 1, plan.points().subList(0, 1), (point, done, total) -> { });
        String text = Files.readString(f.pointFile(0)).replace(plan.fingerprint(), "0".repeat(64));
        Files.writeString(f.pointFile(0), text);
        org.labourcast.InputException e = assertThrows(org.labourcast.InputException.class, f::finished);
        assertTrue(e.getMessage().contains("belongs to another sweep"), e.getMessage());
    }
}
