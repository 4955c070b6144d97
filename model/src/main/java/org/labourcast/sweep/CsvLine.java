package org.labourcast.sweep;

import java.util.ArrayList;
import java.util.List;
import org.labourcast.Csv;

/**
 * Splits one CSV line written by {@link org.labourcast.Csv} back into fields (RFC 4180 quoting), each with
 * its spreadsheet guard removed ({@link org.labourcast.Csv#unguard}).
 */
final class CsvLine {
    private CsvLine() {
    }

    /** The fields of {@code line} (no line end). @throws IllegalArgumentException for an unterminated quote */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                out.add(Csv.unguard(field.toString()));
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        out.add(Csv.unguard(field.toString()));
        return out;
    }
}
