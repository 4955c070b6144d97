package org.labourcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class ComparisonChartTest {

    private static List<YearValue> line(double start, double step) {
        List<YearValue> out = new ArrayList<>();
        for (int y = 2020; y <= 2035; y++) {
            out.add(new YearValue(y, start + step * (y - 2020)));
        }
        return out;
    }

    private static ComparisonChartSpec spec() {
        return new ComparisonChartSpec("Leshan: employment primary", "Medians of 3 runs", "Persons", false,
                List.of(new ComparisonChartSpec.Series("baseline (reference)", line(690_000, -20_000)),
                        new ComparisonChartSpec.Series("fast transfer", line(690_000, -22_000)),
                        new ComparisonChartSpec.Series("skills first", line(690_000, -18_000))),
                List.of(new TargetMarker(2025, 700_000, ">=", null)), "Source: test");
    }

    @Test
    void oneLinePerScenarioThenTheTargetsWithEveryScenarioInTheLegend() {
        XYPlot plot = ComparisonChart.build(spec()).getXYPlot();
        assertEquals("baseline (reference)", plot.getDataset(IndicatorChart.PROJECTION_DATASET).getSeriesKey(0));
        assertEquals("fast transfer", plot.getDataset(3).getSeriesKey(0));
        assertEquals("skills first", plot.getDataset(4).getSeriesKey(0));
        assertEquals("Target", plot.getDataset(5).getSeriesKey(0));
        assertEquals(16, plot.getDataset(4).getItemCount(0));
        LegendItemCollection legend = plot.getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            labels.add(legend.get(i).getLabel());
        }
        assertEquals(List.of("baseline (reference)", "fast transfer", "skills first", "Target"), labels);
        assertNotEquals(plot.getRenderer(3).getSeriesPaint(0), plot.getRenderer(4).getSeriesPaint(0));
        assertNotEquals(plot.getRenderer(3).getSeriesStroke(0), plot.getRenderer(4).getSeriesStroke(0));
    }

    @Test
    void pngIsDeterministicAndHasTheRequestedSize() throws IOException {
        byte[] a = ComparisonChart.renderPng(spec(), 800, 500);
        byte[] b = ComparisonChart.renderPng(spec(), 800, 500);
        assertArrayEquals(a, b);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(a));
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
    }

    @Test
    void badSpecsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ComparisonChartSpec("T", null, "P", false, List.of(),
                null, null));
        ComparisonChartSpec.Series s = new ComparisonChartSpec.Series("a", line(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ComparisonChartSpec("T", null, "P", false,
                List.of(s, s), null, null));
        assertThrows(IllegalArgumentException.class, () -> ComparisonChart.renderPng(spec(), 0, 10));
    }
}
