package org.labourcast.api.examples;

import java.nio.file.Path;
import java.util.List;
import org.labourcast.api.Charts;
import org.labourcast.api.Labourcast;
import org.labourcast.api.Scenario;
import org.labourcast.charts.Lang;

/** A report from saved results, in {@link Labourcast}'s documentation. */
public final class ReportExample {
    private ReportExample() {
    }

    /** What the example made, for the test to check. */
    public record Made(Path html, Charts saved) {
    }

    /** Run from the project root. */
    public static Made run(Path out) {
        // example: report
        Scenario leshan = Scenario.load(Path.of("scenarios/leshan/baseline.yaml"));
        Path results = out.resolve("leshan");
        leshan.simulate(leshan.settings().withRuns(4).withScale(200)).writeTo(results);
        Path html = Labourcast.report(List.of(results), out.resolve("report-zh"), Lang.ZH, false);
        Charts saved = Labourcast.charts(results);   // as `labourcast chart` reads them
        // end example
        return new Made(html, saved);
    }
}
