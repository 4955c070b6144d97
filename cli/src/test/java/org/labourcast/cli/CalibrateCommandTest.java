package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code labourcast calibrate}: files, summary, exit codes, determinism for any thread count, and a calibrated
 * variant that {@code run} accepts. Calibrations here are small: the cohort model (Levenberg–Marquardt) or the agent
 * model at 300 persons per agent with a handful of evaluations.
 */
class CalibrateCommandTest {
    private static String baseline;

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void findScenario() {
        Path p = LabourcastCliTest.repositoryRoot();
        baseline = p.resolve("scenarios/leshan/baseline.yaml").toString().replace('\\', '/');
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabourcastCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** Leshan with a constant transfer intensity, calibrated to three urbanization rates (cohort model, LM). */
    private Path smoothCalibration() throws IOException {
        Files.writeString(tmp.resolve("leshan-intensity.yaml"), """
                extends: %s
                id: leshan-intensity
                title: {en: "Leshan with a constant transfer intensity", zh: "乐山市（恒定转移强度）"}
                rural_urban_move:
                  projection: ~
                  intensity: {value: 0.05, source: "test: a constant intensity"}
                """.formatted(baseline));
        Path file = tmp.resolve("smooth.yaml");
        Files.writeString(file, """
                labourcast_calibration: 1
                scenario: leshan-intensity.yaml
                id: leshan-intensity-fitted
                settings: {optimiser: levenberg_marquardt, max_evaluations: 100}
                parameters:
                  - {path: rural_urban_move.intensity, bounds: [0.01, 0.3]}
                targets:
                  - {indicator: urbanization_rate, statistic: level, year: 2021, value: 0.545, tolerance: 0.002, source: "test"}
                  - {indicator: urbanization_rate, statistic: level, year: 2022, value: 0.56, tolerance: 0.002, source: "test"}
                  - {indicator: urbanization_rate, statistic: level, year: 2023, value: 0.574, tolerance: 0.002, source: "test"}
                """);
        return file;
    }

    /** The Leshan sector-share calibration, tiny: 2 runs at 300 persons per agent, CMA-ES, 8 evaluations. */
    private Path agentCalibration() throws IOException {
        Path file = tmp.resolve("agent.yaml");
        Files.writeString(file, """
                labourcast_calibration: 1
                scenario: %s
                settings: {optimiser: cma_es, max_evaluations: 8, runs: 2, scale: 300, seed: 11}
                parameters:
                  - {path: labour.sectors.employment_elasticity.secondary, bounds: [-3, 1]}
                targets:
                  - {indicator: sector_share_secondary, statistic: yearly_change, observed_years: 2015-2020,
                     tolerance: 0.0005}
                """.formatted(baseline));
        return file;
    }

    @Test
    void writesTheVariantTablesAndManifestAndTheVariantRuns() throws IOException {
        Path out = tmp.resolve("out");
        Result r = run("calibrate", smoothCalibration().toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("leshan-intensity-fitted.yaml", "calibration.csv", "fit_statistics.csv",
                "evaluations.csv", "manifest.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<String> csv = Files.readAllLines(out.resolve("calibration.csv"));
        assertEquals("kind,name,statistic,years,start,fitted,lower,upper,standard_error,standard_error_monte_carlo,"
                + "at_bound,observed,simulated_at_start,simulated,simulated_monte_carlo_se,residual,tolerance,weight,"
                + "scaled_residual,within_tolerance,data", csv.get(0));
        assertEquals(1 + 1 + 3, csv.size());
        assertTrue(csv.get(1).startsWith("parameter,rural_urban_move.intensity,,,0.05,"), csv.get(1));
        assertTrue(csv.get(2).startsWith("target,urbanization_rate,level,2021,"), csv.get(2));
        String stats = Files.readString(out.resolve("fit_statistics.csv"));
        assertTrue(stats.contains("optimiser,levenberg_marquardt\n"), stats);
        assertTrue(stats.contains("engine,cohort-component projection (deterministic)\n"), stats);
        String variant = Files.readString(out.resolve("leshan-intensity-fitted.yaml"));
        assertTrue(variant.contains("extends: \"../leshan-intensity.yaml\"\n"), variant);
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"command\": \"calibrate\""), manifest);
        assertTrue(manifest.contains("\"optimiser\": \"levenberg_marquardt\""), manifest);
        assertTrue(manifest.contains("smooth.yaml"), manifest);
        assertTrue(r.out().contains("rural_urban_move.intensity"), r.out());
        assertTrue(r.out().contains("3 of 3 targets within tolerance"), r.out());
        assertTrue(r.out().contains("run it: labourcast run "), r.out());

        Result ran = run("run", out.resolve("leshan-intensity-fitted.yaml").toString(), "--out",
                tmp.resolve("ran").toString(), "--no-charts", "--runs", "2", "--scale", "300");
        assertEquals(0, ran.code(), ran.err());
    }

    @Test
    void sameResultsForAnyThreadCountAndOnARepeat() throws IOException {
        Path file = agentCalibration();
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Result ra = run("calibrate", file.toString(), "--out", a.toString(), "--threads", "1");
        assertEquals(0, ra.code(), ra.err());
        assertEquals(0, run("calibrate", file.toString(), "--out", b.toString(), "--threads", "2").code());
        for (String f : List.of("calibration.csv", "fit_statistics.csv", "evaluations.csv",
                "leshan-baseline-calibrated.yaml")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        String stats = Files.readString(a.resolve("fit_statistics.csv"));
        assertTrue(stats.contains("engine,\"agent-based labour model, Monte Carlo with common random numbers\"\n"),
                stats);
        assertTrue(stats.contains("runs,2\nscale,300\nseed,11\n"), stats);
        assertTrue(stats.contains("simulated_to,2025\n"), stats);
    }

    @Test
    void flagsOverrideTheFileSettings() throws IOException {
        Path out = tmp.resolve("flags");
        Result r = run("calibrate", agentCalibration().toString(), "--out", out.toString(), "--max-evaluations", "3",
                "--seed", "5", "--runs", "1");
        assertEquals(0, r.code(), r.err());
        String stats = Files.readString(out.resolve("fit_statistics.csv"));
        assertTrue(stats.contains("evaluations,3\n"), stats);
        assertTrue(stats.contains("stop_reason,evaluation budget reached (3 evaluations)\n"), stats);
        assertTrue(stats.contains("runs,1\n") && stats.contains("seed,5\n"), stats);
    }

    @Test
    void refusesToOverwriteUnlessAsked() throws IOException {
        Path file = smoothCalibration();
        Path out = tmp.resolve("o");
        assertEquals(0, run("calibrate", file.toString(), "--out", out.toString()).code());
        Result again = run("calibrate", file.toString(), "--out", out.toString());
        assertEquals(LabourcastCli.EXIT_BAD_INPUT, again.code());
        assertTrue(again.err().contains("already holds results"), again.err());
        assertEquals(0, run("calibrate", file.toString(), "--out", out.toString(), "--overwrite").code());
    }

    @Test
    void aBadCalibrationFileIsLocatedWithoutAStackTrace() throws IOException {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, Files.readString(agentCalibration()).replace("bounds: [-3, 1]", "bounds: [1, -3]"));
        Result r = run("calibrate", file.toString(), "--out", tmp.resolve("bad").toString());
        assertEquals(LabourcastCli.EXIT_BAD_INPUT, r.code());
        assertEquals("error: " + file + ":5:68: parameters[0].bounds: the lower bound 1 must be less than the upper"
                + " bound -3\n", r.err());
        assertTrue(!Files.exists(tmp.resolve("bad")), "nothing written");
    }

    @Test
    void badFlagsAreInputErrors() throws IOException {
        Result r = run("calibrate", agentCalibration().toString(), "--runs", "0");
        assertEquals(LabourcastCli.EXIT_BAD_INPUT, r.code());
        assertTrue(r.err().contains("--runs: must be a whole number of at least 1, got 0"), r.err());
    }

    @Test
    void helpListsTheCommand() {
        Result r = run("--help");
        assertTrue(r.out().contains("calibrate"), r.out());
    }
}
