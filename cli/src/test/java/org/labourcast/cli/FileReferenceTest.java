package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files named by other files, as docs/reliability.md states: {@code extends:} and a calibration's
 * {@code scenario:} take regular files only and never echo a file that is not a scenario; {@code report} and
 * {@code chart} read a results folder only as its manifest describes it. Exit 2 with one line, and nothing hangs.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FileReferenceTest {
    private static final String OWN = "id: leshan-variant\ntitle: {en: Leshan variant, zh: 乐山变体}\n";

    private static Path baseline;

    /** One quick run (3 replicates at 200 persons per agent, no charts), copied by each test that changes it. */
    @TempDir
    static Path shared;
    private static Path results;

    @TempDir
    Path tmp;

    @BeforeAll
    static void runOnce() {
        Path p = LabourcastCliTest.repositoryRoot();
        baseline = p.resolve("scenarios/leshan/baseline.yaml");
        results = shared.resolve("results");
        LabourcastCliTest.Result r = LabourcastCliTest.run("run", baseline.toString(), "--out", results.toString(),
                "--runs", "3", "--scale", "200", "--no-charts");
        assertEquals(0, r.code(), r.err());
    }

    private Path copyOfResults() throws IOException {
        Path copy = Files.createDirectories(tmp.resolve("results"));
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private Path fifo(String name) throws Exception {
        Path fifo = tmp.resolve(name);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return null;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(fifo), "mkfifo failed");
        return fifo;
    }

    private Path variant(String extendsValue) throws IOException {
        return Files.writeString(tmp.resolve("variant.yaml"), "extends: " + extendsValue + "\n" + OWN);
    }

    @Test
    void extendsToAFifoExitsTwoAtOnce() throws Exception {
        Path fifo = fifo("pipe.yaml");
        Path v = variant(fifo.toString());
        LabourcastCliTest.Result r = LabourcastCliTest.run("validate", v.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: " + v + ":1:10: extends: '" + fifo + "' is not a regular file (a FIFO, socket or"
                + " device): a scenario must be a file (name the scenario's .yaml file)", r.err().strip());
    }

    @Test
    void aNulInExtendsOrInTheCalibrationsScenarioExitsTwoNotOne() throws IOException {
        Path v = variant("\"base\\0line.yaml\"");
        LabourcastCliTest.Result r = LabourcastCliTest.run("validate", v.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: " + v + ":1:10: extends: the path contains a NUL character, which no file name can hold"
                + " (write the scenario file's path without control characters)", r.err().strip());

        Path calibration = Files.writeString(tmp.resolve("calibration.yaml"), "labourcast_calibration: 1\n"
                + "scenario: \"a\\0b.yaml\"\n");
        LabourcastCliTest.Result c = LabourcastCliTest.run("calibrate", calibration.toString(), "--out",
                tmp.resolve("out").toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().startsWith("error: " + calibration + ":2:11: scenario: the path contains a NUL"
                + " character"), c.err());
    }

    @Test
    void extendsToEtcPasswdEchoesNoneOfIt() throws IOException {
        Path passwd = Path.of("/etc/passwd");
        assumeTrue(Files.isReadable(passwd), "no readable /etc/passwd here");
        Path v = variant(passwd.toString());
        LabourcastCliTest.Result r = LabourcastCliTest.run("validate", v.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: " + v + ":1:10: extends: '/etc/passwd' is not a labourcast scenario (it has no"
                + " labourcast_scenario: field), so nothing of it is shown (name a scenario file)", r.err().strip());
    }

    @Test
    void reportAndChartRefuseATruncatedIndicatorsCsv() throws IOException {
        Path dir = copyOfResults();
        Path indicators = dir.resolve("indicators.csv");
        byte[] bytes = Files.readAllBytes(indicators);
        Files.write(indicators, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String expected = "error: RESULTS_DIR: '" + indicators + "' does not match the folder's manifest.json (its"
                + " SHA-256 differs from the one recorded when it was written: the file was changed or cut short)"
                + " (run the scenario again, or restore the file)";
        for (String command : List.of("report", "chart")) {
            LabourcastCliTest.Result r = LabourcastCliTest.run(command, dir.toString(), "--out",
                    tmp.resolve(command).toString());
            assertEquals(2, r.code(), command + ": " + r.err());
            assertEquals(expected, r.err().strip(), command);
            assertFalse(Files.exists(tmp.resolve(command)), "nothing written");
        }
    }

    @Test
    void reportDoesNotUseAFileOutsideTheFolderThatAManifestNames() throws Exception {
        Path dir = copyOfResults();
        Path secrets = Files.writeString(tmp.resolve("secrets.yaml"), "labourcast_scenario: 1\n"
                + "title: {en: hunter2-title, zh: hunter2}\n"
                + "population: {total: {value: 1, source: s3cr3t-token}}\n");
        Path manifest = dir.resolve("manifest.json");
        String json = Files.readString(manifest);
        String original = "\"file\": \"" + baseline.toString().replace('\\', '/') + "\"";
        assertTrue(json.contains(original), json);
        Files.writeString(manifest, json.replace(original, "\"file\": \"" + secrets + "\""));

        LabourcastCliTest.Result r = LabourcastCliTest.run("report", dir.toString(), "--out",
                tmp.resolve("report").toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(tmp.resolve("report/report.html"));
        String md = Files.readString(tmp.resolve("report/report.md"));
        for (String secret : List.of("hunter2", "s3cr3t-token")) {
            assertFalse(html.contains(secret) || md.contains(secret), secret + " reached the report");
        }
        assertTrue(md.contains(" now on disk differs from the file that was run, so the scenario's assumptions are"
                + " not shown"), md);

        Path pipe = fifo("pipe.yaml");
        Files.writeString(manifest, json.replace(original, "\"file\": \"" + pipe + "\""));
        LabourcastCliTest.Result p = LabourcastCliTest.run("report", dir.toString(), "--out",
                tmp.resolve("report2").toString());
        assertEquals(0, p.code(), "a FIFO named by the manifest is not opened: " + p.err());
    }
}
