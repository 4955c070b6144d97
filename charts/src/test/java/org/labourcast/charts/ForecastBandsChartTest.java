package org.labourcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** The forecast command's chart: bands where there are intervals, none where there are not, in both languages. */
class ForecastBandsChartTest {
    static ForecastBandsChart.Data data(boolean intervals) {
        List<YearValue> history = List.of(new YearValue(2018, 0.5229), new YearValue(2019, 0.5379),
                new YearValue(2020, 0.567));
        List<ForecastBandsChart.Band> bands = new ArrayList<>();
        for (int h = 1; h <= 5; h++) {
            double p = 0.567 + 0.016 * h;
            double w = 0.01 * Math.sqrt(h);
            bands.add(intervals ? new ForecastBandsChart.Band(2020 + h, p, p - w, p + w, p - 1.5 * w, p + 1.5 * w)
                    : new ForecastBandsChart.Band(2020 + h, p, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        }
        RunInfo info = new RunInfo("sichuan-baseline", "Sichuan: baseline", "四川省：基准情景", "Sichuan", "四川省",
                "9.9", 1, null, null);
        return new ForecastBandsChart.Data(info, "urbanization_rate", history, bands, "linear", "linear trend (OLS)",
                "lowest AICc of the candidate models");
    }

    private static List<String> legend(XYPlot plot) {
        LegendItemCollection legend = plot.getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            labels.add(legend.get(i).getLabel());
        }
        return labels;
    }

    @Test
    void bandsStartAtTheLastObservationAndTheLegendNamesThem() {
        JFreeChart chart = ForecastBandsChart.build(data(true), Messages.of(Lang.EN));
        XYPlot plot = chart.getXYPlot();
        YIntervalSeriesCollection b95 = (YIntervalSeriesCollection) plot.getDataset(0);
        assertEquals(6, b95.getItemCount(0)); // 2020 (zero width) + 5 forecast years
        assertEquals(2020, b95.getX(0, 0).intValue());
        assertEquals(0.583 - 1.5 * 0.01, b95.getStartYValue(0, 1), 1e-12); // 95% band, 2021: 0.583 − 1.5·0.01
        assertEquals(List.of("Observed", "Forecast: linear trend (OLS)", "80% prediction interval",
                "95% prediction interval"), legend(plot));
        assertEquals("Sichuan: Urbanization rate of residents, trend forecast", chart.getTitle().getText());
    }

    @Test
    void chineseChartTakesItsTextsAndTheModelsNameFromTheCatalogue() {
        JFreeChart chart = ForecastBandsChart.build(data(true), Messages.of(Lang.ZH));
        assertEquals(List.of("观测值", "预测：线性趋势（最小二乘）", "80%预测区间", "95%预测区间"),
                legend(chart.getXYPlot()));
        assertEquals("四川省：常住人口城镇化率趋势预测", chart.getTitle().getText());
        assertEquals("常住人口城镇化率（%）", chart.getXYPlot().getRangeAxis().getLabel());
    }

    /** A share's line in its logit is named as such in Chinese too (the kind alone says only "linear"). */
    @Test
    void aLineInTheLogitIsNamedInBothLanguages() {
        ForecastBandsChart.Data d = data(true);
        ForecastBandsChart.Data logit = new ForecastBandsChart.Data(d.info(), d.indicator(), d.history(), d.forecast(),
                "linear", "linear trend in the logit of the share (OLS)", d.reason());
        assertEquals("对数几率（logit）线性趋势（最小二乘）", ForecastBandsChart.modelName(logit, Messages.of(Lang.ZH)));
        assertEquals("linear trend in the logit of the share (OLS)",
                ForecastBandsChart.modelName(logit, Messages.of(Lang.EN)));
        assertEquals("线性趋势（最小二乘）", ForecastBandsChart.modelName(d, Messages.of(Lang.ZH)));
    }

    @Test
    void withoutIntervalsThereAreNoBands() {
        XYPlot plot = ForecastBandsChart.build(data(false), Messages.of(Lang.EN)).getXYPlot();
        assertEquals(0, plot.getDataset(0).getSeriesCount());
        assertEquals(0, plot.getDataset(1).getSeriesCount());
        assertEquals(2, plot.getLegendItems().getItemCount());
    }

    @Test
    void renderingIsDeterministicInEveryFormat() {
        for (ChartFormat f : ChartFormat.values()) {
            byte[] a = ForecastBandsChart.named(data(true), Messages.of(Lang.ZH), ChartSize.PRINT).render(f);
            byte[] b = ForecastBandsChart.named(data(true), Messages.of(Lang.ZH), ChartSize.PRINT).render(f);
            assertArrayEquals(a, b, f.toString());
            assertTrue(a.length > 1000);
        }
    }
}
