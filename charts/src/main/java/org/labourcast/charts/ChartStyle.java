package org.labourcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;

/**
 * The look shared by all charts: print-sized fonts in points (laid out at {@link ChartSize}, 16 × 10 cm by default),
 * the Okabe–Ito palette with line styles and marker shapes that keep series apart in greyscale, integer year axes,
 * value axes with units and percentages, a left-aligned title, subtitle, legend and source note.
 *
 * <p>Okabe, M. &amp; Ito, K. (2008), <i>Color Universal Design (CUD): how to make figures and presentations that
 * are friendly to colorblind people</i>. Immutable; each chart makes its own.
 */
final class ChartStyle {

    // Okabe–Ito colours.
    static final Color BLACK = new Color(0x000000);
    static final Color ORANGE = new Color(0xE69F00);
    static final Color SKY_BLUE = new Color(0x56B4E9);
    static final Color BLUISH_GREEN = new Color(0x009E73);
    static final Color YELLOW = new Color(0xF0E442);
    static final Color BLUE = new Color(0x0072B2);
    static final Color VERMILLION = new Color(0xD55E00);
    static final Color REDDISH_PURPLE = new Color(0xCC79A7);

    /** Series colours in order of use: each differs in hue and (with {@link #dash}) in greyscale. */
    static final List<Color> SERIES = List.of(BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, BLACK);

    static final Color TEXT = new Color(0x222222);
    static final Color NOTE = new Color(0x555555);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color REFERENCE = new Color(0x8A8A8A);

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    final Font title;
    final Font subtitle;
    final Font axisLabel;
    final Font tick;
    final Font legend;
    final Font annotation;
    final Font note;
    final Font base;

    /** Fonts able to show every one of {@code texts} (see {@link ChartFonts}). */
    ChartStyle(Collection<String> texts) {
        base = ChartFonts.forTexts(texts);
        title = base.deriveFont(Font.BOLD, 10.5f);
        subtitle = base.deriveFont(Font.PLAIN, 7.5f);
        axisLabel = base.deriveFont(Font.PLAIN, 7.5f);
        tick = base.deriveFont(Font.PLAIN, 7f);
        legend = base.deriveFont(Font.PLAIN, 7f);
        annotation = base.deriveFont(Font.PLAIN, 7f);
        note = base.deriveFont(Font.PLAIN, 6.5f);
    }

    /** A tint of {@code c}: {@code t} = 0 gives c, 1 gives white. Opaque, so bands print the same everywhere. */
    static Color tint(Color c, double t) {
        return new Color((int) Math.round(c.getRed() + (255 - c.getRed()) * t),
                (int) Math.round(c.getGreen() + (255 - c.getGreen()) * t),
                (int) Math.round(c.getBlue() + (255 - c.getBlue()) * t));
    }

    /** Line style {@code i}: solid, dashed, dotted, dash-dot, long dash … so lines differ without colour. */
    static Stroke dash(int i, float width) {
        float[][] patterns = {null, {5f, 2.5f}, {1.2f, 2f}, {5f, 2f, 1.2f, 2f}, {9f, 3f}, {2.5f, 2.5f}, {1f, 1f}};
        float[] p = patterns[i % patterns.length];
        return p == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, p, 0f);
    }

    /** Marker shape {@code i}: circle, square, triangle, diamond, down-triangle, … of about {@code size} pt. */
    static Shape marker(int i, double size) {
        float s = (float) size;
        return switch (i % 6) {
            case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Rectangle2D.Double(-s * 0.42, -s * 0.42, s * 0.84, s * 0.84);
            case 2 -> ShapeUtils.createUpTriangle(s * 0.6f);
            case 3 -> ShapeUtils.createDiamond(s * 0.6f);
            case 4 -> ShapeUtils.createDownTriangle(s * 0.6f);
            default -> ShapeUtils.createRegularCross(s * 0.5f, s * 0.12f);
        };
    }

    /** A year axis with integer ticks ("2020", never "2,020" or "2020.5") and the label "Year". */
    NumberAxis yearAxis(Messages m) {
        NumberAxis axis = new NumberAxis(m.text("year.axis"));
        TickUnits units = new TickUnits();
        NumberFormat years = new DecimalFormat("0", SYMBOLS);
        for (int size : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000}) {
            units.add(new NumberTickUnit(size, years, 0));
        }
        axis.setStandardTickUnits(units);
        axis.setAutoTickUnitSelection(true);
        axis.setAutoRangeIncludesZero(false);
        axis.setAutoRangeMinimumSize(2);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        styleAxis(axis);
        return axis;
    }

    /** A value axis labelled with its unit; percentages for shares, 万 in Chinese for persons and households. */
    NumberAxis valueAxis(String label, ValueUnit unit, Messages m) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(unit.percent() ? percentTickUnits()
                : plainTickUnits(m.lang() == Lang.ZH && unit.inWan() ? Messages.WAN : 1));
        axis.setAutoTickUnitSelection(true);
        axis.setAutoRangeIncludesZero(false);
        axis.setAutoRangeMinimumSize(unit.percent() ? 0.02
                : unit == ValueUnit.YEARS || unit == ValueUnit.PERSONS_PER_HOUSEHOLD ? 0.5 : 10);
        axis.setUpperMargin(0.08);
        axis.setLowerMargin(0.08);
        styleAxis(axis);
        return axis;
    }

    /**
     * A category axis whose labels wrap with {@link TextWrap} (CJK-aware) to at most {@code maxLines} lines, the
     * last shortened with "…" if the label needs more.
     */
    CategoryAxis categoryAxis(int maxLines) {
        CategoryAxis axis = new CategoryAxis(null) {
            private static final long serialVersionUID = 1L;

            @Override
            protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
                Font font = getTickLabelFont(category);
                FontRenderContext frc = g2.getFontRenderContext();
                List<String> lines = TextWrap.lines(category.toString(), font, frc, width);
                TextBlock block = new TextBlock();
                for (int i = 0; i < Math.min(maxLines, lines.size()); i++) {
                    String line = i == maxLines - 1 && lines.size() > maxLines
                            ? TextWrap.fit(String.join(" ", lines.subList(i, lines.size())), font, frc, width)
                            : lines.get(i);
                    block.addLine(line, font, getTickLabelPaint(category));
                }
                return block;
            }
        };
        axis.setMaximumCategoryLabelLines(maxLines);
        styleAxis(axis);
        return axis;
    }

    void styleAxis(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(axisLabel);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(tick);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(NOTE);
        axis.setAxisLineStroke(new BasicStroke(0.5f));
        axis.setTickMarkPaint(NOTE);
        axis.setTickMarkStroke(new BasicStroke(0.5f));
        axis.setTickMarkOutsideLength(2.5f);
        axis.setMinorTickMarksVisible(false);
        axis.setLabelInsets(new RectangleInsets(2, 2, 2, 2));
    }

    /** 1-2-2.5-5 steps of 0.0001% to 1000%, each with just the decimals it needs ("0.25%", "5%"). */
    static TickUnits percentTickUnits() {
        TickUnits units = new TickUnits();
        for (int exp = -6; exp <= 1; exp++) {
            for (String mantissa : new String[] {"1", "2", "2.5", "5"}) {
                BigDecimal size = new BigDecimal(mantissa).scaleByPowerOfTen(exp);
                int decimals = Math.max(0, size.movePointRight(2).stripTrailingZeros().scale());
                String pattern = decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%";
                units.add(new NumberTickUnit(size.doubleValue(), new DecimalFormat(pattern, SYMBOLS), 0));
            }
        }
        return units;
    }

    /**
     * 1-2-2.5-5 steps with grouped thousands; values are divided by {@code divisor} for display (10,000 for 万), with
     * just the decimals each step needs.
     */
    static TickUnits plainTickUnits(double divisor) {
        return plainTickUnits(divisor, false);
    }

    /** As {@link #plainTickUnits(double)}; with {@code absolute}, negative values are shown without sign (pyramids). */
    static TickUnits plainTickUnits(double divisor, boolean absolute) {
        TickUnits units = new TickUnits();
        for (int exp = -3; exp <= 12; exp++) {
            for (String mantissa : new String[] {"1", "2", "2.5", "5"}) {
                BigDecimal size = new BigDecimal(mantissa).scaleByPowerOfTen(exp);
                BigDecimal shown = size.divide(BigDecimal.valueOf(divisor));
                int decimals = Math.max(0, shown.stripTrailingZeros().scale());
                String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
                NumberFormat f = new DecimalFormat(pattern, SYMBOLS);
                units.add(new NumberTickUnit(size.doubleValue(),
                        divisor == 1 && !absolute ? f : new Scaled(f, divisor, absolute), 0));
            }
        }
        return units;
    }

    /** Plot look: white, no outline, light horizontal grid. */
    void stylePlot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 2, 2, 8));
    }

    /**
     * Title, subtitle, legend at the bottom left, source note under it, white background, no border. Title,
     * subtitle and note wrap with {@link TextWrap} (CJK-aware) to the chart's width and take the lines they need.
     *
     * @param subtitle null or blank for none
     * @param note     null or blank for none
     */
    JFreeChart chart(String titleText, Plot plot, boolean legend, String subtitleText, String noteText) {
        JFreeChart chart = new JFreeChart(titleText, title, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.setPadding(new RectangleInsets(9, 10, 7, 10));
        TextTitle t = new WrappedTitle(titleText, title);
        chart.setTitle(t);
        t.setPaint(TEXT);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setTextAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(0, 0, 2, 0));
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setPosition(RectangleEdge.BOTTOM);
            l.setHorizontalAlignment(HorizontalAlignment.LEFT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setItemFont(this.legend);
            l.setItemPaint(TEXT);
            l.setPadding(new RectangleInsets(5, 0, 1, 0));
            l.setItemLabelPadding(new RectangleInsets(1, 3, 1, 10));
        }
        if (subtitleText != null && !subtitleText.isBlank()) {
            TextTitle s = new WrappedTitle(subtitleText, subtitle);
            s.setPaint(NOTE);
            s.setPosition(RectangleEdge.TOP);
            s.setHorizontalAlignment(HorizontalAlignment.LEFT);
            s.setTextAlignment(HorizontalAlignment.LEFT);
            s.setPadding(new RectangleInsets(0, 0, 5, 0));
            chart.addSubtitle(s);
        }
        if (noteText != null && !noteText.isBlank()) {
            TextTitle n = new WrappedTitle(noteText, note);
            n.setPaint(NOTE);
            n.setPosition(RectangleEdge.BOTTOM);
            n.setHorizontalAlignment(HorizontalAlignment.LEFT);
            n.setTextAlignment(HorizontalAlignment.LEFT);
            n.setPadding(new RectangleInsets(3, 0, 0, 0));
            chart.addSubtitle(0, n); // laid out from the edge in order: the note below the legend
        }
        return chart;
    }

    /** A legend entry: a line with a marker. */
    LegendItem lineItem(String label, Paint paint, Stroke stroke, Shape shape, boolean shapeFilled) {
        LegendItem item = new LegendItem(label, null, null, null, shape != null,
                shape == null ? new Rectangle2D.Double() : shape, shapeFilled, paint, !shapeFilled,
                paint, new BasicStroke(1f), true, new java.awt.geom.Line2D.Double(-9, 0, 9, 0), stroke, paint);
        item.setLabelFont(legend);
        item.setLabelPaint(TEXT);
        return item;
    }

    /** A legend entry: a marker only. */
    LegendItem shapeItem(String label, Paint paint, Shape shape, boolean filled) {
        LegendItem item = new LegendItem(label, null, null, null, true, shape, filled, paint, !filled, paint,
                new BasicStroke(1f), false, new java.awt.geom.Line2D.Double(), new BasicStroke(1f), paint);
        item.setLabelFont(legend);
        item.setLabelPaint(TEXT);
        return item;
    }

    /** A legend entry: a filled box. */
    LegendItem boxItem(String label, Paint fill) {
        LegendItem item = new LegendItem(label, fill);
        item.setShape(new Rectangle2D.Double(-5, -3.5, 10, 7));
        item.setLabelFont(legend);
        item.setLabelPaint(TEXT);
        return item;
    }

    /** Everything a chart shows as text, for choosing its font. */
    static List<String> texts(Object... parts) {
        List<String> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Collection<?> c) {
                for (Object o : c) {
                    out.add(String.valueOf(o));
                }
            } else if (p != null) {
                out.add(p.toString());
            }
        }
        return out;
    }

    /** Shows a number divided by a fixed divisor, e.g. persons in 万. */
    static final class Scaled extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final NumberFormat inner;
        private final double divisor;
        private final boolean absolute;

        Scaled(NumberFormat inner, double divisor, boolean absolute) {
            this.inner = inner;
            this.divisor = divisor;
            this.absolute = absolute;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            double v = number / divisor;
            return inner.format(absolute ? Math.abs(v) : v, toAppendTo, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            Number n = inner.parse(source, parsePosition);
            return n == null ? null : n.doubleValue() * divisor;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Scaled s && s.inner.equals(inner) && s.divisor == divisor && s.absolute == absolute;
        }

        @Override
        public int hashCode() {
            return inner.hashCode() * 31 + Double.hashCode(divisor);
        }
    }
}
