package org.labourcast.scenario.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.labourcast.InputException;
import org.labourcast.Location;
import org.labourcast.yaml.SafeYamlLoader;
import org.labourcast.yaml.YamlMapping;

/**
 * A scenario file named inside another file ({@code extends:} of a variant, {@code scenario:} of a calibration), read
 * with care because the name comes from a file someone else may have written:
 * <ul>
 *   <li>the path must be a regular file: a directory, a FIFO (which would block a reader for ever), a socket or a
 *       device is refused where it is named, before anything opens it;</li>
 *   <li>a NUL character in the path is refused where it is named (the JVM would throw on it);</li>
 *   <li>when the named file is not a scenario (no {@value #MARKER} field, as {@code /etc/passwd} has none, and not a
 *       variant with its own {@code extends}, {@code id} and {@code title}), an error in reading it says so and where
 *       it was named, and quotes nothing of the file: such a file's lines must never reach a terminal or a log
 *       through labourcast's messages.</li>
 * </ul>
 * Stateless.
 */
public final class ScenarioReference {
    /** The field every scenario file starts with; a file without it is not a scenario. */
    public static final String MARKER = "labourcast_scenario";

    private ScenarioReference() {
    }

    /**
     * The file {@code text} names, relative to the folder of {@code referringFile}, normalised; not checked for
     * existence (callers say "not found" in their own words).
     *
     * @param at    where the name is written, for errors
     * @param field the field that names it ({@code extends}, {@code scenario})
     * @throws InputException for a NUL character or another name the file system cannot take
     */
    public static Path resolve(Path referringFile, String text, Location at, String field) {
        if (text.indexOf('\0') >= 0) {
            throw new InputException(at, field, "the path contains a NUL character, which no file name can hold",
                    "write the scenario file's path without control characters");
        }
        try {
            return referringFile.resolveSibling(text).normalize();
        } catch (InvalidPathException e) {
            throw new InputException(at, field, "not a usable file path: " + e.getReason(),
                    "write the path of the scenario file, relative to this file's folder");
        }
    }

    /**
     * Refuses a path that exists but is not a regular file (symbolic links are followed).
     *
     * @throws InputException located at {@code at}
     */
    public static void requireRegularFile(Path file, Location at, String field) {
        if (Files.isDirectory(file)) {
            throw new InputException(at, field, "'" + file + "' is a directory, not a scenario file",
                    "name the scenario's .yaml file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new InputException(at, field, "'" + file + "' is not a regular file (a FIFO, socket or device):"
                    + " a scenario must be a file", "name the scenario's .yaml file");
        }
    }

    /**
     * Runs {@code read} (which reads {@code file}); an error located in {@code file} when {@code file} is not a
     * scenario is replaced by one located at {@code at} that quotes nothing of {@code file}. Errors in a scenario
     * file are kept as they are: that file is the user's to fix.
     */
    public static <T> T readGuarded(Path file, Location at, String field, SafeYamlLoader loader, Supplier<T> read) {
        try {
            return read.get();
        } catch (InputException e) {
            if (e.location() != null && e.location().file().equals(file.toString()) && !isScenario(file, loader)) {
                throw new InputException(at, field, "'" + file + "' is not a labourcast scenario (it has no "
                        + MARKER + ": field), so nothing of it is shown", "name a scenario file");
            }
            throw e;
        }
    }

    /**
     * True when the file is YAML with a top-level {@value #MARKER} field, or a variant (its own {@code extends},
     * {@code id} and {@code title}, the marker coming from its parent); or, unreadable as YAML, mentions them.
     */
    static boolean isScenario(Path file, SafeYamlLoader loader) {
        try {
            YamlMapping root = loader.load(file);
            return root.get(MARKER) != null
                    || root.get(Variants.EXTENDS) != null && root.get("id") != null && root.get("title") != null;
        } catch (InputException e) {
            // A scenario with a syntax error still says what it is: its mistakes are worth showing.
            try (InputStream in = Files.newInputStream(file)) {
                String text = new String(in.readNBytes(SafeYamlLoader.DEFAULT_MAX_BYTES), StandardCharsets.UTF_8);
                return text.contains(MARKER + ":")
                        || text.contains(Variants.EXTENDS + ":") && text.contains("id:") && text.contains("title:");
            } catch (IOException | RuntimeException unreadable) {
                return false;
            }
        }
    }
}
