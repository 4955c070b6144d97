package org.labourcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One indicator under several scenarios: {@link IndicatorChart}'s layout, axes, fonts and target labels, with the
 * first series drawn as its projection and each further scenario as another line that differs in colour (Okabe–Ito),
 * dash pattern and point shape, so the chart survives greyscale printing. Targets are drawn last, on top.
 *
 * <p>Stateless and thread-safe; the same spec and size give the same PNG bytes on the same machine.
 */
public final class ComparisonChart {
    /** Okabe &amp; Ito (2008) colours for the second, third… scenario (the first is blue, as in IndicatorChart). */
    static final List<Color> COLOURS = List.of(new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000));

    /** Dash patterns (in units of the default line width) for the second, third… scenario. */
    private static final float[][] DASHES = {{4, 2.5f}, {1, 2}, {6, 2, 1, 2}, {8, 4}, {2, 2}, {6, 2, 1, 2, 1, 2}};

    private ComparisonChart() {
    }

    public static JFreeChart build(ComparisonChartSpec spec) {
        return build(spec, 1.0);
    }

    /**
     * Renders the chart as PNG without metadata.
     *
     * @throws IllegalArgumentException if a side is not in 1..16384
     */
    public static byte[] renderPng(ComparisonChartSpec spec, int widthPx, int heightPx) {
        return IndicatorChart.png(build(spec, IndicatorChart.scaleFor(widthPx, heightPx)), widthPx, heightPx);
    }

    static JFreeChart build(ComparisonChartSpec spec, double scale) {
        ComparisonChartSpec.Series first = spec.series().get(0);
        IndicatorChartSpec base = new IndicatorChartSpec(spec.title(), spec.subtitle(), spec.valueAxisLabel(),
                spec.percent(), first.values(), first.label(), List.of(), null, spec.targets(), spec.sourceNote());
        JFreeChart chart = IndicatorChart.build(base, scale);
        XYPlot plot = chart.getXYPlot();
        XYDataset targets = plot.getDataset(IndicatorChart.TARGET_DATASET);
        XYItemRenderer targetRenderer = plot.getRenderer(IndicatorChart.TARGET_DATASET);
        plot.setDataset(IndicatorChart.TARGET_DATASET, null);
        int index = IndicatorChart.TARGET_DATASET;
        for (int s = 1; s < spec.series().size(); s++) {
            ComparisonChartSpec.Series series = spec.series().get(s);
            XYSeries xy = new XYSeries(series.label(), true, false);
            for (YearValue v : series.values()) {
                xy.add(v.year(), v.value(), false);
            }
            XYSeriesCollection data = new XYSeriesCollection();
            if (xy.getItemCount() > 0) {
                data.addSeries(xy);
            }
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
            r.setSeriesPaint(0, COLOURS.get((s - 1) % COLOURS.size()));
            float[] dash = DASHES[(s - 1) % DASHES.length].clone();
            for (int i = 0; i < dash.length; i++) {
                dash[i] *= (float) (4 * scale);
            }
            r.setSeriesStroke(0, new BasicStroke((float) (4 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                    10f, dash, 0f));
            r.setSeriesShape(0, shape(s, 12 * scale));
            r.setLegendLine(new Line2D.Double(-22 * scale, 0, 22 * scale, 0));
            r.setDefaultToolTipGenerator(null);
            index++;
            plot.setDataset(index, data);
            plot.setRenderer(index, r);
        }
        plot.setDataset(index + 1, targets);
        plot.setRenderer(index + 1, targetRenderer);
        return chart;
    }

    private static Shape shape(int s, double size) {
        return switch ((s - 1) % 4) {
            case 0 -> ShapeUtils.createUpTriangle((float) (size / 2));
            case 1 -> new java.awt.geom.Rectangle2D.Double(-size / 2, -size / 2, size, size);
            case 2 -> ShapeUtils.createDownTriangle((float) (size / 2));
            default -> ShapeUtils.createDiagonalCross((float) (size / 2), (float) (size / 8));
        };
    }
}
