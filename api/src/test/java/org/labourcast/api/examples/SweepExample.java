package org.labourcast.api.examples;

import java.nio.file.Path;
import org.labourcast.api.Sweep;
import org.labourcast.api.SweepResult;
import org.labourcast.api.SweepTable;
import org.labourcast.charts.NamedChart;

/** A parameter sweep, in {@link Sweep}'s documentation and the README. */
public final class SweepExample {
    private SweepExample() {
    }

    /** What the example made, for the test to check. */
    public record Made(Sweep sweep, SweepResult result, SweepTable transfer, NamedChart tornado) {
    }

    /** Run from the project root; {@code out} is a folder for the files. */
    public static Made run(Path out) {
        // example: sweep
        Sweep sweep = Sweep.load(Path.of("scenarios/leshan/sweep-quick.yaml")); // 3 parameters, one at a time
        System.out.println(sweep.size() + " points: " + sweep.parameters());
        SweepResult result = sweep.run(2, out.resolve("sweep"));     // as `labourcast sweep FILE --threads 2 --out …`
        System.out.println(result.sensitivityText());                // the elasticities, as the command prints them
        SweepTable transfer = result.table().indicator("rural_labour_transfer_rate").year(2025).stat("mean");
        System.out.println(transfer.where("labour.transfer.base_rate", 0.06).toText());
        NamedChart tornado = result.tornado("skilled_workers", 2025); // Charts.image(tornado) displays it
        // end example
        return new Made(sweep, result, transfer, tornado);
    }
}
