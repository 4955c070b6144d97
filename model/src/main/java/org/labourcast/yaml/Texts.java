package org.labourcast.yaml;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;

/** Small text helpers shared by the loader and {@link Fields}: paths, quoting for messages, suggestions. */
final class Texts {
    private static final int MAX_SHOWN = 60;

    private Texts() {
    }

    static String childPath(String parentPath, String key) {
        return parentPath.isEmpty() ? key : parentPath + "." + key;
    }

    static String itemPath(String parentPath, int index) {
        return parentPath + "[" + index + "]";
    }

    /** User text made safe to show in one line of a message: control characters escaped, long text shortened. */
    static String shown(String text) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (count++ >= MAX_SHOWN) {
                sb.append('…');
                break;
            }
            if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (Character.isISOControl(cp) || Character.isSurrogate((char) cp)) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** A number for a message: 1 not 1.0, 0.25 not 2.5E-1. */
    static String formatNumber(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return plain.length() <= 24 ? plain : Double.toString(d);
    }

    /** Comma-separated quoted names, e.g. {@code 'a', 'b'}; used in "expected one of" messages. */
    static String list(Collection<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(n);
        }
        return sb.toString();
    }

    /**
     * The candidate closest to {@code wrong} by optimal-string-alignment (Damerau-Levenshtein) distance on names
     * folded to lower case without '_', '-' and spaces, or null when none is reasonably close.
     */
    static String closest(String wrong, Collection<String> candidates) {
        String w = fold(wrong);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String f = fold(c);
            int d = distance(w, f);
            int allowed = allowedDistance(Math.max(w.length(), f.length()));
            if (d <= allowed && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int allowedDistance(int length) {
        if (length <= 3) {
            return 1;
        }
        if (length <= 6) {
            return 2;
        }
        return Math.max(2, (int) Math.round(length * 0.34));
    }

    private static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length() && sb.length() < 200; i++) {
            char c = s.charAt(i);
            if (c != '_' && c != '-' && c != ' ') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + cost);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
