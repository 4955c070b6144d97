package org.labourcast.api.examples;

import java.nio.file.Path;
import org.labourcast.api.Scenario;
import org.labourcast.scenario.RunSettings;

/** Overriding a field, in {@link Scenario}'s documentation. */
public final class Overrides {
    private Overrides() {
    }

    /** Run from the project root; returns the 2025 transfer rate before and after the override. */
    public static double[] run(Path out) {
        // example: overrides
        Scenario base = Scenario.load(Path.of("scenarios/leshan/baseline.yaml"));
        Scenario faster = base.with("labour.transfer.base_rate", 0.07); // as --set labour.transfer.base_rate=0.07
        RunSettings settings = base.settings().withRuns(4).withScale(200);
        double before = base.simulate(settings).value("rural_labour_transfer_rate", 2025);
        double after = faster.simulate(settings).value("rural_labour_transfer_rate", 2025);
        System.out.printf("transfer rate 2025: %.4f -> %.4f%n", before, after);
        // end example
        return new double[] {before, after};
    }
}
