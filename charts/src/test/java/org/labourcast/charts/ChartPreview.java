package org.labourcast.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.labourcast.charts.data.SavedResults;
import org.labourcast.charts.report.ChartSet;

/**
 * Renders the standard charts of a results directory in both languages, for looking at by eye:
 * {@code ChartPreview RESULTS_DIR OUT_DIR [png|svg|pdf]}.
 */
public final class ChartPreview {
    private ChartPreview() {
    }

    public static void main(String[] args) throws IOException {
        SavedResults r = SavedResults.read(Path.of(args[0]));
        Path out = Path.of(args[1]);
        ChartFormat format = args.length > 2 ? ChartFormat.of(args[2]) : ChartFormat.PNG;
        Files.createDirectories(out);
        for (Lang lang : Lang.values()) {
            for (NamedChart c : ChartSet.standard(r, Messages.of(lang), ChartSize.PRINT)) {
                Path f = out.resolve(lang.code() + "-" + c.fileName(format));
                Files.write(f, c.render(format));
                System.out.println(f);
            }
        }
    }
}
