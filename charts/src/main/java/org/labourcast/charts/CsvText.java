package org.labourcast.charts;

import java.util.ArrayList;
import java.util.List;
import org.labourcast.Csv;

/**
 * Splits CSV text into rows of fields: RFC 4180 quoting (fields in double quotes may hold commas, quotes doubled,
 * line breaks), LF or CRLF line ends, a UTF-8 byte-order mark ignored, blank lines skipped; each field loses the
 * apostrophe {@link Csv#text} put before text a spreadsheet would run as a formula. Stateless.
 */
public final class CsvText {
    private CsvText() {
    }

    /** The rows, header included. @throws IllegalArgumentException on an unterminated quoted field */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
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
                fieldStarted = true;
            } else if (c == ',') {
                row.add(Csv.unguard(field.toString()));
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, field, fieldStarted);
                row = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field at the end of the file");
        }
        endRow(rows, row, field, fieldStarted);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field, boolean started) {
        if (started || !row.isEmpty()) {
            row.add(Csv.unguard(field.toString()));
            rows.add(row);
        }
        field.setLength(0);
    }
}
