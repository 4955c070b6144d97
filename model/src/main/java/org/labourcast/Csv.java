package org.labourcast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CSV writing with locale-independent, deterministic number formatting, so that the same results
 * always give the same bytes (the run manifest records their SHA-256).
 *
 * <p>Rows end with {@code "\n"} (not the CRLF of RFC 4180: every CSV reader in use accepts LF, and
 * it keeps files identical across platforms). Fields are quoted as RFC 4180 says. Text cells that a spreadsheet would
 * run as a formula get a leading apostrophe ({@link #text}), so a label such as {@code =HYPERLINK(…)} opens as text.
 * Stateless and thread-safe.
 */
public final class Csv {

    /** Significant digits kept for non-integral numbers: more than any projection can claim. */
    public static final int SIGNIFICANT_DIGITS = 12;

    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);
    /** A number written as text ({@code -18650}, {@code -0.5}, {@code 1e-3}): a spreadsheet reads it as a number. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final double INTEGER_LIMIT = 1e15;

    private Csv() {
    }

    /**
     * Formats a number by one fixed rule, independent of locale and of {@link Double#toString}:
     * <ul>
     *   <li>{@code NaN} (a missing value) gives the empty string;</li>
     *   <li>zero, including {@code -0.0}, gives {@code "0"};</li>
     *   <li>an integral value below 10<sup>15</sup> in magnitude gives its exact integer text ({@code 3160168});</li>
     *   <li>anything else is rounded half-even to {@value #SIGNIFICANT_DIGITS} significant digits (or to an
     *       integer, if it has more integer digits than that), trailing zeros stripped, in plain notation
     *       without exponent ({@code 0.53}, {@code 0.0000001}, {@code 0.333333333333}).</li>
     * </ul>
     *
     * @throws IllegalArgumentException for an infinite value (always a bug upstream)
     */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("cannot write an infinite number to CSV: " + v);
        }
        if (v == 0.0) {
            return "0"; // also -0.0
        }
        if (Math.abs(v) < INTEGER_LIMIT && v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        BigDecimal exact = new BigDecimal(v);
        int integerDigits = exact.precision() - exact.scale();
        MathContext rounding = integerDigits > SIGNIFICANT_DIGITS
                ? new MathContext(integerDigits, RoundingMode.HALF_EVEN) // never round away integer digits
                : ROUNDING;
        return exact.round(rounding).stripTrailingZeros().toPlainString();
    }

    /**
     * Quotes a field when RFC 4180 requires it (it contains a comma, a double quote, CR or LF),
     * doubling embedded quotes. {@code null} gives the empty field.
     */
    public static String field(String s) {
        if (s == null) {
            return "";
        }
        boolean needsQuotes = false;
        for (int i = 0; i < s.length() && !needsQuotes; i++) {
            char c = s.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needsQuotes ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /**
     * A text cell made safe to open in a spreadsheet (OWASP, "CSV Injection"): text starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula by Excel, LibreOffice or
     * Sheets, so it gets a leading apostrophe, which they show as text. Text that is a number ({@code -18650},
     * {@code -1.5E3}) is left alone: it is read as the number it is, never as a formula. Text already starting with an
     * apostrophe gets another, so that {@link #unguard} gives back exactly what was written.
     */
    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        boolean formula = startsLikeFormula(s);
        if (formula && NUMBER.matcher(s).matches()) {
            return s;
        }
        return formula || s.charAt(0) == '\'' ? "'" + s : s;
    }

    /**
     * True when a spreadsheet would take this text for a formula: it starts with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return (OWASP, "CSV Injection"). {@link #text} guards such text with an
     * apostrophe; the results workbook writes it as a text cell with Excel's quote prefix, its equivalent.
     */
    public static boolean startsLikeFormula(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * The text a cell written by {@link #text} stood for: its guarding apostrophe removed. Readers of the project's
     * own CSV files apply it to every field; a field without the guard is returned as it is.
     */
    public static String unguard(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'') {
            char c = cell.charAt(1);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'') {
                return cell.substring(1);
            }
        }
        return cell;
    }

    /**
     * One CSV line ending in {@code "\n"}. {@link Double} and {@link Float} cells go through
     * {@link #number(double)}, {@link BigDecimal} through {@code toPlainString()}, other numbers and booleans are
     * written as they print, {@code null} gives an empty cell, anything else is text: {@link #text} (the
     * spreadsheet guard), then {@link #field(String)} (quoting) of its {@code toString()}.
     */
    public static String row(Object... cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells[i]));
        }
        return sb.append('\n').toString();
    }

    private static String cell(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof Double d) {
            return number(d);
        }
        if (o instanceof Float f) {
            return number(f.doubleValue());
        }
        if (o instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (o instanceof Number || o instanceof Boolean) {
            return o.toString(); // Integer, Long: -18650 stays a number
        }
        return field(text(o.toString()));
    }
}
