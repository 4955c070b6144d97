package org.labourcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;

/**
 * Draws a plan target on an XY plot: a dashed reference line at its value and a label such as "≥ 60% (2025 target)"
 * next to its point, placed on the side away from the projection line and inside the plot near its edges.
 */
final class TargetLabels {

    private TargetLabels() {
    }

    /**
     * @param line   the projection the label should keep clear of (sorted by year or not)
     * @param minX   first year shown
     * @param maxX   last year shown
     * @param minY   lowest value shown
     * @param maxY   highest value shown
     */
    static XYPointerAnnotation add(XYPlot plot, ChartStyle style, String text, int year, double value,
                                   List<YearValue> line, double minX, double maxX, double minY, double maxY) {
        ValueMarker ref = new ValueMarker(value);
        ref.setPaint(ChartStyle.REFERENCE);
        ref.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {3f, 2.5f}, 0f));
        plot.addRangeMarker(ref, Layer.BACKGROUND);

        double projected = valueNear(line, year, value - 1);
        boolean above = projected < value;
        double across = maxX == minX ? 0.5 : (year - minX) / (maxX - minX);
        double up = maxY == minY ? 0.5 : (value - minY) / (maxY - minY);
        double angle;
        TextAnchor anchor;
        boolean throughLine = Math.abs(projected - value) < 0.05 * (maxY - minY);
        if (throughLine) {
            // The line passes through the target: a rising line leaves the lower right (and upper left) empty.
            boolean rising = valueNear(line, year + 1, value) >= projected;
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
        XYPointerAnnotation label = new XYPointerAnnotation(text, year, value, angle);
        label.setFont(style.annotation);
        label.setPaint(ChartStyle.BLACK);
        label.setTextAnchor(anchor);
        label.setTipRadius(5);
        label.setBaseRadius(14);
        label.setLabelOffset(2);
        label.setArrowLength(0);
        label.setArrowWidth(0);
        label.setArrowPaint(ChartStyle.REFERENCE);
        label.setArrowStroke(new BasicStroke(0.5f));
        label.setBackgroundPaint(new Color(255, 255, 255));
        label.setOutlineVisible(false);
        plot.addAnnotation(label);
        return label;
    }

    /** The line's value at {@code year}, linearly interpolated and held flat beyond its ends; {@code fallback} if empty. */
    static double valueNear(List<YearValue> line, int year, double fallback) {
        if (line.isEmpty()) {
            return fallback;
        }
        List<YearValue> s = line.stream().sorted(Comparator.comparingInt(YearValue::year)).toList();
        if (year <= s.get(0).year()) {
            return s.get(0).value();
        }
        for (int i = 1; i < s.size(); i++) {
            YearValue a = s.get(i - 1);
            YearValue b = s.get(i);
            if (year <= b.year()) {
                return a.value() + (b.value() - a.value()) * (year - a.year()) / (double) (b.year() - a.year());
            }
        }
        return s.get(s.size() - 1).value();
    }
}
