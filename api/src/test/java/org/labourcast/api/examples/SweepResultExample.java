package org.labourcast.api.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.labourcast.api.Sweep;
import org.labourcast.api.SweepResult;
import org.labourcast.api.SweepTable;
import org.labourcast.api.WriteOptions;
import org.labourcast.charts.Lang;

/** Reading a sweep's result, in {@link SweepResult}'s documentation. */
public final class SweepResultExample {
    private SweepResultExample() {
    }

    /** What the example computed, for the test to check. */
    public record Values(SweepResult result, Map<Integer, Double> byPoint, double atDouble, double[] chance, double e,
                         List<Path> charts) {
    }

    /** Run from the project root. */
    public static Values run(Path out) {
        // example: sweep-result
        SweepResult result = Sweep.load(Path.of("scenarios/leshan/sweep-quick.yaml")).run();
        SweepTable skilled = result.table().indicator("skilled_workers").year(2025).stat("mean");
        Map<Integer, Double> byPoint = skilled.byPoint();              // point -> mean of its runs
        double atDouble = skilled.where("labour.skills.trainees", 40000).value();
        double[] chance = result.probabilities("skilled_workers", 2025); // per point, share of runs meeting the target
        double e = result.elasticity("skilled_workers", 2025, "labour.skills.trainees");
        System.out.println(result.sensitivityText());
        List<Path> charts = result.renderTornadoes(out.resolve("tornadoes"), WriteOptions.DEFAULT.withLang(Lang.ZH));
        // end example
        return new Values(result, byPoint, atDouble, chance, e, charts);
    }
}
