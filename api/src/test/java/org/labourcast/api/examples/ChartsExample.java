package org.labourcast.api.examples;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.labourcast.api.Charts;
import org.labourcast.api.Result;
import org.labourcast.api.Scenario;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.ChartSize;
import org.labourcast.charts.Lang;

/** Charts, in {@link Charts}' documentation. */
public final class ChartsExample {
    private ChartsExample() {
    }

    /** What the example made, for the test to check. */
    public record Made(List<String> names, BufferedImage pyramid, List<Path> written, Path one) {
    }

    /** Run from the project root. */
    public static Made run(Path out) {
        // example: charts
        Result result = Scenario.load(Path.of("scenarios/leshan/baseline.yaml")).project();
        Charts charts = result.charts().withSize(new ChartSize(16, 10, 96)); // screen resolution
        List<String> names = charts.names();              // urbanization_rate, population_pyramid, …
        BufferedImage pyramid = charts.image("population_pyramid"); // e.g. to display in a notebook
        List<Path> written = charts.withLang(Lang.ZH).render(out.resolve("charts"), ChartFormat.PNG, ChartFormat.PDF);
        Path one = charts.render("population_total", out.resolve("charts"), ChartFormat.SVG); // any indicator
        // end example
        return new Made(names, pyramid, written, one);
    }
}
