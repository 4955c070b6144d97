package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.api.Sweep;
import org.labourcast.results.OutputDirectory;
import org.labourcast.sweep.SweepFolder;

/**
 * Output folders as docs/reliability.md states: one writer per folder, the holder named; every folder
 * problem found before any computing, with exit 2 and old results intact; {@code --overwrite} leaves no file of the
 * earlier run; {@code --out} neither empty nor a URI. Every command that writes a folder is tried.
 */
class OutputFolderTest {
    private static Path scenarios;
    private static Path baseline;

    /** One quick run (3 replicates at 200 persons per agent, no charts), read by chart and report. */
    @TempDir
    static Path shared;
    private static Path results;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findScenarioAndRunOnce() {
        Path p = LabourcastCliTest.repositoryRoot();
        scenarios = p.resolve("scenarios/leshan");
        baseline = scenarios.resolve("baseline.yaml");
        results = shared.resolve("results");
        LabourcastCliTest.Result r = runFast(results, "--no-charts");
        assertEquals(0, r.code(), r.err());
    }

    /** The arguments of each command that writes a folder, up to (not including) {@code --out}. */
    private List<List<String>> writers() throws IOException {
        Path shard = tmp.resolve("shard");
        try (OutputDirectory o = OutputDirectory.open(shard, false)) {
            SweepFolder.create(o, Sweep.load(scenarios.resolve("sweep-quick.yaml")).plan()); // a shard with no points
        }
        return List.of(
                List.of("run", baseline.toString(), "--runs", "3", "--scale", "200"),
                List.of("compare", baseline.toString(), scenarios.resolve("skills-first.yaml").toString(), "--runs",
                        "3", "--scale", "200"),
                List.of("sweep", scenarios.resolve("sweep-quick.yaml").toString()),
                List.of("merge", shard.toString()),
                List.of("forecast", baseline.toString()),
                List.of("calibrate", scenarios.resolve("calibration.yaml").toString(), "--max-evaluations", "2"),
                List.of("chart", results.toString()),
                List.of("report", results.toString()));
    }

    /** A quick Monte Carlo run: 3 replicates at 200 persons per agent. */
    private static LabourcastCliTest.Result runFast(Path out, String... more) {
        return run(List.of("run", baseline.toString(), "--out", out.toString(), "--runs", "3", "--scale", "200"),
                more);
    }

    private static LabourcastCliTest.Result run(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return LabourcastCliTest.run(all.toArray(String[]::new));
    }

    @Test
    void aSecondWriterIsRefusedNamingTheHoldersCommand() throws IOException {
        Path busy = tmp.resolve("busy");
        OutputDirectory.describeProcessAs("labourcast run a.yaml --seed 1");
        try (OutputDirectory holder = OutputDirectory.open(busy, false)) {
            for (List<String> writer : writers()) {
                LabourcastCliTest.Result r = run(writer, "--out", busy.toString(), "--overwrite");
                assertEquals(2, r.code(), writer + ": " + r.err());
                assertTrue(r.err().startsWith("error: output directory '" + busy + "' is in use by another"
                        + " labourcast: labourcast run a.yaml --seed 1 (pid " + ProcessHandle.current().pid()
                        + ", since "), writer + ": " + r.err());
                assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            }
            assertEquals(List.of(OutputDirectory.LOCK_FILE), names(busy), "nothing was written beside the holder");
        }
        assertEquals(0, runFast(busy, "--no-charts").code(), "free once the holder is done");
        assertFalse(Files.exists(busy.resolve(OutputDirectory.LOCK_FILE)), "the lock file goes with the writer");
    }

    /**
     * With 20,000 replicates at one agent per person the Monte Carlo run would take hours: refused at once. (The
     * timeout runs the test in its own thread, so a run that computes first fails the test instead of hanging it.)
     */
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void runAndCompareCheckTheFolderBeforeTheMonteCarloRun() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Path full = tmp.resolve("full");
        assertEquals(0, runFast(full, "--no-charts").code());
        byte[] before = Files.readAllBytes(full.resolve("indicators.csv"));
        String[][] cases = {
            {file.toString(), "output directory '" + file + "' is a file, not a directory"},
            {full.toString(), "output directory '" + full + "' already holds results (manifest.json,"},
            {file.resolve("sub").toString(), "cannot create output directory '" + file.resolve("sub") + "'"},
        };
        List<List<String>> heavy = List.of(
                List.of("run", baseline.toString(), "--runs", "20000", "--scale", "1"),
                List.of("compare", baseline.toString(), scenarios.resolve("skills-first.yaml").toString(),
                        "--runs", "20000", "--scale", "1"));
        for (List<String> command : heavy) {
            for (String[] c : cases) {
                LabourcastCliTest.Result r = run(command, "--out", c[0]);
                assertEquals(2, r.code(), command.get(0) + " " + c[0] + ": " + r.err());
                assertTrue(r.err().startsWith("error: " + c[1]), r.err());
                assertFalse(r.err().contains(" runs in "), "no replicate ran: " + r.err());
            }
        }
        assertArrayEquals(before, Files.readAllBytes(full.resolve("indicators.csv")), "old results intact");
        assertEquals("x", Files.readString(file));
    }

    @Test
    void everyWriterRefusesAFileAsItsFolder() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        for (List<String> writer : writers()) {
            LabourcastCliTest.Result r = run(writer, "--out", file.toString());
            assertEquals(2, r.code(), writer + ": " + r.err());
            assertTrue(r.err().startsWith("error: output directory '" + file + "' is a file, not a directory"),
                    writer + ": " + r.err());
        }
        assertEquals("x", Files.readString(file));
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aReadOnlyFolderIsRefusedBeforeComputingWithItsResultsIntact() throws IOException, InterruptedException {
        Path dir = tmp.resolve("readonly");
        assertEquals(0, runFast(dir, "--no-charts").code());
        byte[] before = Files.readAllBytes(dir.resolve("indicators.csv"));
        try {
            String why = makeReadOnly(dir);
            LabourcastCliTest.Result r = LabourcastCliTest.run("run", baseline.toString(), "--out", dir.toString(),
                    "--overwrite", "--runs", "20000", "--scale", "1");
            assertEquals(2, r.code(), r.err());
            assertEquals("error: output directory '" + dir + "' is read-only: cannot create a file in it (" + why
                    + ") (choose another --out, or make it writable)", r.err().strip());
            assertArrayEquals(before, Files.readAllBytes(dir.resolve("indicators.csv")));
            assertTrue(Files.isRegularFile(dir.resolve("manifest.json")));
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
    void overwriteLeavesNoFileOfTheEarlierRun() throws IOException {
        Path dir = tmp.resolve("again");
        assertEquals(0, runFast(dir, "--per-run").code());
        assertTrue(Files.isRegularFile(dir.resolve("runs.csv")));
        assertTrue(Files.isRegularFile(dir.resolve("urbanization_rate.png")));
        Files.writeString(dir.resolve("notes.txt"), "the user's own file");

        LabourcastCliTest.Result r = runFast(dir, "--no-charts", "--overwrite");
        assertEquals(0, r.code(), r.err());

        TreeSet<String> listed = new TreeSet<>();
        new ObjectMapper().readTree(dir.resolve("manifest.json").toFile()).path("outputs").fieldNames()
                .forEachRemaining(listed::add);
        listed.add("manifest.json");
        listed.add("notes.txt");
        assertEquals(List.copyOf(listed), names(dir), "exactly the new run's files, and the user's own");
        assertFalse(Files.exists(dir.resolve("runs.csv")), "no stale runs.csv");
        assertEquals("the user's own file", Files.readString(dir.resolve("notes.txt")));
    }

    @Test
    void chartWritesItsOwnManifestSoOverwriteLeavesNoStaleChart() throws IOException {
        Path dir = tmp.resolve("charts");
        LabourcastCliTest.Result first = run(List.of("chart", results.toString(), "--out", dir.toString(),
                "--indicator", "urbanization_rate", "--indicator", "population_total", "--dpi", "36"));
        assertEquals(0, first.code(), first.err());
        assertTrue(Files.isRegularFile(dir.resolve("population_total.png")));
        assertTrue(Files.isRegularFile(dir.resolve("manifest.json")), "the chart folder has a manifest");
        LabourcastCliTest.Result again = run(List.of("chart", results.toString(), "--out", dir.toString(),
                "--indicator", "urbanization_rate", "--dpi", "36", "--overwrite"));
        assertEquals(0, again.code(), again.err());
        assertEquals(List.of("manifest.json", "urbanization_rate.png"), names(dir), "no stale population chart");
    }

    @Test
    void reportWritesItsOwnManifestAndRefusesTheResultsFolderAsOut() throws IOException {
        Path dir = tmp.resolve("report");
        LabourcastCliTest.Result r = run(List.of("report", results.toString(), "--out", dir.toString()));
        assertEquals(0, r.code(), r.err());
        TreeSet<String> listed = new TreeSet<>();
        new ObjectMapper().readTree(dir.resolve("manifest.json").toFile()).path("outputs").fieldNames()
                .forEachRemaining(listed::add);
        listed.add("manifest.json");
        assertEquals(List.copyOf(listed), names(dir), "the manifest lists every file of the report");
        assertTrue(listed.contains("report.html"), listed.toString());
        Files.writeString(dir.resolve("old_chart.png"), "from an earlier report");
        // An earlier report's file the manifest does not list is the user's: kept; the listed ones are replaced.
        assertEquals(0, run(List.of("report", results.toString(), "--out", dir.toString(), "--overwrite")).code());
        assertTrue(Files.isRegularFile(dir.resolve("old_chart.png")));

        byte[] manifest = Files.readAllBytes(results.resolve("manifest.json"));
        LabourcastCliTest.Result into = run(List.of("report", results.toString(), "--out", results.toString(),
                "--overwrite"));
        assertEquals(2, into.code(), into.err());
        assertTrue(into.err().startsWith("error: --out: '" + results + "' is the results folder being read; the"
                + " report goes in a folder of its own"), into.err());
        assertArrayEquals(manifest, Files.readAllBytes(results.resolve("manifest.json")), "the results untouched");
    }

    @Test
    void chartIntoTheResultsFolderItReadsIsRefused() throws IOException {
        byte[] manifest = Files.readAllBytes(results.resolve("manifest.json"));
        LabourcastCliTest.Result r = run(List.of("chart", results.toString(), "--out", results.toString(),
                "--overwrite"));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: --out: '" + results + "' is the results folder being read; charts go"
                + " in a folder of their own"), r.err());
        assertArrayEquals(manifest, Files.readAllBytes(results.resolve("manifest.json")), "the results untouched");
        assertTrue(Files.isRegularFile(results.resolve("indicators.csv")));
    }

    @Test
    void anEmptyOutIsAnErrorNamingTheFlag() throws IOException {
        for (List<String> writer : writers()) {
            LabourcastCliTest.Result r = run(writer, "--out", "");
            assertEquals(2, r.code(), writer + ": " + r.err());
            assertEquals("error: --out: the output folder is empty (name a folder, e.g. --out out/run1)",
                    r.err().strip(), writer.get(0));
        }
    }

    @Test
    void aUriAsOutIsRefusedAndNoLocalFolderIsMade() throws IOException {
        for (List<String> writer : writers()) {
            LabourcastCliTest.Result r = run(writer, "--out", "hdfs://namenode/user/out");
            assertEquals(2, r.code(), writer + ": " + r.err());
            assertEquals("error: --out: 'hdfs:/namenode/user/out' is a URI (hdfs:); labourcast writes its results"
                    + " to a local folder only (give a local folder and copy it afterwards, e.g. with hdfs dfs -put)",
                    r.err().strip(), writer.get(0));
        }
        assertFalse(Files.exists(Path.of("hdfs:")), "no folder named hdfs: in the working directory");
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
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
