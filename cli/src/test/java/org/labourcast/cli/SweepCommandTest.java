package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code labourcast sweep} and {@code labourcast merge} as docs/reliability.md states: a sweep killed after k of n points
 * and resumed, and a sweep run as shards and merged, end with the same bytes as a sweep run straight through; bad
 * shard specs, resuming nothing and merging different sweeps exit 2. Quick settings: 2 runs per point at 200
 * persons per agent, 11 points.
 */
class SweepCommandTest {
    /** The tables whose bytes must not depend on how the sweep ran. */
    static final List<String> TABLES = List.of("sweep.csv", "sweep_targets.csv", "points.csv", "sweep.json",
            "sensitivity.csv", "tornado.csv", "sensitivity_rural_labour_transfer_rate_2025.png");

    private static Path baseline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findScenario() {
        Path p = LabourcastCliTest.repositoryRoot();
        baseline = p.resolve("scenarios/leshan/baseline.yaml");
    }

    /**
     * A 2 × 2 grid of the transfer rate and a fertility scale with one-at-a-time sensitivity: 4 grid points and 7
     * one-at-a-time points (the fertility ±10% points are its low and high values).
     */
    private Path sweepFile(String name, String rates) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, "extends: " + baseline + "\n"
                + "id: leshan-sweep-test\n"
                + "title: {en: sweep test, zh: 扫描测试}\n"
                + "simulation: {scale: 200}\n"
                + "sweep:\n"
                + "  design: grid\n"
                + "  runs_per_point: 2\n"
                + "  parameters:\n"
                + "    - path: labour.transfer.base_rate\n"
                + "      values: " + rates + "\n"
                + "    - name: fertility_scale\n"
                + "      scale:\n"
                + "        - fertility.schedules[1].asfr\n"
                + "      values: [0.9, 1.1]\n"
                + "  outputs: {indicators: [skilled_workers, population_total], years: [2025, 2035]}\n"
                + "  sensitivity: {method: oat, indicators: [rural_labour_transfer_rate], years: [2025]}\n");
        return f;
    }

    private Path sweepFile() throws IOException {
        return sweepFile("sweep.yaml", "[0.04, 0.06]");
    }

    private static LabourcastCliTest.Result sweep(Path file, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", file.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return LabourcastCliTest.run(args.toArray(String[]::new));
    }

    private static void assertSameTables(Path expected, Path actual) throws IOException {
        for (String name : TABLES) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    name + " differs between " + expected + " and " + actual);
        }
    }

    private static long checkpoints(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("points"))) {
            return s.filter(p -> p.getFileName().toString().matches("point-[0-9]{6}\\.csv")).count();
        }
    }

    @Test
    void sweepWritesItsTablesChartsAndManifest() throws IOException {
        Path out = tmp.resolve("full");
        LabourcastCliTest.Result r = sweep(sweepFile(), out, "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("11 points (grid 4 + 7 one-at-a-time), 2 Monte Carlo runs per point at scale 200"), r.out());
        assertTrue(r.out().contains("per point with 2 threads"), r.out());
        assertTrue(r.out().contains("labour.transfer.base_rate") && r.out().contains("elasticity"), r.out());
        for (String f : TABLES) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(11, checkpoints(out));
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        assertEquals("point,block,sample,labour.transfer.base_rate,fertility_scale", points.get(0));
        assertEquals("0,grid,0,0.04,0.9", points.get(1));
        assertEquals(12, points.size());
        List<String> sweep = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals("point,labour.transfer.base_rate,fertility_scale,indicator,year,stat,value", sweep.get(0));
        // 11 points × 2 indicators × 2 years × 6 statistics
        assertEquals(1 + 11 * 2 * 2 * 6, sweep.size());
        assertTrue(sweep.get(1).startsWith("0,0.04,0.9,population_total,2025,mean,"), sweep.get(1));
        List<String> targets = Files.readAllLines(out.resolve("sweep_targets.csv"));
        assertEquals("point,labour.transfer.base_rate,fertility_scale,indicator,year,operator,target,kind,probability,"
                + "median,median_first_year_met,status,runs,probability_low,probability_high", targets.get(0));
        assertTrue(targets.get(1).startsWith("0,0.04,0.9,urbanization_rate,2025,>=,0.6,annual,"), targets.get(1));
        assertTrue(targets.get(1).matches(".*,2,[0-9.]+,[0-9.]+"), "runs per point, then the interval: "
                + targets.get(1));
        List<String> sensitivity = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals("indicator,year,stat,parameter,method,measure,value,ci_low,ci_high", sensitivity.get(0));
        assertEquals(3, sensitivity.size());
        assertTrue(sensitivity.get(1).startsWith("rural_labour_transfer_rate,2025,mean,labour.transfer.base_rate,oat,"
                + "elasticity,0."), sensitivity.get(1));
        assertEquals("indicator,year,baseline,parameter,low_setting,high_setting,outcome_low,outcome_high",
                Files.readAllLines(out.resolve("tornado.csv")).get(0));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"sweep.design\": \"grid\"") && manifest.contains("\"shard\": \"1/1\"")
                && manifest.contains("\"sweep.csv\""), manifest);
    }

    /** The rule: "sweep killed after k of n points, then resumed → only unfinished points rerun; results equal". */
    @Test
    void aSweepKilledPartWayAndResumedEqualsOneRunStraightThrough() throws IOException {
        Path file = sweepFile();
        Path full = tmp.resolve("full");
        assertEquals(0, sweep(file, full, "--threads", "1").code());

        Path killed = tmp.resolve("killed");
        SweepCommand.stopAfterPointsForTests = 4;
        LabourcastCliTest.Result stopped;
        try {
            stopped = sweep(file, killed, "--threads", "2");
        } finally {
            SweepCommand.stopAfterPointsForTests = null;
        }
        assertEquals(1, stopped.code(), stopped.err());
        long done = checkpoints(killed);
        assertTrue(done >= 4 && done < 11, "checkpoints after the stop: " + done);
        assertFalse(Files.exists(killed.resolve("sweep.csv")), "no final table from a stopped sweep");

        LabourcastCliTest.Result resumed = sweep(file, killed, "--resume", "--threads", "2");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains(done + " already done; running " + (11 - done)), resumed.out());
        assertSameTables(full, killed);

        // Lost checkpoints (a disk cleaned up by hand) are run again, and only they.
        Files.delete(killed.resolve("points/point-000003.csv"));
        Files.delete(killed.resolve("points/point-000009.csv"));
        LabourcastCliTest.Result again = sweep(file, killed, "--resume");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("9 already done; running 2"), again.out());
        assertSameTables(full, killed);
    }

    @Test
    void threeShardsMergedEqualTheFullSweep() throws IOException {
        Path file = sweepFile();
        Path full = tmp.resolve("full");
        assertEquals(0, sweep(file, full, "--threads", "2").code());
        List<String> shards = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path dir = tmp.resolve("shard" + i);
            LabourcastCliTest.Result r = sweep(file, dir, "--shard", i + "/3", "--threads", "1");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("shard " + i + "/3: " + (i == 3 ? 3 : 4) + " points"), r.out());
            assertFalse(Files.exists(dir.resolve("sweep.csv")), "a shard writes checkpoints, not the tables");
            shards.add(dir.toString());
        }
        assertEquals(4, checkpoints(tmp.resolve("shard1")));
        Path merged = tmp.resolve("merged");
        List<String> args = new ArrayList<>(List.of("merge"));
        args.addAll(shards);
        args.addAll(List.of("--out", merged.toString()));
        LabourcastCliTest.Result m = LabourcastCliTest.run(args.toArray(String[]::new));
        assertEquals(0, m.code(), m.err());
        assertTrue(m.out().contains("Merged 11 points from 3 folders"), m.out());
        assertSameTables(full, merged);
    }

    @Test
    void badShardsResumingNothingAndMergingDifferentSweepsExitTwo() throws IOException {
        Path file = sweepFile();
        for (String bad : List.of("0/3", "4/3", "2/0", "two/3", "1-3")) {
            LabourcastCliTest.Result r = sweep(file, tmp.resolve("x"), "--shard", bad);
            assertEquals(2, r.code(), bad + ": " + r.err());
            assertTrue(r.err().contains("--shard"), r.err());
        }
        LabourcastCliTest.Result nothing = sweep(file, tmp.resolve("empty"), "--resume");
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("nothing to resume"), nothing.err());
        assertEquals(2, sweep(file, tmp.resolve("y"), "--resume", "--overwrite").code());
        Path misspelt = tmp.resolve("misspelt.yaml");
        Files.writeString(misspelt, Files.readString(file).replace("labour.transfer.base_rate", "labour.transfer.base_rat"));
        for (String command : List.of("validate", "sweep")) {
            LabourcastCliTest.Result r = LabourcastCliTest.run(command, misspelt.toString());
            assertEquals(2, r.code(), command);
            assertTrue(r.err().contains("misspelt.yaml:9:13: sweep.parameters[0].path: the scenario has no field"
                    + " 'labour.transfer.base_rat' (did you mean 'base_rate'?)"), r.err());
        }
        LabourcastCliTest.Result badSet = sweep(file, tmp.resolve("set"), "--set", "simulation.sed=7");
        assertEquals(2, badSet.code());
        assertTrue(badSet.err().contains("did you mean 'seed'?"), badSet.err());
        assertFalse(Files.exists(tmp.resolve("set")), "a refused override writes nothing");
        assertFalse(Files.exists(Path.of("out", "leshan-sweep-test")), "a refused sweep writes nothing");
        LabourcastCliTest.Result noSweep = sweep(baseline, tmp.resolve("z"));
        assertEquals(2, noSweep.code());
        assertTrue(noSweep.err().contains("has no sweep: section"), noSweep.err());

        // One point of sweep A (shard 1 of 50 holds only point 0) and one of sweep B (other transfer rates).
        Path a = tmp.resolve("a");
        assertEquals(0, sweep(file, a, "--shard", "1/50").code());
        LabourcastCliTest.Result again = sweep(file, a, "--shard", "1/50");
        assertEquals(2, again.code(), "a folder holding a sweep needs --resume or --overwrite");
        assertTrue(again.err().contains("--resume"), again.err());
        Path b = tmp.resolve("b");
        Path other = sweepFile("other.yaml", "[0.03, 0.07]");
        assertEquals(0, sweep(other, b, "--shard", "2/50").code());
        LabourcastCliTest.Result changed = sweep(other, a, "--shard", "1/50", "--resume");
        assertEquals(2, changed.code(), "resuming with another sweep");
        assertTrue(changed.err().contains("holds another sweep"), changed.err());

        LabourcastCliTest.Result mismatched = LabourcastCliTest.run("merge", a.toString(), b.toString(), "--out",
                tmp.resolve("m").toString());
        assertEquals(2, mismatched.code(), mismatched.err());
        assertTrue(mismatched.err().contains("holds another sweep"), mismatched.err());
        LabourcastCliTest.Result incomplete = LabourcastCliTest.run("merge", a.toString(), "--out",
                tmp.resolve("m").toString());
        assertEquals(2, incomplete.code());
        assertTrue(incomplete.err().contains("10 of 11 points have no checkpoint"), incomplete.err());
        LabourcastCliTest.Result notASweep = LabourcastCliTest.run("merge", tmp.toString(), "--out",
                tmp.resolve("m").toString());
        assertEquals(2, notASweep.code());
        assertTrue(notASweep.err().contains("holds no sweep"), notASweep.err());
    }

    @Test
    void runIgnoresTheSweepSectionAndSaysSo() throws IOException {
        LabourcastCliTest.Result r = LabourcastCliTest.run("run", sweepFile().toString(), "--out",
                tmp.resolve("run").toString(), "--runs", "1", "--no-charts");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("has a sweep: section, which run ignores"), r.err());
    }

    /**
     * A demographic-only scenario: each point is one deterministic projection (stat "value"), and a Sobol' design
     * gives first-order and total indices with bootstrap intervals; results do not depend on the threads.
     */
    @Test
    void demographicSweepWithSobolIndicesIsIndependentOfThreads() throws IOException {
        Path f = tmp.resolve("demographic.yaml");
        Files.writeString(f, "extends: " + baseline + "\n"
                + "id: leshan-demographic-sweep\n"
                + "title: {en: demographic sweep, zh: 人口参数扫描}\n"
                + "labour: ~\n"
                + "history: ~\n"
                + "targets:\n"
                + "  - {indicator: urbanization_rate, year: 2025, operator: \">=\", value: 0.6, kind: annual,"
                + " nature: expected, source: test}\n"
                + "sweep:\n"
                + "  design: sobol\n"
                + "  points: 8\n"
                + "  seed: 5\n"
                + "  parameters:\n"
                + "    - path: migration.total.projection.long_run_level.value\n"
                + "      distribution: {uniform: [-30000, -5000]}\n"
                + "    - name: fertility_scale\n"
                + "      scale: [\"fertility.schedules[1].asfr\", \"fertility.schedules[2].asfr\"]\n"
                + "      distribution: {normal: [1, 0.1], within: [0.7, 1.3]}\n"
                + "  outputs: {indicators: [population_total], years: [2035]}\n"
                + "  sensitivity: {method: sobol, indicators: [population_total, births], years: [2030],"
                + " bootstrap: 100}\n");
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        LabourcastCliTest.Result r = sweep(f, one, "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("32 points (sobol, 8 samples), deterministic projection"), r.out());
        assertEquals(0, sweep(f, two, "--threads", "2").code());
        for (String name : List.of("sweep.csv", "sweep_targets.csv", "points.csv", "sensitivity.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
        }
        assertFalse(Files.exists(one.resolve("tornado.csv")), "Sobol' indices have no tornado");
        List<String> sweep = Files.readAllLines(one.resolve("sweep.csv"));
        assertEquals(1 + 32, sweep.size());
        assertTrue(sweep.get(1).matches("0,-[0-9.]+,[0-9.]+,population_total,2035,value,[0-9]+(\\.[0-9]+)?"),
                sweep.get(1));
        List<String> points = Files.readAllLines(one.resolve("points.csv"));
        assertTrue(points.get(1).startsWith("0,A,0,") && points.get(4).startsWith("3,AB2,0,"), points.toString());
        List<String> s = Files.readAllLines(one.resolve("sensitivity.csv"));
        assertEquals(1 + 2 * 2 * 2, s.size());
        assertTrue(s.get(1).startsWith("population_total,2030,value,migration.total.projection.long_run_level.value,"
                + "sobol,first_order,"), s.get(1));
        assertFalse(s.get(1).endsWith(",,"), "bootstrap intervals: " + s.get(1));
    }
}
