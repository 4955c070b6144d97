package org.labourcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.CategoryTableXYDataset;

/**
 * Population pyramids of two years side by side (for example the base year and the horizon): men to the left, women
 * to the right, urban residents dark next to the axis and rural residents light outside them, by single year or
 * five-year group, the working-age band marked by dashed lines at its bounds. Both pyramids share the age axis and
 * the scale of persons, so they compare at a glance. Stateless.
 */
public final class PopulationPyramid {

    /** Series order in each year's dataset (stacked outwards from the axis). */
    public static final int MALE_URBAN = 0;
    public static final int MALE_RURAL = 1;
    public static final int FEMALE_URBAN = 2;
    public static final int FEMALE_RURAL = 3;

    static final Color MALE_URBAN_COLOUR = ChartStyle.BLUE;
    static final Color MALE_RURAL_COLOUR = ChartStyle.tint(ChartStyle.BLUE, 0.6);
    static final Color FEMALE_URBAN_COLOUR = ChartStyle.VERMILLION;
    static final Color FEMALE_RURAL_COLOUR = ChartStyle.tint(ChartStyle.VERMILLION, 0.6);

    private PopulationPyramid() {
    }

    public static JFreeChart build(PyramidData d, Messages m) {
        String title = m.text("pyramid.title", d.info().region(m.lang()), d.yearA(), d.yearB());
        String subtitle = m.text("pyramid.subtitle", d.info().title(m.lang()));
        String note = d.info().sourceNote(m);
        String[] keys = {m.text("pyramid.male_urban"), m.text("pyramid.male_rural"), m.text("pyramid.female_urban"),
            m.text("pyramid.female_rural")};
        String ageLabel = m.text(d.groupWidth() == 1 ? "pyramid.age1" : "pyramid.age");
        String personsLabel = m.lang() == Lang.ZH ? m.text("pyramid.axis") : m.withUnit(m.text("pyramid.axis"),
                ValueUnit.PERSONS);
        String band = d.workingAge() == null ? null
                : m.text("pyramid.working_age", d.workingAge()[0], d.workingAge()[1]);
        ChartStyle style = new ChartStyle(ChartStyle.texts(title, subtitle, note, List.of(keys), ageLabel,
                personsLabel, band, m.text("pyramid.male"), m.text("pyramid.female")));

        NumberAxis ages = new NumberAxis(ageLabel);
        TickUnits ageUnits = new TickUnits();
        ageUnits.add(new NumberTickUnit(10, new java.text.DecimalFormat("0"), 0));
        ageUnits.add(new NumberTickUnit(20, new java.text.DecimalFormat("0"), 0));
        ages.setStandardTickUnits(ageUnits);
        int top = d.population().maxAge() + d.groupWidth();
        ages.setRange(0, top);
        style.styleAxis(ages);

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ages);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(14);
        double max = 0;
        for (int year : new int[] {d.yearA(), d.yearB()}) {
            for (int start : d.groupStarts()) {
                for (int sex = 0; sex < 2; sex++) {
                    max = Math.max(max, d.persons(year, start, sex, PopulationTable.URBAN)
                            + d.persons(year, start, sex, PopulationTable.RURAL));
                }
            }
        }
        double limit = max * 1.08;
        for (int year : new int[] {d.yearA(), d.yearB()}) {
            XYPlot sub = new XYPlot(dataset(d, year, keys), null, personsAxis(personsLabel, limit, m, style),
                    renderer());
            sub.setOrientation(PlotOrientation.HORIZONTAL);
            style.stylePlot(sub);
            sub.setDomainGridlinesVisible(false);
            sub.setRangeGridlinePaint(ChartStyle.GRID);
            sub.setRangeGridlineStroke(new BasicStroke(0.4f));
            ValueMarker zero = new ValueMarker(0, ChartStyle.NOTE, new BasicStroke(0.5f));
            sub.addRangeMarker(zero, Layer.FOREGROUND);
            if (d.workingAge() != null) {
                for (int bound : new int[] {d.workingAge()[0], d.workingAge()[1] + 1}) {
                    ValueMarker line = new ValueMarker(bound, ChartStyle.BLACK, new BasicStroke(0.7f,
                            BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
                    sub.addDomainMarker(line, Layer.FOREGROUND);
                }
            }
            Font heading = style.title.deriveFont(Font.BOLD, 9f);
            XYTextAnnotation yearLabel = new XYTextAnnotation(Integer.toString(year), top - d.groupWidth() * 0.6,
                    -limit * 0.97);
            yearLabel.setFont(heading);
            yearLabel.setPaint(ChartStyle.TEXT);
            yearLabel.setTextAnchor(TextAnchor.CENTER_LEFT);
            sub.addAnnotation(yearLabel);
            for (int side : new int[] {-1, 1}) {
                XYTextAnnotation sex = new XYTextAnnotation(m.text(side < 0 ? "pyramid.male" : "pyramid.female"),
                        top - d.groupWidth() * 0.6, side * limit * 0.5);
                sex.setFont(style.annotation);
                sex.setPaint(side < 0 ? MALE_URBAN_COLOUR : FEMALE_URBAN_COLOUR);
                sex.setTextAnchor(TextAnchor.CENTER);
                sub.addAnnotation(sex);
            }
            plot.add(sub, 1);
        }
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        style.stylePlot(plot);

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(style.boxItem(keys[MALE_URBAN], MALE_URBAN_COLOUR));
        legend.add(style.boxItem(keys[MALE_RURAL], MALE_RURAL_COLOUR));
        legend.add(style.boxItem(keys[FEMALE_URBAN], FEMALE_URBAN_COLOUR));
        legend.add(style.boxItem(keys[FEMALE_RURAL], FEMALE_RURAL_COLOUR));
        if (band != null) {
            legend.add(style.lineItem(band, ChartStyle.BLACK, new BasicStroke(0.7f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f), null, false));
        }
        plot.setFixedLegendItems(legend);
        return style.chart(title, plot, true, subtitle, note);
    }

    /** One year's groups: x is the group's middle age, men negative; four series, see {@link #MALE_URBAN}. */
    static CategoryTableXYDataset dataset(PyramidData d, int year, String[] keys) {
        CategoryTableXYDataset data = new CategoryTableXYDataset();
        for (int start : d.groupStarts()) {
            double x = start + d.groupWidth() / 2.0;
            data.add(x, -d.persons(year, start, PopulationTable.MALE, PopulationTable.URBAN), keys[MALE_URBAN], false);
            data.add(x, -d.persons(year, start, PopulationTable.MALE, PopulationTable.RURAL), keys[MALE_RURAL], false);
            data.add(x, d.persons(year, start, PopulationTable.FEMALE, PopulationTable.URBAN), keys[FEMALE_URBAN], false);
            data.add(x, d.persons(year, start, PopulationTable.FEMALE, PopulationTable.RURAL), keys[FEMALE_RURAL], false);
        }
        data.setIntervalWidth(d.groupWidth());
        return data;
    }

    private static NumberAxis personsAxis(String label, double limit, Messages m, ChartStyle style) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(ChartStyle.plainTickUnits(m.lang() == Lang.ZH ? Messages.WAN : 1, true));
        axis.setRange(-limit, limit);
        style.styleAxis(axis);
        return axis;
    }

    private static StackedXYBarRenderer renderer() {
        StackedXYBarRenderer r = new StackedXYBarRenderer(0.12);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(MALE_URBAN, MALE_URBAN_COLOUR);
        r.setSeriesPaint(MALE_RURAL, MALE_RURAL_COLOUR);
        r.setSeriesPaint(FEMALE_URBAN, FEMALE_URBAN_COLOUR);
        r.setSeriesPaint(FEMALE_RURAL, FEMALE_RURAL_COLOUR);
        r.setDefaultToolTipGenerator(null);
        return r;
    }
}
