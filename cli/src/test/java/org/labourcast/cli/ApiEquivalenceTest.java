package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.api.Result;
import org.labourcast.api.Scenario;
import org.labourcast.api.Sweep;
import org.labourcast.api.SweepResult;
import org.labourcast.api.WriteOptions;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.Lang;

/**
 * The Java API and the command line are one code path: {@code Scenario.with(...).simulate(settings).writeTo(dir)}
 * writes the same bytes as {@code labourcast run --set … --runs … --scale … --seed …} (all but the manifest, which
 * records times), {@code forecast().writeTo} the same as {@code labourcast forecast}, and a sweep run in memory with
 * {@code Sweep.run} and written with {@code SweepResult.writeTo} the same as {@code labourcast sweep}.
 */
class ApiEquivalenceTest {
    private static Path baseline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findScenario() {
        Path p = LabourcastCliTest.repositoryRoot();
        baseline = p.resolve("scenarios/leshan/baseline.yaml");
    }

    @Test
    void runAndTheApiWriteTheSameFiles() throws IOException {
        Path cli = tmp.resolve("cli");
        LabourcastCliTest.Result r = LabourcastCliTest.run("run", baseline.toString(), "--out", cli.toString(),
                "--runs", "3", "--scale", "300", "--seed", "7", "--set", "labour.transfer.base_rate=0.07",
                "--lang", "zh", "--format", "png,svg", "--per-run");
        assertEquals(0, r.code(), r.err());

        Scenario s = Scenario.load(baseline).with("labour.transfer.base_rate", 0.07);
        Result result = s.simulate(s.settings().withRuns(3).withScale(300).withSeed(7));
        Path api = tmp.resolve("api");
        List<Path> written = result.writeTo(api, WriteOptions.DEFAULT.withLang(Lang.ZH)
                .withFormats(ChartFormat.PNG, ChartFormat.SVG).withPerRun());

        List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
        try (var files = Files.list(cli)) {
            assertEquals(files.map(p -> p.getFileName().toString()).sorted().toList(),
                    names.stream().sorted().toList());
        }
        for (String name : names) {
            if (!name.equals("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(cli.resolve(name)), Files.readAllBytes(api.resolve(name)), name);
            }
        }
        String manifest = Files.readString(api.resolve("manifest.json"));
        assertEquals(true, manifest.contains("labour.transfer.base_rate=0.07"), manifest);
    }

    @Test
    void forecastAndTheApiWriteTheSameFiles() throws IOException {
        Path cli = tmp.resolve("cli");
        LabourcastCliTest.Result r = LabourcastCliTest.run("forecast", baseline.toString(), "--out", cli.toString());
        assertEquals(0, r.code(), r.err());
        Path api = tmp.resolve("api");
        for (Path f : Scenario.load(baseline).forecast().writeTo(api)) {
            if (!f.getFileName().toString().equals("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(cli.resolve(f.getFileName())), Files.readAllBytes(f),
                        f.getFileName().toString());
            }
        }
    }

    /**
     * The shipped quick sweep at 300 persons per agent: {@code labourcast sweep --scale 300 --threads 2} and the API
     * ({@code Sweep.load(file, 300).run(2)} in memory, then {@code writeTo}) write the same files, tables,
     * checkpoints and tornado charts byte for byte; the manifests differ only in times; the command prints the
     * analysis as {@code sensitivityText()} gives it.
     */
    @Test
    void sweepAndTheApiWriteTheSameFiles() throws IOException {
        Path file = baseline.resolveSibling("sweep-quick.yaml");
        Path cli = tmp.resolve("cli");
        LabourcastCliTest.Result r = LabourcastCliTest.run("sweep", file.toString(), "--out", cli.toString(),
                "--scale", "300", "--threads", "2");
        assertEquals(0, r.code(), r.err());

        SweepResult result = Sweep.load(file, 300).run(2);
        Path api = tmp.resolve("api");
        List<Path> written = result.writeTo(api);
        List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("points.csv", "sweep.json", "sweep.csv", "sweep_targets.csv", "sensitivity.csv",
                "tornado.csv"), names.subList(0, 6));
        assertEquals("manifest.json", names.get(names.size() - 1));
        for (Path dir : List.of(cli, api)) {
            assertEquals(tree(cli).stream().map(Path::toString).toList(),
                    tree(dir).stream().map(Path::toString).toList(), "the same files in " + dir);
        }
        for (Path f : tree(cli)) {
            if (!f.toString().equals("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(cli.resolve(f)), Files.readAllBytes(api.resolve(f)), f.toString());
            }
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(cli.resolve("manifest.json").toFile());
        JsonNode b = json.readTree(api.resolve("manifest.json").toFile());
        for (String part : List.of("tool", "scenario", "seed", "inputs", "settings", "outputs")) {
            assertEquals(a.get(part), b.get(part), "manifest " + part);
        }
        assertEquals(a.get("timings_ms").size(), b.get("timings_ms").size(), "manifest timings");
        assertTrue(r.out().contains(result.sensitivityText()), r.out());
    }

    /** Every file under {@code dir}, relative to it, sorted. */
    private static List<Path> tree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }
}
