package org.labourcast.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.ChartSize;
import org.labourcast.charts.Lang;

/**
 * What {@link Result#writeTo(java.nio.file.Path, WriteOptions)} writes besides the tables, as the flags of
 * {@code labourcast run} choose it: whether results already in the folder may be replaced ({@code --overwrite}),
 * whether charts are drawn ({@code --no-charts}), whether every replicate's values go to {@code runs.csv}
 * ({@code --per-run}), and the charts' language, formats and printed size ({@code --lang}, {@code --format},
 * {@code --width-cm}, {@code --height-cm}, {@code --dpi}). Immutable: each {@code with…} method returns a copy.
 *
 * @param overwrite replace results already in the output folder (else an {@link org.labourcast.InputException})
 * @param charts    draw the standard chart set
 * @param perRun    also write {@code runs.csv} (Monte Carlo runs only)
 * @param lang      language of chart texts
 * @param formats   chart formats, at least one, in the order given (duplicates dropped)
 * @param size      printed chart size and PNG resolution
 */
public record WriteOptions(boolean overwrite, boolean charts, boolean perRun, Lang lang, List<ChartFormat> formats,
                           ChartSize size) {

    /** As {@code labourcast run} without flags: no overwriting, English PNG charts at 16 × 10 cm and 300 dpi. */
    public static final WriteOptions DEFAULT = new WriteOptions(false, true, false, Lang.EN, List.of(ChartFormat.PNG),
            ChartSize.PRINT);

    public WriteOptions {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(size, "size");
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("at least one chart format is needed");
        }
        formats = List.copyOf(new LinkedHashSet<>(formats));
    }

    /** A copy that replaces results already in the output folder. */
    public WriteOptions withOverwrite() {
        return new WriteOptions(true, charts, perRun, lang, formats, size);
    }

    /** A copy that draws no charts. */
    public WriteOptions withoutCharts() {
        return new WriteOptions(overwrite, false, perRun, lang, formats, size);
    }

    /** A copy that also writes every replicate's values to {@code runs.csv}. */
    public WriteOptions withPerRun() {
        return new WriteOptions(overwrite, charts, true, lang, formats, size);
    }

    public WriteOptions withLang(Lang l) {
        return new WriteOptions(overwrite, charts, perRun, l, formats, size);
    }

    public WriteOptions withFormats(ChartFormat... fs) {
        return new WriteOptions(overwrite, charts, perRun, lang, List.of(fs), size);
    }

    public WriteOptions withSize(ChartSize s) {
        return new WriteOptions(overwrite, charts, perRun, lang, formats, s);
    }
}
