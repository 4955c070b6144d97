package org.labourcast.charts;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.AttributedCharacterIterator;
import java.util.List;

/**
 * A Graphics2D that draws through another and records every text it draws: the text, the bounds of its glyphs' ink
 * on the device (after every transform, so rotated axis labels count as drawn) and the clip in force. Tests use it to
 * find text drawn outside the canvas or cut by a clip. {@link #create()} gives a recorder writing to the same list.
 */
final class RecordingGraphics extends Graphics2D {

    /** One text drawn: its ink bounds and the clip (null for none), both in device space. */
    record DrawnText(String text, Rectangle2D bounds, Rectangle2D clip) {
    }

    private final Graphics2D inner;
    private final List<DrawnText> log;

    RecordingGraphics(Graphics2D inner, List<DrawnText> log) {
        this.inner = inner;
        this.log = log;
    }

    private void record(String text, Rectangle2D userBounds) {
        if (text.isBlank() || userBounds.isEmpty()) {
            return;
        }
        Shape clip = inner.getClip(); // in user space
        log.add(new DrawnText(text, inner.getTransform().createTransformedShape(userBounds).getBounds2D(),
                clip == null ? null : inner.getTransform().createTransformedShape(clip).getBounds2D()));
    }

    private static Rectangle2D at(Rectangle2D r, double x, double y) {
        return new Rectangle2D.Double(r.getX() + x, r.getY() + y, r.getWidth(), r.getHeight());
    }

    @Override
    public void drawString(String s, float x, float y) {
        GlyphVector gv = inner.getFont().createGlyphVector(inner.getFontRenderContext(), s);
        record(s, at(gv.getVisualBounds(), x, y));
        inner.drawString(s, x, y);
    }

    @Override
    public void drawString(String s, int x, int y) {
        drawString(s, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator it, float x, float y) {
        StringBuilder sb = new StringBuilder();
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            sb.append(c);
        }
        TextLayout layout = new TextLayout(it, inner.getFontRenderContext());
        record(sb.toString(), at(layout.getBounds(), x, y));
        inner.drawString(it, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator it, int x, int y) {
        drawString(it, (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(GlyphVector gv, float x, float y) {
        record("glyphs", at(gv.getVisualBounds(), x, y));
        inner.drawGlyphVector(gv, x, y);
    }

    @Override
    public java.awt.Graphics create() {
        return new RecordingGraphics((Graphics2D) inner.create(), log);
    }

    @Override
    public void scale(double a0, double a1) {
        inner.scale(a0, a1);
    }

    @Override
    public void fill(java.awt.Shape a0) {
        inner.fill(a0);
    }

    @Override
    public void transform(java.awt.geom.AffineTransform a0) {
        inner.transform(a0);
    }

    @Override
    public void rotate(double a0) {
        inner.rotate(a0);
    }

    @Override
    public void rotate(double a0, double a1, double a2) {
        inner.rotate(a0, a1, a2);
    }

    @Override
    public boolean hit(java.awt.Rectangle a0, java.awt.Shape a1, boolean a2) {
        return inner.hit(a0, a1, a2);
    }

    @Override
    public void translate(double a0, double a1) {
        inner.translate(a0, a1);
    }

    @Override
    public void translate(int a0, int a1) {
        inner.translate(a0, a1);
    }

    @Override
    public java.awt.Paint getPaint() {
        return inner.getPaint();
    }

    @Override
    public void setPaint(java.awt.Paint a0) {
        inner.setPaint(a0);
    }

    @Override
    public void draw(java.awt.Shape a0) {
        inner.draw(a0);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, java.awt.geom.AffineTransform a1, java.awt.image.ImageObserver a2) {
        return inner.drawImage(a0, a1, a2);
    }

    @Override
    public void drawImage(java.awt.image.BufferedImage a0, java.awt.image.BufferedImageOp a1, int a2, int a3) {
        inner.drawImage(a0, a1, a2, a3);
    }

    @Override
    public void drawRenderedImage(java.awt.image.RenderedImage a0, java.awt.geom.AffineTransform a1) {
        inner.drawRenderedImage(a0, a1);
    }

    @Override
    public void drawRenderableImage(java.awt.image.renderable.RenderableImage a0, java.awt.geom.AffineTransform a1) {
        inner.drawRenderableImage(a0, a1);
    }

    @Override
    public java.awt.GraphicsConfiguration getDeviceConfiguration() {
        return inner.getDeviceConfiguration();
    }

    @Override
    public void setComposite(java.awt.Composite a0) {
        inner.setComposite(a0);
    }

    @Override
    public void setStroke(java.awt.Stroke a0) {
        inner.setStroke(a0);
    }

    @Override
    public void setRenderingHint(java.awt.RenderingHints.Key a0, java.lang.Object a1) {
        inner.setRenderingHint(a0, a1);
    }

    @Override
    public java.lang.Object getRenderingHint(java.awt.RenderingHints.Key a0) {
        return inner.getRenderingHint(a0);
    }

    @Override
    public void setRenderingHints(java.util.Map<?, ?> a0) {
        inner.setRenderingHints(a0);
    }

    @Override
    public void addRenderingHints(java.util.Map<?, ?> a0) {
        inner.addRenderingHints(a0);
    }

    @Override
    public java.awt.RenderingHints getRenderingHints() {
        return inner.getRenderingHints();
    }

    @Override
    public void shear(double a0, double a1) {
        inner.shear(a0, a1);
    }

    @Override
    public void setTransform(java.awt.geom.AffineTransform a0) {
        inner.setTransform(a0);
    }

    @Override
    public java.awt.geom.AffineTransform getTransform() {
        return inner.getTransform();
    }

    @Override
    public java.awt.Composite getComposite() {
        return inner.getComposite();
    }

    @Override
    public void setBackground(java.awt.Color a0) {
        inner.setBackground(a0);
    }

    @Override
    public java.awt.Color getBackground() {
        return inner.getBackground();
    }

    @Override
    public java.awt.Stroke getStroke() {
        return inner.getStroke();
    }

    @Override
    public void clip(java.awt.Shape a0) {
        inner.clip(a0);
    }

    @Override
    public java.awt.font.FontRenderContext getFontRenderContext() {
        return inner.getFontRenderContext();
    }

    @Override
    public void setColor(java.awt.Color a0) {
        inner.setColor(a0);
    }

    @Override
    public void dispose() {
        inner.dispose();
    }

    @Override
    public java.awt.Color getColor() {
        return inner.getColor();
    }

    @Override
    public void fillRect(int a0, int a1, int a2, int a3) {
        inner.fillRect(a0, a1, a2, a3);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, java.awt.Color a5, java.awt.image.ImageObserver a6) {
        return inner.drawImage(a0, a1, a2, a3, a4, a5, a6);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, java.awt.image.ImageObserver a9) {
        return inner.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, java.awt.Color a9, java.awt.image.ImageObserver a10) {
        return inner.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, java.awt.Color a3, java.awt.image.ImageObserver a4) {
        return inner.drawImage(a0, a1, a2, a3, a4);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, java.awt.image.ImageObserver a5) {
        return inner.drawImage(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, java.awt.image.ImageObserver a3) {
        return inner.drawImage(a0, a1, a2, a3);
    }

    @Override
    public void clipRect(int a0, int a1, int a2, int a3) {
        inner.clipRect(a0, a1, a2, a3);
    }

    @Override
    public java.awt.Font getFont() {
        return inner.getFont();
    }

    @Override
    public java.awt.FontMetrics getFontMetrics(java.awt.Font a0) {
        return inner.getFontMetrics(a0);
    }

    @Override
    public void drawLine(int a0, int a1, int a2, int a3) {
        inner.drawLine(a0, a1, a2, a3);
    }

    @Override
    public void drawPolygon(int[] a0, int[] a1, int a2) {
        inner.drawPolygon(a0, a1, a2);
    }

    @Override
    public void fillPolygon(int[] a0, int[] a1, int a2) {
        inner.fillPolygon(a0, a1, a2);
    }

    @Override
    public java.awt.Rectangle getClipBounds() {
        return inner.getClipBounds();
    }

    @Override
    public void setPaintMode() {
        inner.setPaintMode();
    }

    @Override
    public void setXORMode(java.awt.Color a0) {
        inner.setXORMode(a0);
    }

    @Override
    public void setFont(java.awt.Font a0) {
        inner.setFont(a0);
    }

    @Override
    public void setClip(java.awt.Shape a0) {
        inner.setClip(a0);
    }

    @Override
    public void setClip(int a0, int a1, int a2, int a3) {
        inner.setClip(a0, a1, a2, a3);
    }

    @Override
    public java.awt.Shape getClip() {
        return inner.getClip();
    }

    @Override
    public void copyArea(int a0, int a1, int a2, int a3, int a4, int a5) {
        inner.copyArea(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void clearRect(int a0, int a1, int a2, int a3) {
        inner.clearRect(a0, a1, a2, a3);
    }

    @Override
    public void drawRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
        inner.drawRoundRect(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void fillRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
        inner.fillRoundRect(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void drawOval(int a0, int a1, int a2, int a3) {
        inner.drawOval(a0, a1, a2, a3);
    }

    @Override
    public void fillOval(int a0, int a1, int a2, int a3) {
        inner.fillOval(a0, a1, a2, a3);
    }

    @Override
    public void drawArc(int a0, int a1, int a2, int a3, int a4, int a5) {
        inner.drawArc(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void fillArc(int a0, int a1, int a2, int a3, int a4, int a5) {
        inner.fillArc(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void drawPolyline(int[] a0, int[] a1, int a2) {
        inner.drawPolyline(a0, a1, a2);
    }
}
