package org.labourcast.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;

class OutputDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void createsMissingDirectoryWithParents() {
        Path dir = tmp.resolve("out/leshan");
        OutputDirectory out = OutputDirectory.prepare(dir, false);
        assertTrue(Files.isDirectory(dir));
        assertEquals(dir, out.dir());
        assertEquals(List.of(), out.written());
    }

    @Test
    void refusesExistingResultsWithoutOverwrite() throws IOException {
        Path dir = tmp.resolve("out/leshan");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("indicators.csv"), "old");
        Files.writeString(dir.resolve("manifest.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "not ours");

        InputException e = assertThrows(InputException.class, () -> OutputDirectory.prepare(dir, false));

        assertEquals("output directory '" + dir + "' already holds results (manifest.json, indicators.csv)",
                e.problem());
        assertEquals("use --overwrite to replace them, or choose another --out", e.hint());
        assertEquals("old", Files.readString(dir.resolve("indicators.csv")), "refusal must not touch anything");
    }

    @Test
    void chartsCountAsResults() throws IOException {
        Files.write(tmp.resolve("Urbanization.PNG"), new byte[] {1});
        InputException e = assertThrows(InputException.class, () -> OutputDirectory.prepare(tmp, false));
        assertTrue(e.getMessage().contains("Urbanization.PNG"), e.getMessage());
    }

    @Test
    void longListsOfResultsAreShortenedInTheMessage() throws IOException {
        for (int i = 0; i < 8; i++) {
            Files.write(tmp.resolve("chart" + i + ".png"), new byte[] {1});
        }
        InputException e = assertThrows(InputException.class, () -> OutputDirectory.prepare(tmp, false));
        assertTrue(e.problem().endsWith("(chart0.png, chart1.png, chart2.png, chart3.png, chart4.png and 3 more)"),
                e.problem());
    }

    @Test
    void otherFilesDoNotBlockARun() throws IOException {
        Files.writeString(tmp.resolve("README.txt"), "mine");
        OutputDirectory.prepare(tmp, false);
        assertEquals("mine", Files.readString(tmp.resolve("README.txt")));
    }

    @Test
    void overwriteKeepsOldResultsUntilTheFirstWriteThenDropsTheOldManifestFirst() throws IOException {
        Files.writeString(tmp.resolve("indicators.csv"), "old");
        Files.writeString(tmp.resolve("manifest.json"), "{\"old\": true}");

        try (OutputDirectory out = OutputDirectory.prepare(tmp, true)) {
            assertEquals("{\"old\": true}", Files.readString(tmp.resolve("manifest.json")),
                    "a run that fails while computing leaves the earlier results whole");

            Path written = out.writeText("indicators.csv", "new");
            assertFalse(Files.exists(tmp.resolve("manifest.json")),
                    "a manifest must only ever describe a complete run");
            assertEquals(tmp.resolve("indicators.csv"), written);
            assertEquals("new", Files.readString(written));
            assertEquals(List.of(written), out.written());
        }
    }

    @Test
    void overwriteRemovesExactlyTheFilesTheOldManifestLists() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("run"));
        for (String name : List.of("indicators.csv", "runs.csv", "old_chart.png", "unlisted.png", "notes.txt")) {
            Files.writeString(dir.resolve(name), "old " + name);
        }
        Path outside = Files.writeString(tmp.resolve("outside.csv"), "not in the folder");
        Files.writeString(dir.resolve("manifest.json"), "{\"outputs\": {"
                + "\"indicators.csv\": {\"sha256\": \"x\", \"bytes\": 1},"
                + "\"runs.csv\": {\"sha256\": \"x\", \"bytes\": 1},"
                + "\"old_chart.png\": {\"sha256\": \"x\", \"bytes\": 1},"
                + "\"../outside.csv\": {\"sha256\": \"x\", \"bytes\": 1},"
                + "\"missing.csv\": {\"sha256\": \"x\", \"bytes\": 1}}}");

        try (OutputDirectory out = OutputDirectory.prepare(dir, true)) {
            out.writeText("indicators.csv", "new");
        }

        assertEquals(List.of("indicators.csv", "notes.txt", "unlisted.png"), names(dir),
                "the old run's runs.csv and chart are gone; what its manifest did not list stays");
        assertEquals("new", Files.readString(dir.resolve("indicators.csv")));
        assertEquals("not in the folder", Files.readString(outside), "a name outside the folder is never deleted");
    }

    @Test
    void overwriteOfAFolderWithAnUnreadableManifestIsRefusedBeforeComputing() throws IOException {
        Files.writeString(tmp.resolve("indicators.csv"), "old");
        Files.writeString(tmp.resolve("manifest.json"), "{ not json");
        InputException e = assertThrows(InputException.class, () -> OutputDirectory.prepare(tmp, true));
        assertTrue(e.problem().startsWith("cannot read '" + tmp.resolve("manifest.json")
                + "' to know which earlier results to replace"), e.problem());
        assertEquals("old", Files.readString(tmp.resolve("indicators.csv")));
    }

    @Test
    void staleTempFilesAreCleaned() throws IOException {
        Files.writeString(tmp.resolve("indicators.csv.1a2b3c.labourcast-tmp"), "half a fi");
        Files.writeString(tmp.resolve("keep.txt"), "x");
        OutputDirectory.prepare(tmp, false).close();
        assertEquals(List.of("keep.txt"), names(tmp));
    }

    @Test
    void failingBodyLeavesPreviousFileIntactAndNoTempFile() throws IOException {
        OutputDirectory out = OutputDirectory.prepare(tmp, false);
        out.writeText("indicators.csv", "complete old content\n");

        // What a full disk looks like from Java: a plain IOException with the system's reason.
        IOException cause = new IOException("No space left on device");
        InputException e = assertThrows(InputException.class,
                () -> out.writeAtomically("indicators.csv", os -> {
                    os.write("half of the new".getBytes(StandardCharsets.UTF_8));
                    throw cause;
                }));
        assertSame(cause, e.getCause());
        assertEquals("cannot write '" + tmp.resolve("indicators.csv") + "': No space left on device", e.problem());
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertEquals("complete old content\n", Files.readString(tmp.resolve("indicators.csv")));
        assertEquals(List.of(OutputDirectory.LOCK_FILE, "indicators.csv"), names(tmp));

        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class,
                () -> out.writeAtomically("population.csv", os -> {
                    os.write(1);
                    throw bug;
                })));
        out.close();
        assertEquals(List.of("indicators.csv"), names(tmp));
        assertEquals(List.of(tmp.resolve("indicators.csv")), out.written());
    }

    @Test
    void writtenListsEachFileOnceInOrder() throws IOException {
        OutputDirectory out = OutputDirectory.prepare(tmp, false);
        out.writeText("b.csv", "1");
        out.writeAtomically("a.png", os -> os.write(new byte[] {1, 2, 3}));
        out.writeText("b.csv", "2");
        assertEquals(List.of(tmp.resolve("b.csv"), tmp.resolve("a.png")), out.written());
        assertEquals("2", Files.readString(tmp.resolve("b.csv")));
        assertEquals(3, Files.size(tmp.resolve("a.png")));
    }

    @Test
    void bodyClosingTheStreamIsHarmless() throws IOException {
        OutputDirectory out = OutputDirectory.prepare(tmp, false);
        out.writeAtomically("x.csv", os -> {
            os.write('a');
            os.close();
        });
        assertEquals("a", Files.readString(tmp.resolve("x.csv")));
    }

    @Test
    void aFileAtThePathIsAnInputError() throws IOException {
        Path file = Files.writeString(tmp.resolve("leshan"), "x");
        InputException e = assertThrows(InputException.class, () -> OutputDirectory.prepare(file, true));
        assertTrue(e.getMessage().contains("is a file, not a directory"), e.getMessage());
    }

    @Test
    void fileNamesMustBePlain() {
        OutputDirectory out = OutputDirectory.prepare(tmp, false);
        for (String bad : new String[] {"../x.csv", "a/b.csv", "..", "", "x.labourcast-tmp"}) {
            assertThrows(IllegalArgumentException.class, () -> out.writeText(bad, "x"), bad);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
