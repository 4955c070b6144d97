package org.labourcast.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.labourcast.InputException;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.ChartSize;
import org.labourcast.charts.Lang;
import org.labourcast.charts.Messages;
import org.labourcast.charts.data.ResultsFolder;
import org.labourcast.charts.data.SavedResults;
import org.labourcast.charts.report.FolderReport;
import org.labourcast.charts.report.Report;
import org.labourcast.results.Manifest;
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

    /** {@link #report(List, Path, Lang, ChartSize, List, boolean)} with PNG charts. */
    public static Path report(List<Path> resultsDirs, Path out, Lang lang, ChartSize size, boolean overwrite) {
        return report(resultsDirs, out, lang, size, List.of(ChartFormat.PNG), overwrite);
    }

    /**
     * Writes {@code report.html} (self-contained: charts embedded) and {@code report.md} with its chart files beside
     * it into {@code out}, as {@code labourcast report} does. A run's folder gives its target table, charts, the
     * scenario's assumptions and levers with their sources (as it was run: parents and overrides included), and
     * provenance from the manifest; several run folders add comparison charts. A folder of {@code compare},
     * {@code sweep} or {@code forecast} (given alone) gives the sections of its tables (docs/charts.md, "Reports").
     *
     * @param formats chart formats: the first, png or svg, is embedded in the HTML (PNG at
     *                {@value Report#HTML_PNG_DPI} dpi at most, SVG inline) and linked from the Markdown; each one is
     *                written beside report.md
     * @return the HTML report's path
     * @throws org.labourcast.InputException when a folder holds no readable results, a compare, sweep or forecast
     *                                       folder is given with others, the first format is pdf, or {@code out}
     *                                       already holds a report and {@code overwrite} is false
     */
    public static Path report(List<Path> resultsDirs, Path out, Lang lang, ChartSize size, List<ChartFormat> formats,
                              boolean overwrite) {
        if (resultsDirs.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one results folder");
        }
        if (formats.isEmpty() || !Report.EMBEDDABLE.contains(formats.get(0))) {
            throw new InputException(null, "--format", "a report embeds its charts as png or svg, got '"
                    + (formats.isEmpty() ? "" : formats.get(0).extension()) + "' first",
                    "give png or svg first; other formats are written beside report.md, e.g. --format png,pdf");
        }
        List<ResultsFolder> folders = new ArrayList<>();
        for (Path dir : resultsDirs) {
            OutputDirectory.requireApart(out, dir, "the report goes in a folder of its own", dir.resolve("report"));
            folders.add(ResultsFolder.open(dir));
        }
        Messages m = Messages.of(lang);
        ResultsFolder first = folders.get(0);
        if (first.kind() != ResultsFolder.Kind.RUN || folders.size() > 1) {
            for (ResultsFolder f : folders) {
                if (f.kind() != ResultsFolder.Kind.RUN && folders.size() > 1) {
                    throw new InputException(null, "RESULTS_DIR", "'" + f.dir() + "' was written by labourcast "
                            + f.kind().name().toLowerCase(java.util.Locale.ROOT) + ": its report takes that folder"
                            + " alone", "report it on its own; several folders of runs are compared in one report");
                }
            }
        }
        List<SavedResults> saved = new ArrayList<>();
        if (first.kind() == ResultsFolder.Kind.RUN) {
            for (Path dir : resultsDirs) {
                saved.add(SavedResults.read(dir));
            }
        }
        Instant started = Instant.now();
        try (OutputDirectory target = OutputDirectory.open(out, overwrite)) { // before the charts are drawn
            Report.Files files = first.kind() == ResultsFolder.Kind.RUN ? Report.build(saved, m, size, formats)
                    : FolderReport.build(first, m, size, formats);
            files.images().forEach((name, bytes) -> target.writeAtomically(name, os -> os.write(bytes)));
            target.writeText("report.md", files.markdown());
            target.writeText("report.html", files.html());
            // A manifest of its own, so that a later report --overwrite removes exactly these files.
            Manifest.Builder manifest = Manifest.builder().toolVersion(version())
                    .scenario(saved.isEmpty() ? String.valueOf(first.dir().toAbsolutePath().normalize()
                            .getFileName()) : saved.get(0).info().scenarioId(), null)
                    .setting("command", "report")
                    .setting("lang", lang.code())
                    .setting("formats", String.join(",", formats.stream().map(ChartFormat::extension).toList()));
            for (Path dir : resultsDirs) {
                Path results = dir.resolve(OutputDirectory.MANIFEST);
                if (Files.isRegularFile(results)) {
                    manifest.inputFile(results);
                }
            }
            target.writeText(OutputDirectory.MANIFEST, manifest.outputs(new ArrayList<>(target.written()))
                    .started(started).finished(Instant.now()).build().toJson());
        }
        return out.resolve("report.html");
    }
}
