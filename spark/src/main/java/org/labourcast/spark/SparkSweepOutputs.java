package org.labourcast.spark;

import java.util.Optional;
import java.util.function.IntFunction;
import org.labourcast.experiment.RandomStreams;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.sweep.PointResult;
import org.labourcast.sweep.SensitivityAnalysis;
import org.labourcast.sweep.SweepPlan;
import org.labourcast.sweep.SweepTables;

/** TEMPORARY until the api module's sweep outputs land: the tables and manifest settings of a finished sweep. */
final class SparkSweepOutputs {
    private SparkSweepOutputs() {
    }

    static Optional<SensitivityAnalysis.Result> write(SweepPlan plan, IntFunction<PointResult> points,
                                                      OutputDirectory out) {
        return SweepTables.write(plan, points, out);
    }

    static void settings(Manifest.Builder manifest, SweepPlan plan) {
        manifest.setting("sweep.fingerprint", plan.fingerprint())
                .setting("sweep.design", plan.design().label())
                .setting("sweep.points", Integer.toString(plan.size()))
                .setting("runs_per_point", Integer.toString(plan.runsPerPoint()));
        if (plan.agents()) {
            manifest.setting("scale", Integer.toString(plan.scale()))
                    .setting("random_generator", RandomStreams.ALGORITHM.name());
        }
    }
}
