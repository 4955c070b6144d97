package org.labourcast.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.yaml.ScenarioReader;

/** The scenario files an executor receives read back to the very scenario the driver read. */
class ScenarioBundleTest {
    @TempDir
    Path tmp;

    @Test
    void aVariantAndItsParentInAnotherFolderTravelTogether() throws IOException {
        // sweeps/leshan-fast.yaml extends ../leshan/baseline.yaml: the bundle's root is their common folder.
        Path leshan = Files.createDirectories(tmp.resolve("in/leshan"));
        Files.copy(Path.of("scenarios/leshan/baseline.yaml"), leshan.resolve("baseline.yaml"));
        Path variant = Files.createDirectories(tmp.resolve("in/sweeps")).resolve("leshan-fast.yaml");
        Files.writeString(variant, "extends: ../leshan/baseline.yaml\nid: leshan-fast\ntitle: {en: fast, zh: 快}\n"
                + "simulation:\n  runs: 3\n",
                StandardCharsets.UTF_8);
        LoadedScenario read = new ScenarioReader().read(variant);

        ScenarioBundle bundle = ScenarioBundle.of(read.source());
        assertEquals("sweeps/leshan-fast.yaml", bundle.scenario());
        assertEquals(java.util.Set.of("sweeps/leshan-fast.yaml", "leshan/baseline.yaml"), bundle.files().keySet());

        Path executor = Files.createDirectories(tmp.resolve("executor"));
        LoadedScenario again = new ScenarioReader().read(bundle.writeTo(executor));
        assertEquals(read.source().sha256(), again.source().sha256());
        assertEquals(3, again.run().runs());
        assertEquals(bundle.digest(), ScenarioBundle.of(again.source()).digest());
    }

    @Test
    void aFileChangedAfterReadingIsRefused() throws IOException {
        Path file = tmp.resolve("baseline.yaml");
        Files.copy(Path.of("scenarios/leshan/baseline.yaml"), file);
        LoadedScenario read = new ScenarioReader().read(file);
        Files.writeString(file, "\n# edited\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        InputException e = assertThrows(InputException.class, () -> ScenarioBundle.of(read.source()));
        assertTrue(e.getMessage().contains("changed while the sweep was starting"), e.getMessage());
    }

    @Test
    void aPathLeavingTheFolderIsRefused() {
        ScenarioBundle bad = new ScenarioBundle("../x.yaml", Map.of("../x.yaml", new byte[0]), "d");
        assertThrows(IllegalArgumentException.class, () -> bad.writeTo(tmp));
    }

    @Test
    void aScenarioMistakeMetOnAnExecutorIsReportedAsTheReaderWordsIt() {
        InputException mistake = new InputException(null, "labour.transfer.base_rate", "must be at most 1", null);
        SparkException job = new SparkException("Job aborted due to stage failure: Task 3 failed 4 times\nmore",
                mistake);
        assertEquals(mistake.getMessage(), SparkSweep.message(job));
        assertEquals("boom (cause: java.io.IOException: disk)",
                SparkSweep.message(new IllegalStateException("boom", new IOException("disk"))));
    }
}
