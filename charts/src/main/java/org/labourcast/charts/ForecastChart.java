package org.labourcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * A time-series forecast against the scenario projection of the same indicator: the scenario's median (solid) and
 * the range of 90% of its runs; each forecast model's point forecast (dashed, with markers) and its 80% and 95%
 * intervals as translucent bands in the model's colour; observed values as points. Stateless.
 */
public final class ForecastChart {

    private ForecastChart() {
    }

    public static JFreeChart build(ForecastData d, Messages m) {
        IndicatorProjection p = d.scenario();
        ValueUnit unit = ValueUnit.of(p.indicator());
        String title = m.text("forecast.title", d.info().region(m.lang()), m.indicator(p.indicator()));
        String subtitle = m.text("forecast.subtitle");
        String scenarioLabel = m.text("forecast.scenario");
        String scenarioBand = m.text("forecast.scenario_band");
        String historyLabel = m.text("fan.history");
        List<String> labels = new ArrayList<>();
        for (ForecastSeries f : d.forecasts()) {
            labels.add(m.text("forecast.point", f.model()));
            labels.add(m.text("forecast.band80", f.model()));
            labels.add(m.text("forecast.band95", f.model()));
        }
        String note = d.info().sourceNote(m);
        String axis = m.axisLabel(p.indicator());
        ChartStyle style = new ChartStyle(ChartStyle.texts(title, subtitle, note, axis, scenarioLabel, scenarioBand,
                historyLabel, labels, m.text("year.axis")));

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(style.yearAxis(m));
        plot.setRangeAxis(style.valueAxis(axis, unit, m));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        style.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.4f));
        LegendItemCollection legend = new LegendItemCollection();

        int index = 0;
        boolean bands = p.hasBands() && p.band90().stream().anyMatch(b -> b.hi() > b.lo());
        plot.setDataset(index, FanChart.bandDataset(scenarioBand, bands ? p.band90() : List.of()));
        plot.setRenderer(index++, FanChart.bandRenderer(FanChart.FILL90));
        for (int i = 0; i < d.forecasts().size(); i++) {
            ForecastSeries f = d.forecasts().get(i);
            Color c = ChartStyle.SERIES.get((i + 1) % ChartStyle.SERIES.size());
            List<YearBand> b95 = new ArrayList<>();
            List<YearBand> b80 = new ArrayList<>();
            for (ForecastSeries.Point pt : f.points()) {
                if (pt.has95()) {
                    b95.add(new YearBand(pt.year(), Math.min(pt.lo95(), pt.hi95()), Math.max(pt.lo95(), pt.hi95())));
                }
                if (pt.has80()) {
                    b80.add(new YearBand(pt.year(), Math.min(pt.lo80(), pt.hi80()), Math.max(pt.lo80(), pt.hi80())));
                }
            }
            plot.setDataset(index, FanChart.bandDataset(labels.get(3 * i + 2), b95));
            DeviationRenderer r95 = FanChart.bandRenderer(c);
            r95.setAlpha(0.14f);
            plot.setRenderer(index++, r95);
            plot.setDataset(index, FanChart.bandDataset(labels.get(3 * i + 1), b80));
            DeviationRenderer r80 = FanChart.bandRenderer(c);
            r80.setAlpha(0.28f);
            plot.setRenderer(index++, r80);
        }
        plot.setDataset(index, FanChart.collection(FanChart.series(scenarioLabel, p.central())));
        XYLineAndShapeRenderer central = new XYLineAndShapeRenderer(true, true);
        central.setSeriesPaint(0, FanChart.LINE);
        central.setSeriesStroke(0, ChartStyle.dash(0, 1.4f));
        central.setSeriesShape(0, ChartStyle.marker(0, 2.8));
        plot.setRenderer(index++, central);
        legend.add(style.lineItem(scenarioLabel, FanChart.LINE, ChartStyle.dash(0, 1.4f), ChartStyle.marker(0, 3.5),
                true));
        if (bands) {
            legend.add(style.boxItem(scenarioBand, FanChart.FILL90));
        }
        for (int i = 0; i < d.forecasts().size(); i++) {
            ForecastSeries f = d.forecasts().get(i);
            Color c = ChartStyle.SERIES.get((i + 1) % ChartStyle.SERIES.size());
            List<YearValue> points = new ArrayList<>();
            for (ForecastSeries.Point pt : f.points()) {
                points.add(new YearValue(pt.year(), pt.point()));
            }
            plot.setDataset(index, FanChart.collection(FanChart.series(labels.get(3 * i), points)));
            XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
            line.setSeriesPaint(0, c);
            line.setSeriesStroke(0, ChartStyle.dash(i + 1, 1.4f));
            line.setSeriesShape(0, ChartStyle.marker(i + 2, 3));
            plot.setRenderer(index++, line);
            legend.add(style.lineItem(labels.get(3 * i), c, ChartStyle.dash(i + 1, 1.4f), ChartStyle.marker(i + 2, 3.5),
                    true));
            legend.add(style.boxItem(labels.get(3 * i + 1), ChartStyle.tint(c, 0.6)));
            legend.add(style.boxItem(labels.get(3 * i + 2), ChartStyle.tint(c, 0.82)));
        }
        plot.setDataset(index, FanChart.collection(FanChart.series(historyLabel, d.history())));
        XYLineAndShapeRenderer history = new XYLineAndShapeRenderer(false, true);
        history.setSeriesPaint(0, FanChart.HISTORY_COLOUR);
        history.setSeriesShape(0, ChartStyle.marker(1, 5));
        history.setSeriesShapesFilled(0, false);
        history.setUseOutlinePaint(false);
        history.setDrawOutlines(true);
        history.setSeriesOutlineStroke(0, new BasicStroke(1.1f));
        plot.setRenderer(index, history);
        if (!d.history().isEmpty()) {
            legend.add(style.shapeItem(historyLabel, FanChart.HISTORY_COLOUR, ChartStyle.marker(1, 5), false));
        }
        plot.setFixedLegendItems(legend);
        return style.chart(title, plot, true, subtitle, note);
    }
}
