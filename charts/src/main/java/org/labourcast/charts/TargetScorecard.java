package org.labourcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
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
import org.labourcast.ArrayValues;

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
    /** Each further line of a wrapped cell adds this much to its row. */
    private static final double CELL_LINE_PT = 8.5;
    private static final double SUBTITLE_LINE_PT = 9;

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
        Layout l = layout(widthCm / 2.54 * 72 - 2 * PAD_PT, TextWrap.POINTS);
        double pt = PAD_PT * 2 + l.titleHeight() + l.headerHeight() + l.rowsHeight() + 8 + l.noteLines() * NOTE_LINE_PT;
        return Math.max(3, pt / 72 * 2.54);
    }

    // Columns: indicator, target, median, probability (bar, whisker and figures), status, basis. The probability
    // column holds a bar and "100% (94–100%)": widest after the indicator's name.
    private static final double[] COLUMN_SHARES = {0.25, 0.15, 0.09, 0.28, 0.11, 0.12};
    private static final double BAR_SHARE = 0.36;

    /**
     * Where everything goes at a width: column edges, each row's cells as lines (cells wrap rather than being cut)
     * and its height, the header's lines, and the notes' lines.
     */
    private record Layout(List<String> subtitle, double titleHeight, double[] cx, List<List<String>> header, double headerHeight, List<List<List<String>>> cells,
                          double[] rowHeights, List<String> notes) {
        private Layout {
            cx = ArrayValues.copy(cx);
            rowHeights = ArrayValues.copy(rowHeights);
        }

        double rowsHeight() {
            double h = 0;
            for (double r : rowHeights) {
                h += r;
            }
            return Math.max(ROW_PT, h);
        }

        int noteLines() {
            return notes.size();
        }

        @Override
        public double[] cx() {
            return ArrayValues.copy(cx);
        }

        @Override
        public double[] rowHeights() {
            return ArrayValues.copy(rowHeights);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Layout other && ArrayValues.equal(componentValues(), other.componentValues());
        }

        @Override
        public int hashCode() {
            return ArrayValues.hash(componentValues());
        }

        @Override
        public String toString() {
            return ArrayValues.text(this, componentValues());
        }

        private Object[] componentValues() {
            return new Object[] {subtitle, titleHeight, cx, header, headerHeight, cells, rowHeights, notes};
        }
    }

    private Layout layout(double width, java.awt.font.FontRenderContext frc) {
        double[] cx = new double[COLUMN_SHARES.length + 1];
        for (int i = 0; i < COLUMN_SHARES.length; i++) {
            cx[i + 1] = cx[i] + COLUMN_SHARES[i] * width;
        }
        Font headFont = style.legend.deriveFont(Font.BOLD);
        List<List<String>> head = new ArrayList<>();
        int headLines = 1;
        for (int i = 0; i < header.size(); i++) {
            List<String> lines = TextWrap.lines(header.get(i), headFont, frc, cx[i + 1] - cx[i] - 4);
            head.add(lines);
            headLines = Math.max(headLines, lines.size());
        }
        List<List<List<String>>> cells = new ArrayList<>();
        double[] heights = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double barW = (cx[4] - cx[3]) * BAR_SHARE;
            List<List<String>> c = List.of(
                    TextWrap.lines(row.indicator(), style.legend, frc, cx[1] - cx[0] - 4),
                    TextWrap.lines(row.target(), style.legend, frc, cx[2] - cx[1] - 4),
                    TextWrap.lines(row.median(), style.legend, frc, cx[3] - cx[2] - 4),
                    TextWrap.lines(row.probability(), style.legend, frc, cx[4] - cx[3] - barW - 8),
                    TextWrap.lines(row.status(), style.legend, frc, cx[5] - cx[4] - 14),
                    TextWrap.lines(row.basis(), style.legend, frc, cx[6] - cx[5] - 4));
            int n = 1;
            for (List<String> lines : c) {
                n = Math.max(n, lines.size());
            }
            cells.add(c);
            heights[r] = ROW_PT + (n - 1) * CELL_LINE_PT;
        }
        List<String> notes = new ArrayList<>(TextWrap.lines(note, style.note, frc, width));
        notes.addAll(TextWrap.lines(source, style.note, frc, width));
        List<String> sub = TextWrap.lines(subtitle, style.subtitle, frc, width);
        return new Layout(sub, TITLE_PT + Math.max(0, sub.size() - 1) * SUBTITLE_LINE_PT, cx, head, HEADER_PT + (headLines - 1) * CELL_LINE_PT, cells, heights, notes);
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
            Layout l = layout(width, g2.getFontRenderContext());
            g2.setColor(ChartStyle.TEXT);
            text(g2, style.title, title, x0, y + 10, width);
            g2.setColor(ChartStyle.NOTE);
            g2.setFont(style.subtitle);
            for (int i = 0; i < l.subtitle().size(); i++) {
                g2.drawString(l.subtitle().get(i), (float) x0, (float) (y + 21 + i * SUBTITLE_LINE_PT));
            }
            y += l.titleHeight();
            double[] cx = new double[l.cx().length];
            for (int i = 0; i < cx.length; i++) {
                cx[i] = x0 + l.cx()[i];
            }
            Font headFont = style.legend.deriveFont(Font.BOLD);
            g2.setColor(ChartStyle.TEXT);
            for (int i = 0; i < header.size(); i++) {
                lines(g2, headFont, l.header().get(i), cx[i] + 2, y + 10);
            }
            y += l.headerHeight();
            g2.setColor(ChartStyle.NOTE);
            g2.setStroke(new BasicStroke(0.6f));
            g2.draw(new Line2D.Double(x0, y - 3, x0 + width, y - 3));
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                List<List<String>> cell = l.cells().get(r);
                double rowHeight = l.rowHeights()[r];
                if (r % 2 == 1) {
                    g2.setColor(new Color(0xF2F2F2));
                    g2.fill(new Rectangle2D.Double(x0, y - 3, width, rowHeight));
                }
                double base = y + 8.5;
                g2.setColor(ChartStyle.TEXT);
                lines(g2, style.legend, cell.get(0), cx[0] + 2, base);
                lines(g2, style.legend, cell.get(1), cx[1] + 2, base);
                lines(g2, style.legend, cell.get(2), cx[2] + 2, base);
                // Probability: a bar of the share of runs, then the figure.
                double barW = (cx[4] - cx[3]) * BAR_SHARE;
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
                lines(g2, style.legend, cell.get(3), cx[3] + 6 + barW, base);
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
                lines(g2, style.legend, cell.get(4), cx[4] + 13, base);
                g2.setColor(row.basisKey().equals("projected") ? ChartStyle.NOTE : ChartStyle.TEXT);
                lines(g2, style.legend, cell.get(5), cx[5] + 2, base);
                y += rowHeight;
            }
            g2.setColor(ChartStyle.NOTE);
            g2.setStroke(new BasicStroke(0.6f));
            g2.draw(new Line2D.Double(x0, y - 3, x0 + width, y - 3));
            y += 4;
            for (String line : l.notes()) {
                y += NOTE_LINE_PT;
                g2.setFont(style.note);
                g2.drawString(line, (float) x0, (float) y);
            }
        } finally {
            g2.dispose();
        }
    }

    /** Draws a cell's lines from the first baseline down. */
    private static void lines(Graphics2D g, Font font, List<String> lines, double x, double baseline) {
        g.setFont(font);
        double y = baseline;
        for (String line : lines) {
            g.drawString(line, (float) x, (float) y);
            y += CELL_LINE_PT;
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

    /** Draws text at a baseline, shortened with "…" to fit {@code maxWidth} (the title only). */
    private static void text(Graphics2D g, Font font, String s, double x, double baseline, double maxWidth) {
        g.setFont(font);
        g.drawString(TextWrap.fit(s, font, g.getFontRenderContext(), maxWidth), (float) x, (float) baseline);
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
