package org.labourcast.results;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.labourcast.InputException;

/**
 * A directory where one run writes its files.
 *
 * <ul>
 *   <li>One writer at a time: {@link #open} takes the folder's lock ({@link #LOCK_FILE}, held with
 *       {@link FileChannel#tryLock()}) and a second writer is refused, naming the holder's command. {@link #close}
 *       releases it; so does the operating system when the process dies.</li>
 *   <li>Everything about the folder is checked when it is opened, before any computing: not a file, can be
 *       created, lets us create files, holds no results unless the user asked to replace them ({@code --overwrite}).
 *       </li>
 *   <li>Every file is written atomically: to a temporary file {@code <name>.<random>.labourcast-tmp} in the
 *       same directory, forced to disk, then renamed over the target. A run killed at any moment leaves each
 *       earlier file either whole and old or whole and new, never truncated. A write that fails (a full disk) is
 *       an {@link InputException} naming the file and the reason; the earlier file of that name is untouched.</li>
 *   <li>Temporary files left by a killed run are deleted by the next {@link #open}, under the lock.</li>
 *   <li>With {@code overwrite}, the first write deletes the old {@code manifest.json} and then exactly the files it
 *       lists (nothing else), so no stale file of the earlier run stays beside the new results; until then (while
 *       the run computes) the earlier results stay intact. Since the manifest is written last, a directory
 *       holding a manifest always holds a complete run whose outputs match it.</li>
 * </ul>
 *
 * <p>Thread-safe: several threads may write different files at once.
 */
public final class OutputDirectory implements AutoCloseable {

    /** Suffix of temporary files; anything ending in it is ours and may be deleted. */
    public static final String TEMP_SUFFIX = ".labourcast-tmp";

    /** The manifest, written last by a complete run. */
    public static final String MANIFEST = "manifest.json";

    /** The lock file of a folder being written; deleted when the writer is done. */
    public static final String LOCK_FILE = ".labourcast.lock";

    private static final List<String> OUTPUT_FILE_NAMES =
            List.of(MANIFEST, "indicators.csv", "population.csv", "targets.csv", "runs.csv", "actuals.csv",
                    "indicators_reanchored.csv", "targets_reanchored.csv", "comparison.csv", "differences.csv",
                    "comparison_targets.csv", "decomposition.csv", "forecast.csv", "backtest.csv",
                    "models.csv", "sweep.json", "points.csv", "sweep.csv", "sweep_targets.csv", "sensitivity.csv",
                    "tornado.csv", "actuals_summary.csv", "drivers.csv", "target_drivers.csv", "differences_drivers.csv",
                    "results.xlsx");
    private static final List<String> OUTPUT_EXTENSIONS = List.of(".png", ".svg", ".pdf");
    private static final int NAMES_IN_MESSAGE = 5;
    private static final Pattern URI_SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):.*", Pattern.DOTALL);

    /** How this process is named in lock files; see {@link #describeProcessAs}. */
    private static volatile String processDescription = "a program using the labourcast Java API";

    /** What to remove before the first file is written. */
    private enum Replace { NOTHING, MANIFEST_ONLY, MANIFEST_AND_LISTED }

    private final Path dir;
    private final List<Path> written = new ArrayList<>();
    private final FolderLock lock;
    private final boolean created;
    private final Replace replace;
    private final List<String> listed;
    private boolean begun;
    private boolean closed;

    private OutputDirectory(Path dir, FolderLock lock, boolean created, Replace replace, List<String> listed) {
        this.dir = dir;
        this.lock = lock;
        this.created = created;
        this.replace = replace;
        this.listed = listed;
    }

    /**
     * Names this process in the lock files of the folders it writes, so that a second writer is told who holds a
     * folder: the command line calls it with its own command ({@code labourcast run a.yaml --seed 1}).
     */
    public static void describeProcessAs(String command) {
        processDescription = command == null || command.isBlank() ? processDescription : command.strip();
    }

    /** {@link #open(Path, boolean)}: kept for callers written before the lock; close what it returns. */
    public static OutputDirectory prepare(Path dir, boolean overwrite) {
        return open(dir, overwrite);
    }

    /**
     * Makes {@code dir} ready for a run, before any computing: creates it (and parents) if absent, takes its lock,
     * checks that files can be created in it, deletes stale temporary files, and refuses a directory that already
     * holds labourcast results unless {@code overwrite}. Close the result (try-with-resources) when the run is done.
     *
     * @throws InputException if {@code dir} is a regular file, cannot be created, read or written, is in use by
     *                        another writer, or holds results and {@code overwrite} is false
     */
    public static OutputDirectory open(Path dir, boolean overwrite) {
        return open(dir, overwrite, d -> { });
    }

    /**
     * As {@link #open(Path, boolean)}, with a check of the caller's that runs under the lock before the check for
     * results (so that, say, a sweep folder gets the sweep's own message).
     */
    public static OutputDirectory open(Path dir, boolean overwrite, Consumer<Path> checkUnderLock) {
        return open(dir, overwrite ? Replace.MANIFEST_AND_LISTED : null, checkUnderLock);
    }

    /**
     * Opens a folder to add to the results in it (a sweep resumed): locked and checked as {@link #open}, but results
     * in it are expected; the first write deletes only the old manifest.
     */
    public static OutputDirectory openToContinue(Path dir) {
        return open(dir, Replace.MANIFEST_ONLY, d -> { });
    }

    /**
     * A sub-folder of a folder this process holds open (a sweep's checkpoints): created if absent and cleared of
     * temporary files, without a lock of its own (the parent's covers it) and without the check for results.
     */
    public static OutputDirectory subfolder(Path dir) {
        requireLocal(dir, "");
        createDirectory(dir);
        deleteTempFiles(dir);
        return new OutputDirectory(dir, null, false, Replace.NOTHING, List.of());
    }

    private static OutputDirectory open(Path dir, Replace replace, Consumer<Path> checkUnderLock) {
        if (dir == null) {
            throw new IllegalArgumentException("dir must not be null");
        }
        requireLocal(dir, "");
        boolean created = createDirectory(dir);
        FolderLock lock = FolderLock.acquire(dir, processDescription);
        try {
            checkWritable(dir);
            checkUnderLock.accept(dir);
            TreeSet<String> results = deleteTempFiles(dir);
            Replace mode = replace == null ? Replace.NOTHING : replace;
            if (!results.isEmpty() && replace == null) {
                throw new InputException(null, "",
                        "output directory '" + dir + "' already holds results (" + listForMessage(results) + ")",
                        "use --overwrite to replace them, or choose another --out");
            }
            List<String> listed = mode == Replace.MANIFEST_AND_LISTED ? listedInManifest(dir) : List.of();
            return new OutputDirectory(dir, lock, created, mode, listed);
        } catch (RuntimeException e) {
            lock.close();
            if (created) {
                deleteIfEmpty(dir);
            }
            throw e;
        }
    }

    /**
     * Refuses an output folder that is a results folder being read ({@code chart}, {@code report}): writing there
     * with {@code --overwrite} would replace the results' own manifest and delete the files it lists.
     *
     * @param goes           what goes elsewhere, for the message: "charts go in a folder of their own"
     * @param defaultFolder  the folder used without {@code --out}, for the advice
     */
    public static void requireApart(Path out, Path results, String goes, Path defaultFolder) {
        if (out.toAbsolutePath().normalize().equals(results.toAbsolutePath().normalize())) {
            throw new InputException(null, "--out", "'" + out + "' is the results folder being read; " + goes
                    + ", or the results' manifest.json would be replaced",
                    "leave out --out (default " + defaultFolder + ") or name another folder");
        }
    }

    /**
     * Refuses what is not a local folder: an empty path (it would be the current directory) or a URI such as
     * {@code hdfs://namenode/out}, which the JVM would take for a local folder named {@code hdfs:}.
     *
     * @param flag the option that named the folder, for the message ({@code --out}); "" when none
     */
    public static void requireLocal(Path dir, String flag) {
        String text = dir.toString();
        String field = flag == null ? "" : flag;
        if (text.isEmpty()) {
            throw new InputException(null, field, "the output folder is empty", "name a folder, e.g. --out out/run1");
        }
        java.util.regex.Matcher m = URI_SCHEME.matcher(text);
        if (m.matches()) {
            throw new InputException(null, field, "'" + text + "' is a URI (" + m.group(1) + ":); labourcast writes"
                    + " its results to a local folder only",
                    "give a local folder and copy it afterwards, e.g. with hdfs dfs -put");
        }
    }

    /** The directory, as given to {@link #open}. */
    public Path dir() {
        return dir;
    }

    /**
     * Writes {@code fileName} atomically: {@code body} writes to a temporary file in the same directory, which is
     * forced to disk and then renamed over {@code fileName}. On any failure (including an exception from
     * {@code body}) the temporary file is deleted, an earlier {@code fileName} is left untouched, and the failure
     * is rethrown; an {@link IOException} (a full disk, a folder made read-only meanwhile) becomes an
     * {@link InputException} naming the file and the reason, with the {@code IOException} as its cause.
     *
     * @param fileName a plain file name, no directory part
     * @param body     writes the content; it must not close the stream (closing is harmless, though)
     * @return the final path
     */
    public Path writeAtomically(String fileName, IoConsumer<OutputStream> body) {
        Path target = resolve(fileName);
        begin();
        Path temp = null;
        boolean done = false;
        try {
            temp = createTemp(dir, fileName);
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
            InputException error = new InputException(null, "", "cannot write '" + target + "': " + reason(e),
                    "free some space or fix the folder's permissions, or choose another --out; the files written"
                            + " before are whole");
            error.initCause(e);
            throw error;
        } finally {
            if (!done && temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The next open() deletes it; the original failure matters more.
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

    /**
     * Releases the folder's lock. A folder this object created and nothing was written to is removed again, so a
     * run that failed while computing leaves no empty folder behind. Idempotent.
     */
    @Override
    public void close() {
        synchronized (written) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (lock != null) {
            lock.close();
        }
        if (created && written().isEmpty()) {
            deleteIfEmpty(dir);
        }
    }

    /** Before the first file: the old manifest goes, then (with overwrite) the files it listed. */
    private void begin() {
        synchronized (written) {
            if (closed) {
                throw new IllegalStateException("output directory " + dir + " is closed");
            }
            if (begun) {
                return;
            }
            begun = true;
            if (replace == Replace.NOTHING) {
                return;
            }
            List<String> remove = new ArrayList<>();
            remove.add(MANIFEST);
            if (replace == Replace.MANIFEST_AND_LISTED) {
                remove.addAll(listed);
            }
            for (String name : remove) {
                Path p = dir.resolve(name);
                try {
                    if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        Files.deleteIfExists(p); // a symbolic link goes, not what it points to
                    }
                } catch (IOException e) {
                    throw new InputException(null, "", "cannot replace the results in '" + dir + "': cannot delete '"
                            + name + "': " + reason(e), "check its permissions, or choose another --out");
                }
            }
        }
    }

    /** The plain file names the folder's manifest lists as outputs; none without a manifest. */
    private static List<String> listedInManifest(Path dir) {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of(); // results without a manifest (a killed run) are replaced by name only
        }
        JsonNode outputs;
        try {
            outputs = new ObjectMapper().readTree(manifest.toFile()).path("outputs");
        } catch (IOException e) {
            throw new InputException(null, "", "cannot read '" + manifest + "' to know which earlier results to"
                    + " replace: " + reason(e), "remove the earlier results yourself, or choose another --out");
        }
        List<String> names = new ArrayList<>();
        outputs.fieldNames().forEachRemaining(name -> {
            if (isPlainName(name) && !name.equals(MANIFEST)) {
                names.add(name); // a name with a directory part cannot be ours: never delete outside the folder
            }
        });
        return List.copyOf(names);
    }

    /** Creates the folder and its parents; true if it did not exist. */
    private static boolean createDirectory(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(null, "",
                    "output directory '" + dir + "' is a file, not a directory",
                    "choose another --out");
        }
        boolean existed = Files.isDirectory(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(null, "",
                    "cannot create output directory '" + dir + "': " + reason(e),
                    "check the path and its permissions, or choose another --out");
        }
        return !existed;
    }

    /** Creates and deletes a temporary file: a read-only folder is refused now, not after the computing. */
    private static void checkWritable(Path dir) {
        try {
            Files.delete(createTemp(dir, "write-check"));
        } catch (IOException e) {
            throw notWritable(dir, e);
        }
    }

    static InputException notWritable(Path dir, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied" : reason(e);
        String lower = why.toLowerCase(Locale.ROOT);
        // EPERM ("operation not permitted") is what an immutable folder (chattr +i) answers, even to root.
        boolean readOnly = e instanceof AccessDeniedException || lower.contains("read-only")
                || lower.contains("operation not permitted");
        return new InputException(null, "", (readOnly ? "output directory '" + dir + "' is read-only"
                : "cannot write in output directory '" + dir + "'") + ": cannot create a file in it (" + why + ")",
                "choose another --out, or make it writable");
    }

    /** Deletes our temporary files; returns the names of the results in the folder. */
    private static TreeSet<String> deleteTempFiles(Path dir) {
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
                    "cannot read output directory '" + dir + "': " + reason(e),
                    "check its permissions, or choose another --out");
        }
        return results;
    }

    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException | SecurityException ignored) {
            // Not empty (someone else put a file there), or not ours to remove: leave it.
        }
    }

    /** Like {@link java.util.function.Consumer}, but may throw {@link IOException}. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }

    private Path resolve(String fileName) {
        if (!isPlainName(fileName)) {
            throw new IllegalArgumentException("not a plain output file name: '" + fileName + "'");
        }
        return dir.resolve(fileName);
    }

    private static boolean isPlainName(String fileName) {
        return fileName != null && !fileName.isBlank() && !fileName.equals(".") && !fileName.equals("..")
                && !fileName.contains("/") && !fileName.contains("\\") && !fileName.contains("\0")
                && !fileName.endsWith(TEMP_SUFFIX) && !fileName.equals(LOCK_FILE);
    }

    private static Path createTemp(Path dir, String fileName) throws IOException {
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

    /** Why an I/O operation failed, in a few words: "No space left on device", "permission denied". */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String msg = e.getMessage();
        return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
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
