package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.api.Result;
import org.labourcast.api.Scenario;
import org.labourcast.api.WriteOptions;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.Lang;

/**
 * The Java API and the command line are one code path: {@code Scenario.with(...).simulate(settings).writeTo(dir)}
 * writes the same bytes as {@code labourcast run --set … --runs … --scale … --seed …} (all but the manifest, which
 * records times), and {@code forecast().writeTo} the same as {@code labourcast forecast}.
 */
class ApiEquivalenceTest {
    private static Path baseline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findScenario() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.exists(p.resolve("scenarios/leshan/baseline.yaml"))) {
            p = p.getParent();
        }
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
}
