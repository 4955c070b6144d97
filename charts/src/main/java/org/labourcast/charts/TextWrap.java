package org.labourcast.charts;

import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Line breaking for chart texts in English and Chinese. Breaks fall where the Unicode line-breaking rules allow
 * ({@link BreakIterator#getLineInstance}): between words, between two CJK ideographs (Chinese has no spaces), never
 * before closing punctuation such as "，。）》”" nor after opening punctuation such as "（《“". A word wider than the
 * line is broken between characters. Widths are measured in the font itself with fractional metrics (what the
 * charts draw with), not with the rounded integer advances JFreeChart's own wrapping sums per segment — that rounding
 * made every line of Chinese text (one segment per character) about 8% wider than measured, so notes ran off the
 * right edge. Stateless.
 */
final class TextWrap {

    /** What charts lay text out with: antialiased, fractional metrics, no transform (widths in points). */
    static final FontRenderContext POINTS = new FontRenderContext(new AffineTransform(),
            RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

    private TextWrap() {
    }

    /** Width of {@code s} in points (its advance). */
    static double width(String s, Font font, FontRenderContext frc) {
        return s.isEmpty() ? 0 : font.getStringBounds(s, frc).getWidth();
    }

    /**
     * {@code s} broken into lines no wider than {@code width} (explicit line feeds kept); runs of white space are
     * collapsed and none begins or ends a line. A single character wider than the line still gets a line.
     */
    static List<String> lines(String s, Font font, FontRenderContext frc, double width) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String paragraph : s.split("\n", -1)) {
            String p = paragraph.strip().replaceAll("[ \\t\\x0B\\f\\r]+", " ");
            if (p.isEmpty()) {
                continue;
            }
            breakParagraph(p, font, frc, width, out);
        }
        return out;
    }

    private static void breakParagraph(String p, Font font, FontRenderContext frc, double width, List<String> out) {
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(p);
        int start = 0;
        while (start < p.length()) {
            int fits = -1; // the last break opportunity up to which the line fits
            for (int end = breaks.following(start); end != BreakIterator.DONE; end = breaks.next()) {
                if (width(p.substring(start, end).stripTrailing(), font, frc) > width) {
                    break;
                }
                fits = end;
            }
            int end = fits > start ? fits : fitByCharacters(p, start, font, frc, width);
            out.add(p.substring(start, end).strip());
            start = end;
            while (start < p.length() && p.charAt(start) == ' ') {
                start++;
            }
        }
    }

    /** The end of the longest run of characters from {@code start} that fits (at least one character). */
    private static int fitByCharacters(String p, int start, Font font, FontRenderContext frc, double width) {
        int end = p.offsetByCodePoints(start, 1);
        while (end < p.length()) {
            int next = p.offsetByCodePoints(end, 1);
            if (width(p.substring(start, next), font, frc) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** {@code s} shortened with "…" to fit {@code width}, or as it is when it fits. */
    static String fit(String s, Font font, FontRenderContext frc, double width) {
        if (width(s, font, frc) <= width) {
            return s;
        }
        int end = s.length();
        while (end > 0 && width(s.substring(0, end).stripTrailing() + "\u2026", font, frc) > width) {
            end = s.offsetByCodePoints(end, -1);
        }
        return s.substring(0, end).stripTrailing() + "\u2026";
    }
}
