package org.labourcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Plan targets on an XY plot, readable when they share a value or crowd:
 * <ul>
 *   <li>a run of equal annual targets (same indicator, operator, value and nature in consecutive years, e.g. Xuzhou's
 *       "≥ 65,000 new jobs" in 2024, 2025 and 2026) is one {@link Group}: one dashed reference line, one label
 *       ("≥ 65,000 a year 2024–2026", "每年 ≥ 6.5万（2024—2026年）") and one legend entry, with a diamond per year;</li>
 *   <li>binding targets (约束性) are filled diamonds, expected ones (预期性) hollow, and the legend says which;</li>
 *   <li>labels are placed when drawn ({@link Labels}): each takes the free spot nearest its point — inside the plot,
 *       off the other labels, the diamonds and the projection lines — with a thin leader line when moved away.</li>
 * </ul>
 * Stateless.
 */
final class TargetLabels {

    static final Color INK = ChartStyle.BLACK;
    static final float DIAMOND = 3.6f;

    private TargetLabels() {
    }

    /** Targets drawn as one: a single target or a run of equal annual ones in consecutive years. */
    record Group(List<TargetResult> targets) {
        Group {
            targets = List.copyOf(targets);
            if (targets.isEmpty()) {
                throw new IllegalArgumentException("a target group needs a target");
            }
        }

        TargetResult first() {
            return targets.get(0);
        }

        TargetResult last() {
            return targets.get(targets.size() - 1);
        }

        boolean run() {
            return targets.size() > 1;
        }

        boolean binding() {
            return TargetLabels.binding(first());
        }
    }

    static boolean binding(TargetResult t) {
        return "binding".equals(t.nature());
    }

    /** The filled (binding) or hollow (expected) diamond. */
    static Shape diamond(float size) {
        return ShapeUtils.createDiamond(size);
    }

    /**
     * The annual targets of {@code indicator} in groups, by first year: consecutive years with the same operator,
     * value and nature form one group.
     */
    static List<Group> groups(List<TargetResult> targets, String indicator) {
        List<TargetResult> annual = targets.stream().filter(t -> t.indicator().equals(indicator) && t.annual())
                .sorted(Comparator.comparingInt(TargetResult::year)).toList();
        List<Group> out = new ArrayList<>();
        List<TargetResult> current = new ArrayList<>();
        for (TargetResult t : annual) {
            if (!current.isEmpty()) {
                TargetResult prev = current.get(current.size() - 1);
                boolean continues = t.year() == prev.year() + 1 && t.operator().equals(prev.operator())
                        && t.target() == prev.target() && t.nature().equals(prev.nature());
                if (!continues) {
                    out.add(new Group(current));
                    current = new ArrayList<>();
                }
            }
            current.add(t);
        }
        if (!current.isEmpty()) {
            out.add(new Group(current));
        }
        return out;
    }

    /** The label at the diamonds: "≥ 60% (2025 target)", or for a run "≥ 65,000 a year 2024–2026". */
    static String marker(Group g, Messages m, ValueUnit unit) {
        TargetResult t = g.first();
        String value = m.value(t.target(), unit);
        return g.run() ? m.text("target.marker.run", t.symbol(), value, t.year(), g.last().year())
                : m.text("target.marker", t.symbol(), value, t.year());
    }

    /** "≥ 60% in 2025" or "≥ 65,000 a year 2024–2026". */
    static String shortText(Group g, Messages m, ValueUnit unit) {
        TargetResult t = g.first();
        String value = m.value(t.target(), unit);
        return g.run() ? m.text("target.short.run", t.symbol(), value, t.year(), g.last().year())
                : m.text("target.short", t.symbol(), value, t.year());
    }

    /** "met in 75% of 20 runs"; for a run of years the range over its years, "met in 60–80% of 100 runs by year". */
    static String verdict(Group g, Messages m) {
        TargetResult t = g.first();
        if (t.runs() <= 1) {
            boolean all = g.targets().stream().allMatch(x -> x.probability() >= 1);
            boolean none = g.targets().stream().allMatch(x -> x.probability() < 1);
            return m.text("target.deterministic", m.text(all ? "target.met" : none ? "target.not_met"
                    : "target.met_some"));
        }
        double lo = g.targets().stream().mapToDouble(TargetResult::probability).min().orElse(0);
        double hi = g.targets().stream().mapToDouble(TargetResult::probability).max().orElse(0);
        String low = m.percent(lo);
        String high = m.percent(hi);
        return low.equals(high) ? m.text("target.probability", low, t.runs())
                : m.text("target.probability.range", low, high, t.runs());
    }

    /** The legend entry: "Binding target ≥ 6% in 2025: met in 90% of 100 runs" (预期性目标 / 约束性目标 …). */
    static String legend(Group g, Messages m, ValueUnit unit) {
        String verdict = verdict(g, m);
        TargetResult t = g.first();
        if (t.basis().equals("input")) { // the share restates a scenario input: the chart says which, as the CLI does
            verdict = m.text("target.fixed_by", verdict, t.basisInput());
        }
        return m.text(g.binding() ? "fan.target.binding" : "fan.target.expected", shortText(g, m, unit), verdict);
    }

    /**
     * Adds the groups to {@code plot}: a dashed reference line per distinct value, a diamond per target (dataset
     * {@code dataset}: series 0 binding, filled; series 1 expected, hollow) and, when {@code labels}, one label per
     * group placed clear of {@code avoid} (the projection lines).
     *
     * @return the labels annotation, or null without labels
     */
    static Labels add(XYPlot plot, ChartStyle style, int dataset, List<Group> groups, List<String> texts,
                      List<List<YearValue>> avoid, boolean labels) {
        Set<Double> values = new LinkedHashSet<>();
        XYSeries binding = new XYSeries("binding", true, true);
        XYSeries expected = new XYSeries("expected", true, true);
        List<Labels.Label> placed = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (values.add(g.first().target())) {
                ValueMarker ref = new ValueMarker(g.first().target());
                ref.setPaint(ChartStyle.REFERENCE);
                ref.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {3f, 2.5f}, 0f));
                plot.addRangeMarker(ref, Layer.BACKGROUND);
            }
            for (TargetResult t : g.targets()) {
                (g.binding() ? binding : expected).add(t.year(), t.target());
            }
            placed.add(new Labels.Label(texts.get(i), g.first().year(), g.last().year(), g.first().target()));
        }
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(binding);
        c.addSeries(expected);
        plot.setDataset(dataset, c);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        for (int s = 0; s < 2; s++) {
            r.setSeriesPaint(s, INK);
            r.setSeriesShape(s, diamond(DIAMOND));
            r.setSeriesShapesFilled(s, true);
            r.setSeriesOutlineStroke(s, new BasicStroke(1f));
            r.setSeriesVisibleInLegend(s, false);
        }
        r.setUseFillPaint(true);
        r.setSeriesFillPaint(0, INK);
        r.setSeriesFillPaint(1, Color.WHITE);
        r.setUseOutlinePaint(false);
        r.setDrawOutlines(true);
        plot.setRenderer(dataset, r);
        if (!labels || placed.isEmpty()) {
            return null;
        }
        Labels a = new Labels(placed, avoid, style.annotation);
        plot.addAnnotation(a);
        return a;
    }

    /** The legend marker of a group: filled diamond for binding, hollow for expected. */
    static org.jfree.chart.LegendItem legendItem(ChartStyle style, Group g, String text) {
        return style.shapeItem(text, INK, diamond(DIAMOND), g.binding());
    }

    /**
     * All target labels of a plot, placed together when drawn so they avoid each other. Each label goes to the
     * first free candidate spot around its point (above, below, the four diagonals, beside, then further out), kept
     * inside the data area (so the plot's clip never cuts it); a spot's cost counts overlap with labels placed
     * before, with every target diamond and with the projection lines. Immutable apart from JFreeChart's listeners.
     */
    static final class Labels extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private static final double GAP = 5;
        private static final double PAD = 1.2;

        /** A label at the middle of the years {@code from}–{@code to} at {@code value}. */
        record Label(String text, int from, int to, double value) {
        }

        private final List<Label> labels;
        private final List<List<YearValue>> avoid;
        private final Font font;

        Labels(List<Label> labels, List<List<YearValue>> avoid, Font font) {
            this.labels = List.copyOf(labels);
            this.avoid = List.copyOf(avoid);
            this.font = font;
        }

        List<String> texts() {
            return labels.stream().map(Label::text).toList();
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range,
                         int rendererIndex, PlotRenderingInfo info) {
            RectangleEdge xEdge = plot.getDomainAxisEdge();
            RectangleEdge yEdge = plot.getRangeAxisEdge();
            FontRenderContext frc = g2.getFontRenderContext();
            LineMetrics lm = font.getLineMetrics("Ag\u56FD", frc);
            List<Rectangle2D> obstacles = new ArrayList<>();
            for (Label l : labels) {
                for (int y = l.from(); y <= l.to(); y++) {
                    double px = domain.valueToJava2D(y, area, xEdge);
                    double py = range.valueToJava2D(l.value(), area, yEdge);
                    obstacles.add(new Rectangle2D.Double(px - DIAMOND, py - DIAMOND, 2 * DIAMOND, 2 * DIAMOND));
                }
            }
            List<List<Point2D>> lines = new ArrayList<>();
            for (List<YearValue> line : avoid) {
                List<Point2D> pts = new ArrayList<>();
                for (YearValue v : line.stream().sorted(Comparator.comparingInt(YearValue::year)).toList()) {
                    pts.add(new Point2D.Double(domain.valueToJava2D(v.year(), area, xEdge),
                            range.valueToJava2D(v.value(), area, yEdge)));
                }
                lines.add(pts);
            }
            List<Rectangle2D> placed = new ArrayList<>();
            for (Label l : labels) {
                double px = domain.valueToJava2D((l.from() + l.to()) / 2.0, area, xEdge);
                double py = range.valueToJava2D(l.value(), area, yEdge);
                double w = TextWrap.width(l.text(), font, frc) + 2 * PAD;
                double h = lm.getHeight() + 2 * PAD;
                Rectangle2D best = null;
                double bestCost = Double.MAX_VALUE;
                int order = 0;
                for (double[] c : candidates(px, py, w, h)) {
                    Rectangle2D r = inside(new Rectangle2D.Double(c[0], c[1], w, h), area);
                    double cost = order++ * 0.5 + 4 * Math.hypot(r.getCenterX() - (c[0] + w / 2),
                            r.getCenterY() - (c[1] + h / 2));
                    for (Rectangle2D p : placed) {
                        cost += 1000 * overlap(r, p);
                    }
                    for (Rectangle2D o : obstacles) {
                        cost += 200 * overlap(r, o);
                    }
                    for (List<Point2D> line : lines) {
                        if (crosses(r, line)) {
                            cost += 150;
                        }
                    }
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = r;
                    }
                }
                placed.add(best);
                draw(g2, l.text(), best, px, py, lm);
            }
        }

        private void draw(Graphics2D g2, String text, Rectangle2D r, double px, double py, LineMetrics lm) {
            double nx = Math.max(r.getMinX(), Math.min(px, r.getMaxX()));
            double ny = Math.max(r.getMinY(), Math.min(py, r.getMaxY()));
            if (Math.hypot(nx - px, ny - py) > DIAMOND + 2) {
                g2.setPaint(ChartStyle.REFERENCE);
                g2.setStroke(new BasicStroke(0.5f));
                double d = Math.hypot(nx - px, ny - py);
                double sx = px + (nx - px) * (DIAMOND + 1) / d;
                double sy = py + (ny - py) * (DIAMOND + 1) / d;
                g2.draw(new Line2D.Double(sx, sy, nx, ny));
            }
            g2.setPaint(Color.WHITE);
            g2.fill(r);
            g2.setPaint(INK);
            g2.setFont(font);
            g2.drawString(text, (float) (r.getX() + PAD), (float) (r.getY() + PAD + lm.getAscent()));
        }

        /** Top-left corners of the spots to try, nearest first. */
        private static List<double[]> candidates(double px, double py, double w, double h) {
            List<double[]> out = new ArrayList<>();
            for (double k : new double[] {1, 2.2, 3.6}) {
                double g = GAP * k;
                out.add(new double[] {px - w / 2, py - g - h});        // above
                out.add(new double[] {px - w / 2, py + g});            // below
                out.add(new double[] {px + g * 0.6, py - g - h});      // upper right
                out.add(new double[] {px + g * 0.6, py + g});          // lower right
                out.add(new double[] {px - g * 0.6 - w, py - g - h});  // upper left
                out.add(new double[] {px - g * 0.6 - w, py + g});      // lower left
                out.add(new double[] {px + g + 1, py - h / 2});        // right
                out.add(new double[] {px - g - 1 - w, py - h / 2});    // left
            }
            return out;
        }

        /** {@code r} moved the least to lie inside {@code area} (top-left kept when it is larger than the area). */
        private static Rectangle2D inside(Rectangle2D r, Rectangle2D area) {
            double x = Math.max(area.getMinX() + 1, Math.min(r.getX(), area.getMaxX() - 1 - r.getWidth()));
            double y = Math.max(area.getMinY() + 1, Math.min(r.getY(), area.getMaxY() - 1 - r.getHeight()));
            return new Rectangle2D.Double(x, y, r.getWidth(), r.getHeight());
        }

        /** Overlapping area as a share of the smaller rectangle (0–1). */
        private static double overlap(Rectangle2D a, Rectangle2D b) {
            Rectangle2D i = a.createIntersection(b);
            if (i.getWidth() <= 0 || i.getHeight() <= 0) {
                return 0;
            }
            double smaller = Math.min(a.getWidth() * a.getHeight(), b.getWidth() * b.getHeight());
            return i.getWidth() * i.getHeight() / smaller;
        }

        private static boolean crosses(Rectangle2D r, List<Point2D> line) {
            for (int i = 1; i < line.size(); i++) {
                if (r.intersectsLine(new Line2D.Double(line.get(i - 1), line.get(i)))) {
                    return true;
                }
            }
            return line.size() == 1 && r.contains(line.get(0));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Labels l && l.labels.equals(labels) && l.avoid.equals(avoid) && l.font.equals(font);
        }

        @Override
        public int hashCode() {
            return labels.hashCode();
        }
    }
}
