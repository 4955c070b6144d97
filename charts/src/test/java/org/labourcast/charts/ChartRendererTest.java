package org.labourcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.labourcast.charts.report.ChartSet;

/** Same results, same bytes, in every format and language; and each format says what it should. */
class ChartRendererTest {

    @ParameterizedTest
    @EnumSource(ChartFormat.class)
    void everyChartOfTheSetRendersToTheSameBytesTwice(ChartFormat format) {
        for (Lang lang : Lang.values()) {
            var first = ChartSet.standard(Fixtures.results(), Messages.of(lang), ChartSize.PRINT);
            var second = ChartSet.standard(Fixtures.results(), Messages.of(lang), ChartSize.PRINT);
            for (int i = 0; i < first.size(); i++) {
                assertArrayEquals(first.get(i).render(format), second.get(i).render(format),
                        lang + " " + first.get(i).fileName(format));
            }
        }
    }

    @Test
    void pngHasThePrintSizeInPixelsAndRecordsItsDpi() throws IOException {
        byte[] png = ChartSet.fan(Fixtures.results(), "urbanization_rate", Messages.of(Lang.EN), ChartSize.PRINT)
                .render(ChartFormat.PNG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1890, image.getWidth(), "16 cm at 300 dpi");
        assertEquals(1181, image.getHeight(), "10 cm at 300 dpi");
        assertEquals(0xFFFFFFFF, image.getRGB(0, 0));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            var tree = (javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_png_1.0");
            var phys = (javax.imageio.metadata.IIOMetadataNode) tree.getElementsByTagName("pHYs").item(0);
            assertEquals("11811", phys.getAttribute("pixelsPerUnitXAxis"), "300 dpi = 11811 px per metre");
            assertEquals(0, tree.getElementsByTagName("tIME").getLength(), "no time stamp");
        }
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(ChartSet.fan(Fixtures.results(),
                "urbanization_rate", Messages.of(Lang.EN), new ChartSize(8, 5, 150)).render(ChartFormat.PNG)));
        assertEquals(472, small.getWidth());
    }

    @Test
    void svgIsSizedInCentimetresWithTextAsOutlinesAndPrefixedIds() {
        String svg = new String(ChartSet.fan(Fixtures.results(), "urbanization_rate", Messages.of(Lang.ZH),
                ChartSize.PRINT).render(ChartFormat.SVG), StandardCharsets.UTF_8);
        assertTrue(svg.contains("width=\"16cm\""), svg.substring(0, 400));
        assertTrue(svg.contains("height=\"10cm\""));
        assertFalse(svg.contains("<text"), "text drawn as outlines: no font needed where it is viewed");
        Matcher ids = Pattern.compile("id=\"([^\"]+)\"").matcher(svg);
        int n = 0;
        while (ids.find()) {
            assertTrue(ids.group(1).startsWith("lc-urbanization_rate-"), ids.group(1));
            n++;
        }
        assertTrue(n > 0, "clip paths have ids");
        assertTrue(ChartRenderer.inlineSvg(svg.getBytes(StandardCharsets.UTF_8)).startsWith("<svg"));
    }

    @Test
    void pdfIsOnePageOfThePrintSizeWithoutDatesAndWithAFixedId() throws IOException {
        byte[] pdf = ChartSet.fan(Fixtures.results(), "skilled_workers", Messages.of(Lang.ZH), ChartSize.PRINT)
                .render(ChartFormat.PDF);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("CreationDate") || text.contains("ModDate") || text.contains("/Producer"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(453.54, box.getWidth(), 0.01, "16 cm in points");
            assertEquals(283.46, box.getHeight(), 0.01, "10 cm in points");
        }
    }
}
