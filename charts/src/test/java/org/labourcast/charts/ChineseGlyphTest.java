package org.labourcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.charts.report.ChartSet;

/** Chinese text is drawn with real glyphs, not boxes, also on a machine with no CJK font installed. */
class ChineseGlyphTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @TempDir
    Path tmp;

    @Test
    void bundledFontHasAGlyphForEveryChineseTextOfTheCatalogue() {
        Font font = ChartFonts.bundled();
        assertEquals(ChartFonts.BUNDLED_FAMILY, font.getFamily(Locale.ROOT));
        Messages zh = Messages.of(Lang.ZH);
        List<String> texts = new ArrayList<>();
        zh.keys().forEach(k -> texts.add(zh.text(k)));
        MessagesTest.allIndicators().forEach(i -> texts.add(zh.indicator(i)));
        texts.add("乐山市基准情景：人口、城镇化与就业（2020—2035年） ≥ ≤ – … ·");
        for (String t : texts) {
            assertEquals(-1, font.canDisplayUpTo(t), t);
        }
    }

    @Test
    void chineseGlyphsHaveRealOutlinesUnlikeTheMissingGlyph() {
        Font font = ChartFonts.bundled().deriveFont(20f);
        int missing = font.getMissingGlyphCode();
        GlyphVector gv = font.createGlyphVector(FRC, "乐山市就业");
        for (int i = 0; i < gv.getNumGlyphs(); i++) {
            assertNotEquals(missing, gv.getGlyphCode(i));
            Rectangle2D bounds = gv.getGlyphOutline(i).getBounds2D();
            assertTrue(bounds.getWidth() > 5 && bounds.getHeight() > 5, "outline of glyph " + i);
        }
        // Distinct characters have distinct outlines (a box font would draw the same shape for each).
        assertNotEquals(gv.getGlyphOutline(0).getBounds2D(), gv.getGlyphOutline(1).getBounds2D());
    }

    @Test
    void aFontWithoutCjkGlyphsIsPassedOverForTheBundledOne() throws IOException {
        Font latinOnly = ChartFonts.bundled().deriveFont(12f); // stand-in, replaced below if DejaVu is present
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        if (Files.isRegularFile(dejavu)) {
            try {
                latinOnly = Font.createFont(Font.TRUETYPE_FONT, dejavu.toFile());
            } catch (java.awt.FontFormatException e) {
                throw new IOException(e);
            }
        }
        assumeTrue(latinOnly.canDisplayUpTo("乐山") != -1, "needs a physical font without CJK glyphs (DejaVu Sans)");
        assertEquals(ChartFonts.BUNDLED_FAMILY, ChartFonts.choose(latinOnly, List.of("Leshan", "乐山")).getFamily(Locale.ROOT));
        assertEquals(latinOnly.getFamily(Locale.ROOT), ChartFonts.choose(latinOnly, List.of("Leshan")).getFamily(Locale.ROOT));
        // What a reader would see: the same title drawn with each font. The Latin-only font draws boxes.
        assertFalse(java.util.Arrays.equals(pixels(latinOnly, "乐山市"), pixels(ChartFonts.bundled(), "乐山市")));
        GlyphVector boxes = latinOnly.deriveFont(20f).createGlyphVector(FRC, "乐山");
        assertEquals(latinOnly.getMissingGlyphCode(), boxes.getGlyphCode(0));
    }

    @Test
    void onAMachineWithNoCjkFontTheChineseChartUsesTheBundledFontAndLooksTheSame() throws Exception {
        Path conf = tmp.resolve("fonts.conf");
        String dir = Files.isDirectory(Path.of("/usr/share/fonts/truetype/dejavu"))
                ? "<dir>/usr/share/fonts/truetype/dejavu</dir>" : "";
        Files.writeString(conf, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>"
                + dir + "<cachedir>" + tmp.resolve("cache") + "</cachedir></fontconfig>\n");
        Path png = tmp.resolve("zh.png");
        Path home = Files.createDirectories(tmp.resolve("home")); // no cached font list of this machine
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
                NoCjkFontProbe.class.getName(), png.toString());
        pb.environment().put("FONTCONFIG_FILE", conf.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
        assertEquals(0, p.exitValue(), out);
        assumeTrue(!out.contains("system-displays-up-to=-1"),
                "this JVM still found a CJK font through fontconfig; cannot simulate a machine without one: " + out);
        assertTrue(out.contains("chosen=" + ChartFonts.BUNDLED_FAMILY), out);
        byte[] here = ChartSet.fan(Fixtures.results(), "urbanization_rate", Messages.of(Lang.ZH), ChartSize.PRINT)
                .render(ChartFormat.PNG);
        assertArrayEquals(here, Files.readAllBytes(png), "the same chart as with the default (bundled) font here");
    }

    private static int[] pixels(Font font, String text) {
        BufferedImage img = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 40);
        g.setColor(Color.BLACK);
        g.setFont(font.deriveFont(24f));
        g.drawString(text, 2, 30);
        g.dispose();
        return img.getRGB(0, 0, 120, 40, null, 0, 120);
    }
}
