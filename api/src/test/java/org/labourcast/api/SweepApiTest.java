package org.labourcast.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.charts.ChartFormat;
import org.labourcast.sweep.PointResult;
import org.labourcast.sweep.SweepPoint;
import org.labourcast.sweep.definition.Design;

/**
 * The sweep API as a notebook uses it: the plan of the shipped quick sweep, its table's filters giving exactly the
 * rows of {@code sweep.csv} they name, mistakes as input errors with suggestions, in-memory and folder runs giving
 * the same bytes for any threads, {@code writeTo} writing what a run into a folder writes, shards and resume. The
 * quick sweep (13 one-at-a-time points) runs at 300 persons per agent here to keep the test short. Runs from the
 * project root (surefire's working directory).
 */
class SweepApiTest {
    private static final Path QUICK = Path.of("scenarios/leshan/sweep-quick.yaml");
    private static final Path BASELINE = Path.of("scenarios/leshan/baseline.yaml");
    private static final List<String> TABLES = List.of("sweep.csv", "sweep_targets.csv", "points.csv", "sweep.json",
            "sensitivity.csv", "tornado.csv", "sensitivity_skilled_workers_2025.png");

    private static Sweep sweep;
    private static SweepResult result;
    private static Path folder;

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    /** One run into a folder, on 2 threads, read by most tests. */
    @BeforeAll
    static void runTheQuickSweep() {
        sweep = Sweep.load(QUICK, 300);
        folder = shared.resolve("quick");
        result = sweep.run(2, folder);
    }

    /**
     * {@code with(path, value)} runs the sweep around a changed scenario: the same tables as a variant file that makes
     * the change, a different fingerprint from the sweep without it, the override in the manifest; a misspelt path
     * is an input error with a suggestion.
     */
    @Test
    void aSweepWithAnOverrideEqualsAVariantFileMakingTheChange() throws IOException {
        Sweep changed = sweep.with("simulation.seed", 7);
        assertEquals(List.of("simulation.seed=7"), changed.overrides());
        assertNotEquals(sweep.plan().fingerprint(), changed.plan().fingerprint());
        Path withSet = tmp.resolve("with-set");
        changed.run(2, withSet);

        Path copy = tmp.resolve("sweep-quick-seed7.yaml");
        Files.writeString(copy, "extends: " + QUICK.toAbsolutePath() + "\nid: leshan-sweep-quick-seed7\n"
                + "title: {en: seed 7, zh: 种子7}\n"
                + "simulation: {seed: 7}\n");
        Path fromFile = tmp.resolve("from-file");
        Sweep.load(copy, 300).run(2, fromFile);
        for (String f : List.of("sweep.csv", "sweep_targets.csv", "sensitivity.csv", "tornado.csv")) {
            assertArrayEquals(Files.readAllBytes(fromFile.resolve(f)), Files.readAllBytes(withSet.resolve(f)), f);
        }
        assertNotEquals(Files.readString(folder.resolve("sweep.csv")), Files.readString(withSet.resolve("sweep.csv")),
                "another seed, other runs");
        assertTrue(Files.readString(withSet.resolve("manifest.json")).contains("simulation.seed=7"));

        InputException e = assertThrows(InputException.class, () -> sweep.with("simulation.sed", 7));
        assertTrue(e.getMessage().contains("did you mean"), e.getMessage());
    }

    @Test
    void thePlanIsTheSweepFilesAtTheScaleGiven() {
        assertEquals("leshan-sweep-quick", sweep.id());
        assertEquals(13, sweep.size(), "the baseline and low, high, minus and plus of each of 3 parameters");
        assertEquals(List.of("labour.transfer.base_rate", "labour.skills.trainees", "fertility_scale"),
                sweep.parameters());
        assertEquals(Design.OAT, sweep.design());
        assertEquals(6, sweep.runsPerPoint());
        assertTrue(sweep.monteCarlo());
        assertEquals(300, sweep.plan().scale(), "Sweep.load(file, 300) is --scale 300");
        assertEquals(100, Sweep.load(QUICK).plan().scale(), "the file's simulation.scale");
        assertNotEquals(Sweep.load(QUICK).plan().fingerprint(), sweep.plan().fingerprint(),
                "the scale is part of the sweep's identity");
        assertEquals(sweep.plan().fingerprint(), Sweep.load(QUICK).withScale(300).plan().fingerprint());
        assertEquals("oat", sweep.sensitivity().orElseThrow().method().label());
        SweepPoint plus = sweep.points().get(4);
        assertEquals("oat plus labour.transfer.base_rate", plus.block());
        assertEquals("labour.transfer.base_rate=0.055, labour.skills.trainees=20000, fertility_scale=1",
                sweep.describe(plus));
        assertTrue(sweep.pointsCsv().startsWith("point,block,sample,labour.transfer.base_rate,"
                + "labour.skills.trainees,fertility_scale\n0,oat baseline,,0.05,20000,1\n"), sweep.pointsCsv());
        assertThrows(IllegalArgumentException.class, () -> Sweep.load(QUICK, 0));
    }

    /** The whole table is sweep.csv, byte for byte; filters give exactly the rows they name. */
    @Test
    void tableFiltersReturnTheRowsTheyName() throws IOException {
        SweepTable all = result.table();
        assertEquals(Files.readString(folder.resolve("sweep.csv")), all.toCsv());
        assertEquals(13 * 4 * 2 * 6, all.size(), "13 points x 4 indicators x 2 years x 6 statistics");

        SweepTable skilled = all.indicator("skilled_workers");
        assertEquals(13 * 2 * 6, skilled.size());
        assertTrue(skilled.indicators().stream().allMatch("skilled_workers"::equals));
        SweepTable means = skilled.year(2025).stat("mean");
        assertArrayEquals(IntStream.range(0, 13).toArray(), means.points(), "one row per point, in point order");
        for (SweepTable.Row r : means) {
            assertEquals(result.pointResult(r.point()).value("skilled_workers", 2025, "mean").getAsDouble(),
                    r.value(), "row of point " + r.point());
            assertEquals(sweep.points().get(r.point()).values(), r.values());
        }
        Map<Integer, Double> byPoint = means.byPoint();
        assertEquals(means.point(6).value(), byPoint.get(6));

        // 0.06 is the transfer rate's high value: one point (6 statistics x 2 years x 4 indicators)
        SweepTable high = all.where("labour.transfer.base_rate", 0.06);
        assertEquals(48, high.size());
        assertTrue(high.rows().stream().allMatch(r -> r.point() == 2));
        // 0.05 x 1.1 is 0.05500000000000001 in binary; the sweep wrote 0.055 (12 significant digits)
        assertArrayEquals(new int[] {4}, all.where("labour.transfer.base_rate", 0.05 * 1.1)
                .indicator("skilled_workers").year(2025).stat("mean").points());
        assertEquals(high.rows(), all.where("labour.transfer.base_rate", "0.06").rows());
        assertEquals(13 - 4, all.where("labour.transfer.base_rate", 0.05).indicator("employment_total").year(2035)
                .stat("median").size(), "every point but the transfer rate's own four");
        assertTrue(all.where("labour.transfer.base_rate", 0.07).isEmpty(), "a value the sweep never takes");

        assertEquals(2 * 48, all.point(0, 3).size());
        assertEquals(List.of(2035), all.years(2030, 2040).rows().stream().map(SweepTable.Row::year).distinct()
                .toList());
        double[] fertility = all.indicator("employment_total").year(2035).stat("mean").parameter("fertility_scale");
        assertEquals(13, fertility.length);
        assertEquals(0.8, fertility[9]);
        IllegalStateException many = assertThrows(IllegalStateException.class, skilled::byPoint);
        assertTrue(many.getMessage().contains("skilled_workers 2025 mean"), many.getMessage());
        assertThrows(IllegalStateException.class, skilled::value);

        String csv = means.toCsv();
        assertEquals(14, csv.lines().count());
        assertTrue(csv.startsWith("point,labour.transfer.base_rate,labour.skills.trainees,fertility_scale,indicator,"
                + "year,stat,value\n0,0.05,20000,1,skilled_workers,2025,mean,"), csv);
        String text = skilled.stat("median").toText();
        assertTrue(text.lines().findFirst().orElseThrow().matches(
                "point  labour\\.transfer\\.base_rate  labour\\.skills\\.trainees  fertility_scale  indicator +"
                        + "stat +2025 +2035"), text);
        assertEquals(1 + 13, text.lines().count(), text);
    }

    /** Names the sweep does not have are input errors that say what there is, with a suggestion for a near miss. */
    @Test
    void unknownNamesAreInputErrorsWithSuggestions() {
        SweepTable all = result.table();
        assertMessage(() -> all.indicator("skiled_workers"), "indicator: the sweep reports no indicator"
                + " 'skiled_workers': it reports working_age_population_15_59, rural_labour_transfer_rate,"
                + " employment_total, skilled_workers (did you mean 'skilled_workers'?)");
        assertMessage(() -> all.indicator("births"), "(sweep.outputs chooses what the sweep reports)");
        assertMessage(() -> all.stat("meen"), "stat: the sweep has no stat 'meen': it has mean, median, p05, p10,"
                + " p90, p95 (did you mean 'mean'?)");
        assertMessage(() -> all.year(2026), "year: the sweep reports no year 2026: it reports 2025, 2035");
        assertMessage(() -> all.where("labour.transfer.base_rat", 0.05), "parameter: the sweep has no parameter"
                + " 'labour.transfer.base_rat': its parameters are labour.transfer.base_rate, labour.skills.trainees,"
                + " fertility_scale (did you mean 'labour.transfer.base_rate'?)");
        assertMessage(() -> all.parameter("fertility"), "the sweep has no parameter 'fertility'");
        assertMessage(() -> all.point(13), "point: the sweep has no point 13: its points are 0 to 12");
        assertMessage(() -> result.pointResult(-1), "the sweep has no point -1");
        assertMessage(() -> result.probabilities("skilled_worker", 2025), "indicator: the scenario has no target on"
                + " 'skilled_worker'");
        assertMessage(() -> result.probabilities("skilled_worker", 2025), "(did you mean 'skilled_workers'?)");
        assertMessage(() -> result.probabilities("skilled_workers", 2030), "year: the scenario has no target on"
                + " skilled_workers in 2030: its targets on it are in 2025");
        assertMessage(() -> result.elasticity("skilled_worker", 2025, "labour.skills.trainees"),
                "indicator: the sensitivity analysis has no indicator 'skilled_worker'");
        assertMessage(() -> result.elasticity("skilled_workers", 2030, "labour.skills.trainees"),
                "year: the sensitivity analysis has no year 2030: it analyses 2025, 2035");
        assertMessage(() -> result.elasticity("skilled_workers", 2025, "labour.skills.trainee"),
                "(did you mean 'labour.skills.trainees'?)");
        assertMessage(() -> result.tornado("employment_totl", 2035), "(did you mean 'employment_total'?)");
    }

    /** A mistake in the sweep file is an error at its line in the file, found when loading, before any point runs. */
    @Test
    void sweepFileMistakesAreLocatedInputErrors() throws IOException {
        String quick = Files.readString(QUICK).replace("extends: baseline.yaml",
                "extends: " + BASELINE.toAbsolutePath());
        Path misspelt = tmp.resolve("misspelt.yaml");
        Files.writeString(misspelt, quick.replace("- path: labour.transfer.base_rate",
                "- path: labour.transfer.base_rat"));
        InputException e = assertThrows(InputException.class, () -> Sweep.load(misspelt));
        assertTrue(e.getMessage().matches(".*misspelt\\.yaml:[0-9]+:[0-9]+: sweep\\.parameters\\[0\\]\\.path: .*"
                + "'labour\\.transfer\\.base_rat'.*\\(did you mean 'base_rate'\\?\\)"), e.getMessage());
        assertTrue(e.location() != null && e.location().toString().contains("misspelt.yaml"), e.getMessage());

        Path output = tmp.resolve("output.yaml");
        Files.writeString(output, quick.replace("indicators: [rural_labour_transfer_rate, skilled_workers,"
                + " employment_total, working_age_population_15_59]\n    years: [2025, 2035]\n  sensitivity:",
                "indicators: [rural_labour_transfer_rate, skiled_workers]\n    years: [2025, 2035]\n  sensitivity:"));
        InputException o = assertThrows(InputException.class, () -> Sweep.load(output));
        assertTrue(o.getMessage().contains("output.yaml:") && o.getMessage().contains("skiled_workers")
                && o.getMessage().contains("did you mean 'skilled_workers'?"), o.getMessage());

        InputException none = assertThrows(InputException.class, () -> Sweep.load(BASELINE));
        assertTrue(none.getMessage().contains("has no sweep: section"), none.getMessage());
    }

    /**
     * In memory on one thread, into a folder on two, and written again with writeTo: the same tables, byte for byte;
     * the written folder reads back to the same result.
     */
    @Test
    void inMemoryAndFolderRunsGiveTheSameBytesForAnyThreads() throws IOException {
        AtomicInteger finished = new AtomicInteger();
        SweepResult memory = sweep.run(1, (point, done, total) -> finished.incrementAndGet());
        assertEquals(13, finished.get(), "the listener is told of every point");
        assertEquals(result.sweepCsv(), memory.sweepCsv());
        assertEquals(Files.readString(folder.resolve("sweep_targets.csv")), memory.targetsCsv());
        assertEquals(Files.readString(folder.resolve("sensitivity.csv")), memory.sensitivityCsv());
        assertEquals(Files.readString(folder.resolve("tornado.csv")), memory.tornadoCsv());
        assertEquals(result.pointResults(), memory.pointResults());

        Path written = tmp.resolve("written");
        List<Path> files = memory.writeTo(written);
        assertEquals("manifest.json", files.get(files.size() - 1).getFileName().toString());
        try (Stream<Path> a = Files.list(folder); Stream<Path> b = Files.list(written)) {
            assertEquals(a.map(p -> p.getFileName().toString()).sorted().toList(),
                    b.map(p -> p.getFileName().toString()).sorted().toList(), "the same files");
        }
        for (String name : TABLES) {
            assertArrayEquals(Files.readAllBytes(folder.resolve(name)), Files.readAllBytes(written.resolve(name)),
                    name);
        }
        for (int p = 0; p < 13; p++) {
            String checkpoint = String.format("points/point-%06d.csv", p);
            assertArrayEquals(Files.readAllBytes(folder.resolve(checkpoint)),
                    Files.readAllBytes(written.resolve(checkpoint)), checkpoint);
        }
        String manifest = Files.readString(written.resolve("manifest.json"));
        assertTrue(manifest.contains("\"threads\": \"1\"") && manifest.contains("\"sweep.design\": \"oat\"")
                && manifest.contains("\"scale\": \"300\"") && manifest.contains("\"run_points\""), manifest);
        assertEquals(memory.table(), SweepResult.read(written).table());
        assertEquals(memory.targets(), SweepResult.read(written).targets());

        assertThrows(InputException.class, () -> memory.writeTo(written), "a folder holding a sweep");
        assertFalse(memory.writeTo(written, WriteOptions.DEFAULT.withOverwrite().withoutCharts()).isEmpty());
        assertFalse(Files.readString(written.resolve("manifest.json")).contains("sensitivity_skilled_workers_2025"),
                "without charts the manifest lists none");
    }

    @Test
    void targetsAndSensitivityArePerPoint() throws IOException {
        List<SweepResult.TargetRow> transfer = result.targets("rural_labour_transfer_rate", 2025);
        assertEquals(13, transfer.size());
        double[] p = result.probabilities("rural_labour_transfer_rate", 2025);
        for (int i = 0; i < 13; i++) {
            assertEquals(i, transfer.get(i).point());
            assertEquals(transfer.get(i).probability(), p[i]);
            PointResult.TargetOutcome t = result.pointResult(i).targets().stream()
                    .filter(x -> x.indicator().equals("rural_labour_transfer_rate")).findFirst().orElseThrow();
            assertEquals((double) t.runsMet() / 6, p[i]);
        }
        assertEquals(Files.readString(folder.resolve("sweep_targets.csv")), result.targetsCsv());
        assertEquals(13 * result.pointResult(0).targets().size(), result.targets().size());

        assertEquals(3, result.sensitivity("skilled_workers", 2025).size(), "one elasticity per parameter");
        double e = result.elasticity("skilled_workers", 2035, "labour.skills.trainees");
        assertTrue(e > 0.1, "more trainees, more skilled workers: " + e);
        assertTrue(result.sensitivityText().contains("  skilled_workers 2025 (mean)\n"), result.sensitivityText());
        assertEquals(8, result.sensitivity().orElseThrow().tornadoes().size());
        Path charts = tmp.resolve("tornadoes");
        List<Path> svg = result.renderTornadoes(charts, WriteOptions.DEFAULT.withFormats(ChartFormat.SVG));
        assertEquals(8, svg.size());
        assertTrue(svg.contains(charts.resolve("sensitivity_skilled_workers_2025.svg")));
        assertArrayEquals(Files.readAllBytes(folder.resolve("sensitivity_skilled_workers_2025.png")),
                result.tornado("skilled_workers", 2025).render(ChartFormat.PNG),
                "the chart the sweep wrote, byte for byte");
    }

    /** Shards run every n-th point and write no tables; resuming a finished folder runs nothing and changes nothing. */
    @Test
    void shardsAndResume() throws IOException {
        List<Integer> starts = new ArrayList<>();
        Sweep.Listener counting = new Sweep.Listener() {
            @Override
            public void starting(int points, int alreadyDone, int toRun) {
                starts.addAll(List.of(points, alreadyDone, toRun));
            }
        };
        Path shard = tmp.resolve("shard-2-of-5");
        Sweep.Outcome o = sweep.execute(2, shard, Sweep.Options.DEFAULT.withShard(2, 5), counting);
        assertEquals(List.of(3, 0, 3), starts, "points 1, 6 and 11");
        assertEquals(3, o.ranNow());
        assertFalse(Files.exists(shard.resolve("sweep.csv")), "a shard writes checkpoints, not the tables");
        assertTrue(Files.isRegularFile(shard.resolve("points/point-000006.csv")));
        assertThrows(IllegalStateException.class, o::result);
        assertMessage(() -> SweepResult.read(shard), "has no checkpoint of 10 of the sweep's 13 points (points 0, 2,"
                + " 3, 4, 5, 7, 8, 9, 10, 12)");

        Path copy = tmp.resolve("copy");
        result.writeTo(copy);
        byte[] before = Files.readAllBytes(copy.resolve("sweep.csv"));
        starts.clear();
        Sweep.Outcome resumed = sweep.execute(1, copy, Sweep.Options.DEFAULT.withResume(), counting);
        assertEquals(List.of(13, 13, 0), starts);
        assertEquals(0, resumed.ranNow());
        assertArrayEquals(before, Files.readAllBytes(copy.resolve("sweep.csv")));
        assertEquals(result.table(), resumed.result().table());

        assertMessage(() -> sweep.execute(1, tmp.resolve("nothing"), Sweep.Options.DEFAULT.withResume(),
                Sweep.Listener.NONE), "nothing to resume");
        assertMessage(() -> Sweep.load(QUICK).execute(1, copy, Sweep.Options.DEFAULT.withResume(),
                Sweep.Listener.NONE), "holds another sweep");
        assertMessage(() -> sweep.run(1, copy), "already holds a sweep");
        assertThrows(IllegalArgumentException.class, () -> Sweep.Options.DEFAULT.withShard(6, 5));
        assertThrows(IllegalArgumentException.class,
                () -> Sweep.Options.DEFAULT.withOutput(WriteOptions.DEFAULT.withOverwrite()).withResume());
        assertThrows(IllegalArgumentException.class, () -> sweep.run(0));
    }

    /**
     * A demographic sweep without an analysis: each point is one projection (stat {@code value}); asking for the
     * analysis is an input error.
     */
    @Test
    void aDemographicSweepWithoutAnalysis() throws IOException {
        Path f = tmp.resolve("demographic.yaml");
        Files.writeString(f, "extends: " + BASELINE.toAbsolutePath() + "\n"
                + "id: leshan-demographic-sweep\n"
                + "title: {en: demographic sweep, zh: 人口参数扫描}\n"
                + "labour: ~\n"
                + "history: ~\n"
                + "migration: {total: {projection: ~, value: -18650}}\n"   // one total to sweep, not a projection
                + "targets:\n"
                + "  - {indicator: urbanization_rate, year: 2025, operator: \">=\", value: 0.59, kind: annual,"
                + " nature: expected, source: test}\n"   // the projection gives 59.53% in 2025
                + "sweep:\n"
                + "  design: grid\n"
                + "  parameters:\n"
                + "    - path: migration.total.value\n"
                + "      values: [-20000, 0]\n"
                + "  outputs: {indicators: [population_total], years: [2035]}\n");
        SweepResult r = Sweep.load(f).run(2);
        assertFalse(Sweep.load(f).monteCarlo());
        assertEquals(List.of("value", "value"), r.table().stats());
        assertEquals(2, r.table().size());
        assertTrue(r.table().where("migration.total.value", 0).value()
                > r.table().where("migration.total.value", -20000).value(), "no out-migration, more residents");
        assertEquals(1.0, r.probabilities("urbanization_rate", 2025)[1]);
        assertTrue(r.sensitivity().isEmpty());
        assertMessage(r::sensitivityText, "sweep.sensitivity: the sweep leshan-demographic-sweep has no sensitivity"
                + " analysis (add a sensitivity: section (docs/sweeps.md))");
        assertMessage(() -> r.tornado("population_total", 2035), "has no sensitivity analysis");
        Path dir = tmp.resolve("demographic");
        r.writeTo(dir);
        assertFalse(Files.exists(dir.resolve("sensitivity.csv")));
        assertEquals(r.sweepCsv(), Files.readString(dir.resolve("sweep.csv")));
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String part) {
        InputException e = assertThrows(InputException.class, call);
        assertTrue(e.getMessage().contains(part), "expected '" + part + "' in: " + e.getMessage());
    }
}
