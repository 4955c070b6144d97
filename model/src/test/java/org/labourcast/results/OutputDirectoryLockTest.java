package org.labourcast.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;

/** One writer per output folder, and every folder problem found when it is opened, before any computing. */
class OutputDirectoryLockTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondWriterInThisProcessIsRefusedNamingTheFirst() {
        Path dir = tmp.resolve("leshan");
        OutputDirectory.describeProcessAs("labourcast run a.yaml --seed 1");
        try (OutputDirectory first = OutputDirectory.open(dir, false)) {
            assertTrue(Files.isRegularFile(dir.resolve(OutputDirectory.LOCK_FILE)));
            InputException e = assertThrows(InputException.class, () -> OutputDirectory.open(dir, true));
            assertTrue(e.problem().startsWith("output directory '" + dir + "' is in use by another labourcast:"
                    + " labourcast run a.yaml --seed 1 (pid " + ProcessHandle.current().pid() + ", since "),
                    e.problem());
            assertEquals("wait until it has finished, or choose another --out", e.hint());
            first.writeText("indicators.csv", "first");
        }
        assertFalse(Files.exists(dir.resolve(OutputDirectory.LOCK_FILE)), "the lock file goes with the writer");
        assertThrows(InputException.class, () -> OutputDirectory.open(dir, false), "now it holds results");
        OutputDirectory.open(dir, true).close();
    }

    @Test
    void aSecondWriterInAnotherProcessIsRefusedNamingItsCommand() throws Exception {
        Path dir = tmp.resolve("shared");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolderMain.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());

            InputException e = assertThrows(InputException.class, () -> OutputDirectory.open(dir, false));
            assertTrue(e.problem().startsWith("output directory '" + dir + "' is in use by another labourcast:"
                    + " labourcast run holder.yaml --seed 1 (pid " + holder.pid() + ", since "), e.problem());
            assertTrue(Files.exists(dir.resolve(OutputDirectory.LOCK_FILE)), "the holder's lock is left alone");
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        OutputDirectory.open(dir, false).close(); // free again
    }

    @Test
    void aLockFileLeftByAKilledWriterIsTakenOver() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("killed"));
        Files.writeString(dir.resolve(OutputDirectory.LOCK_FILE), "labourcast run old.yaml\npid 1\n");
        try (OutputDirectory out = OutputDirectory.open(dir, false)) {
            out.writeText("indicators.csv", "new");
        }
        assertEquals(List.of("indicators.csv"), names(dir));
    }

    @Test
    void aFolderCreatedForARunThatWroteNothingIsRemovedAgain() {
        Path dir = tmp.resolve("new/leshan");
        OutputDirectory.open(dir, false).close();
        assertFalse(Files.exists(dir), "a run that failed while computing leaves no empty folder");
    }

    @Test
    void aReadOnlyFolderIsRefusedWhenOpenedAndItsResultsStayIntact() throws IOException, InterruptedException {
        Path dir = Files.createDirectories(tmp.resolve("readonly"));
        Files.writeString(dir.resolve("indicators.csv"), "old");
        try {
            String why = makeReadOnly(dir);
            InputException e = assertThrows(InputException.class, () -> OutputDirectory.open(dir, true));
            assertEquals("output directory '" + dir + "' is read-only: cannot create a file in it (" + why + ")",
                    e.problem());
            assertEquals("old", Files.readString(dir.resolve("indicators.csv")));
        } finally {
            makeWritable(dir);
        }
    }

    /**
     * Makes {@code dir} refuse new files: its permissions, or for root (whom permissions do not bind) the immutable
     * attribute ({@code chattr +i}, ext4 and most local file systems). Returns how the folder refuses, as the message
     * will say it ("permission denied" or "Operation not permitted"); the test is skipped where neither binds.
     */
    static String makeReadOnly(Path dir) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!canCreateFileIn(dir)) {
            return "permission denied";
        }
        int exit;
        try {
            Process p = new ProcessBuilder("chattr", "+i", dir.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            exit = p.waitFor();
        } catch (IOException e) {
            exit = -1; // no chattr here
        }
        assumeTrue(exit == 0 && !canCreateFileIn(dir),
                "neither permissions nor chattr +i bind this user here: nothing to test");
        return "Operation not permitted";
    }

    /** Undoes {@link #makeReadOnly} so that the temporary folder can be deleted. */
    static void makeWritable(Path dir) throws IOException, InterruptedException {
        try {
            new ProcessBuilder("chattr", "-i", dir.toString()).redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            // no chattr: the folder was made read-only by its permissions only
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void anEmptyPathOrAUriIsNotALocalFolder() {
        InputException empty = assertThrows(InputException.class, () -> OutputDirectory.requireLocal(Path.of(""),
                "--out"));
        assertEquals("--out: the output folder is empty (name a folder, e.g. --out out/run1)", empty.getMessage());
        InputException uri = assertThrows(InputException.class,
                () -> OutputDirectory.requireLocal(Path.of("hdfs://namenode/out"), "--out"));
        assertTrue(uri.getMessage().startsWith("--out: 'hdfs:/namenode/out' is a URI (hdfs:); labourcast writes its"
                + " results to a local folder only"), uri.getMessage());
        assertThrows(InputException.class, () -> OutputDirectory.open(Path.of("s3a://bucket/out"), false));
        OutputDirectory.requireLocal(tmp.resolve("a:b"), "--out"); // an absolute path with a colon is a folder
    }

    private static boolean canCreateFileIn(Path dir) {
        try {
            Files.delete(Files.createFile(dir.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
