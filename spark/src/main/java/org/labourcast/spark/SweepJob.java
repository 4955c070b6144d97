package org.labourcast.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalInt;
import org.labourcast.yaml.FieldOverride;

/**
 * What every task of a sweep needs, broadcast once from the driver: the scenario's files, the {@code --scale}, and
 * the plan as written to {@code sweep.json} and {@code points.csv} (the very plan the driver checkpoints against).
 *
 * @param scale          persons per agent for every point, or 0 for the scenario's own
 * @param overrides      the sweep's {@code --set} arguments ({@code path=value}), in order
 * @param threadsPerTask threads each task runs its replicates on (match {@code spark.task.cpus})
 */
public record SweepJob(ScenarioBundle bundle, int scale, List<String> overrides, String planJson, String pointsCsv,
                       int threadsPerTask) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public SweepJob {
        overrides = List.copyOf(overrides); // an immutable list that serializes
    }

    List<FieldOverride> fieldOverrides() {
        return overrides.stream().map(FieldOverride::parse).toList();
    }

    OptionalInt scaleOption() {
        return scale > 0 ? OptionalInt.of(scale) : OptionalInt.empty();
    }
}
