package org.labourcast.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A realistic chart for looking at by eye (and for tests). Run {@link #main} to write
 * {@code /tmp/labourcast-chart-sample.png} (or the path given as the first argument).
 * The numbers are illustrative, not data.
 */
public final class IndicatorChartSample {

    private IndicatorChartSample() {
    }

    /** Urbanization rate: history 2010–2023, projection 2023–2035, a 2025 and a 2030 target. */
    public static IndicatorChartSpec urbanization() {
        List<YearValue> history = new ArrayList<>();
        for (int y = 2010; y <= 2023; y++) {
            history.add(new YearValue(y, 0.40 + 0.0105 * (y - 2010) + (y % 3 == 0 ? 0.002 : -0.001)));
        }
        List<YearValue> projection = new ArrayList<>();
        for (int y = 2023; y <= 2035; y++) {
            projection.add(new YearValue(y, 0.5375 + 0.0085 * (y - 2023) - 0.0002 * (y - 2023) * (y - 2023)));
        }
        return new IndicatorChartSpec(
                "Urbanization rate, Leshan",
                "Scenario: baseline (hukou reform 2025)",
                "Urban share of resident population",
                true,
                projection, "Projection (baseline)",
                history, "Observed",
                List.of(new TargetMarker(2025, 0.60, ">=", null),
                        new TargetMarker(2035, 0.65, ">=", "2035 plan")),
                "Source: Leshan Statistical Yearbook 2010\u20132023 (observed); labourcast 0.1 cohort-component"
                        + " projection. Illustrative numbers.");
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/labourcast-chart-sample.png");
        Files.write(out, IndicatorChart.renderPng(urbanization(),
                IndicatorChart.DEFAULT_WIDTH_PX, IndicatorChart.DEFAULT_HEIGHT_PX));
        System.out.println(out);
    }
}
