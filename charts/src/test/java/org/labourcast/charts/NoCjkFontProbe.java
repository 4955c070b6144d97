package org.labourcast.charts;

import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.labourcast.charts.report.ChartSet;

/**
 * Run by {@link ChineseGlyphTest} in a JVM that sees no CJK font: prints what the system font can display and which
 * font a Chinese chart gets when the system font is preferred, and writes that chart as PNG to the path given.
 */
public final class NoCjkFontProbe {
    private NoCjkFontProbe() {
    }

    public static void main(String[] args) throws Exception {
        Font system = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        System.out.println("system-displays-up-to=" + system.canDisplayUpTo("乐山市就业"));
        System.setProperty(ChartFonts.FONT_PROPERTY, "system");
        System.out.println("chosen=" + ChartFonts.forTexts(List.of("乐山市就业")).getFamily(java.util.Locale.ROOT));
        Files.write(Path.of(args[0]), ChartSet.fan(Fixtures.results(), "urbanization_rate", Messages.of(Lang.ZH),
                ChartSize.PRINT).render(ChartFormat.PNG));
    }
}
