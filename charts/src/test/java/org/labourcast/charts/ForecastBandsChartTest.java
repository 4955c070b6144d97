package org.labourcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** The forecast chart: bands where there are intervals, none where there are not, same bytes for the same spec. */
class ForecastBandsChartTest {
    private static ForecastBandsChart.Spec spec(boolean intervals) {
        List<YearValue> history = List.of(new YearValue(2018, 0.5229), new YearValue(2019, 0.5379),
                new YearValue(2020, 0.567));
        List<ForecastBandsChart.Band> bands = new ArrayList<>();
        for (int h = 1; h <= 5; h++) {
            double p = 0.567 + 0.016 * h;
            double w = 0.01 * Math.sqrt(h);
            bands.add(intervals ? new ForecastBandsChart.Band(2020 + h, p, p - w, p + w, p - 1.5 * w, p + 1.5 * w)
                    : new ForecastBandsChart.Band(2020 + h, p, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        }
        return new ForecastBandsChart.Spec("Sichuan: urbanization rate, trend forecast", "test", "Share (%)", true, history,
                bands, "Linear trend forecast", "Source: test");
    }

    @Test
    void bandsStartAtTheLastObservationAndTheLegendNamesThem() {
        JFreeChart chart = ForecastBandsChart.build(spec(true), 1);
        XYPlot plot = chart.getXYPlot();
        YIntervalSeriesCollection bands = (YIntervalSeriesCollection) plot.getDataset(0);
        assertEquals(2, bands.getSeriesCount());
        assertEquals(6, bands.getItemCount(0)); // 2020 (zero width) + 5 forecast years
        assertEquals(2020, bands.getX(0, 0).intValue());
        assertEquals(0.583 - 1.5 * 0.01, bands.getStartYValue(0, 1), 1e-12); // 95% band, 2021: 0.583 − 1.5·0.01
        LegendItemCollection legend = plot.getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            labels.add(legend.get(i).getLabel());
        }
        assertEquals(List.of("Observed", "Linear trend forecast", "80% prediction interval", "95% prediction interval"),
                labels);
    }

    @Test
    void withoutIntervalsThereAreNoBands() {
        XYPlot plot = ForecastBandsChart.build(spec(false), 1).getXYPlot();
        assertEquals(2, plot.getDatasetCount() - countNull(plot)); // forecast line and history only
        assertEquals(2, plot.getLegendItems().getItemCount());
    }

    private static int countNull(XYPlot plot) {
        int n = 0;
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            if (plot.getDataset(i) == null) {
                n++;
            }
        }
        return n;
    }

    @Test
    void pngIsDeterministicAndOfTheAskedSize() throws IOException {
        byte[] a = ForecastBandsChart.renderPng(spec(true), 800, 500);
        byte[] b = ForecastBandsChart.renderPng(spec(true), 800, 500);
        assertArrayEquals(a, b);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(a));
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        assertTrue(a.length > 1000);
    }
}
