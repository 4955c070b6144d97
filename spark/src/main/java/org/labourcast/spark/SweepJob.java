package org.labourcast.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.OptionalInt;

/**
 * What every task of a sweep needs, broadcast once from the driver: the scenario's files, the {@code --scale}, and
 * the plan as written to {@code sweep.json} and {@code points.csv} (the very plan the driver checkpoints against).
 *
 * @param scale          persons per agent for every point, or 0 for the scenario's own
 * @param threadsPerTask threads each task runs its replicates on (match {@code spark.task.cpus})
 */
public record SweepJob(ScenarioBundle bundle, int scale, String planJson, String pointsCsv, int threadsPerTask)
        implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    OptionalInt scaleOption() {
        return scale > 0 ? OptionalInt.of(scale) : OptionalInt.empty();
    }
}
