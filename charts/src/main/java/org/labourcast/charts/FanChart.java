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
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A fan chart of one indicator: the median of the Monte Carlo runs as a line, the middle 80% (p10–p90) and 90%
 * (p05–p95) of runs as nested bands, the plan's base-year value as points, each annual target as a diamond (filled
 * binding, hollow expected) on a dashed reference line labelled "≥ 60% (2025 target)" — one label for a run of equal
 * annual targets ({@link TargetLabels}) — and the share of runs meeting it in the legend. A
 * deterministic projection is drawn as a line without bands.
 *
 * <p>The output files carry p05 and p95, so the wider band is honestly the 90% range of the runs, not a 95% one.
 * Stateless.
 */
public final class FanChart {

    /** Dataset indices in the plot. */
    public static final int BAND90 = 0;
    public static final int BAND80 = 1;
    public static final int CENTRAL = 2;
    public static final int HISTORY = 3;
    public static final int TARGETS = 4;

    static final Color LINE = ChartStyle.BLUE;
    static final Color FILL80 = ChartStyle.tint(ChartStyle.BLUE, 0.55);
    static final Color FILL90 = ChartStyle.tint(ChartStyle.BLUE, 0.80);
    static final Color HISTORY_COLOUR = ChartStyle.VERMILLION;

    private static final int SOURCE_CHARS = 110;

    private FanChart() {
    }

    public static JFreeChart build(FanChartData d, Messages m) {
        IndicatorProjection p = d.projection();
        ValueUnit unit = ValueUnit.of(p.indicator());
        boolean bands = p.hasBands() && p.band90().stream().anyMatch(b -> b.hi() > b.lo());
        boolean same = p.hasBands() && !bands; // e.g. demographic indicators: every run is aligned to one projection
        String centralLabel = bands || same ? m.text("fan.median", p.runs()) : m.text("fan.projection");
        String band80Label = m.text("fan.band80");
        String band90Label = m.text("fan.band90");
        String historyLabel = m.text("fan.history");
        List<TargetLabels.Group> groups = TargetLabels.groups(d.targets(), p.indicator());
        List<String> targetLegend = new ArrayList<>();
        List<String> targetMarkers = new ArrayList<>();
        for (TargetLabels.Group g : groups) {
            targetLegend.add(TargetLabels.legend(g, m, unit));
            targetMarkers.add(TargetLabels.marker(g, m, unit));
        }
        List<String> sources = new ArrayList<>();
        for (TargetResult t : d.targets()) {
            if (t.indicator().equals(p.indicator()) && t.annual() && !t.source().isBlank()
                    && !sources.contains(shorten(t.source()))) {
                sources.add(shorten(t.source()));
            }
        }
        String title = m.text("chart.title", d.info().region(m.lang()), m.indicator(p.indicator()));
        String subtitle = m.text(bands ? "fan.subtitle.mc" : same ? "fan.subtitle.same" : "fan.subtitle.det",
                d.info().title(m.lang()), p.runs());
        String note = d.info().sourceNote(m, d.history().isEmpty() ? null : m.text("source.history"),
                sources.isEmpty() ? null : m.text(sources.size() > 1 ? "source.targets" : "source.target",
                        String.join(m.text("sentence.separator"), sources)));
        String axis = m.axisLabel(p.indicator());
        ChartStyle style = new ChartStyle(ChartStyle.texts(title, subtitle, note, axis, centralLabel, band80Label,
                band90Label, historyLabel, targetLegend, targetMarkers, m.text("year.axis")));

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(style.yearAxis(m));
        plot.setRangeAxis(style.valueAxis(axis, unit, m));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        style.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.4f));

        plot.setDataset(BAND90, bandDataset(band90Label, bands ? p.band90() : List.of()));
        plot.setRenderer(BAND90, bandRenderer(FILL90));
        plot.setDataset(BAND80, bandDataset(band80Label, bands ? p.band80() : List.of()));
        plot.setRenderer(BAND80, bandRenderer(FILL80));

        plot.setDataset(CENTRAL, collection(series(centralLabel, p.central())));
        XYLineAndShapeRenderer central = new XYLineAndShapeRenderer(true, true);
        central.setSeriesPaint(0, LINE);
        central.setSeriesStroke(0, new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        central.setSeriesShape(0, ChartStyle.marker(0, 2.8));
        plot.setRenderer(CENTRAL, central);

        plot.setDataset(HISTORY, collection(series(historyLabel, d.history())));
        XYLineAndShapeRenderer history = new XYLineAndShapeRenderer(false, true);
        history.setSeriesPaint(0, HISTORY_COLOUR);
        history.setSeriesShape(0, ChartStyle.marker(1, 5));
        history.setSeriesShapesFilled(0, false);
        history.setUseOutlinePaint(false);
        history.setDrawOutlines(true);
        history.setSeriesOutlineStroke(0, new BasicStroke(1.1f));
        plot.setRenderer(HISTORY, history);

        TargetLabels.add(plot, style, TARGETS, groups, targetMarkers, List.of(p.central()), true);

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(style.lineItem(centralLabel, LINE, central.getSeriesStroke(0), ChartStyle.marker(0, 3.5), true));
        if (bands) {
            legend.add(style.boxItem(band80Label, FILL80));
            legend.add(style.boxItem(band90Label, FILL90));
        }
        if (!d.history().isEmpty()) {
            legend.add(style.shapeItem(historyLabel, HISTORY_COLOUR, ChartStyle.marker(1, 5), false));
        }
        for (int i = 0; i < groups.size(); i++) {
            legend.add(TargetLabels.legendItem(style, groups.get(i), targetLegend.get(i)));
        }
        plot.setFixedLegendItems(legend);
        return style.chart(title, plot, true, subtitle, note);
    }

    static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= SOURCE_CHARS ? one : one.substring(0, SOURCE_CHARS - 1) + "\u2026";
    }

    static XYSeries series(String key, List<YearValue> values) {
        XYSeries s = new XYSeries(key, true, false);
        for (YearValue v : values) {
            if (s.indexOf(v.year()) >= 0) {
                throw new IllegalArgumentException("series '" + key + "' has two values for " + v.year());
            }
            s.add(v.year(), v.value(), false);
        }
        return s;
    }

    static XYSeriesCollection collection(XYSeries s) {
        XYSeriesCollection c = new XYSeriesCollection();
        if (s.getItemCount() > 0) {
            c.addSeries(s);
        }
        return c;
    }

    static YIntervalSeriesCollection bandDataset(String key, List<YearBand> bands) {
        YIntervalSeriesCollection c = new YIntervalSeriesCollection();
        if (!bands.isEmpty()) {
            YIntervalSeries s = new YIntervalSeries(key, true, false);
            for (YearBand b : bands) {
                s.add(b.year(), (b.lo() + b.hi()) / 2, b.lo(), b.hi());
            }
            c.addSeries(s);
        }
        return c;
    }

    static DeviationRenderer bandRenderer(Color fill) {
        DeviationRenderer r = new DeviationRenderer(false, false);
        r.setSeriesFillPaint(0, fill);
        r.setSeriesPaint(0, fill);
        r.setAlpha(1f);
        return r;
    }
}
