package org.labourcast.api;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.ChartSize;
import org.labourcast.charts.Lang;
import org.labourcast.charts.Messages;
import org.labourcast.charts.NamedChart;
import org.labourcast.charts.TornadoData;
import org.labourcast.charts.data.SavedResults;
import org.labourcast.charts.report.ChartSet;
import org.labourcast.results.OutputDirectory;

/**
 * The charts of one run: the standard set that {@code labourcast run} draws (fan charts of the urbanization rate and
 * of every indicator with an annual target, the population pyramid, the employment structure, the target
 * scorecard), a fan chart of any other indicator, and tornado charts of a sensitivity table. Drawn by the charts
 * module from the run's data, so a chart here is byte for byte the file {@code run} writes with the same language,
 * size and format.
 *
 * <!-- example: charts -->
 * <pre>{@code
 * Result result = Scenario.load(Path.of("scenarios/leshan/baseline.yaml")).project();
 * Charts charts = result.charts().withSize(new ChartSize(16, 10, 96)); // screen resolution
 * List<String> names = charts.names();              // urbanization_rate, population_pyramid, …
 * BufferedImage pyramid = charts.image("population_pyramid"); // e.g. to display in a notebook
 * List<Path> written = charts.withLang(Lang.ZH).render(out.resolve("charts"), ChartFormat.PNG, ChartFormat.PDF);
 * Path one = charts.render("population_total", out.resolve("charts"), ChartFormat.SVG); // any indicator
 * }</pre>
 * ({@code examples/ChartsExample.java}, run by {@code ExamplesTest}.)
 *
 * <p>Immutable and thread-safe: {@code with…} methods return copies.
 */
public final class Charts {
    private final SavedResults results;
    private final Lang lang;
    private final ChartSize size;

    Charts(SavedResults results) {
        this(results, Lang.EN, ChartSize.PRINT);
    }

    private Charts(SavedResults results, Lang lang, ChartSize size) {
        this.results = Objects.requireNonNull(results, "results");
        this.lang = Objects.requireNonNull(lang, "lang");
        this.size = Objects.requireNonNull(size, "size");
    }

    /** The charts of results saved by {@code labourcast run} or {@link Result#writeTo} (as {@code labourcast chart}). */
    public static Charts of(SavedResults results) {
        return new Charts(results);
    }

    /** The same charts with texts in another language (Chinese: persons in 万, the bundled CJK font). */
    public Charts withLang(Lang l) {
        return new Charts(results, l, size);
    }

    /** The same charts at another printed size and PNG resolution. */
    public Charts withSize(ChartSize s) {
        return new Charts(results, lang, s);
    }

    public Lang lang() {
        return lang;
    }

    public ChartSize size() {
        return size;
    }

    /** The data the charts are drawn from. */
    public SavedResults results() {
        return results;
    }

    /** The standard set, in the order a report shows them. */
    public List<NamedChart> standard() {
        return ChartSet.standard(results, Messages.of(lang), size);
    }

    /** The file stems of the standard set, e.g. {@code urbanization_rate}, {@code population_pyramid}. */
    public List<String> names() {
        return standard().stream().map(NamedChart::stem).toList();
    }

    /**
     * One chart: a chart of the standard set by its name, else a fan chart of the indicator of that name.
     *
     * @throws IllegalArgumentException when there is no such chart or indicator
     */
    public NamedChart chart(String name) {
        for (NamedChart c : standard()) {
            if (c.stem().equals(name)) {
                return c;
            }
        }
        return ChartSet.fan(results, name, Messages.of(lang), size);
    }

    /** The tornado chart of a sensitivity table ({@code sensitivity_<indicator>_<year>}). */
    public NamedChart tornado(TornadoData data) {
        return ChartSet.tornado(data, Messages.of(lang), size);
    }

    /** One chart's bytes in a format. */
    public byte[] bytes(String name, ChartFormat format) {
        return chart(name).render(format);
    }

    /** One chart as an image (its PNG, decoded), for display. */
    public BufferedImage image(String name) {
        return image(chart(name));
    }

    /** Any chart as an image (its PNG at this size and resolution, decoded), for display. */
    public static BufferedImage image(NamedChart chart) {
        try {
            return ImageIO.read(new ByteArrayInputStream(chart.render(ChartFormat.PNG)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the standard set into {@code dir} (created if missing) in each format, as {@code run} names them
     * ({@code urbanization_rate.png}…); files of the same names are replaced, each atomically.
     *
     * @param formats one or more; PNG when none is given
     * @return the files written
     */
    public List<Path> render(Path dir, ChartFormat... formats) {
        List<Path> out = new ArrayList<>();
        for (NamedChart c : standard()) {
            out.addAll(write(c, dir, formats));
        }
        return out;
    }

    /** Writes one chart (see {@link #chart}) into {@code dir}; returns the file. */
    public Path render(String name, Path dir, ChartFormat format) {
        return write(chart(name), dir, format).get(0);
    }

    /** Writes any chart into {@code dir} in each format (PNG when none is given); returns the files. */
    public static List<Path> write(NamedChart chart, Path dir, ChartFormat... formats) {
        ChartFormat[] fs = formats.length == 0 ? new ChartFormat[] {ChartFormat.PNG} : formats;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        List<Path> out = new ArrayList<>();
        for (ChartFormat f : fs) {
            byte[] bytes = chart.render(f);
            Path file = dir.resolve(chart.fileName(f));
            atomicWrite(file, bytes);
            out.add(file);
        }
        return out;
    }

    private static void atomicWrite(Path file, byte[] bytes) {
        Path tmp = file.resolveSibling(file.getFileName() + OutputDirectory.TEMP_SUFFIX);
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
