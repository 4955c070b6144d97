package org.labourcast.charts.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.charts.Lang;
import org.labourcast.charts.Messages;
import org.labourcast.charts.RunInfo;
import org.labourcast.charts.TornadoData;
import org.labourcast.results.Manifest;

/** {@code chart --sensitivity}: a sweep's table is stamped with the sweep's run, not the results folder's. */
class SensitivityFileTest {
    private static final RunInfo RESULTS = new RunInfo("leshan-baseline", "Leshan baseline", "乐山市基准情景",
            "Leshan", "乐山市", "0.1.0", 100, 1, 20201101L);
    private static final String CSV = "indicator,year,baseline,parameter,low_setting,high_setting,outcome_low,"
            + "outcome_high\nskilled_workers,2025,354000,labour.skills.trainees,10000,40000,344000,364000\n";

    @TempDir
    Path dir;

    private Path sweepFolder(String csvSha) throws IOException {
        Path csv = dir.resolve("tornado.csv");
        Files.writeString(csv, CSV, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("manifest.json"), "{\"format_version\": 1, \"tool\": {\"name\": \"labourcast\","
                + " \"version\": \"0.1.0-sweep\"}, \"scenario\": {\"id\": \"leshan-sweep-quick\"}, \"seed\": 7,"
                + " \"settings\": {\"runs_per_point\": \"6\", \"scale\": \"100\"},"
                + " \"outputs\": {\"tornado.csv\": {\"sha256\": \"" + csvSha + "\"}}}");
        return csv;
    }

    @Test
    void aSweepsTableCarriesTheSweepsSettings() throws IOException {
        Path csv = sweepFolder(Manifest.sha256(CSV.getBytes(StandardCharsets.UTF_8)));
        List<TornadoData> t = SensitivityFile.read(csv, RESULTS);
        RunInfo info = t.get(0).info();
        assertEquals("leshan-sweep-quick", info.scenarioId());
        assertEquals(6, info.runs());
        assertEquals(100, info.scale());
        assertEquals(7L, info.seed());
        assertEquals("0.1.0-sweep", info.toolVersion());
        assertEquals("乐山市", info.regionZh(), "the region's names from the results");
        String note = info.sourceNote(Messages.of(Lang.EN));
        assertTrue(note.contains("leshan-sweep-quick") && note.contains("6 Monte Carlo runs")
                && note.contains("seed 7"), note);
    }

    @Test
    void aChangedTableIsRefusedAndATableWithoutManifestKeepsTheResultsRun() throws IOException {
        Path csv = sweepFolder("0".repeat(64));
        assertThrows(InputException.class, () -> SensitivityFile.read(csv, RESULTS));
        Files.delete(dir.resolve("manifest.json"));
        assertEquals(RESULTS, SensitivityFile.read(csv, RESULTS).get(0).info());
    }
}
