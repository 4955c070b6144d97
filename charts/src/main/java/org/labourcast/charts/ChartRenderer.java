package org.labourcast.charts;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.ui.Drawable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * Renders a chart (any JFreeChart {@link Drawable}) laid out at a {@link ChartSize} to PNG, SVG or PDF bytes.
 *
 * <p>Deterministic: the same drawable and size give the same bytes (on the same machine, JDK and fonts). PNG has no
 * time chunk and records the DPI (pHYs) so word processors place it at its printed size. SVG (Apache Batik's
 * {@link SVGGraphics2D}) draws text as outlines, so it needs no font where it is viewed, and its ids carry a fixed
 * prefix (inline SVGs in one HTML page must not share ids). PDF (Apache PDFBox through
 * {@code de.rototor.pdfbox:graphics2d}) also draws text as outlines, has no information dictionary (no dates, no
 * producer) and a document ID derived from a fixed seed rather than the clock.
 *
 * <p>Stateless and thread-safe (the drawable must not be drawn from two threads at once).
 */
public final class ChartRenderer {

    private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private ChartRenderer() {
    }

    /**
     * Renders {@code chart} in {@code format}.
     *
     * @param idPrefix prefix of every id in an SVG (letters, digits, '-', '_', starting with a letter); ignored for
     *                 PNG and PDF
     */
    public static byte[] render(Drawable chart, ChartSize size, ChartFormat format, String idPrefix) {
        return switch (format) {
            case PNG -> png(chart, size);
            case SVG -> svg(chart, size, idPrefix);
            case PDF -> pdf(chart, size);
        };
    }

    /** PNG of {@link ChartSize#widthPx()} × {@link ChartSize#heightPx()} px, RGB, with the DPI recorded. */
    public static byte[] png(Drawable chart, ChartSize size) {
        int w = size.widthPx();
        int h = size.heightPx();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            hints(g);
            g.scale(w / size.widthPt(), h / size.heightPt());
            chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt()));
        } finally {
            g.dispose();
        }
        return encodePng(image, size.dpi());
    }

    /** SVG 1.1 sized in centimetres, viewBox in points; text as outlines; ids start with {@code idPrefix}. */
    public static byte[] svg(Drawable chart, ChartSize size, String idPrefix) {
        if (idPrefix == null || !ID_PREFIX.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("SVG id prefix must be a letter followed by letters, digits, - or _: '"
                    + idPrefix + "'");
        }
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            doc = f.newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVGGraphics2D.SVG_NAMESPACE_URI, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM implementation", e);
        }
        SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
        ctx.setIDGenerator(new PrefixedIds(idPrefix + "-"));
        ctx.setComment(null);
        ctx.setPrecision(4);
        ctx.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(ctx, true); // text as shapes: no font needed where it is viewed
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(size.widthPt()), (int) Math.ceil(size.heightPt())));
        hints(g);
        chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt()));
        Element root = g.getRoot();
        root.setAttribute("width", cm(size.widthCm()));
        root.setAttribute("height", cm(size.heightCm()));
        root.setAttribute("viewBox", "0 0 " + pt(size.widthPt()) + " " + pt(size.heightPt()));
        java.util.List<String> renamed = new java.util.ArrayList<>();
        prefixIds(root, idPrefix + "-", renamed); // Batik's fixed ids, e.g. "genericDefs"
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            g.stream(root, w, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write SVG", e);
        } finally {
            g.dispose();
        }
        if (renamed.isEmpty()) {
            return bytes.toByteArray();
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        for (String id : renamed) {
            text = text.replace("url(#" + id + ")", "url(#" + idPrefix + "-" + id + ")")
                    .replace("\"#" + id + "\"", "\"#" + idPrefix + "-" + id + "\"");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void prefixIds(Element e, String prefix, java.util.List<String> renamed) {
        String id = e.getAttribute("id");
        if (!id.isEmpty() && !id.startsWith(prefix)) {
            e.setAttribute("id", prefix + id);
            renamed.add(id);
        }
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                prefixIds(child, prefix, renamed);
            }
        }
    }

    /** One-page PDF of the chart's printed size; vector graphics, text as outlines. */
    public static byte[] pdf(Drawable chart, ChartSize size) {
        float w = (float) size.widthPt();
        float h = (float) size.heightPt();
        try (PDDocument doc = new PDDocument()) {
            doc.setDocumentId(0L); // the trailer ID is hashed from this instead of the clock
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h); // unregistered fonts: text drawn as shapes
            try {
                hints(g);
                chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(g.getXFormObject());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PDF", e);
        }
    }

    /**
     * An SVG made by {@link #svg} for inlining in HTML: without the XML declaration and DOCTYPE.
     */
    public static String inlineSvg(byte[] svg) {
        String s = new String(svg, StandardCharsets.UTF_8);
        int start = s.indexOf("<svg");
        return start < 0 ? s : s.substring(start).strip();
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    private static byte[] encodePng(BufferedImage image, int dpi) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    writer.getDefaultWriteParam());
            String dotsPerMetre = Long.toString(Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", dotsPerMetre);
            phys.setAttribute("pixelsPerUnitYAxis", dotsPerMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, meta), writer.getDefaultWriteParam());
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG", e); // in memory: cannot happen
        } finally {
            writer.dispose();
        }
    }

    private static String cm(double v) {
        return Messages.decimal(v, 3) + "cm";
    }

    private static String pt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Batik's counters per kind of id ("clipPath1", …) behind a fixed prefix. */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String prefix;

        PrefixedIds(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String kind) {
            return prefix + super.generateID(kind);
        }
    }
}
