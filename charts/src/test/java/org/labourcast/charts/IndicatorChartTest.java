package org.labourcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class IndicatorChartTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final IndicatorChartSpec sample = IndicatorChartSample.urbanization();

    @Test
    void datasetsHoldProjectionHistoryAndTargets() {
        XYPlot plot = IndicatorChart.build(sample).getXYPlot();

        XYDataset projection = plot.getDataset(IndicatorChart.PROJECTION_DATASET);
        assertEquals("Projection (baseline)", projection.getSeriesKey(0));
        assertEquals(13, projection.getItemCount(0));
        assertEquals(2023, projection.getXValue(0, 0));
        assertEquals(sample.projection().get(0).value(), projection.getYValue(0, 0));

        XYDataset history = plot.getDataset(IndicatorChart.HISTORY_DATASET);
        assertEquals("Observed", history.getSeriesKey(0));
        assertEquals(14, history.getItemCount(0));

        XYDataset targets = plot.getDataset(IndicatorChart.TARGET_DATASET);
        assertEquals("Targets", targets.getSeriesKey(0));
        assertEquals(2, targets.getItemCount(0));
        assertEquals(2025, targets.getXValue(0, 0));
        assertEquals(0.60, targets.getYValue(0, 0));
    }

    @Test
    void eachTargetHasALabelledAnnotationAndAReferenceLine() {
        XYPlot plot = IndicatorChart.build(sample).getXYPlot();
        List<XYAnnotation> annotations = plot.getAnnotations();
        List<String> labels = annotations.stream().map(a -> ((XYPointerAnnotation) a).getText()).sorted().toList();
        assertEquals(List.of("\u2265 60% (2025 target)", "\u2265 65% (2035 plan)"), labels);
        XYPointerAnnotation first = (XYPointerAnnotation) annotations.get(0);
        assertEquals(2025, first.getX());
        assertEquals(0.60, first.getY());
        assertEquals(2, plot.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size());
    }

    @Test
    void labelsOfTargetsAtTheEdgeOfTheValueRangeGoBesideThePointNotOutOfThePlot() {
        IndicatorChartSpec spec = new IndicatorChartSpec("T", null, "Share", true,
                List.of(new YearValue(2024, 0.50), new YearValue(2036, 0.52)), null, null, null,
                List.of(new TargetMarker(2030, 0.30, "<=", null), new TargetMarker(2030, 0.40, "<=", null)),
                null);
        List<XYAnnotation> annotations = IndicatorChart.build(spec).getXYPlot().getAnnotations();
        XYPointerAnnotation lowest = (XYPointerAnnotation) annotations.get(0);
        assertEquals(org.jfree.chart.ui.TextAnchor.CENTER_LEFT, lowest.getTextAnchor());
        XYPointerAnnotation middle = (XYPointerAnnotation) annotations.get(1);
        assertEquals(org.jfree.chart.ui.TextAnchor.TOP_CENTER, middle.getTextAnchor(),
                "below the point, away from the projection that passes above it");
    }

    @Test
    void targetTextUsesTheOperatorSymbol() {
        assertEquals("\u2264 5.5% (2030 target)",
                IndicatorChart.targetText(new TargetMarker(2030, 0.055, "<=", " "), true));
        assertEquals("> 3,160,000 (labour force floor)",
                IndicatorChart.targetText(new TargetMarker(2030, 3_160_000, ">", "labour force floor"), false));
        assertEquals("< 12.25 (2030 target)",
                IndicatorChart.targetText(new TargetMarker(2030, 12.25, "<", null), false));
        assertThrows(IllegalArgumentException.class, () -> new TargetMarker(2030, 1, "=>", null));
    }

    @Test
    void yearAxisHasIntegerTicksWithoutGrouping() {
        NumberAxis years = (NumberAxis) IndicatorChart.build(sample).getXYPlot().getDomainAxis();
        TickUnitSource units = years.getStandardTickUnits();
        for (double probe : new double[] {0.1, 0.7, 1.5, 3, 7, 15, 40}) {
            NumberTickUnit unit = (NumberTickUnit) units.getCeilingTickUnit(probe);
            assertEquals(Math.rint(unit.getSize()), unit.getSize(), "tick unit for " + probe + " is an integer");
            assertEquals("2020", unit.valueToString(2020), "no grouping separator");
        }
        assertFalse(years.getAutoRangeIncludesZero());

        JFreeChart chart = IndicatorChart.build(sample);
        chart.createBufferedImage(1600, 1000);
        NumberTickUnit chosen = ((NumberAxis) chart.getXYPlot().getDomainAxis()).getTickUnit();
        assertEquals(Math.rint(chosen.getSize()), chosen.getSize());
        assertTrue(chosen.getSize() >= 1);
    }

    @Test
    void percentAxisShowsFractionsAsPercentages() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // a decimal comma must not leak in
            NumberAxis axis = (NumberAxis) IndicatorChart.build(sample).getXYPlot().getRangeAxis();
            assertEquals("Urban share of resident population", axis.getLabel());
            TickUnitSource units = axis.getStandardTickUnits();
            assertEquals("53%", ((NumberTickUnit) units.getCeilingTickUnit(0.01)).valueToString(0.53));
            assertEquals("52.5%", ((NumberTickUnit) units.getCeilingTickUnit(0.005)).valueToString(0.525));
            assertEquals("0.25%", ((NumberTickUnit) units.getCeilingTickUnit(0.0025)).valueToString(0.0025));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void plainAxisGroupsThousands() {
        IndicatorChartSpec persons = new IndicatorChartSpec("Labour force", null, "Persons", false,
                List.of(new YearValue(2025, 3_160_168), new YearValue(2026, 3_150_000)), null,
                null, null, null, null);
        NumberAxis axis = (NumberAxis) IndicatorChart.build(persons).getXYPlot().getRangeAxis();
        assertEquals("3,200,000",
                ((NumberTickUnit) axis.getStandardTickUnits().getCeilingTickUnit(100_000)).valueToString(3_200_000));
    }

    @Test
    void sourceNoteIsASmallTitleAtTheBottomLeft() {
        JFreeChart chart = IndicatorChart.build(sample);
        TextTitle note = null;
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle tt && tt.getText().startsWith("Source:")) {
                note = tt;
            }
        }
        assertTrue(note != null, "source note present");
        assertEquals(RectangleEdge.BOTTOM, note.getPosition());
        assertEquals(HorizontalAlignment.LEFT, note.getHorizontalAlignment());
        assertTrue(note.getFont().getSize() < chart.getTitle().getFont().getSize());
        assertEquals(Color.WHITE, chart.getBackgroundPaint());
    }

    @Test
    void emptyHistoryAndNoTargetsGiveNoLegendEntries() {
        IndicatorChartSpec bare = new IndicatorChartSpec("T", null, "Persons", false,
                List.of(new YearValue(2025, 1)), null, null, null, null, null);
        JFreeChart chart = IndicatorChart.build(bare);
        assertEquals(1, chart.getXYPlot().getLegendItems().getItemCount());
        assertEquals("Projection", chart.getXYPlot().getLegendItems().get(0).getLabel());
    }

    @Test
    void pngRenderingIsDeterministicAndHasTheRequestedSize() throws IOException {
        byte[] first = render(sample, 1600, 1000);
        byte[] second = render(IndicatorChartSample.urbanization(), 1600, 1000);
        assertArrayEquals(first, second, "same input, same bytes");
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(first, 8));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(first));
        assertEquals(1600, image.getWidth());
        assertEquals(1000, image.getHeight());
        assertEquals(Color.WHITE.getRGB(), image.getRGB(0, 0), "white background");

        BufferedImage small = ImageIO.read(new ByteArrayInputStream(render(sample, 800, 500)));
        assertEquals(800, small.getWidth());
        assertEquals(500, small.getHeight());
    }

    @Test
    void badSpecsAndSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new IndicatorChartSpec(" ", null, "Persons", false,
                List.of(), null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new IndicatorChartSpec("T", null, null, false,
                List.of(), null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new YearValue(2025, Double.NaN));
        IndicatorChartSpec duplicateYear = new IndicatorChartSpec("T", null, "Persons", false,
                List.of(new YearValue(2025, 1), new YearValue(2025, 2)), null, null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> IndicatorChart.build(duplicateYear));
        assertThrows(IllegalArgumentException.class, () -> IndicatorChart.renderPng(sample, 0, 100));
    }

    @Test
    void specCopiesItsLists() {
        assertInstanceOf(List.class, sample.targets());
        assertThrows(UnsupportedOperationException.class, () -> sample.projection().add(new YearValue(1, 1)));
    }

    private static byte[] render(IndicatorChartSpec spec, int w, int h) {
        return IndicatorChart.renderPng(spec, w, h);
    }
}
