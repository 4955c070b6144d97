package org.labourcast.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.api.Sweep;
import org.labourcast.results.OutputDirectory;
import org.labourcast.sweep.SweepFolder;
import org.labourcast.sweep.SweepPlan;
import org.labourcast.sweep.SweepTables;

/**
 * The Spark runner in local mode ({@code local[2]}) against the in-process runner of {@code labourcast sweep} (the
 * API's {@link Sweep}): the shipped Leshan sweep (33 points, 10 runs each) at 400 persons per agent gives
 * byte-identical tables, tornado chart and checkpoints whether points are whole tasks, split into replicate blocks,
 * or the sweep is stopped and resumed.
 */
class SparkSweepTest {
    private static final Path SWEEP = Path.of("scenarios/leshan/sweep.yaml");
    private static final String SCALE = "400";
    private static final List<String> TABLES = List.of(SweepPlan.PLAN_FILE, SweepPlan.POINTS_FILE,
            SweepTables.SWEEP_CSV, SweepTables.TARGETS_CSV, SweepTables.SENSITIVITY_CSV, SweepTables.TORNADO_CSV,
            "sensitivity_skilled_workers_2025.png");

    @TempDir
    static Path tmp;
    private static Path reference;

    /** The sweep run in process through the API, as {@code labourcast sweep --scale 400} runs it. */
    @BeforeAll
    static void runInProcess() {
        System.setProperty("spark.ui.enabled", "false"); // no web UI (and no port) in tests
        reference = tmp.resolve("in-process");
        Sweep.load(SWEEP, Integer.parseInt(SCALE)).run(2, reference);
    }

    @Test
    void wholePointTasksGiveTheInProcessTables() throws IOException {
        Path dir = tmp.resolve("spark-whole");
        String stdout = ok("--master", "local[2]", "--scale", SCALE, "--out", dir.toString(), SWEEP.toString());
        assertTrue(stdout.contains("33 to run as 33 tasks (one per point)"), stdout);
        assertSameSweep(reference, dir);
        String manifest = Files.readString(dir.resolve(OutputDirectory.MANIFEST));
        assertTrue(manifest.contains("\"runner\": \"spark\"") || manifest.contains("\"runner\":\"spark\""), manifest);
    }

    @Test
    void replicateBlocksGiveTheInProcessTables() throws IOException {
        Path dir = tmp.resolve("spark-blocks");
        // 10 runs in blocks of 3: tasks of 3, 3, 3 and 1 replicates, joined per point after a shuffle.
        String stdout = ok("--master", "local[2]", "--scale", SCALE, "--replicates-per-task", "3", "--batch", "7",
                "--out", dir.toString(), SWEEP.toString());
        assertTrue(stdout.contains("33 to run as 132 tasks of 3 replicates"), stdout);
        assertSameSweep(reference, dir);
    }

    @Test
    void overridesReachTheExecutors() throws IOException {
        Path dir = tmp.resolve("spark-set");
        ok("--master", "local[2]", "--scale", SCALE, "--set", "simulation.seed=7", "--replicates-per-task", "5",
                "--out", dir.toString(), SWEEP.toString());
        Path api = tmp.resolve("api-set");
        Sweep.load(SWEEP, Integer.parseInt(SCALE)).with("simulation.seed", 7).run(2, api);
        for (String name : TABLES) {
            assertArrayEquals(Files.readAllBytes(api.resolve(name)), Files.readAllBytes(dir.resolve(name)), name);
        }
        assertTrue(Files.readString(dir.resolve(OutputDirectory.MANIFEST)).contains("simulation.seed=7"));
        assertFalse(Arrays.equals(Files.readAllBytes(reference.resolve(SweepTables.SWEEP_CSV)),
                Files.readAllBytes(dir.resolve(SweepTables.SWEEP_CSV))), "another seed, other runs");
    }

    @Test
    void aStoppedSweepResumesToTheSameTables() throws IOException {
        Path dir = tmp.resolve("spark-resumed");
        SparkSweep stopped = new SparkSweep();
        stopped.stopAfterBatchesForTests = 2;
        StringWriter err = new StringWriter();
        int code = SparkSweep.run(stopped, new PrintWriter(new StringWriter()), new PrintWriter(err),
                "--master", "local[2]", "--scale", SCALE, "--batch", "5", "--out", dir.toString(), SWEEP.toString());
        assertEquals(SparkSweep.EXIT_ERROR, code);
        assertTrue(err.toString().contains("stopped after 2 batches"), err.toString());
        assertEquals(10, SweepFolder.open(dir).finished().size());
        assertTrue(Files.notExists(dir.resolve(SweepTables.SWEEP_CSV)));

        String stdout = ok("--master", "local[2]", "--scale", SCALE, "--resume", "--out", dir.toString(),
                SWEEP.toString());
        assertTrue(stdout.contains("23 to run"), stdout);
        assertSameSweep(reference, dir);
    }

    @Test
    void mistakesAreOneLineErrors() {
        StringWriter err = new StringWriter();
        int code = SparkSweep.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--master",
                "local[2]", "--replicates-per-task", "0", SWEEP.toString());
        assertEquals(SparkSweep.EXIT_INPUT, code);
        assertTrue(err.toString().contains("--replicates-per-task: must be at least 1, got 0"), err.toString());

        StringWriter err2 = new StringWriter();
        int usage = SparkSweep.run(new PrintWriter(new StringWriter()), new PrintWriter(err2), "--replicates", "2",
                SWEEP.toString());
        assertEquals(2, usage);
        assertTrue(err2.toString().contains("Unknown option"), err2.toString());

        StringWriter err3 = new StringWriter();
        int noSweep = SparkSweep.run(new PrintWriter(new StringWriter()), new PrintWriter(err3), "--out",
                tmp.resolve("none").toString(), "scenarios/leshan/baseline.yaml");
        assertEquals(SparkSweep.EXIT_INPUT, noSweep);
        assertTrue(err3.toString().contains("has no sweep: section"), err3.toString());
    }

    private static String ok(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SparkSweep.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(SparkSweep.EXIT_OK, code, err.toString());
        return out.toString();
    }

    private static void assertSameSweep(Path expected, Path actual) throws IOException {
        for (String name : TABLES) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    name);
        }
        List<Path> points;
        try (Stream<Path> files = Files.list(expected.resolve(SweepFolder.POINTS_DIR))) {
            points = files.sorted().toList();
        }
        assertEquals(33, points.size());
        for (Path p : points) {
            Path other = actual.resolve(SweepFolder.POINTS_DIR).resolve(p.getFileName());
            assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(other), p.getFileName().toString());
        }
    }
}
