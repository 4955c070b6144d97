package org.labourcast.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ManifestTest {

    @TempDir
    Path tmp;

    /** FIPS 180-2, Appendix B.1: SHA-256("abc"). */
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    /** FIPS 180-2: SHA-256 of the empty message. */
    private static final String SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void sha256MatchesFips180Reference() throws IOException {
        assertEquals(SHA256_ABC, Manifest.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(SHA256_EMPTY, Manifest.sha256(new byte[0]));
        Path f = Files.writeString(tmp.resolve("abc.txt"), "abc");
        assertEquals(SHA256_ABC, Manifest.sha256(f));
    }

    @Test
    void jsonHoldsHashesAndIsStable() throws IOException {
        OutputDirectory out = OutputDirectory.prepare(tmp.resolve("out"), false);
        out.writeText("indicators.csv", "abc");
        out.writeText("population.csv", "");
        Path scenario = Files.writeString(tmp.resolve("leshan.yaml"), "abc");

        String json = manifest(scenario, out.written()).toJson();

        assertEquals(json, manifest(scenario, out.written()).toJson(), "same content, same bytes");
        assertFalse(json.contains("\r"));
        assertTrue(json.endsWith("}\n"));
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(1, root.get("format_version").asInt());
        assertEquals("labourcast", root.at("/tool/name").asText());
        assertEquals("test-1.0", root.at("/tool/version").asText());
        assertEquals("leshan-base", root.at("/scenario/id").asText());
        assertEquals(SHA256_ABC, root.at("/scenario/sha256").asText());
        assertEquals(4294967297L, root.get("seed").asLong());
        assertEquals(SHA256_ABC, root.at("/outputs/indicators.csv/sha256").asText());
        assertEquals(3, root.at("/outputs/indicators.csv/bytes").asLong());
        assertEquals(SHA256_EMPTY, root.at("/outputs/population.csv/sha256").asText());
        assertEquals("2026-01-05T08:30:00.125Z", root.get("started").asText());
        assertEquals(1500, root.at("/timings_ms/project").asLong());
        assertEquals("4", root.at("/settings/threads").asText());

        List<String> topLevel = iterable(root.fieldNames());
        assertEquals(List.of("format_version", "tool", "scenario", "seed", "started", "finished",
                "inputs", "settings", "timings_ms", "outputs"), topLevel);
        assertEquals(List.of("runs", "threads"), iterable(root.get("settings").fieldNames()), "sorted by key");
    }

    /** A variant run with an override: each file of the chain with its own hash, and the --set values, in order. */
    @Test
    void scenarioFilesAndOverridesAreListedInOrder() throws IOException {
        Manifest m = Manifest.builder().scenario("v", Path.of("a/variant.yaml"), SHA256_EMPTY)
                .scenarioFile(Path.of("a/variant.yaml"), SHA256_ABC)
                .scenarioFile(Path.of("a/baseline.yaml"), SHA256_EMPTY)
                .override("labour.transfer.base_rate=0.07").override("simulation.runs=3")
                .started(Instant.EPOCH).finished(Instant.EPOCH).build();
        JsonNode root = new ObjectMapper().readTree(m.toJson());
        assertEquals("a/variant.yaml", root.at("/scenario/files/0/file").asText(), "the scenario file first");
        assertEquals(SHA256_ABC, root.at("/scenario/files/0/sha256").asText());
        assertEquals("a/baseline.yaml", root.at("/scenario/files/1/file").asText(), "then its parent");
        assertEquals(SHA256_EMPTY, root.at("/scenario/files/1/sha256").asText());
        assertEquals("labour.transfer.base_rate=0.07", root.at("/scenario/set/0").asText());
        assertEquals("simulation.runs=3", root.at("/scenario/set/1").asText(), "in the order applied");
        assertEquals(SHA256_EMPTY, root.at("/inputs/a~1baseline.yaml").asText(), "also under inputs");
        assertEquals(List.of(new Manifest.ScenarioInput("a/variant.yaml", SHA256_ABC),
                new Manifest.ScenarioInput("a/baseline.yaml", SHA256_EMPTY)), m.scenarioFiles());
    }

    @Test
    void deterministicRunHasNullSeedAndFileIsOptional() throws IOException {
        Manifest m = Manifest.builder().scenario("built-in", null)
                .started(Instant.EPOCH).finished(Instant.EPOCH).build();
        JsonNode root = new ObjectMapper().readTree(m.toJson());
        assertTrue(root.get("seed").isNull());
        assertTrue(root.at("/scenario/file").isNull());
        assertNull(m.seed());
        assertEquals("dev", m.toolVersion(), "no jar manifest when running from classes");
    }

    @Test
    void missingPartsAreRejected() {
        assertThrows(IllegalStateException.class,
                () -> Manifest.builder().started(Instant.EPOCH).finished(Instant.EPOCH).build());
        assertThrows(IllegalStateException.class, () -> Manifest.builder().scenario("s", null).build());
        assertThrows(IllegalStateException.class, () -> Manifest.builder().scenario("s", null)
                .started(Instant.EPOCH.plusSeconds(1)).finished(Instant.EPOCH).build());
    }

    private Manifest manifest(Path scenario, List<Path> outputs) {
        Instant start = Instant.parse("2026-01-05T08:30:00.125999Z");
        return Manifest.builder()
                .toolVersion("test-1.0")
                .scenario("leshan-base", scenario)
                .seed(4294967297L)
                .inputFile(scenario)
                .setting("threads", "4")
                .setting("runs", "1000")
                .timing("project", Duration.ofMillis(1500))
                .outputs(outputs)
                .started(start)
                .finished(start.plusSeconds(2))
                .build();
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> l = new java.util.ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }
}
