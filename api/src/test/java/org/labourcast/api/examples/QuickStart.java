package org.labourcast.api.examples;

import java.nio.file.Path;
import org.labourcast.api.IndicatorTable;
import org.labourcast.api.Result;
import org.labourcast.api.Scenario;
import org.labourcast.scenario.RunSettings;

/** The quick start of the README and of {@link Scenario}'s documentation. */
public final class QuickStart {
    private QuickStart() {
    }

    /** Run from the project root; {@code out} is a folder for the files. */
    public static Result run(Path out) {
        // example: quickstart
        Scenario leshan = Scenario.load(Path.of("scenarios/leshan/baseline.yaml"));
        RunSettings quick = leshan.settings().withRuns(5).withScale(200); // 5 replicates, 200 persons per agent
        Result result = leshan.simulate(quick);
        IndicatorTable transfer = result.indicators()
                .indicator("rural_labour_transfer_rate").stat("median").year(2020, 2025, 2030);
        System.out.println(transfer.toText());
        double in2025 = result.value("rural_labour_transfer_rate", 2025); // the median, a share 0-1
        result.writeTo(out.resolve("leshan-quick"));                         // the files of `labourcast run`
        // end example
        System.out.println("2025: " + in2025);
        return result;
    }
}
