package org.labourcast.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.labourcast.InputException;
import org.labourcast.api.WriteOptions;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.ChartSize;
import org.labourcast.charts.Lang;
import org.labourcast.charts.report.ChartSet;
import picocli.CommandLine.Option;

/**
 * Chart options shared by {@code run}, {@code chart} and {@code report}: language, formats and printed size.
 *
 * @param formats one or more, in the order given
 */
record ChartOptions(Lang lang, List<ChartFormat> formats, ChartSize size) {
    static final ChartOptions DEFAULT = new ChartOptions(Lang.EN, List.of(ChartFormat.PNG), ChartSize.PRINT);

    ChartOptions {
        formats = List.copyOf(formats);
    }

    /**
     * Refuses a chart size whose largest PNG (the employment-structure chart, {@link ChartSet#SECTORS_HEIGHT_FACTOR}
     * taller) would take more than half of {@code maxHeap} as its 4-byte raster, so that drawing it cannot run out of
     * memory after the run.
     */
    void checkPngFits(long maxHeap) {
        ChartSize largest = size.withHeightUpTo(size.heightCm() * ChartSet.SECTORS_HEIGHT_FACTOR);
        long bytes = largest.pixels() * 4;
        if (bytes > maxHeap / 2) {
            throw new InputException(null, "--width-cm/--height-cm/--dpi", String.format(Locale.ROOT,
                    "a PNG chart of %.0f x %.0f cm at %d dpi needs %s of memory to draw, more than half of the"
                            + " Java heap (%s)", largest.widthCm(), largest.heightCm(), size.dpi(),
                    Memory.format(bytes), Memory.format(maxHeap)),
                    "lower --dpi or the size, draw --format svg or pdf, which have no pixels, or give Java more"
                            + " memory, e.g. JAVA_OPTS=-Xmx" + Memory.suggestedHeapGiB(bytes * 2) + "g");
        }
    }

    /** These options as the API's output options: charts drawn in this language, these formats and size. */
    WriteOptions toApi() {
        return new WriteOptions(false, true, false, lang, formats, size);
    }

    /** The picocli options; {@link #toOptions()} validates them (bad values are input errors, exit 2). */
    static final class Flags {
        @Option(names = "--lang", paramLabel = "en|zh", description = "language of chart texts (default: en)")
        String lang = "en";

        @Option(names = "--format", paramLabel = "png|svg|pdf", split = ",",
                description = "chart formats, comma-separated (default: png)")
        List<String> formats = new ArrayList<>(List.of("png"));

        @Option(names = "--width-cm", paramLabel = "CM", description = "printed chart width (default: 16)")
        double widthCm = ChartSize.PRINT.widthCm();

        @Option(names = "--height-cm", paramLabel = "CM", description = "printed chart height (default: 10)")
        double heightCm = ChartSize.PRINT.heightCm();

        @Option(names = "--dpi", paramLabel = "DPI", description = "PNG resolution (default: 300)")
        int dpi = ChartSize.PRINT.dpi();

        ChartOptions toOptions() {
            return toOptions(Runtime.getRuntime().maxMemory());
        }

        /** As {@link #toOptions()} with the Java heap given (tests). */
        ChartOptions toOptions(long maxHeap) {
            Lang l;
            try {
                l = Lang.of(lang);
            } catch (IllegalArgumentException e) {
                throw new InputException(null, "--lang", "must be en or zh, got '" + lang + "'");
            }
            LinkedHashSet<ChartFormat> fs = new LinkedHashSet<>();
            for (String f : formats) {
                try {
                    fs.add(ChartFormat.of(f));
                } catch (IllegalArgumentException e) {
                    throw new InputException(null, "--format", "must be png, svg or pdf, got '" + f + "'");
                }
            }
            ChartSize size;
            try {
                size = new ChartSize(widthCm, heightCm, dpi);
            } catch (IllegalArgumentException e) {
                throw new InputException(null, "--width-cm/--height-cm/--dpi", e.getMessage(),
                        size(e) ? null : "lower --dpi, 300 being print quality, or the size; SVG and PDF charts"
                                + " have no pixels: --format svg,pdf");
            }
            ChartOptions options = new ChartOptions(l, new ArrayList<>(fs), size);
            if (fs.contains(ChartFormat.PNG)) {
                options.checkPngFits(maxHeap);
            }
            return options;
        }

        /** Whether the size's refusal is of its centimetres or dots per inch, not of its pixels. */
        private static boolean size(IllegalArgumentException e) {
            return !e.getMessage().contains("pixels");
        }
    }
}
