package org.labourcast.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;

/**
 * Chooses the font of a chart so that every character on it has a real glyph.
 *
 * <p>By default every chart, English or Chinese, uses WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0, shipped in this
 * module from Debian's {@code fonts-wqy-microhei} 0.2.0-beta-3.1), which covers Latin, the GBK Han characters and
 * the symbols used (≥ ≤ – — …). Charts then look the same, and render to the same bytes, on every machine whatever
 * fonts it has; and Chinese text is measured correctly. (A system's logical sans-serif font often reaches CJK only
 * through a fallback font, such as Debian's Droid Sans Fallback, whose metrics JFreeChart mis-measures: wrapped
 * notes overflowed the chart.) The font is loaded once and registered with
 * {@link GraphicsEnvironment#registerFont}.
 *
 * <p>With the system property {@value #FONT_PROPERTY}{@code =system}, the system's {@link Font#SANS_SERIF} font is
 * used when it can display every text of the chart ({@link Font#canDisplayUpTo} is -1), and the bundled font only
 * when it cannot — typically Chinese on a machine without a CJK font.
 *
 * <p>Thread-safe; the bundled font is loaded lazily, once.
 */
public final class ChartFonts {

    /** Family name of the bundled font (the first face of the collection). */
    public static final String BUNDLED_FAMILY = "WenQuanYi Micro Hei";

    /** Classpath resource of the bundled TrueType collection. */
    public static final String BUNDLED_RESOURCE = "/org/labourcast/charts/fonts/wqy-microhei.ttc";

    /** System property: {@code system} prefers the system font when it can display every text; default bundled. */
    public static final String FONT_PROPERTY = "labourcast.charts.font";

    private ChartFonts() {
    }

    /**
     * A plain 1-point font able to display all {@code texts}: the bundled font, or with {@value #FONT_PROPERTY}
     * {@code =system} the system sans-serif font if it can display them. Derive sizes and styles from it with
     * {@link Font#deriveFont(int, float)}.
     */
    public static Font forTexts(Collection<String> texts) {
        return choose("system".equals(System.getProperty(FONT_PROPERTY))
                ? new Font(Font.SANS_SERIF, Font.PLAIN, 12) : null, texts);
    }

    /**
     * {@code preferred} (at 1 pt) if it is not null and can display every text, else the bundled font. This is the
     * rule of {@link #forTexts} with the system font made explicit, so that it can be tested with a font that lacks
     * CJK glyphs.
     */
    public static Font choose(Font preferred, Collection<String> texts) {
        if (preferred != null && displaysAll(preferred, texts)) {
            return preferred.deriveFont(1f);
        }
        return bundled().deriveFont(Font.PLAIN, 1f);
    }

    /** True if {@code font} has a glyph for every character of every text. */
    public static boolean displaysAll(Font font, Collection<String> texts) {
        for (String t : texts) {
            if (t != null && font.canDisplayUpTo(t) != -1) {
                return false;
            }
        }
        return true;
    }

    /** The bundled WenQuanYi Micro Hei, loaded and registered on first use. */
    public static Font bundled() {
        return Bundled.FONT;
    }

    private static final class Bundled {
        static final Font FONT = load();

        private static Font load() {
            try (InputStream in = ChartFonts.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font " + BUNDLED_RESOURCE + " is missing from the jar");
                }
                Font[] faces = Font.createFonts(new BufferedInputStream(in, 1 << 16));
                Font chosen = faces[0];
                for (Font f : faces) {
                    if (BUNDLED_FAMILY.equals(f.getFamily(java.util.Locale.ROOT))) {
                        chosen = f;
                    }
                }
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(chosen);
                return chosen;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + BUNDLED_RESOURCE, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font " + BUNDLED_RESOURCE + " is not a TrueType collection", e);
            }
        }
    }
}
