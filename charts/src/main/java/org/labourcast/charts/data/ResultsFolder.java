package org.labourcast.charts.data;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.labourcast.InputException;
import org.labourcast.charts.CsvText;
import org.labourcast.results.OutputDirectory;

/**
 * A folder labourcast wrote — by {@code run}, {@code compare}, {@code sweep} or {@code forecast} — read for a report
 * as {@link SavedResults#read} reads a run's: each file must be a regular file in the folder and, when the folder has
 * a {@code manifest.json}, have the SHA-256 recorded there. Immutable.
 *
 * @param kind     what wrote it
 * @param manifest the folder's manifest, or null when it has none
 */
public record ResultsFolder(Path dir, Kind kind, SavedResults.ManifestData manifest) {

    /** What wrote a folder, known by the table only that command writes. */
    public enum Kind {
        RUN("indicators.csv"), COMPARE("comparison.csv"), SWEEP("sweep.csv"), FORECAST("forecast.csv");

        private final String marker;

        Kind(String marker) {
            this.marker = marker;
        }

        /** The file that identifies such a folder. */
        public String marker() {
            return marker;
        }
    }

    /**
     * Opens a folder and tells what wrote it.
     *
     * @throws InputException when it is not a directory or holds none of the tables labourcast writes
     */
    public static ResultsFolder open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(null, "RESULTS_DIR", "'" + dir + "' is not a directory",
                    "give a directory written by labourcast run, compare, sweep or forecast");
        }
        for (Kind k : Kind.values()) {
            if (Files.exists(dir.resolve(k.marker()), LinkOption.NOFOLLOW_LINKS)) {
                Path manifestFile = dir.resolve(OutputDirectory.MANIFEST);
                SavedResults.ManifestData manifest = null;
                if (Files.exists(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
                    SavedResults.requireFileInFolder(manifestFile);
                    manifest = SavedResults.readManifest(manifestFile);
                }
                return new ResultsFolder(dir, k, manifest);
            }
        }
        throw new InputException(null, "RESULTS_DIR", "'" + dir + "' holds no labourcast results (none of "
                + String.join(", ", java.util.Arrays.stream(Kind.values()).map(Kind::marker).toList()) + ")",
                "give a directory written by labourcast run, compare, sweep or forecast");
    }

    /** Whether the folder holds this file (a regular file or not: reading it checks). */
    public boolean has(String file) {
        return Files.exists(dir.resolve(file), LinkOption.NOFOLLOW_LINKS);
    }

    /** A file's bytes, checked. @throws InputException when it is not the file the manifest records */
    public byte[] bytes(String file) {
        return SavedResults.readVerifiedBytes(dir.resolve(file), manifest);
    }

    /** A CSV table of the folder, header first, checked; empty when the folder has no such file. */
    public List<List<String>> table(String file) {
        if (!has(file)) {
            return List.of();
        }
        return CsvText.parse(new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A text file of the folder, checked; null when absent. */
    public String text(String file) {
        return has(file) ? new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8) : null;
    }

    /** The folder's files whose names end with {@code suffix}, sorted (the charts a command drew). */
    public List<String> files(String prefix, String suffix) {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix) && n.endsWith(suffix))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            throw new InputException(null, "RESULTS_DIR", "cannot list '" + dir + "': " + e.getMessage());
        }
    }
}
