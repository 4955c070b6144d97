package org.labourcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ui.Drawable;

/**
 * The plan's targets as a table image: indicator, target, median projection, share of runs meeting it (a bar with
 * the 95% Wilson interval as a whisker, and the percentages), status and basis (projected, fixed by an input, or met
 * in the base year), with a symbol as well as a colour per status (● on track, ▲ at risk, ✕ off track) so it
 * reads in greyscale. Laid out in points like the charts; its height grows with the rows ({@link #heightCm}).
 *
 * <p>Immutable; {@link #rows()} gives the texts of each row (for tests and the HTML report's table).
 */
public final class TargetScorecard implements Drawable {

    /** The texts of one row. */
    public record Row(String indicator, String target, String median, String probability, String status,
                      String statusKey, double share, String basis, String basisKey, double low, double high) {
    }

    static final Color ON_TRACK = ChartStyle.BLUISH_GREEN;
    static final Color AT_RISK = ChartStyle.ORANGE;
    static final Color OFF_TRACK = ChartStyle.VERMILLION;

    private static final double ROW_PT = 15;
    private static final double HEADER_PT = 16;
    private static final double TITLE_PT = 32;
    private static final double NOTE_LINE_PT = 8.5;
    private static final double PAD_PT = 10;

    private final String title;
    private final String subtitle;
    private final String note;
    private final String source;
    private final List<String> header;
    private final List<Row> rows;
    private final ChartStyle style;

    public TargetScorecard(RunInfo info, List<TargetResult> targets, Messages m) {
        this.title = m.text("scorecard.title", info.region(m.lang()));
        this.subtitle = info.title(m.lang());
        this.note = m.text("scorecard.note");
        this.source = info.sourceNote(m);
        this.header = List.of(m.text("scorecard.indicator"), m.text("scorecard.target"), m.text("scorecard.median"),
                m.text("scorecard.probability"), m.text("scorecard.status"), m.text("scorecard.basis"));
        List<Row> rs = new ArrayList<>();
        for (TargetResult t : targets) {
            rs.add(row(t, m));
        }
        this.rows = List.copyOf(rs);
        List<String> texts = new ArrayList<>(List.of(title, subtitle, note, source));
        texts.addAll(header);
        for (Row r : rows) {
            texts.addAll(List.of(r.indicator(), r.target(), r.median(), r.probability(), r.status(), r.basis()));
        }
        this.style = new ChartStyle(texts);
    }

    /** The texts of a target's row in a language (also used by the report's tables). */
    public static Row row(TargetResult t, Messages m) {
        ValueUnit unit = ValueUnit.of(t.indicator());
        String kind = t.annual() ? "" : " (" + m.text("kind.cumulative") + ")";
        return new Row(m.indicator(t.indicator()) + kind,
                m.text("target.short", t.symbol(), m.value(t.target(), unit), t.year()),
                m.valueFixed(t.median(), unit),
                t.runs() > 1 ? probability(t, m) : m.text(t.probability() >= 1 ? "target.met" : "target.not_met"),
                m.status(t.status()), t.statusKey(), t.probability(), m.text("basis." + t.basisKey()), t.basisKey(),
                t.runs() > 1 && t.hasInterval() ? t.probabilityLow() : Double.NaN,
                t.runs() > 1 && t.hasInterval() ? t.probabilityHigh() : Double.NaN);
    }

    // "62% (31–86%)": the share of runs and its 95% Wilson interval when recorded.
    private static String probability(TargetResult t, Messages m) {
        return t.hasInterval() ? m.text("scorecard.interval", m.percent(t.probability()),
                m.percent(t.probabilityLow()), m.percent(t.probabilityHigh())) : m.percent(t.probability());
    }

    public List<Row> rows() {
        return rows;
    }

    public String title() {
        return title;
    }

    /** The height in cm that fits title, header, rows and notes at the given width. */
    public double heightCm(double widthCm) {
        double widthPt = widthCm / 2.54 * 72 - 2 * PAD_PT;
        int noteLines = wrap(style.note, note, widthPt).size() + wrap(style.note, source, widthPt).size();
        double pt = PAD_PT * 2 + TITLE_PT + HEADER_PT + ROW_PT * Math.max(1, rows.size()) + 8 + noteLines * NOTE_LINE_PT;
        return Math.max(3, pt / 72 * 2.54);
    }

    /** Greedy line breaking at spaces (or anywhere in text without spaces, such as Chinese) to fit {@code width} pt. */
    static List<String> wrap(Font font, String s, double width) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS,
                    java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            FontMetrics fm = g.getFontMetrics(font);
            List<String> lines = new ArrayList<>();
            String rest = s.strip();
            while (!rest.isEmpty()) {
                int end = rest.length();
                while (end > 1 && fm.getStringBounds(rest.substring(0, end), g).getWidth() > width) {
                    end--;
                }
                if (end < rest.length()) {
                    int space = rest.lastIndexOf(' ', end);
                    if (space > end / 2) {
                        end = space;
                    }
                }
                lines.add(rest.substring(0, end).strip());
                rest = rest.substring(end).strip();
            }
            return lines;
        } finally {
            g.dispose();
        }
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(Color.WHITE);
            g2.fill(area);
            double x0 = area.getX() + PAD_PT;
            double width = area.getWidth() - 2 * PAD_PT;
            double y = area.getY() + PAD_PT;
            g2.setColor(ChartStyle.TEXT);
            text(g2, style.title, title, x0, y + 10, width);
            g2.setColor(ChartStyle.NOTE);
            text(g2, style.subtitle, subtitle, x0, y + 21, width);
            y += TITLE_PT;
            // Columns: indicator, target, median, probability (bar, whisker and figures), status, basis.
            // The probability column holds a bar and "100% (94–100%)": widest after the indicator's name.
            double[] share = {0.27, 0.14, 0.09, 0.28, 0.11, 0.11};
            double[] cx = new double[share.length + 1];
            cx[0] = x0;
            for (int i = 0; i < share.length; i++) {
                cx[i + 1] = cx[i] + share[i] * width;
            }
            Font headFont = style.legend.deriveFont(Font.BOLD);
            g2.setColor(ChartStyle.TEXT);
            for (int i = 0; i < header.size(); i++) {
                text(g2, headFont, header.get(i), cx[i] + 2, y + 10, cx[i + 1] - cx[i] - 4);
            }
            y += HEADER_PT;
            g2.setColor(ChartStyle.NOTE);
            g2.setStroke(new BasicStroke(0.6f));
            g2.draw(new Line2D.Double(x0, y - 3, x0 + width, y - 3));
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                if (r % 2 == 1) {
                    g2.setColor(new Color(0xF2F2F2));
                    g2.fill(new Rectangle2D.Double(x0, y - 3, width, ROW_PT));
                }
                double base = y + 8.5;
                g2.setColor(ChartStyle.TEXT);
                text(g2, style.legend, row.indicator(), cx[0] + 2, base, cx[1] - cx[0] - 4);
                text(g2, style.legend, row.target(), cx[1] + 2, base, cx[2] - cx[1] - 4);
                text(g2, style.legend, row.median(), cx[2] + 2, base, cx[3] - cx[2] - 4);
                // Probability: a bar of the share of runs, then the figure.
                double barW = (cx[4] - cx[3]) * 0.36;
                g2.setColor(new Color(0xDDDDDD));
                g2.fill(new Rectangle2D.Double(cx[3] + 2, y + 1.5, barW, 6));
                g2.setColor(ChartStyle.BLUE);
                g2.fill(new Rectangle2D.Double(cx[3] + 2, y + 1.5, barW * row.share(), 6));
                if (!Double.isNaN(row.low())) {
                    // The 95% interval of the share as a whisker across the bar.
                    g2.setColor(ChartStyle.TEXT);
                    g2.setStroke(new BasicStroke(0.8f));
                    double lo = cx[3] + 2 + barW * row.low();
                    double hi = cx[3] + 2 + barW * row.high();
                    g2.draw(new Line2D.Double(lo, y + 4.5, hi, y + 4.5));
                    g2.draw(new Line2D.Double(lo, y + 2.5, lo, y + 6.5));
                    g2.draw(new Line2D.Double(hi, y + 2.5, hi, y + 6.5));
                }
                g2.setColor(ChartStyle.TEXT);
                text(g2, style.legend, row.probability(), cx[3] + 6 + barW, base, cx[4] - cx[3] - barW - 8);
                Color c = statusColour(row.statusKey());
                g2.setColor(c);
                Shape symbol = statusSymbol(row.statusKey(), cx[4] + 6, y + 4.5);
                if (row.statusKey().equals("off_track")) {
                    g2.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g2.draw(symbol);
                } else {
                    g2.fill(symbol);
                }
                g2.setColor(ChartStyle.TEXT);
                text(g2, style.legend, row.status(), cx[4] + 13, base, cx[5] - cx[4] - 14);
                g2.setColor(row.basisKey().equals("projected") ? ChartStyle.NOTE : ChartStyle.TEXT);
                text(g2, style.legend, row.basis(), cx[5] + 2, base, cx[6] - cx[5] - 4);
                y += ROW_PT;
            }
            g2.setColor(ChartStyle.NOTE);
            g2.setStroke(new BasicStroke(0.6f));
            g2.draw(new Line2D.Double(x0, y - 3, x0 + width, y - 3));
            y += 4;
            for (String text : List.of(note, source)) {
                for (String line : wrap(style.note, text, width)) {
                    y += NOTE_LINE_PT;
                    text(g2, style.note, line, x0, y, width);
                }
            }
        } finally {
            g2.dispose();
        }
    }

    static Color statusColour(String key) {
        return switch (key) {
            case "on_track" -> ON_TRACK;
            case "at_risk" -> AT_RISK;
            default -> OFF_TRACK;
        };
    }

    /** ● on track, ▲ at risk, ✕ off track (drawn as shapes: no font needed), centred at (x, y). */
    static Shape statusSymbol(String key, double x, double y) {
        double r = 3.2;
        return switch (key) {
            case "on_track" -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            case "at_risk" -> {
                GeneralPath p = new GeneralPath();
                p.moveTo(x, y - r * 1.1);
                p.lineTo(x + r * 1.1, y + r * 0.9);
                p.lineTo(x - r * 1.1, y + r * 0.9);
                p.closePath();
                yield p;
            }
            default -> {
                GeneralPath p = new GeneralPath();
                p.moveTo(x - r * 0.8, y - r * 0.8);
                p.lineTo(x + r * 0.8, y + r * 0.8);
                p.moveTo(x + r * 0.8, y - r * 0.8);
                p.lineTo(x - r * 0.8, y + r * 0.8);
                yield p;
            }
        };
    }

    /** Draws text at a baseline, shortened with "…" to fit {@code maxWidth}. */
    private static void text(Graphics2D g, Font font, String s, double x, double baseline, double maxWidth) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        String shown = s;
        if (fm.getStringBounds(shown, g).getWidth() > maxWidth) {
            while (shown.length() > 1 && fm.getStringBounds(shown + "\u2026", g).getWidth() > maxWidth) {
                shown = shown.substring(0, shown.length() - 1);
            }
            shown = shown + "\u2026";
        }
        g.drawString(shown, (float) x, (float) baseline);
    }

    /** Width of a text in points with the scorecard's font (for tests). */
    double textWidth(String s) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            g.setTransform(new AffineTransform());
            return g.getFontMetrics(style.legend).getStringBounds(s, g).getWidth();
        } finally {
            g.dispose();
        }
    }
}
