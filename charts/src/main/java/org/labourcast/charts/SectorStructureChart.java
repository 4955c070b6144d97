package org.labourcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.CategoryTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Three-sector employment structure (三次产业就业结构) over time, in two panels on one year axis: above, each year's
 * shares of the median employment by sector as stacked bars (the plan's past structure as lighter bars), with the
 * shares written in the first and last bars; below, employment by sector in persons (medians and 80% ranges of runs)
 * with the plan's sector targets as labelled diamonds. Stateless.
 */
public final class SectorStructureChart {

    static final List<Color> COLOURS = List.of(ChartStyle.BLUISH_GREEN, ChartStyle.ORANGE, ChartStyle.BLUE);

    private SectorStructureChart() {
    }

    public static JFreeChart build(SectorData d, Messages m) {
        List<String> names = List.of(m.text("sector.primary"), m.text("sector.secondary"), m.text("sector.tertiary"));
        String title = m.text("sector.title", d.info().region(m.lang()));
        String subtitle = m.text("sector.subtitle", d.info().title(m.lang()));
        List<String> markerTexts = new ArrayList<>();
        for (TargetResult t : d.targets()) {
            markerTexts.add(legendText(t, names, m));
        }
        String note = d.info().sourceNote(m, d.history().isEmpty() ? null : m.text("source.history"),
                d.targets().isEmpty() ? null : m.text("source.plan_targets"));
        String sharesAxis = m.text("sector.shares.axis");
        String personsAxis = m.text("sector.persons.axis", m.unit(ValueUnit.PERSONS));
        SortedMap<Integer, double[]> shares = d.projectedShares();
        List<String> historyLabels = new ArrayList<>();
        for (int year : d.history().keySet()) {
            if (!shares.containsKey(year)) {
                historyLabels.add(m.text("sector.history", year));
            }
        }
        ChartStyle style = new ChartStyle(ChartStyle.texts(title, subtitle, note, names, sharesAxis, personsAxis,
                markerTexts, historyLabels, m.text("year.axis"), m.text("fan.band80")));

        NumberAxis years = style.yearAxis(m);
        years.setLowerMargin(0.07); // room for the shares written beside the first and last bars
        years.setUpperMargin(0.07);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(years);
        plot.setGap(8);

        // Shares panel.
        CategoryTableXYDataset projected = new CategoryTableXYDataset();
        CategoryTableXYDataset past = new CategoryTableXYDataset();
        for (Map.Entry<Integer, double[]> e : shares.entrySet()) {
            for (int s = 0; s < 3; s++) {
                projected.add(e.getKey(), e.getValue()[s], names.get(s), false);
            }
        }
        for (Map.Entry<Integer, double[]> e : d.history().entrySet()) {
            if (!shares.containsKey(e.getKey())) {
                for (int s = 0; s < 3; s++) {
                    past.add(e.getKey(), e.getValue()[s], names.get(s), false);
                }
            }
        }
        projected.setIntervalWidth(0.72);
        past.setIntervalWidth(0.72);
        NumberAxis shareAxis = style.valueAxis(sharesAxis, ValueUnit.PERCENT, m);
        shareAxis.setRange(0, 1);
        shareAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.25,
                new java.text.DecimalFormat("0%", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))));
        XYPlot top = new XYPlot(projected, null, shareAxis, stacked(0));
        top.setDataset(1, past);
        top.setRenderer(1, stacked(0.45));
        style.stylePlot(top);
        top.setDomainGridlinesVisible(false);
        top.setRangeGridlinesVisible(false);
        // Shares written beside the bars: after each past bar and the last bar, before the first projected bar.
        List<Integer> after = new ArrayList<>(d.history().keySet());
        after.removeIf(shares::containsKey);
        if (!shares.isEmpty()) {
            after.add(shares.lastKey());
            shareLabels(top, style, m, shares.firstKey(), shares.get(shares.firstKey()), false);
        }
        for (int year : after) {
            shareLabels(top, style, m, year, shares.containsKey(year) ? shares.get(year) : d.history().get(year), true);
        }
        plot.add(top, 1);

        // Persons panel.
        XYPlot bottom = new XYPlot();
        bottom.setRangeAxis(style.valueAxis(personsAxis, ValueUnit.PERSONS, m));
        bottom.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        style.stylePlot(bottom);
        bottom.setDomainGridlinesVisible(false);
        bottom.setRangeGridlinePaint(ChartStyle.GRID);
        bottom.setRangeGridlineStroke(new BasicStroke(0.4f));
        List<IndicatorProjection> sectors = d.sectors();
        for (int s = 0; s < 3; s++) {
            IndicatorProjection p = sectors.get(s);
            bottom.setDataset(s, FanChart.bandDataset(names.get(s), p.hasBands() ? p.band80() : List.of()));
            bottom.setRenderer(s, FanChart.bandRenderer(ChartStyle.tint(COLOURS.get(s), 0.7)));
        }
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (int s = 0; s < 3; s++) {
            IndicatorProjection p = sectors.get(s);
            bottom.setDataset(3 + s, FanChart.collection(FanChart.series(names.get(s), p.central())));
            XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
            line.setSeriesPaint(0, COLOURS.get(s));
            line.setSeriesStroke(0, ChartStyle.dash(s, 1.3f));
            line.setSeriesShape(0, ChartStyle.marker(s, 2.8));
            bottom.setRenderer(3 + s, line);
            for (YearValue v : p.central()) {
                minY = Math.min(minY, v.value());
                maxY = Math.max(maxY, v.value());
                minX = Math.min(minX, v.year());
                maxX = Math.max(maxX, v.year());
            }
            for (YearBand b : p.band80()) {
                minY = Math.min(minY, b.lo());
                maxY = Math.max(maxY, b.hi());
            }
        }
        // Targets: diamonds in the sector's colour, explained in the legend (three labels in one year would collide).
        for (int i = 0; i < d.targets().size(); i++) {
            TargetResult t = d.targets().get(i);
            if (!t.indicator().startsWith("employment_")) {
                continue;
            }
            int s = SectorData.SECTORS.indexOf(t.indicator().substring("employment_".length()));
            XYSeries point = new XYSeries(markerTexts.get(i), true, true);
            point.add(t.year(), t.target());
            XYSeriesCollection c = new XYSeriesCollection();
            c.addSeries(point);
            int index = 7 + i;
            bottom.setDataset(index, c);
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
            Color colour = s >= 0 ? COLOURS.get(s) : ChartStyle.BLACK;
            boolean binding = TargetLabels.binding(t); // binding filled, expected hollow (white inside)
            r.setSeriesPaint(0, colour);
            r.setSeriesShape(0, ShapeUtils.createDiamond(4f));
            r.setUseFillPaint(true);
            r.setSeriesFillPaint(0, binding ? colour : Color.WHITE);
            r.setUseOutlinePaint(true);
            r.setDrawOutlines(true);
            r.setSeriesOutlinePaint(0, binding ? ChartStyle.BLACK : colour);
            r.setSeriesOutlineStroke(0, new BasicStroke(binding ? 0.6f : 1.1f));
            bottom.setRenderer(index, r);
        }
        plot.add(bottom, 1);
        style.stylePlot(plot);

        LegendItemCollection legend = new LegendItemCollection();
        for (int s = 0; s < 3; s++) {
            legend.add(style.lineItem(names.get(s), COLOURS.get(s), ChartStyle.dash(s, 1.3f),
                    ChartStyle.marker(s, 3.5), true));
        }
        if (sectors.get(0).hasBands()) {
            legend.add(style.boxItem(m.text("fan.band80"), ChartStyle.tint(ChartStyle.NOTE, 0.7)));
        }
        for (String h : historyLabels) {
            legend.add(style.boxItem(h, ChartStyle.tint(ChartStyle.NOTE, 0.45)));
        }
        for (int i = 0; i < d.targets().size(); i++) {
            TargetResult t = d.targets().get(i);
            if (t.indicator().startsWith("employment_")) {
                int s = SectorData.SECTORS.indexOf(t.indicator().substring("employment_".length()));
                legend.add(style.shapeItem(markerTexts.get(i), s >= 0 ? COLOURS.get(s) : ChartStyle.BLACK,
                        ShapeUtils.createDiamond(4f), TargetLabels.binding(t)));
            }
        }
        plot.setFixedLegendItems(legend);
        return style.chart(title, plot, true, subtitle, note);
    }

    /** "Primary: target ≥ 700,000 in 2025, met in 0% of 20 runs". */
    static String legendText(TargetResult t, List<String> names, Messages m) {
        String sector = t.indicator().substring(t.indicator().lastIndexOf('_') + 1);
        int s = SectorData.SECTORS.indexOf(sector);
        String verdict = t.runs() > 1
                ? m.text("target.probability", m.percent(t.probability()), t.runs())
                : m.text("target.deterministic", m.text(t.probability() >= 1 ? "target.met" : "target.not_met"));
        return m.text(TargetLabels.binding(t) ? "sector.target.binding" : "sector.target.expected",
                s >= 0 ? names.get(s) : m.indicator(t.indicator()),
                m.text("target.short", t.symbol(), m.value(t.target(), ValueUnit.of(t.indicator())), t.year()),
                verdict);
    }

    /** The three shares of one bar, written to its right ({@code after}) or left, at the middle of each segment. */
    private static void shareLabels(XYPlot plot, ChartStyle style, Messages m, int year, double[] v, boolean after) {
        double base = 0;
        for (int s = 0; s < 3; s++) {
            XYTextAnnotation a = new ShareLabel(
                    String.format(java.util.Locale.ROOT, "%.1f%%", v[s] * 100), year + (after ? 0.42 : -0.42),
                    base + v[s] / 2);
            a.setFont(style.note);
            a.setPaint(ChartStyle.TEXT);
            a.setTextAnchor(after ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
            plot.addAnnotation(a);
            base += v[s];
        }
    }

    /**
     * A share written beside a bar, kept inside the plot: on a narrow chart (many years, few points a year) the axis
     * margin cannot hold it, so it moves inward over the bar's edge on a white box instead of being cut by the clip.
     */
    private static final class ShareLabel extends XYTextAnnotation {
        private static final long serialVersionUID = 1L;

        ShareLabel(String text, double x, double y) {
            super(text, x, y);
        }

        @Override
        public void draw(java.awt.Graphics2D g2, XYPlot plot, java.awt.geom.Rectangle2D area,
                         org.jfree.chart.axis.ValueAxis domain, org.jfree.chart.axis.ValueAxis range, int index,
                         org.jfree.chart.plot.PlotRenderingInfo info) {
            double x = domain.valueToJava2D(getX(), area, plot.getDomainAxisEdge());
            double y = range.valueToJava2D(getY(), area, plot.getRangeAxisEdge());
            double w = TextWrap.width(getText(), getFont(), g2.getFontRenderContext());
            boolean right = getTextAnchor() == TextAnchor.CENTER_LEFT;
            double fitted = right ? Math.min(x, area.getMaxX() - w - 1) : Math.max(x, area.getMinX() + w + 1);
            java.awt.font.LineMetrics lm = getFont().getLineMetrics(getText(), g2.getFontRenderContext());
            if (fitted != x) {
                g2.setPaint(Color.WHITE);
                g2.fill(new java.awt.geom.Rectangle2D.Double(right ? fitted - 0.5 : fitted - w - 0.5,
                        y - lm.getHeight() / 2, w + 1, lm.getHeight()));
            }
            g2.setFont(getFont());
            g2.setPaint(getPaint());
            org.jfree.chart.text.TextUtils.drawAlignedString(getText(), g2, (float) fitted, (float) y,
                    getTextAnchor());
        }
    }

    private static StackedXYBarRenderer stacked(double tint) {
        StackedXYBarRenderer r = new StackedXYBarRenderer(0);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        r.setDefaultOutlinePaint(Color.WHITE);
        r.setDefaultOutlineStroke(new BasicStroke(0.4f));
        for (int s = 0; s < 3; s++) {
            r.setSeriesPaint(s, ChartStyle.tint(COLOURS.get(s), tint));
            r.setSeriesOutlinePaint(s, Color.WHITE);
        }
        r.setDefaultToolTipGenerator(null);
        return r;
    }
}
