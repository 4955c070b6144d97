package org.labourcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * A tornado chart of sensitivity: one row per parameter, the largest swing on top, named from the catalogue
 * ({@link Messages#parameter}) with its low and high settings; each row has a bar from the baseline outcome to the
 * outcome at the parameter's low setting (light) and one to the outcome at its high setting (dark); a line marks the
 * baseline. The value axis fits the outcomes (it does not reach down to 0). Stateless.
 */
public final class TornadoChart {

    static final Color LOW = ChartStyle.SKY_BLUE;
    static final Color HIGH = ChartStyle.BLUE;

    private TornadoChart() {
    }

    public static JFreeChart build(TornadoData d, Messages m) {
        ValueUnit unit = ValueUnit.of(d.indicator());
        String title = m.text("tornado.title", m.indicator(d.indicator()));
        String subtitle = m.text("tornado.subtitle");
        String axis = m.withUnit(m.text("tornado.axis", m.indicator(d.indicator()), d.year()), unit);
        String low = m.text("tornado.low");
        String high = m.text("tornado.high");
        String base = m.text("tornado.baseline", m.value(d.baseline(), unit));
        List<TornadoData.Row> rows = d.sorted();
        String[] categories = new String[rows.size()];
        Number[][] starts = new Number[2][rows.size()];
        Number[][] ends = new Number[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            TornadoData.Row r = rows.get(i);
            categories[i] = r.lowSetting().isEmpty() && r.highSetting().isEmpty() ? m.parameter(r.parameter())
                    : m.text("tornado.parameter", m.parameter(r.parameter()), setting(r.lowSetting()),
                    setting(r.highSetting()));
            starts[0][i] = Math.min(d.baseline(), r.outcomeLow());
            ends[0][i] = Math.max(d.baseline(), r.outcomeLow());
            starts[1][i] = Math.min(d.baseline(), r.outcomeHigh());
            ends[1][i] = Math.max(d.baseline(), r.outcomeHigh());
        }
        String note = d.info().sourceNote(m);
        ChartStyle style = new ChartStyle(ChartStyle.texts(title, subtitle, axis, low, high, base, note,
                List.of(categories)));
        DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(new Comparable<?>[] {low, high},
                categories, starts, ends);
        CategoryAxis params = style.categoryAxis(3);
        params.setCategoryMargin(0.25);
        params.setMaximumCategoryLabelWidthRatio(0.45f);
        IntervalBarRenderer r = new IntervalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0);
        r.setIncludeBaseInRange(false); // the axis fits the outcomes, not 0: a share's bars are a few points wide
        r.setSeriesPaint(0, LOW);
        r.setSeriesPaint(1, HIGH);
        r.setDefaultToolTipGenerator(null);
        CategoryPlot plot = new CategoryPlot(data, params, style.valueAxis(axis, unit, m), r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        style.stylePlot(plot);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.4f));
        ValueMarker baseline = new ValueMarker(d.baseline(), ChartStyle.BLACK, new BasicStroke(0.8f));
        plot.addRangeMarker(baseline, Layer.FOREGROUND);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(style.boxItem(low, LOW));
        legend.add(style.boxItem(high, HIGH));
        legend.add(style.lineItem(base, ChartStyle.BLACK, new BasicStroke(0.8f), null, false));
        plot.setFixedLegendItems(legend);
        return style.chart(title, plot, true, subtitle, note);
    }

    /** A setting as shown: numbers of 10,000 and more grouped ("10,000"), other text as written. */
    static String setting(String s) {
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(s.trim());
            if (v.abs().compareTo(java.math.BigDecimal.valueOf(10_000)) >= 0) {
                java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##########",
                        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
                return f.format(v);
            }
            return s.trim();
        } catch (NumberFormatException e) {
            return s;
        }
    }
}
