package org.labourcast;

/**
 * A place in a scenario file, as a user's editor shows it: 1-based line and column.
 *
 * @param file   the file name as the user gave it (never null; "&lt;string&gt;" for text without a file)
 * @param line   1-based line
 * @param column 1-based column
 */
public record Location(String file, int line, int column) {
    public Location {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
