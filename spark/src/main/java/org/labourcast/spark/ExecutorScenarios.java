package org.labourcast.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.sweep.PointResult;
import org.labourcast.sweep.PointScenarios;
import org.labourcast.sweep.ReplicateBlock;
import org.labourcast.sweep.SweepPlan;
import org.labourcast.sweep.SweepPoint;

/**
 * The executor side of a sweep: reads the broadcast scenario once per JVM (written to a temporary folder, then read
 * by the same strict reader as {@code labourcast sweep}) and runs tasks with the same code
 * ({@link PointScenarios#evaluate}, {@link PointScenarios#replicates}, {@link PointScenarios#combine}).
 */
final class ExecutorScenarios {
    /** Read scenarios by bundle digest and scale: an executor runs many tasks of one sweep. */
    private static final Map<String, Loaded> CACHE = new ConcurrentHashMap<>();

    private record Loaded(PointScenarios scenarios, SweepPlan plan) {
    }

    private ExecutorScenarios() {
    }

    /** A whole point's result as checkpoint text. */
    static String evaluate(SweepJob job, PointTask task) {
        Loaded l = load(job);
        PointResult r = l.scenarios().evaluate(l.plan(), point(l.plan(), task.point()), job.threadsPerTask(),
                ProgressListener.NONE);
        return r.toText(l.plan().fingerprint());
    }

    /** A block of a point's replicates. */
    static ReplicateBlock replicates(SweepJob job, PointTask task) {
        Loaded l = load(job);
        return l.scenarios().replicates(l.plan(), point(l.plan(), task.point()), task.from(), task.to(),
                job.threadsPerTask());
    }

    /** A point's blocks joined, as checkpoint text. */
    static String combine(SweepJob job, int point, Iterable<ReplicateBlock> blocks) {
        Loaded l = load(job);
        List<ReplicateBlock> list = new ArrayList<>();
        blocks.forEach(list::add);
        return l.scenarios().combine(l.plan(), point(l.plan(), point), list).toText(l.plan().fingerprint());
    }

    private static SweepPoint point(SweepPlan plan, int index) {
        SweepPoint p = plan.points().get(index);
        if (p.index() != index) {
            throw new IllegalStateException("the plan's point " + index + " is listed as " + p.index());
        }
        return p;
    }

    private static Loaded load(SweepJob job) {
        String key = job.bundle().digest() + " scale " + job.scale() + " set " + String.join("\n", job.overrides());
        return CACHE.computeIfAbsent(key, k -> {
            try {
                Path dir = Files.createTempDirectory("labourcast-spark-");
                Path file = job.bundle().writeTo(dir);
                PointScenarios scenarios = PointScenarios.read(file, job.scaleOption(), job.fieldOverrides());
                SweepPlan plan = SweepPlan.parse(job.planJson(), job.pointsCsv());
                return new Loaded(scenarios, plan);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a temporary folder for the scenario", e);
            }
        });
    }
}
