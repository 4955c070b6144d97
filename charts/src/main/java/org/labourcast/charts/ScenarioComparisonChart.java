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
 * Several scenarios' projections of one indicator on one chart: each scenario's median as a line with its own
 * colour, line style and marker, and the middle 80% of its runs as a translucent band in the same colour; the plan's
 * targets as labelled diamonds. Stateless.
 */
public final class ScenarioComparisonChart {

    /** Bands of scenario i are dataset i; medians are dataset {@code scenarios + i}; targets come last. */
    private ScenarioComparisonChart() {
    }

    public static JFreeChart build(ComparisonData d, Messages m) {
        int n = d.scenarios().size();
        ValueUnit unit = ValueUnit.of(d.indicator());
        RunInfo first = d.scenarios().get(0).info();
        String title = m.text("compare.title", first.region(m.lang()), m.indicator(d.indicator()), n);
        String subtitle = m.text("compare.subtitle");
        List<String> medians = new ArrayList<>();
        List<String> bands = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ComparisonData.Scenario s : d.scenarios()) {
            medians.add(m.text("compare.median", s.label()));
            bands.add(m.text("compare.band", s.label()));
            ids.add(s.info().scenarioId());
        }
        List<TargetLabels.Group> groups = TargetLabels.groups(d.targets(), d.indicator());
        List<String> targetTexts = new ArrayList<>();
        List<String> targetLegend = new ArrayList<>();
        for (TargetLabels.Group g : groups) {
            targetTexts.add(TargetLabels.marker(g, m, unit));
            targetLegend.add(m.text(g.binding() ? "compare.target.binding" : "compare.target.expected",
                    TargetLabels.shortText(g, m, unit)));
        }
        String note = m.text("source.label", m.text("source.tool", first.toolVersion()) + m.text("list.separator")
                + m.text("source.scenario", String.join(m.text("list.separator"), ids)));
        String axis = m.axisLabel(d.indicator());
        ChartStyle style = new ChartStyle(ChartStyle.texts(title, subtitle, note, axis, medians, bands, targetTexts, targetLegend,
                m.text("year.axis")));

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(style.yearAxis(m));
        plot.setRangeAxis(style.valueAxis(axis, unit, m));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        style.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.4f));
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < n; i++) {
            IndicatorProjection p = d.scenarios().get(i).projection();
            Color c = ChartStyle.SERIES.get(i % ChartStyle.SERIES.size());
            boolean hasBand = p.hasBands() && p.band80().stream().anyMatch(b -> b.hi() > b.lo());
            plot.setDataset(i, FanChart.bandDataset(bands.get(i), hasBand ? p.band80() : List.of()));
            DeviationRenderer band = FanChart.bandRenderer(c);
            band.setAlpha(0.22f);
            plot.setRenderer(i, band);
            plot.setDataset(n + i, FanChart.collection(FanChart.series(medians.get(i), p.central())));
            XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
            line.setSeriesPaint(0, c);
            line.setSeriesStroke(0, ChartStyle.dash(i, 1.4f));
            line.setSeriesShape(0, ChartStyle.marker(i, 3));
            plot.setRenderer(n + i, line);
            legend.add(style.lineItem(medians.get(i), c, ChartStyle.dash(i, 1.4f), ChartStyle.marker(i, 3.5), true));
            if (hasBand) {
                legend.add(style.boxItem(bands.get(i), ChartStyle.tint(c, 0.78)));
            }
        }
        List<List<YearValue>> lines = new ArrayList<>();
        d.scenarios().forEach(sc -> lines.add(sc.projection().central()));
        TargetLabels.add(plot, style, 2 * n, groups, targetTexts, lines, true);
        for (int i = 0; i < groups.size(); i++) {
            legend.add(TargetLabels.legendItem(style, groups.get(i), targetLegend.get(i)));
        }
        plot.setFixedLegendItems(legend);
        return style.chart(title, plot, true, subtitle, note);
    }
}
