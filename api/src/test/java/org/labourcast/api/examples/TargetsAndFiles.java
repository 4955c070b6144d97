package org.labourcast.api.examples;

import java.nio.file.Path;
import java.util.List;
import org.labourcast.api.Result;
import org.labourcast.api.Scenario;
import org.labourcast.api.WriteOptions;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.Lang;
import org.labourcast.targets.TargetAttainment;

/** Targets, files and charts, in {@link Result}'s documentation. */
public final class TargetsAndFiles {
    private TargetsAndFiles() {
    }

    /** Run from the project root; returns the files and charts written. */
    public static List<List<Path>> run(Path out) {
        // example: targets-and-files
        Scenario leshan = Scenario.load(Path.of("scenarios/leshan/baseline.yaml"));
        Result result = leshan.simulate(leshan.settings().withRuns(4).withScale(200));
        for (TargetAttainment t : result.targets()) {
            System.out.printf("%s %d: met in %.0f%% of runs (%s)%n", t.target().indicator(), t.target().year(),
                    100 * t.probability(), t.status().label());
        }
        List<Path> files = result.writeTo(out.resolve("run"), WriteOptions.DEFAULT.withOverwrite());
        List<Path> charts = result.charts().withLang(Lang.ZH).render(out.resolve("charts-zh"), ChartFormat.SVG);
        // end example
        return List.of(files, charts);
    }
}
