package org.labourcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A time-series forecast of one indicator: the observed history (hollow squares), the forecast (dashed line) and its
 * 80% and 95% prediction intervals (two shades of blue), integer year ticks, a value axis with units and a source note.
 * Years without an interval (e.g. a line through two points) show the line only. Same look as {@link IndicatorChart}
 * (Okabe–Ito colours, print-sized fonts at 1600×1000 px). Stateless and thread-safe; number formats use
 * {@link Locale#ROOT}.
 */
public final class ForecastBandsChart {
    private static final Color FORECAST_COLOUR = IndicatorChart.PROJECTION_COLOUR;
    private static final Color BAND_95 = new Color(0xD6E6F2);
    private static final Color BAND_80 = new Color(0x9CC3E0);
    private static final Color TEXT_COLOUR = new Color(0x222222);
    private static final Color NOTE_COLOUR = new Color(0x555555);
    private static final Color GRID_COLOUR = new Color(0xDDDDDD);
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private ForecastBandsChart() {
    }

    /** One forecast year; a NaN bound means no interval that year. */
    public record Band(int year, double point, double lo80, double hi80, double lo95, double hi95) {
        public Band {
            if (!Double.isFinite(point)) {
                throw new IllegalArgumentException("forecast for " + year + " must be finite: " + point);
            }
        }

        boolean hasInterval() {
            return Double.isFinite(lo80) && Double.isFinite(hi80) && Double.isFinite(lo95) && Double.isFinite(hi95);
        }
    }

    /**
     * What the chart shows.
     *
     * @param valueAxisLabel with units, e.g. "Urban residents / all residents (%)"
     * @param percent        values are shares 0–1 shown as percentages
     * @param forecastLabel  legend entry of the forecast line, e.g. "Linear trend forecast"
     */
    public record Spec(String title, String subtitle, String valueAxisLabel, boolean percent, List<YearValue> history,
                       List<Band> forecast, String forecastLabel, String sourceNote) {
        public Spec {
            if (title == null || title.isBlank() || valueAxisLabel == null || valueAxisLabel.isBlank()) {
                throw new IllegalArgumentException("a forecast chart needs a title and a value axis label");
            }
            history = List.copyOf(history);
            forecast = List.copyOf(forecast);
        }
    }

    /** PNG bytes; the same spec and size give the same bytes on the same machine (no metadata written). */
    public static byte[] renderPng(Spec spec, int widthPx, int heightPx) {
        double scale = Math.min(widthPx / 1600.0, heightPx / 1000.0);
        JFreeChart chart = build(spec, scale);
        BufferedImage image = chart.createBufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try {
            ChartUtils.writeBufferedImageAsPNG(bytes, image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart as PNG", e);
        }
        return bytes.toByteArray();
    }

    static JFreeChart build(Spec spec, double scale) {
        YIntervalSeries band95 = new YIntervalSeries("95% interval");
        YIntervalSeries band80 = new YIntervalSeries("80% interval");
        XYSeries line = new XYSeries(spec.forecastLabel() == null || spec.forecastLabel().isBlank() ? "Forecast"
                : spec.forecastLabel(), true, false);
        // Start the forecast line and bands at the last observation, so they join the history.
        if (!spec.history().isEmpty() && !spec.forecast().isEmpty()) {
            YearValue last = spec.history().get(spec.history().size() - 1);
            line.add(last.year(), last.value());
            if (spec.forecast().get(0).hasInterval()) {
                band95.add(last.year(), last.value(), last.value(), last.value());
                band80.add(last.year(), last.value(), last.value(), last.value());
            }
        }
        for (Band b : spec.forecast()) {
            line.add(b.year(), b.point());
            if (b.hasInterval()) {
                band95.add(b.year(), b.point(), b.lo95(), b.hi95());
                band80.add(b.year(), b.point(), b.lo80(), b.hi80());
            }
        }
        XYSeries history = new XYSeries("Observed", true, false);
        for (YearValue v : spec.history()) {
            history.add(v.year(), v.value());
        }

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(yearAxis(scale));
        NumberAxis values = new NumberAxis(spec.valueAxisLabel());
        values.setStandardTickUnits(spec.percent() ? IndicatorChart.percentTickUnits() : IndicatorChart.plainTickUnits());
        values.setAutoRangeIncludesZero(false);
        values.setAutoRangeMinimumSize(spec.percent() ? 0.02 : 1e-9);
        values.setUpperMargin(0.08);
        values.setLowerMargin(0.08);
        style(values, scale);
        plot.setRangeAxis(values);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // the 80% band over the 95% band

        int index = 0;
        if (band95.getItemCount() > 0) {
            YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
            bands.addSeries(band95);
            bands.addSeries(band80);
            DeviationRenderer r = new DeviationRenderer(false, false);
            r.setSeriesFillPaint(0, BAND_95);
            r.setSeriesFillPaint(1, BAND_80);
            r.setSeriesPaint(0, BAND_95);
            r.setSeriesPaint(1, BAND_80);
            r.setAlpha(1f);
            r.setSeriesStroke(0, new BasicStroke(0f));
            r.setSeriesStroke(1, new BasicStroke(0f));
            r.setSeriesShape(0, new Rectangle2D.Double(-8 * scale, -8 * scale, 16 * scale, 16 * scale));
            r.setSeriesShape(1, new Rectangle2D.Double(-8 * scale, -8 * scale, 16 * scale, 16 * scale));
            plot.setDataset(index, bands);
            plot.setRenderer(index++, r);
        }
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, FORECAST_COLOUR);
        lineRenderer.setSeriesStroke(0, new BasicStroke((float) (4 * scale), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND, 10f, new float[] {(float) (14 * scale), (float) (10 * scale)}, 0f));
        plot.setDataset(index, new XYSeriesCollection(line));
        plot.setRenderer(index++, lineRenderer);
        XYLineAndShapeRenderer historyRenderer = new XYLineAndShapeRenderer(false, true);
        historyRenderer.setSeriesPaint(0, IndicatorChart.HISTORY_COLOUR);
        double side = 15 * scale;
        historyRenderer.setSeriesShape(0, new Rectangle2D.Double(-side / 2, -side / 2, side, side));
        historyRenderer.setSeriesShapesFilled(0, false);
        historyRenderer.setSeriesOutlineStroke(0, new BasicStroke((float) (3 * scale)));
        historyRenderer.setUseOutlinePaint(false);
        historyRenderer.setSeriesStroke(0, new BasicStroke((float) (3 * scale)));
        plot.setDataset(index, new XYSeriesCollection(history));
        plot.setRenderer(index, historyRenderer);

        plot.setFixedLegendItems(legend(spec, line.getKey().toString(), band95.getItemCount() > 0, scale));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID_COLOUR);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(10 * scale, 10 * scale, 10 * scale, 30 * scale));

        JFreeChart chart = new JFreeChart(spec.title(), font(Font.BOLD, 46, scale), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.setPadding(new RectangleInsets(24 * scale, 28 * scale, 20 * scale, 28 * scale));
        TextTitle title = chart.getTitle();
        title.setPaint(TEXT_COLOUR);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(font(Font.PLAIN, 30, scale));
        legend.setItemPaint(TEXT_COLOUR);
        if (spec.subtitle() != null && !spec.subtitle().isBlank()) {
            TextTitle subtitle = new TextTitle(spec.subtitle(), font(Font.PLAIN, 32, scale));
            subtitle.setPaint(NOTE_COLOUR);
            subtitle.setPosition(RectangleEdge.TOP);
            subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
            subtitle.setPadding(new RectangleInsets(0, 0, 14 * scale, 0));
            chart.addSubtitle(subtitle);
        }
        if (spec.sourceNote() != null && !spec.sourceNote().isBlank()) {
            TextTitle note = new TextTitle(spec.sourceNote(), font(Font.PLAIN, 24, scale));
            note.setPaint(NOTE_COLOUR);
            note.setPosition(RectangleEdge.BOTTOM);
            note.setHorizontalAlignment(HorizontalAlignment.LEFT);
            note.setTextAlignment(HorizontalAlignment.LEFT);
            note.setPadding(new RectangleInsets(8 * scale, 0, 0, 0));
            chart.addSubtitle(0, note);
        }
        return chart;
    }

    /** Observed, forecast, and the two bands as filled boxes (a band renderer draws no legend graphic of its own). */
    private static LegendItemCollection legend(Spec spec, String forecastLabel, boolean bands, double scale) {
        LegendItemCollection items = new LegendItemCollection();
        double side = 15 * scale;
        Shape square = new Rectangle2D.Double(-side / 2, -side / 2, side, side);
        if (!spec.history().isEmpty()) {
            items.add(new LegendItem("Observed", null, null, null, true, square, false, Color.WHITE, true,
                    IndicatorChart.HISTORY_COLOUR, new BasicStroke((float) (3 * scale)), false, square,
                    new BasicStroke(0f), Color.WHITE));
        }
        Line2D dash = new Line2D.Double(-22 * scale, 0, 22 * scale, 0);
        items.add(new LegendItem(forecastLabel, null, null, null, false, dash, false, FORECAST_COLOUR, false,
                FORECAST_COLOUR, new BasicStroke(0f), true, dash, new BasicStroke((float) (4 * scale),
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {(float) (10 * scale),
                (float) (6 * scale)}, 0f), FORECAST_COLOUR));
        if (bands) {
            Shape box = new Rectangle2D.Double(-20 * scale, -10 * scale, 40 * scale, 20 * scale);
            items.add(new LegendItem("80% prediction interval", null, null, null, box, BAND_80));
            items.add(new LegendItem("95% prediction interval", null, null, null, box, BAND_95));
        }
        for (java.util.Iterator<?> it = items.iterator(); it.hasNext(); ) {
            LegendItem item = (LegendItem) it.next();
            item.setLabelFont(font(Font.PLAIN, 30, scale));
            item.setLabelPaint(TEXT_COLOUR);
        }
        return items;
    }

    private static NumberAxis yearAxis(double scale) {
        NumberAxis axis = new NumberAxis(null);
        TickUnits units = new TickUnits();
        NumberFormat years = new DecimalFormat("0", SYMBOLS);
        for (int size : new int[] {1, 2, 5, 10, 20, 25, 50, 100}) {
            units.add(new NumberTickUnit(size, years, 0));
        }
        axis.setStandardTickUnits(units);
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0.03);
        axis.setUpperMargin(0.03);
        style(axis, scale);
        return axis;
    }

    private static void style(NumberAxis axis, double scale) {
        axis.setLabelFont(font(Font.PLAIN, 32, scale));
        axis.setLabelPaint(TEXT_COLOUR);
        axis.setTickLabelFont(font(Font.PLAIN, 30, scale));
        axis.setTickLabelPaint(TEXT_COLOUR);
        axis.setAxisLinePaint(NOTE_COLOUR);
        axis.setTickMarkPaint(NOTE_COLOUR);
    }

    private static Font font(int style, double px, double scale) {
        return new Font(Font.SANS_SERIF, style, Math.max(8, (int) Math.round(px * scale)));
    }
}
