package org.labourcast.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.labourcast.charts.ChartSize;
import org.labourcast.charts.Lang;
import org.labourcast.charts.Messages;
import org.labourcast.charts.Report;
import org.labourcast.charts.data.SavedResults;
import org.labourcast.results.OutputDirectory;

/**
 * Entry points of the labourcast Java API besides {@link Scenario#load}: results saved on disk, their charts and
 * reports, and the version. The command line ({@code labourcast report}, {@code labourcast chart}) runs through the
 * same code.
 *
 * <!-- example: report -->
 * <pre>{@code
 * Scenario leshan = Scenario.load(Path.of("scenarios/leshan/baseline.yaml"));
 * Path results = out.resolve("leshan");
 * leshan.simulate(leshan.settings().withRuns(4).withScale(200)).writeTo(results);
 * Path html = Labourcast.report(List.of(results), out.resolve("report-zh"), Lang.ZH, false);
 * Charts saved = Labourcast.charts(results);   // as `labourcast chart` reads them
 * }</pre>
 * ({@code examples/ReportExample.java}, run by {@code ExamplesTest}.)
 *
 * <p>Stateless.
 */
public final class Labourcast {
    private Labourcast() {
    }

    /** The version from the API jar's manifest, {@code dev} when run from classes. */
    public static String version() {
        String v = Labourcast.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** {@link Scenario#load(Path)}. */
    public static Scenario load(Path scenarioFile) {
        return Scenario.load(scenarioFile);
    }

    /**
     * Results saved by {@code labourcast run} or {@link Result#writeTo}, read back as {@code labourcast chart} and
     * {@code labourcast report} read them.
     *
     * @throws org.labourcast.InputException when the folder holds no readable results
     */
    public static SavedResults saved(Path resultsDir) {
        return SavedResults.read(resultsDir);
    }

    /** The charts of saved results (the standard set as {@code run} drew it, byte for byte). */
    public static Charts charts(Path resultsDir) {
        return Charts.of(saved(resultsDir));
    }

    /** {@link #report(List, Path, Lang, ChartSize, boolean)} at the default chart size (16 × 10 cm, 300 dpi). */
    public static Path report(List<Path> resultsDirs, Path out, Lang lang, boolean overwrite) {
        return report(resultsDirs, out, lang, ChartSize.PRINT, overwrite);
    }

    /**
     * Writes {@code report.html} (self-contained, charts inline as SVG) and {@code report.md} with its PNG charts
     * beside it into {@code out}, as {@code labourcast report} does: target table, charts, the scenario's
     * assumptions and levers with their sources, provenance from the manifest; several result folders add
     * comparison charts.
     *
     * @return the HTML report's path
     * @throws org.labourcast.InputException when a folder holds no readable results, or {@code out} already holds a
     *                                       report and {@code overwrite} is false
     */
    public static Path report(List<Path> resultsDirs, Path out, Lang lang, ChartSize size, boolean overwrite) {
        if (resultsDirs.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one results folder");
        }
        List<SavedResults> saved = new ArrayList<>();
        for (Path dir : resultsDirs) {
            saved.add(SavedResults.read(dir));
        }
        try (OutputDirectory target = OutputDirectory.open(out, overwrite)) { // before the charts are drawn
            Report.Files files = Report.build(saved, Messages.of(lang), size);
            files.images().forEach((name, bytes) -> target.writeAtomically(name, os -> os.write(bytes)));
            target.writeText("report.md", files.markdown());
            target.writeText("report.html", files.html());
        }
        return out.resolve("report.html");
    }
}
