package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.cli.LabourcastCliTest.Result;
import org.labourcast.experiment.MemoryEstimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * docs/reliability.md, "Limits" and "Memory": what sizes a run is checked before anything runs, with an error naming
 * the flag (exit 2), and running out of memory anywhere ends with one line (exit 1), never a JVM stack trace.
 */
class LimitsTest {
    private static Path root;
    private static Path baseline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findScenarios() {
        Path p = LabourcastCliTest.repositoryRoot();
        root = p.resolve("scenarios");
        baseline = root.resolve("leshan/baseline.yaml");
    }

    private static Result run(String... args) {
        return LabourcastCliTest.run(args);
    }

    /** Refused with exit 2, one line, before any output folder is made. */
    private void assertRefused(Result r, Path out, String expected) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: " + expected), r.err());
        assertFalse(Files.exists(out), "refused before the run: no output folder");
    }

    @Test
    void runsAboveTheScenarioCapAreRefusedByEveryCommandThatTakesThem() {
        Path out = tmp.resolve("o");
        String expected = "--runs: must be a whole number from 1 to 100000 (the cap of a scenario's simulation.runs),"
                + " got 2000000000";
        assertRefused(run("run", baseline.toString(), "--out", out.toString(), "--runs", "2000000000"), out, expected);
        assertRefused(run("compare", baseline.toString(), root.resolve("leshan/skills-first.yaml").toString(),
                "--out", out.toString(), "--runs", "2000000000"), out, expected);
        assertRefused(run("calibrate", root.resolve("leshan/calibration.yaml").toString(), "--out", out.toString(),
                "--runs", "2000000000"), out, expected);
        assertRefused(run("bench", "--case", "a", "--json", out.toString(), "--runs", "2000000000"), out, expected);
        assertEquals(2, run("run", baseline.toString(), "--out", out.toString(), "--runs", "0").code());
    }

    @Test
    void threadsAboveTheStatedMaximumAreRefusedWithAMessage() {
        Path out = tmp.resolve("o");
        String expected = "--threads: must be a whole number from 1 to 1024, got 40000 (this machine has ";
        for (List<String> command : List.of(List.of("run", baseline.toString()),
                List.of("compare", baseline.toString(), root.resolve("leshan/skills-first.yaml").toString()),
                List.of("sweep", root.resolve("leshan/sweep-quick.yaml").toString()),
                List.of("calibrate", root.resolve("leshan/calibration.yaml").toString()))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--out", out.toString(), "--threads", "40000"));
            assertRefused(run(args.toArray(String[]::new)), out, expected);
        }
        assertRefused(run("bench", "--case", "a", "--json", out.toString(), "--threads", "40000"), out, expected);
    }

    @Test
    void aScaleTooCoarseForTheBaseYearNamesTheFlagAndAScaleThatWorks() {
        Path out = tmp.resolve("o");
        Result r = run("run", baseline.toString(), "--out", out.toString(), "--scale", "100000", "--runs", "2");
        assertRefused(r, out, "--scale: at 100000 persons per agent the base year has 32 agents for 3,160,168"
                + " residents, too few to reproduce its facts: labour.base.employed: ");
        assertTrue(r.err().contains("(use --scale "), r.err());
        assertFalse(r.err().contains("replicate"), "the scale is named, not a replicate's draws: " + r.err());
        // Set in the file rather than by the flag, the scenario's field is named.
        Result set = run("run", baseline.toString(), "--out", out.toString(), "--set", "simulation.scale=100000",
                "--runs", "2");
        assertRefused(set, out, "simulation.scale: at 100000 persons per agent");
        // sweep and calibrate check before their first point or evaluation, naming what set the scale.
        assertRefused(run("sweep", root.resolve("leshan/sweep-quick.yaml").toString(), "--out", out.toString(),
                "--scale", "100000"), out, "--scale: at 100000 persons per agent the base year has 32 agents");
        assertRefused(run("calibrate", root.resolve("leshan/calibration.yaml").toString(), "--out", out.toString(),
                "--scale", "100000"), out, "--scale: at 100000 persons per agent the base year has 32 agents");
    }

    @Test
    void aSweepTooBigForTheHeapIsRefusedBeforeItsFirstPoint() throws Exception {
        Path out = tmp.resolve("o");
        // Sichuan at one person per agent: 83.7 million residents, two replicates side by side, about 3.2 GiB of
        // agents, beyond the tests' 2 GB heap.
        Path sweep = tmp.resolve("sichuan-sweep.yaml");
        Files.writeString(sweep, "extends: " + root.resolve("sichuan/baseline.yaml").toAbsolutePath() + "\n"
                + "id: sichuan-sweep-big\ntitle: {en: \"Sichuan sweep\", zh: \"四川扫描\"}\nsweep:\n  design: oat\n  runs_per_point: 2\n  parameters:\n"
                + "    - path: labour.transfer.base_rate\n      values: [0.04, 0.06]\n");
        Result r = run("sweep", sweep.toString(), "--out", out.toString(), "--scale", "1", "--threads", "2");
        assertRefused(r, out, "this run needs about ");
        assertTrue(r.err().contains("x 16 bytes x 2 replicates side by side + 2 runs x "), r.err());
        assertTrue(r.err().contains("a larger --scale"), r.err());
    }

    @Test
    void aChartOfMorePixelsThanTheCapIsRefusedBeforeTheRun() {
        Path out = tmp.resolve("o");
        assertRefused(run("run", baseline.toString(), "--out", out.toString(), "--width-cm", "100", "--height-cm",
                "76", "--dpi", "1200"), out, "--width-cm/--height-cm/--dpi: a PNG of 100 x 76 cm at 1200 dpi has"
                + " 47244 x 35906 = 1,696,343,064 pixels, more than the 150,000,000 a chart may have");
        // SVG alone draws no pixels, but the size is still one a PNG could be drawn at: the same rule everywhere.
        assertEquals(2, run("run", baseline.toString(), "--out", out.toString(), "--format", "svg", "--width-cm",
                "100", "--height-cm", "76", "--dpi", "1200").code());
    }

    @Test
    void aPngTooLargeForTheHeapIsRefusedNamingTheHeap() {
        ChartOptions.Flags flags = new ChartOptions.Flags();
        flags.widthCm = 100;
        flags.heightCm = 100;
        InputException e = assertThrows(InputException.class, () -> flags.toOptions(256L << 20));
        assertEquals("--width-cm/--height-cm/--dpi", e.fieldPath());
        assertEquals("a PNG chart of 100 x 100 cm at 300 dpi needs 533 MiB of memory to draw, more than half of the"
                + " Java heap (256 MiB)", e.problem());
        assertTrue(e.hint().contains("JAVA_OPTS=-Xmx2g"), e.hint());
        flags.formats = List.of("svg");
        assertEquals(100, flags.toOptions(256L << 20).size().heightCm(), "SVG alone needs no raster");
    }

    @Test
    void aHeightOf77To100CmDrawsTheTallerChartsInsteadOfFailingAfterTheRun() {
        Path out = tmp.resolve("tall");
        // 80 cm is within the documented 3-100 cm; the employment structure chart is 1.3 times taller (104 cm), so
        // it is cut to 100 cm rather than refused once the run is over.
        Result r = run("run", baseline.toString(), "--out", out.toString(), "--runs", "2", "--scale", "300",
                "--height-cm", "80", "--dpi", "36");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("employment_structure.png")));
    }

    @Test
    void aHorizonBeyondTheInputsIsWarnedAboutAndOneBeyond100YearsRefused() {
        Result v = run("validate", baseline.toString(), "--set", "horizon=2120");
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().startsWith("ok: "), v.out());
        assertEquals("warning: the horizon 2120 is beyond the last year of fertility.schedules (2039) and mortality.mx"
                + " (2039), which are held at the last value after it; give entries up to 2120 or a nearer horizon",
                v.err().strip());
        Path out = tmp.resolve("h");
        Result r = run("run", baseline.toString(), "--out", out.toString(), "--set", "horizon=2041", "--runs", "1",
                "--scale", "300", "--no-charts");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: the horizon 2041 is beyond the last year of fertility.schedules"),
                r.err());
        Result plain = run("validate", baseline.toString());
        assertEquals("", plain.err(), "no warning at the scenario's own horizon");
        Result far = run("validate", baseline.toString(), "--set", "horizon=2121");
        assertEquals(2, far.code());
        assertTrue(far.err().contains("horizon: a projection may span at most 100 years, got 101 (the horizon may be"
                + " at most 2120"), far.err());
    }

    @Test
    void aRunTooBigForTheHeapIsRefusedUpFrontWithAdvice() {
        Path out = tmp.resolve("o");
        // 100,000 runs' runs.csv is held as text before it is written: about 18 GB, beyond the tests' 2 GB heap.
        Result r = run("run", baseline.toString(), "--out", out.toString(), "--runs", "100000", "--per-run",
                "--threads", "2");
        assertRefused(r, out, "this run needs about ");
        assertTrue(r.err().contains("x 16 bytes x 2 replicates side by side + 100,000 runs x "), r.err());
        assertTrue(r.err().contains("Java may use here (give Java more memory, e.g. JAVA_OPTS=-Xmx"), r.err());
        assertTrue(r.err().contains(", or use fewer agents with a larger simulation.scale, or fewer --threads or"
                + " --runs)"), r.err());
    }

    @Test
    void theMemoryEstimateSaysWhatItCounts() {
        MemoryEstimate e = new MemoryEstimate(1_000_000, 4, 1000, 10_000);
        assertEquals(MemoryEstimate.BASE_BYTES + 64_000_000L + 10_000_000L, e.bytes());
        assertEquals("1,000,000 agents x 16 bytes x 4 replicates side by side + 1,000 runs x 10,000 bytes of results",
                e.describe());
        InputException refused = assertThrows(InputException.class, () -> Memory.requireFits(e, 100L << 20,
                "--scale"));
        assertEquals("this run needs about 135 MiB of memory (1,000,000 agents x 16 bytes x 4 replicates side by side"
                + " + 1,000 runs x 10,000 bytes of results), more than the 100 MiB Java may use here",
                refused.problem());
        assertEquals("give Java more memory, e.g. JAVA_OPTS=-Xmx1g, or use fewer agents with a larger --scale, or"
                + " fewer --threads or --runs", refused.hint());
        Memory.requireFits(e, 1L << 30, "--scale"); // fits: no error
    }

    @Command(name = "hungry")
    static final class Hungry implements Callable<Integer> {
        @Option(names = "--debug")
        boolean debug;

        @Option(names = "--wrapped")
        boolean wrapped;

        @Override
        public Integer call() throws Exception {
            OutOfMemoryError e = new OutOfMemoryError("Java heap space");
            // A worker thread's error reaches the command wrapped, as a pool's Future.get() wraps it.
            if (wrapped) {
                throw new java.util.concurrent.ExecutionException(e);
            }
            throw e;
        }
    }

    @Test
    void outOfMemoryAnywhereEndsWithOneLineAndExitOne() {
        for (String[] args : new String[][] {{}, {"--wrapped"}}) {
            Result r = LabourcastCliTest.run(new Hungry(), args);
            assertEquals(1, r.code(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("labourcast: out of memory (Java heap space) with "), r.err());
            assertTrue(r.err().contains("Java heap in use: give Java more memory, e.g. JAVA_OPTS=-Xmx"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
        assertTrue(LabourcastCliTest.run(new Hungry(), "--debug").err().contains("\tat "), "the trace with --debug");
    }

    @Test
    void theOutOfMemoryLineSaysWhatRanOutTheHeapAndWhatToTry() {
        long gib = 1L << 30;
        assertEquals("labourcast: out of memory (Java heap space) with 3.9 GiB of a 4.0 GiB Java heap in use: give"
                + " Java more memory, e.g. JAVA_OPTS=-Xmx8g, or use fewer agents with a larger --scale (persons per"
                + " agent), fewer --threads or --runs, or smaller charts",
                Memory.outOfMemory(new OutOfMemoryError("Java heap space"), 4 * gib - gib / 10, 4 * gib));
        assertEquals("labourcast: out of memory (unable to create native thread: possibly out of memory or process/"
                + "resource limits reached) with 200 MiB of a 1.0 GiB Java heap in use: the system refused another"
                + " thread: use fewer --threads", Memory.outOfMemory(new OutOfMemoryError("unable to create native"
                + " thread: possibly out of memory or process/resource limits reached"), 200L << 20, gib));
        assertEquals("labourcast: out of memory (Requested array size exceeds VM limit) with 10 MiB of a 2.0 GiB Java"
                + " heap in use: an array larger than Java allows was asked for: use fewer --runs or a larger --scale",
                Memory.outOfMemory(new OutOfMemoryError("Requested array size exceeds VM limit"), 10L << 20, 2 * gib));
    }
}
