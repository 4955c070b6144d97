package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line as a planner meets it: exit codes 0 ok, 1 internal, 2 bad input, and the files of a run. */
class LabourcastCliTest {
    private static Path baseline;

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void findScenario() {
        Path p = repositoryRoot();
        baseline = p.resolve("scenarios/leshan/baseline.yaml");
    }

    /** The repository's root: the nearest folder above the working directory that holds the shipped scenarios. */
    static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.exists(p.resolve("scenarios/leshan/baseline.yaml"))) {
            p = p.getParent();
        }
        return p;
    }

    static Result run(String... args) {
        return run(new LabourcastCli(), args);
    }

    static Result run(Object root, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabourcastCli.execute(root, args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** A quick Monte Carlo run: 3 replicates at 200 persons per agent. */
    static Result runFast(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", baseline.toString(), "--out", out.toString(),
                "--runs", "3", "--scale", "200"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void runWritesEveryOutputAndExitsZero() {
        Path out = tmp.resolve("leshan");
        Result r = runFast(out, "--per-run");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("indicators.csv", "population.csv", "targets.csv", "runs.csv", "manifest.json",
                "drivers.csv", "target_drivers.csv", "urbanization_rate.png", "rural_labour_transfer_rate.png", "surveyed_unemployment_rate.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(r.out().contains("medians of 3 Monte Carlo runs"), r.out());
        // The baseline projects urbanization from history: its target is a projection, neither flagged nor warned
        // about (the plan-path variant's is: TargetBasisTest).
        assertTrue(r.out().contains("target urbanization_rate ≥ 60.00% in 2025: met in "), r.out());
        assertFalse(r.out().contains("[fixed by input rural_urban_move"), r.out());
        assertFalse(r.err().contains("target urbanization_rate ≥ 60.00% in 2025 is fixed"), r.err());
        // The zero-employment target is decided by the plan's help (动态清零), and the output says so.
        assertTrue(r.out().contains("[fixed by input labour.households.zero_employment_help]"), r.out());
        assertTrue(r.err().contains("target zero_employment_households ≤ 0 in 2025 is fixed by the scenario input"
                + " labour.households.zero_employment_help"), r.err());
        assertTrue(r.out().contains("target rural_labour_transfer_rate > 70.00% in 2025"), r.out());
        assertTrue(r.err().contains("3 runs in"), "progress summary on stderr: " + r.err());
    }

    @Test
    void indicatorsCsvHasTheSixStatisticsForEveryIndicatorAndYear() throws IOException {
        Path out = tmp.resolve("stats");
        assertEquals(0, runFast(out, "--no-charts").code());
        List<String> lines = Files.readAllLines(out.resolve("indicators.csv"));
        for (String stat : List.of("mean", "median", "p05", "p10", "p90", "p95")) {
            assertTrue(lines.contains("leshan-baseline,employment_total,2020," + stat + ",1784000"), stat);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("leshan-baseline,surveyed_unemployment_rate,2035,"
                    + stat + ",")), stat);
        }
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("leshan-baseline,new_urban_jobs,2020,")),
                "flows have no base-year value");
    }

    @Test
    void targetsCsvGivesAttainmentOverTheRuns() throws IOException {
        Path out = tmp.resolve("t");
        assertEquals(0, runFast(out, "--no-charts").code());
        List<String> lines = Files.readAllLines(out.resolve("targets.csv"));
        assertEquals("indicator,year,operator,target,probability,median,median_first_year_met,status,kind,nature,"
                + "base_year,base_value,runs,label,source,basis,basis_input,probability_low,probability_high",
                lines.get(0));
        // The baseline projects urbanization from history (no imposed path): the target is the model's outcome, and
        // the projected 2025 median is not the plan's 60%.
        assertTrue(lines.get(1).startsWith("urbanization_rate,2025,>=,0.6,"), lines.get(1));
        assertFalse(lines.get(1).startsWith("urbanization_rate,2025,>=,0.6,1,0.6,"), lines.get(1));
        // 0 or 3 of 3 runs: Wilson 95% interval [0, 0.5615] or [0.4385, 1] (z = 1.95996).
        assertTrue(lines.get(1).endsWith(",projected,,0,0.561497031755")
                || lines.get(1).endsWith(",projected,,0.438502968245,1"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("new_urban_jobs,2025,>,200000,")
                && l.contains(",cumulative,expected,")), "the plan's [>20]万 five-year total");
    }

    @Test
    void sameSeedGivesByteIdenticalTablesForAnyThreadCount() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, runFast(a, "--no-charts", "--per-run", "--threads", "1").code());
        assertEquals(0, runFast(b, "--no-charts", "--per-run", "--threads", "2").code());
        for (String f : List.of("indicators.csv", "population.csv", "targets.csv", "runs.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        assertFalse(Files.exists(a.resolve("urbanization_rate.png")), "--no-charts skips charts");
    }

    @Test
    void anotherSeedGivesOtherResults() throws IOException {
        Path a = tmp.resolve("s1");
        Path b = tmp.resolve("s2");
        assertEquals(0, runFast(a, "--no-charts", "--seed", "1").code());
        assertEquals(0, runFast(b, "--no-charts", "--seed", Long.toString(1 + (1L << 32))).code());
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("indicators.csv")),
                Files.readAllBytes(b.resolve("indicators.csv"))));
    }

    @Test
    void badRunFlagsAreInputErrors() {
        Result r = runFast(tmp.resolve("bad"), "--threads", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--threads: must be a whole number of at least 1"), r.err());
    }

    @Test
    void existingResultsAreRefusedWithoutOverwrite() throws IOException {
        Path out = tmp.resolve("o");
        assertEquals(0, runFast(out, "--no-charts").code());
        byte[] before = Files.readAllBytes(out.resolve("indicators.csv"));
        Result again = runFast(out, "--no-charts");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already holds results"), again.err());
        assertTrue(again.err().contains("--overwrite"), again.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("indicators.csv")), "nothing was touched");
        assertEquals(0, runFast(out, "--no-charts", "--overwrite").code());
    }

    @Test
    void badScenarioExitsTwoWithLocatedMessageAndNoStackTrace() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(baseline).replace("horizon: 2035", "horizon: sixty"));
        Result r = run("validate", bad.toString());
        assertEquals(2, r.code());
        int line = Files.readAllLines(baseline).indexOf("horizon: 2035             # the plans' 2035 long-range goals") + 1;
        assertTrue(r.err().contains(bad + ":" + line + ":10: horizon: expected a whole number"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
        Result debug = run("validate", bad.toString(), "--debug");
        assertTrue(debug.err().contains("\tat "), "stack trace with --debug");
    }

    @Test
    void validateAcceptsTheShippedScenario() {
        Result r = run("validate", baseline.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("ok: "), r.out());
    }

    @Test
    void unknownFlagExitsTwoWithUsageOnStderr() {
        Result r = run("run", baseline.toString(), "--frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
        assertTrue(r.err().contains("Usage: labourcast run"), r.err());
    }

    @Test
    void missingCommandIsAUsageError() {
        Result r = run();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Usage: labourcast"), r.err());
    }

    @Test
    void missingScenarioFileExitsTwo() {
        Result r = run("validate", tmp.resolve("nope.yaml").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nope.yaml"), r.err());
    }

    private static com.fasterxml.jackson.databind.JsonNode manifest(Path out) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    }

    @Test
    void runWithSetOverridesUsesThemAndTheManifestRecordsThem() throws IOException {
        Path out = tmp.resolve("set");
        Result r = run("run", baseline.toString(), "--out", out.toString(), "--no-charts",
                "--set", "simulation.runs=2", "--set", "simulation.scale=200");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("medians of 2 Monte Carlo runs"), r.out());
        var m = manifest(out);
        assertEquals("2", m.path("settings").path("runs").asText());
        assertEquals("200", m.path("settings").path("scale").asText());
        assertEquals("simulation.runs=2", m.path("settings").path("set.1").asText());
        assertEquals("simulation.scale=200", m.path("settings").path("set.2").asText());
        String fileSha = org.labourcast.results.Manifest.sha256(baseline);
        assertEquals(fileSha, m.path("inputs").path(baseline.toString()).asText());
        assertFalse(fileSha.equals(m.path("scenario").path("sha256").asText()),
                "the scenario hash covers the overrides as well as the file");
    }

    @Test
    void aVariantRunRecordsEveryInputFile() throws IOException {
        Path variant = tmp.resolve("variants/urban.yaml");
        Files.createDirectories(variant.getParent());
        Files.writeString(variant, "extends: " + variant.getParent().relativize(baseline) + "\n"
                + "id: leshan-urban\ntitle: {en: Leshan urban push, zh: 乐山城镇化加速}\n"
                + "simulation: {runs: 2, scale: 200}\nlabour: {transfer: {base_rate: 0.07}}\n");
        Path out = tmp.resolve("variant-out");
        Result r = run("run", variant.toString(), "--out", out.toString(), "--no-charts");
        assertEquals(0, r.code(), r.err());
        var m = manifest(out);
        assertEquals("leshan-urban", m.path("scenario").path("id").asText());
        assertEquals(variant.toString(), m.path("scenario").path("file").asText());
        assertEquals(2, m.path("inputs").size());
        assertEquals(org.labourcast.results.Manifest.sha256(variant), m.path("inputs").path(variant.toString()).asText());
        assertEquals(org.labourcast.results.Manifest.sha256(baseline),
                m.path("inputs").path(baseline.toString()).asText());
        assertTrue(Files.readAllLines(out.resolve("indicators.csv")).get(1).startsWith("leshan-urban,"));

        Result v = run("validate", variant.toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().contains("scenario 'leshan-urban'") && v.out().contains(", extends " + baseline), v.out());
    }

    @Test
    void anUnknownSetPathExitsTwoNamingTheArgument() {
        Result r = run("validate", baseline.toString(), "--set", "labour.transfer.base_rat=0.07");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("error: --set labour.transfer.base_rat:1:1: labour.transfer.base_rat: unknown field"
                + " 'base_rat'"), r.err());
        assertTrue(r.err().contains("did you mean 'base_rate'?"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        Result malformed = run("run", baseline.toString(), "--set", "simulation.runs");
        assertEquals(2, malformed.code());
        assertTrue(malformed.err().contains("--set: expected path=value, got 'simulation.runs'"), malformed.err());
        Result ok = run("validate", baseline.toString(), "--set", "targets[0].value=0.62");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("1 --set override(s)"), ok.out());
    }

    @Test
    void overrideSettingsSortInTheOrderGiven() {
        assertEquals("set.1", RunOutputs.overrideSetting(0, 3));
        assertEquals("set.01", RunOutputs.overrideSetting(0, 12));
        assertEquals("set.12", RunOutputs.overrideSetting(11, 12));
    }

    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        @Option(names = "--debug")
        boolean debug;

        @Override
        public Integer call() {
            throw new IllegalStateException("simulated bug");
        }
    }

    @Test
    void internalFailureExitsOneWithOneLine() {
        Result r = run(new Broken());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("internal error: java.lang.IllegalStateException: simulated bug"), r.err());
        Result debug = run(new Broken(), "--debug");
        assertTrue(debug.err().contains("\tat "), "stack trace with --debug");
    }
}
