package org.labourcast.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.labourcast.sweep.PointResult;
import org.labourcast.sweep.ReplicateBlock;
import org.labourcast.sweep.SweepPlan;
import scala.Tuple2;

/**
 * Runs a sweep's points as Spark tasks, in batches: each batch is one Spark job whose results come back to the
 * driver, which checkpoints them (so a sweep killed part-way resumes from its last finished batch, as
 * {@code labourcast sweep --resume} does).
 *
 * <p>A task is a whole point, or, with {@code replicatesPerTask} below the point's runs, a block of its replicates;
 * the blocks of a point are then grouped by point (a shuffle) and joined on an executor. Either way a point's result
 * is exactly the in-process runner's: a replicate's random streams depend on the master seed and its index only.
 */
final class SparkSweepRunner {
    private SparkSweepRunner() {
    }

    /** What the driver hears as the sweep goes. */
    interface Listener {
        /** A batch finished: its points' results, in point order. */
        void batchFinished(List<PointResult> results, int pointsDone, int pointsTotal);
    }

    /**
     * @param points            the points to run, by index, in order
     * @param replicatesPerTask replicates per task, or 0 for one task per point
     * @param batchPoints       points per Spark job (per checkpoint)
     */
    static void run(JavaSparkContext spark, SweepJob job, SweepPlan plan, List<Integer> points,
                    int replicatesPerTask, int batchPoints, Listener listener) {
        Broadcast<SweepJob> shared = spark.broadcast(job);
        String fingerprint = plan.fingerprint();
        int done = 0;
        for (int start = 0; start < points.size(); start += batchPoints) {
            List<Integer> batch = points.subList(start, Math.min(points.size(), start + batchPoints));
            List<String> texts = splits(plan, replicatesPerTask)
                    ? runBlocks(spark, shared, plan, batch, replicatesPerTask)
                    : runWhole(spark, shared, batch);
            List<PointResult> results = new ArrayList<>();
            for (String text : texts) {
                results.add(PointResult.parse(text, fingerprint));
            }
            results.sort(java.util.Comparator.comparingInt(PointResult::point));
            done += batch.size();
            listener.batchFinished(results, done, points.size());
        }
    }

    /** Whether points are split into replicate blocks: an agent-based sweep with fewer replicates per task than runs. */
    static boolean splits(SweepPlan plan, int replicatesPerTask) {
        return replicatesPerTask > 0 && plan.agents() && replicatesPerTask < plan.runsPerPoint();
    }

    /** Tasks per point: its replicate blocks, or one. */
    static int tasksPerPoint(SweepPlan plan, int replicatesPerTask) {
        return splits(plan, replicatesPerTask)
                ? (plan.runsPerPoint() + replicatesPerTask - 1) / replicatesPerTask : 1;
    }

    private static List<String> runWhole(JavaSparkContext spark, Broadcast<SweepJob> shared, List<Integer> batch) {
        List<PointTask> tasks = new ArrayList<>();
        batch.forEach(p -> tasks.add(PointTask.whole(p)));
        return spark.parallelize(tasks, tasks.size())
                .map(t -> ExecutorScenarios.evaluate(shared.value(), t))
                .collect();
    }

    private static List<String> runBlocks(JavaSparkContext spark, Broadcast<SweepJob> shared, SweepPlan plan,
                                          List<Integer> batch, int replicatesPerTask) {
        List<PointTask> tasks = new ArrayList<>();
        for (int p : batch) {
            for (int from = 0; from < plan.runsPerPoint(); from += replicatesPerTask) {
                tasks.add(new PointTask(p, from, Math.min(plan.runsPerPoint(), from + replicatesPerTask)));
            }
        }
        JavaPairRDD<Integer, ReplicateBlock> blocks = spark.parallelize(tasks, tasks.size())
                .mapToPair(t -> new Tuple2<>(t.point(), ExecutorScenarios.replicates(shared.value(), t)));
        return blocks.groupByKey(batch.size())
                .map(kv -> ExecutorScenarios.combine(shared.value(), kv._1(), kv._2()))
                .collect();
    }
}
