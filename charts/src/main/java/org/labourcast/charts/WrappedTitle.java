package org.labourcast.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Size2D;

/**
 * A title, subtitle or source note that wraps with {@link TextWrap} (CJK-aware, measured exactly) to the width the
 * chart gives it, instead of JFreeChart's wrapping, which lets Chinese lines run past the right edge. Lines are
 * never dropped: a long note takes the lines it needs. Only for titles at the top or bottom of a chart.
 */
final class WrappedTitle extends TextTitle {
    private static final long serialVersionUID = 1L;

    /** Laid out by the last {@link #arrange}, drawn by {@link #draw}. */
    private transient List<String> lines = List.of();

    WrappedTitle(String text, Font font) {
        super(text, font);
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        RectangleConstraint cc = toContentConstraint(constraint);
        LengthConstraintType type = cc.getWidthConstraintType();
        double max = type == LengthConstraintType.FIXED ? cc.getWidth()
                : type == LengthConstraintType.RANGE ? cc.getWidthRange().getUpperBound() : Double.MAX_VALUE;
        FontRenderContext frc = g2.getFontRenderContext();
        lines = TextWrap.lines(getText(), getFont(), frc, max);
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, TextWrap.width(line, getFont(), frc));
        }
        if (cc.getWidthConstraintType() == LengthConstraintType.FIXED) {
            w = cc.getWidth();
        }
        double h = lines.size() * lineHeight(frc);
        return new Size2D(calculateTotalWidth(w), calculateTotalHeight(h));
    }

    private double lineHeight(FontRenderContext frc) {
        return metrics(frc).getHeight();
    }

    private LineMetrics metrics(FontRenderContext frc) {
        return getFont().getLineMetrics("Ag\u56FD", frc);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        draw(g2, area, null);
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        Rectangle2D a = trimPadding(trimBorder(trimMargin(area)));
        g2.setFont(getFont());
        g2.setPaint(getPaint());
        FontRenderContext frc = g2.getFontRenderContext();
        LineMetrics lm = metrics(frc);
        double y = a.getY() + lm.getAscent();
        for (String line : lines) {
            double w = TextWrap.width(line, getFont(), frc);
            HorizontalAlignment align = getTextAlignment();
            double x = align == HorizontalAlignment.CENTER ? a.getCenterX() - w / 2
                    : align == HorizontalAlignment.RIGHT ? a.getMaxX() - w : a.getX();
            g2.drawString(line, (float) x, (float) y);
            y += lm.getHeight();
        }
        return null;
    }

    /** The lines of the last layout (for tests). */
    List<String> lines() {
        return lines;
    }
}
