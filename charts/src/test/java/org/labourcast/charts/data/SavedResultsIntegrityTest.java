package org.labourcast.charts.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.results.Manifest;

/**
 * Saved results are read only as the manifest describes them (docs/reliability.md): every file read from the folder
 * must have the SHA-256 the manifest records, must be a regular file in the folder, and the scenario file a
 * manifest names is used only when it is the file that was run, and opened only when it is a regular YAML file.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SavedResultsIntegrityTest {
    private static final String INDICATORS = "scenario,indicator,year,stat,value\n"
            + "my-id,births,2021,value,10\nmy-id,births,2022,value,11\n";
    private static final String TARGETS = "indicator,year,operator,target,probability,median,status\n"
            + "births,2022,>=,10,1,11,on track\n";
    private static final String SCENARIO = "labourcast_scenario: 1\nid: my-id\ntitle: {en: Mine, zh: 我的}\n";

    @TempDir
    Path tmp;

    /** A results folder as run writes it: indicators.csv, targets.csv, the scenario outside, and the manifest. */
    private Path results(Path scenarioFile) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("results"));
        Files.writeString(dir.resolve("indicators.csv"), INDICATORS);
        Files.writeString(dir.resolve("targets.csv"), TARGETS);
        Manifest m = Manifest.builder().toolVersion("test").scenario("my-id", scenarioFile)
                .inputFile(scenarioFile)
                .outputs(List.of(dir.resolve("indicators.csv"), dir.resolve("targets.csv")))
                .started(Instant.EPOCH).finished(Instant.EPOCH).build();
        Files.writeString(dir.resolve("manifest.json"), m.toJson());
        return dir;
    }

    private Path scenario() throws IOException {
        return Files.writeString(tmp.resolve("my.yaml"), SCENARIO);
    }

    @Test
    void resultsThatMatchTheirManifestAreReadWithTheirScenario() throws IOException {
        SavedResults r = SavedResults.read(results(scenario()));
        assertEquals("Mine", r.info().titleEn());
        assertNull(r.scenarioProblem());
        assertEquals(1, r.targets().size());
    }

    @Test
    void aTruncatedIndicatorsCsvIsRefusedNamingTheFile() throws IOException {
        Path dir = results(scenario());
        Files.writeString(dir.resolve("indicators.csv"), INDICATORS.substring(0, INDICATORS.length() - 10));
        InputException e = assertThrows(InputException.class, () -> SavedResults.read(dir));
        assertEquals("RESULTS_DIR", e.fieldPath());
        assertEquals("'" + dir.resolve("indicators.csv") + "' does not match the folder's manifest.json (its SHA-256"
                + " differs from the one recorded when it was written: the file was changed or cut short)",
                e.problem());
        assertEquals("run the scenario again, or restore the file", e.hint());
    }

    @Test
    void everyFileReadIsChecked() throws IOException {
        Path dir = results(scenario());
        Files.writeString(dir.resolve("targets.csv"), TARGETS.replace("on track", "met"));
        InputException changed = assertThrows(InputException.class, () -> SavedResults.read(dir));
        assertTrue(changed.problem().startsWith("'" + dir.resolve("targets.csv") + "' does not match"),
                changed.problem());

        Files.writeString(dir.resolve("targets.csv"), TARGETS);
        Files.writeString(dir.resolve("population.csv"), "year,age,sex,residence,persons\n2021,0,male,urban,1\n");
        InputException unlisted = assertThrows(InputException.class, () -> SavedResults.read(dir));
        assertEquals("'" + dir.resolve("population.csv") + "' is not listed in the folder's manifest.json, so it"
                + " cannot be checked", unlisted.problem());

        Files.delete(dir.resolve("population.csv"));
        Files.writeString(dir.resolve("target_drivers.csv"), "indicator,year,operator,target,kind,source,share\n");
        InputException review = assertThrows(InputException.class, () -> ReviewTables.targetDrivers(dir));
        assertTrue(review.problem().contains("target_drivers.csv' is not listed"), review.problem());
    }

    @Test
    void aFileOfTheFolderThatIsALinkElsewhereIsNotRead() throws IOException {
        Path dir = results(scenario());
        Path outside = Files.writeString(tmp.resolve("outside.csv"), TARGETS);
        Files.delete(dir.resolve("targets.csv"));
        Files.createSymbolicLink(dir.resolve("targets.csv"), outside);
        InputException e = assertThrows(InputException.class, () -> SavedResults.read(dir));
        assertEquals("'" + dir.resolve("targets.csv") + "' is not a regular file in the results folder (a symbolic"
                + " link)", e.problem());
    }

    @Test
    void aManifestNamingAnotherFileAsItsScenarioGetsNothingOfIt() throws IOException {
        Path dir = results(scenario());
        // What a manipulated manifest could name: a YAML file of secrets (not the file that was run) …
        Path secrets = Files.writeString(tmp.resolve("secrets.yaml"), "title: {en: hunter2}\n"
                + "region: {name: {en: s3cr3t-token}}\n");
        rewriteScenarioFile(dir, secrets.toString());
        SavedResults changed = SavedResults.read(dir);
        assertNull(changed.scenario(), "a file whose hash is not the manifest's is not parsed");
        assertTrue(!changed.info().titleEn().contains("hunter2"), changed.info().titleEn());
        assertEquals("changed", changed.scenarioProblem());

        // … a file that is not YAML, which is not even opened …
        Path passwd = Files.writeString(tmp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        rewriteScenarioFile(dir, passwd.toString());
        assertEquals("missing", SavedResults.read(dir).scenarioProblem());
    }

    @Test
    void aManifestNamingAFifoAsItsScenarioDoesNotHang() throws Exception {
        Path fifo = tmp.resolve("pipe.yaml");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(fifo), "mkfifo failed");
        Path dir = results(scenario());
        rewriteScenarioFile(dir, fifo.toString());
        assertEquals("missing", SavedResults.read(dir).scenarioProblem());
        rewriteScenarioFile(dir, "/dev/zero");
        assertEquals("missing", SavedResults.read(dir).scenarioProblem());
    }

    private static void rewriteScenarioFile(Path dir, String file) throws IOException {
        String json = Files.readString(dir.resolve("manifest.json"));
        int at = json.indexOf("\"file\": \"") + "\"file\": \"".length();
        json = json.substring(0, at) + file + json.substring(json.indexOf('"', at));
        Files.writeString(dir.resolve("manifest.json"), json);
    }
}
