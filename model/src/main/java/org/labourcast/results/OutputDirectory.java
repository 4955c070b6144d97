package org.labourcast.results;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import org.labourcast.InputException;

/**
 * A directory where one run writes its files.
 *
 * <ul>
 *   <li>It never replaces earlier results unless the user asked for it ({@code --overwrite}).</li>
 *   <li>Every file is written atomically: to a temporary file {@code <name>.<random>.labourcast-tmp} in the
 *       same directory, forced to disk, then renamed over the target. A run killed at any moment leaves each
 *       earlier file either whole and old or whole and new, never truncated.</li>
 *   <li>Temporary files left by a killed run are deleted by the next {@link #prepare}.</li>
 *   <li>With {@code overwrite}, {@link #prepare} deletes the old {@code manifest.json} first. Since the
 *       manifest is written last, a directory holding a manifest always holds a complete run whose outputs
 *       match it; a run killed half-way leaves no manifest that claims files it did not write.</li>
 * </ul>
 *
 * <p>Thread-safe: several threads may write different files at once.
 */
public final class OutputDirectory {

    /** Suffix of temporary files; anything ending in it is ours and may be deleted. */
    public static final String TEMP_SUFFIX = ".labourcast-tmp";

    /** The manifest, written last by a complete run. */
    public static final String MANIFEST = "manifest.json";

    private static final List<String> OUTPUT_FILE_NAMES =
            List.of(MANIFEST, "indicators.csv", "population.csv", "targets.csv", "runs.csv", "actuals.csv",
                    "indicators_reanchored.csv", "targets_reanchored.csv", "comparison.csv", "differences.csv",
                    "comparison_targets.csv", "decomposition.csv", "forecast.csv", "backtest.csv",
                    "models.csv", "sweep.json", "points.csv", "sweep.csv", "sweep_targets.csv", "sensitivity.csv",
                    "tornado.csv", "actuals_summary.csv", "drivers.csv", "target_drivers.csv", "differences_drivers.csv");
    private static final List<String> OUTPUT_EXTENSIONS = List.of(".png", ".svg", ".pdf");
    private static final int NAMES_IN_MESSAGE = 5;

    private final Path dir;
    private final List<Path> written = new ArrayList<>();

    private OutputDirectory(Path dir) {
        this.dir = dir;
    }

    /**
     * Makes {@code dir} ready for a run: creates it (and parents) if absent, deletes stale temporary files,
     * and refuses a directory that already holds labourcast results unless {@code overwrite}.
     *
     * @throws InputException if {@code dir} is a regular file, cannot be created or read, or holds results
     *                        and {@code overwrite} is false
     */
    public static OutputDirectory prepare(Path dir, boolean overwrite) {
        if (dir == null) {
            throw new IllegalArgumentException("dir must not be null");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(null, "",
                    "output directory '" + dir + "' is a file, not a directory",
                    "choose another --out");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(null, "",
                    "cannot create output directory '" + dir + "': " + describe(e),
                    "check the path and its permissions, or choose another --out");
        }
        TreeSet<String> results = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(TEMP_SUFFIX) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(entry);
                } else if (isResultFile(name)) {
                    results.add(name);
                }
            }
        } catch (IOException e) {
            throw new InputException(null, "",
                    "cannot read output directory '" + dir + "': " + describe(e),
                    "check its permissions, or choose another --out");
        }
        if (!results.isEmpty()) {
            if (!overwrite) {
                throw new InputException(null, "",
                        "output directory '" + dir + "' already holds results (" + listForMessage(results) + ")",
                        "use --overwrite to replace them, or choose another --out");
            }
            try {
                Files.deleteIfExists(dir.resolve(MANIFEST));
            } catch (IOException e) {
                throw new InputException(null, "",
                        "cannot replace the results in '" + dir + "': " + describe(e),
                        "check its permissions, or choose another --out");
            }
        }
        return new OutputDirectory(dir);
    }

    /** The directory, as given to {@link #prepare}. */
    public Path dir() {
        return dir;
    }

    /**
     * Writes {@code fileName} atomically: {@code body} writes to a temporary file in the same directory, which is
     * forced to disk and then renamed over {@code fileName}. On any failure (including an exception from
     * {@code body}) the temporary file is deleted, an earlier {@code fileName} is left untouched, and the failure
     * is rethrown, an {@link IOException} wrapped in {@link UncheckedIOException}.
     *
     * @param fileName a plain file name, no directory part
     * @param body     writes the content; it must not close the stream (closing is harmless, though)
     * @return the final path
     */
    public Path writeAtomically(String fileName, IoConsumer<OutputStream> body) {
        Path target = resolve(fileName);
        Path temp = null;
        boolean done = false;
        try {
            temp = createTemp(fileName);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                body.accept(new NonClosingOutputStream(out));
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
            syncDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + describe(e), e);
        } finally {
            if (!done && temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The next prepare() deletes it; the original failure matters more.
                }
            }
        }
        synchronized (written) {
            if (!written.contains(target)) {
                written.add(target);
            }
        }
        return target;
    }

    /** Writes {@code text} as UTF-8 via {@link #writeAtomically}. */
    public Path writeText(String fileName, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return writeAtomically(fileName, out -> out.write(bytes));
    }

    /** Files written so far through this object, each once, in the order first written. */
    public List<Path> written() {
        synchronized (written) {
            return List.copyOf(written);
        }
    }

    /** Like {@link java.util.function.Consumer}, but may throw {@link IOException}. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }

    private Path resolve(String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.equals(".") || fileName.equals("..")
                || fileName.contains("/") || fileName.contains("\\") || fileName.endsWith(TEMP_SUFFIX)) {
            throw new IllegalArgumentException("not a plain output file name: '" + fileName + "'");
        }
        return dir.resolve(fileName);
    }

    private Path createTemp(String fileName) throws IOException {
        for (int attempt = 0; ; attempt++) {
            // Random only to avoid collisions between threads; the name never reaches an output.
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
            Path temp = dir.resolve(fileName + "." + suffix + TEMP_SUFFIX);
            try {
                // Not Files.createTempFile: it would give the final file owner-only permissions.
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    /** Makes the rename itself durable; not supported on every platform (e.g. Windows), so best effort. */
    private void syncDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | RuntimeException ignored) {
            // The data is on disk already; only the rename might not survive a power cut.
        }
    }

    static boolean isResultFile(String name) {
        if (OUTPUT_FILE_NAMES.contains(name)) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return OUTPUT_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static String listForMessage(TreeSet<String> names) {
        List<String> shown = new ArrayList<>();
        if (names.contains(MANIFEST)) {
            shown.add(MANIFEST);
        }
        for (String n : names) {
            if (shown.size() >= NAMES_IN_MESSAGE) {
                break;
            }
            if (!n.equals(MANIFEST)) {
                shown.add(n);
            }
        }
        String list = String.join(", ", shown);
        int more = names.size() - shown.size();
        return more > 0 ? list + " and " + more + " more" : list;
    }

    private static String describe(IOException e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null ? "" : " " + msg);
    }

    /** Keeps a careless body from closing the stream before we flush and force it. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
