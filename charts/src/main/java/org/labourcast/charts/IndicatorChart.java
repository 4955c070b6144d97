package org.labourcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A line chart of one indicator over the years, made to be pasted into a printed report: a projection
 * (solid line with small dots), observed history (hollow squares), and policy targets (black diamonds labelled
 * "≥ 60% (2025 target)" over a dashed reference line), integer year ticks, a value axis with units, a source
 * note under the plot, white background, no shadows or gradients.
 *
 * <p>Colours are from the Okabe–Ito palette (safe for colour-blind readers) and each series also differs by
 * shape and line style, so the chart survives greyscale printing. Fonts are the {@link Font#SANS_SERIF} logical
 * font, sized for print at the default 1600×1000 px and scaled with the image in {@link #renderPng}.
 *
 * <p>Stateless and thread-safe; each call builds a new chart. Number formats use {@link Locale#ROOT}, so the
 * output does not depend on the machine's locale.
 */
public final class IndicatorChart {

    public static final int DEFAULT_WIDTH_PX = 1600;
    public static final int DEFAULT_HEIGHT_PX = 1000;

    /** Dataset indices in the plot. */
    public static final int PROJECTION_DATASET = 0;
    public static final int HISTORY_DATASET = 1;
    public static final int TARGET_DATASET = 2;

    /** Okabe & Ito (2008), "Color Universal Design": blue, vermillion, black. */
    static final Color PROJECTION_COLOUR = new Color(0x0072B2);
    static final Color HISTORY_COLOUR = new Color(0xD55E00);
    static final Color TARGET_COLOUR = Color.BLACK;
    private static final Color REFERENCE_LINE_COLOUR = new Color(0x9A9A9A);
    private static final Color GRID_COLOUR = new Color(0xDDDDDD);
    private static final Color TEXT_COLOUR = new Color(0x222222);
    private static final Color NOTE_COLOUR = new Color(0x555555);

    private static final int MAX_SIDE_PX = 16_384;
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private IndicatorChart() {
    }

    /** Builds the chart with fonts sized for {@value #DEFAULT_WIDTH_PX}×{@value #DEFAULT_HEIGHT_PX} px. */
    public static JFreeChart build(IndicatorChartSpec spec) {
        return build(spec, 1.0);
    }

    /**
     * Renders the chart as PNG. The same spec and size give the same bytes on the same machine (and JDK and
     * fonts): no timestamps or other metadata are written.
     *
     * @throws IllegalArgumentException if a side is not in 1..16384
     */
    public static byte[] renderPng(IndicatorChartSpec spec, int widthPx, int heightPx) {
        return png(build(spec, scaleFor(widthPx, heightPx)), widthPx, heightPx);
    }

    /** The font and stroke scale for an image of this size (1 at the default size). */
    static double scaleFor(int widthPx, int heightPx) {
        if (widthPx < 1 || heightPx < 1 || widthPx > MAX_SIDE_PX || heightPx > MAX_SIDE_PX) {
            throw new IllegalArgumentException(
                    "chart size must be within 1.." + MAX_SIDE_PX + " px, was " + widthPx + "x" + heightPx);
        }
        return Math.min(widthPx / (double) DEFAULT_WIDTH_PX, heightPx / (double) DEFAULT_HEIGHT_PX);
    }

    /** Encodes a chart as PNG without metadata, so equal charts give equal bytes. */
    static byte[] png(JFreeChart chart, int widthPx, int heightPx) {
        BufferedImage image = chart.createBufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try {
            ChartUtils.writeBufferedImageAsPNG(bytes, image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart as PNG", e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }

    static JFreeChart build(IndicatorChartSpec spec, double scale) {
        Fonts fonts = new Fonts(scale);

        XYSeries projection = series(spec.projectionLabel(), spec.projection(), false);
        XYSeries history = series(spec.historyLabel(), spec.history(), false);
        XYSeries targets = new XYSeries(spec.targets().size() > 1 ? "Targets" : "Target", true, true);
        for (TargetMarker t : spec.targets()) {
            targets.add(t.year(), t.value());
        }

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(yearAxis(fonts));
        plot.setRangeAxis(valueAxis(spec, fonts));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // targets on top

        XYLineAndShapeRenderer projectionRenderer = new XYLineAndShapeRenderer(true, true);
        projectionRenderer.setSeriesPaint(0, PROJECTION_COLOUR);
        projectionRenderer.setSeriesStroke(0, new BasicStroke((float) (4 * scale),
                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        projectionRenderer.setSeriesShape(0, circle(11 * scale));
        projectionRenderer.setLegendLine(new Line2D.Double(-22 * scale, 0, 22 * scale, 0));
        plot.setDataset(PROJECTION_DATASET, collection(projection));
        plot.setRenderer(PROJECTION_DATASET, projectionRenderer);

        XYLineAndShapeRenderer historyRenderer = new XYLineAndShapeRenderer(false, true);
        historyRenderer.setSeriesPaint(0, HISTORY_COLOUR);
        historyRenderer.setSeriesShape(0, square(15 * scale));
        historyRenderer.setSeriesShapesFilled(0, false);
        historyRenderer.setUseOutlinePaint(false);
        historyRenderer.setDrawOutlines(true);
        historyRenderer.setSeriesOutlineStroke(0, new BasicStroke((float) (3 * scale)));
        plot.setDataset(HISTORY_DATASET, collection(history));
        plot.setRenderer(HISTORY_DATASET, historyRenderer);

        XYLineAndShapeRenderer targetRenderer = new XYLineAndShapeRenderer(false, true);
        targetRenderer.setSeriesPaint(0, TARGET_COLOUR);
        targetRenderer.setSeriesShape(0, ShapeUtils.createDiamond((float) (11 * scale)));
        plot.setDataset(TARGET_DATASET, collection(targets));
        plot.setRenderer(TARGET_DATASET, targetRenderer);

        for (XYLineAndShapeRenderer r : List.of(projectionRenderer, historyRenderer, targetRenderer)) {
            r.setDefaultToolTipGenerator(null);
            r.setLegendTextFont(0, fonts.legend);
        }

        for (TargetMarker t : spec.targets()) {
            addTarget(plot, spec, t, fonts, scale);
        }

        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID_COLOUR);
        plot.setRangeGridlineStroke(new BasicStroke((float) Math.max(1, scale)));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(10 * scale, 10 * scale, 10 * scale, 30 * scale));

        JFreeChart chart = new JFreeChart(spec.title(), fonts.title, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.setPadding(new RectangleInsets(24 * scale, 28 * scale, 20 * scale, 28 * scale));

        TextTitle title = chart.getTitle();
        title.setPaint(TEXT_COLOUR);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPadding(new RectangleInsets(0, 0, 6 * scale, 0));

        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setItemFont(fonts.legend);
        legend.setItemPaint(TEXT_COLOUR);
        legend.setPadding(new RectangleInsets(14 * scale, 0, 4 * scale, 0));
        legend.setItemLabelPadding(new RectangleInsets(2 * scale, 8 * scale, 2 * scale, 28 * scale));

        if (spec.subtitle() != null && !spec.subtitle().isBlank()) {
            TextTitle subtitle = new TextTitle(spec.subtitle(), fonts.subtitle);
            subtitle.setPaint(NOTE_COLOUR);
            subtitle.setPosition(RectangleEdge.TOP);
            subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
            subtitle.setPadding(new RectangleInsets(0, 0, 14 * scale, 0));
            chart.addSubtitle(subtitle);
        }
        if (spec.sourceNote() != null && !spec.sourceNote().isBlank()) {
            TextTitle note = new TextTitle(spec.sourceNote(), fonts.note);
            note.setPaint(NOTE_COLOUR);
            note.setPosition(RectangleEdge.BOTTOM);
            note.setHorizontalAlignment(HorizontalAlignment.LEFT);
            note.setTextAlignment(HorizontalAlignment.LEFT);
            note.setPadding(new RectangleInsets(8 * scale, 0, 0, 0));
            chart.addSubtitle(0, note); // subtitles are laid out in order from the edge: note below legend
        }
        return chart;
    }

    /** The label drawn next to a target, e.g. "≥ 60% (2025 target)". */
    static String targetText(TargetMarker t, boolean percent) {
        return t.symbol() + " " + valueText(t.value(), percent) + " (" + t.labelOrDefault() + ")";
    }

    static String valueText(double v, boolean percent) {
        DecimalFormat f = new DecimalFormat(percent ? "0.#%" : "#,##0.##", SYMBOLS);
        return f.format(v);
    }

    private static void addTarget(XYPlot plot, IndicatorChartSpec spec, TargetMarker t, Fonts fonts,
            double scale) {
        ValueMarker line = new ValueMarker(t.value());
        line.setPaint(REFERENCE_LINE_COLOUR);
        line.setStroke(new BasicStroke((float) (2 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {(float) (12 * scale), (float) (9 * scale)}, 0f));
        plot.addRangeMarker(line, Layer.BACKGROUND);

        // Put the label on the side away from the projection line, pointing inwards near the plot's left and
        // right edges. A label that would leave the plot at the top or bottom (which clips it) goes beside the
        // point instead, towards the middle of the chart.
        double projected = valueNear(spec, t.year(), t.value());
        boolean above = projected < t.value();
        double across = relativeYear(spec, t.year());
        double up = relativeValue(spec, t.value());
        double angle;
        TextAnchor anchor;
        boolean throughLine = Math.abs(relativeValue(spec, projected) - relativeValue(spec, t.value())) < 0.05;
        if (throughLine) {
            // The line passes through the target, so any label straight above or below it crosses the line.
            // A rising line leaves the lower right (and upper left) empty; a falling one the upper right (lower left).
            boolean rising = valueNear(spec, t.year() + 1, t.value()) >= projected;
            boolean right = across <= 0.7;
            boolean below = rising == right;
            angle = (right ? 0.25 : 0.75) * Math.PI * (below ? 1 : -1);
            anchor = below ? (right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT)
                    : (right ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
        } else if ((above && up > 0.8) || (!above && up < 0.2)) {
            angle = across > 0.5 ? Math.PI : 0;
            anchor = across > 0.5 ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        } else if (across > 0.7) {
            angle = above ? -0.75 * Math.PI : 0.75 * Math.PI;
            anchor = above ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT;
        } else if (across < 0.3) {
            angle = above ? -0.25 * Math.PI : 0.25 * Math.PI;
            anchor = above ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT;
        } else {
            angle = above ? -0.5 * Math.PI : 0.5 * Math.PI;
            anchor = above ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        }
        XYPointerAnnotation label = new XYPointerAnnotation(targetText(t, spec.percent()), t.year(), t.value(), angle);
        label.setFont(fonts.annotation);
        label.setPaint(TARGET_COLOUR);
        label.setTextAnchor(anchor);
        label.setTipRadius(16 * scale);
        label.setBaseRadius(46 * scale);
        label.setLabelOffset(6 * scale);
        label.setArrowLength(0);
        label.setArrowWidth(0);
        label.setArrowPaint(REFERENCE_LINE_COLOUR);
        label.setArrowStroke(new BasicStroke((float) (1.5 * scale)));
        label.setBackgroundPaint(Color.WHITE);
        label.setOutlineVisible(false);
        plot.addAnnotation(label);
    }

    /** The projection (else history) at {@code year}, linearly interpolated; {@code fallback} when there is none. */
    private static double valueNear(IndicatorChartSpec spec, int year, double fallback) {
        List<YearValue> s = spec.projection().isEmpty() ? spec.history() : spec.projection();
        if (s.isEmpty()) {
            return fallback - 1;
        }
        List<YearValue> sorted = s.stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).toList();
        if (year <= sorted.get(0).year()) {
            return sorted.get(0).value();
        }
        for (int i = 1; i < sorted.size(); i++) {
            YearValue a = sorted.get(i - 1);
            YearValue b = sorted.get(i);
            if (year <= b.year()) {
                return a.value() + (b.value() - a.value()) * (year - a.year()) / (double) (b.year() - a.year());
            }
        }
        return sorted.get(sorted.size() - 1).value();
    }

    /** Where {@code year} lies between the first and last year shown, 0 to 1. */
    private static double relativeYear(IndicatorChartSpec spec, int year) {
        int min = year;
        int max = year;
        for (List<YearValue> s : List.of(spec.projection(), spec.history())) {
            for (YearValue v : s) {
                min = Math.min(min, v.year());
                max = Math.max(max, v.year());
            }
        }
        for (TargetMarker t : spec.targets()) {
            min = Math.min(min, t.year());
            max = Math.max(max, t.year());
        }
        return max == min ? 0.5 : (year - min) / (double) (max - min);
    }

    /** Where {@code value} lies between the lowest and highest value shown, 0 to 1. */
    private static double relativeValue(IndicatorChartSpec spec, double value) {
        double min = value;
        double max = value;
        for (List<YearValue> s : List.of(spec.projection(), spec.history())) {
            for (YearValue v : s) {
                min = Math.min(min, v.value());
                max = Math.max(max, v.value());
            }
        }
        for (TargetMarker t : spec.targets()) {
            min = Math.min(min, t.value());
            max = Math.max(max, t.value());
        }
        return max == min ? 0.5 : (value - min) / (max - min);
    }

    private static NumberAxis yearAxis(Fonts fonts) {
        NumberAxis axis = new NumberAxis(null);
        TickUnits units = new TickUnits();
        NumberFormat years = new DecimalFormat("0", SYMBOLS); // no grouping: "2020", never "2,020"
        for (int size : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000}) {
            units.add(new NumberTickUnit(size, years, 0));
        }
        axis.setStandardTickUnits(units);
        axis.setAutoTickUnitSelection(true);
        axis.setAutoRangeIncludesZero(false);
        axis.setAutoRangeMinimumSize(2);
        axis.setLowerMargin(0.03);
        axis.setUpperMargin(0.03);
        styleAxis(axis, fonts);
        return axis;
    }

    private static NumberAxis valueAxis(IndicatorChartSpec spec, Fonts fonts) {
        NumberAxis axis = new NumberAxis(spec.valueAxisLabel());
        axis.setStandardTickUnits(spec.percent() ? percentTickUnits() : plainTickUnits());
        axis.setAutoTickUnitSelection(true);
        axis.setAutoRangeIncludesZero(false);
        axis.setAutoRangeMinimumSize(spec.percent() ? 0.02 : 1e-9);
        axis.setUpperMargin(0.15); // room for target labels above their points
        axis.setLowerMargin(0.15);
        styleAxis(axis, fonts);
        return axis;
    }

    private static void styleAxis(NumberAxis axis, Fonts fonts) {
        axis.setLabelFont(fonts.axisLabel);
        axis.setLabelPaint(TEXT_COLOUR);
        axis.setTickLabelFont(fonts.tickLabel);
        axis.setTickLabelPaint(TEXT_COLOUR);
        axis.setAxisLinePaint(NOTE_COLOUR);
        axis.setTickMarkPaint(NOTE_COLOUR);
        axis.setMinorTickMarksVisible(false);
    }

    /** 1-2-2.5-5 steps of 0.01% to 1000%, each with just the decimals it needs ("0.25%", "5%"). */
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

    /** 1-2-2.5-5 steps of 1e-6 to 5e12, grouped thousands ("3,200,000"), just the decimals needed. */
    static TickUnits plainTickUnits() {
        TickUnits units = new TickUnits();
        for (int exp = -6; exp <= 12; exp++) {
            for (String mantissa : new String[] {"1", "2", "2.5", "5"}) {
                BigDecimal size = new BigDecimal(mantissa).scaleByPowerOfTen(exp);
                int decimals = Math.max(0, size.stripTrailingZeros().scale());
                String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
                units.add(new NumberTickUnit(size.doubleValue(), new DecimalFormat(pattern, SYMBOLS), 0));
            }
        }
        return units;
    }

    private static XYSeries series(String key, List<YearValue> values, boolean allowDuplicateYears) {
        XYSeries s = new XYSeries(key, true, allowDuplicateYears);
        for (YearValue v : values) {
            if (!allowDuplicateYears && s.indexOf(v.year()) >= 0) {
                throw new IllegalArgumentException("series '" + key + "' has two values for " + v.year());
            }
            s.add(v.year(), v.value(), false);
        }
        return s;
    }

    private static XYSeriesCollection collection(XYSeries s) {
        XYSeriesCollection c = new XYSeriesCollection();
        if (s.getItemCount() > 0) {
            c.addSeries(s); // an empty series would still get a legend entry
        }
        return c;
    }

    private static Shape circle(double diameter) {
        return new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
    }

    private static Shape square(double side) {
        return new Rectangle2D.Double(-side / 2, -side / 2, side, side);
    }

    /** Font sizes in pixels at 1600 px width: about 9–13 pt when the image is printed 16 cm wide. */
    private static final class Fonts {
        final Font title;
        final Font subtitle;
        final Font axisLabel;
        final Font tickLabel;
        final Font legend;
        final Font annotation;
        final Font note;

        Fonts(double scale) {
            title = font(Font.BOLD, 46, scale);
            subtitle = font(Font.PLAIN, 32, scale);
            axisLabel = font(Font.PLAIN, 32, scale);
            tickLabel = font(Font.PLAIN, 30, scale);
            legend = font(Font.PLAIN, 30, scale);
            annotation = font(Font.PLAIN, 30, scale);
            note = font(Font.PLAIN, 24, scale);
        }

        private static Font font(int style, double px, double scale) {
            return new Font(Font.SANS_SERIF, style, Math.max(8, (int) Math.round(px * scale)));
        }
    }
}
