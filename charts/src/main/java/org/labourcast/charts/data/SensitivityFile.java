package org.labourcast.charts.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.labourcast.InputException;
import org.labourcast.charts.RunInfo;
import org.labourcast.charts.TornadoData;

/**
 * A sensitivity table ({@code tornado.csv}) read for {@code chart --sensitivity}, stamped with the run that produced
 * it. In a folder whose {@code manifest.json} lists it (as {@code labourcast sweep} writes it), the file is checked
 * against the manifest like every results file, and the charts' source notes give that sweep's scenario, tool version,
 * runs per point, persons per agent and seed — not those of the results folder named on the command line. A table
 * with no manifest beside it (made by hand or by another tool) is stamped with the results folder's run. Stateless.
 */
public final class SensitivityFile {

    private SensitivityFile() {
    }

    /**
     * @param results the run of the results folder named with it (for a table without a manifest, and the region's
     *                names)
     * @throws InputException for an unreadable file or one that does not match its folder's manifest
     * @throws IllegalArgumentException for a malformed table
     */
    public static List<TornadoData> read(Path csv, RunInfo results) {
        if (!Files.isRegularFile(csv)) {
            throw new InputException(null, "--sensitivity", "'" + csv + "' is not a readable file");
        }
        SavedResults.Listed listed = SavedResults.readIfListed(csv);
        if (listed == null) {
            return TornadoData.readTables(text(csv), results);
        }
        return TornadoData.readTables(listed.text(), runInfo(listed.manifest(), results));
    }

    /** The sweep's run: its scenario and version, runs per point, scale and seed (regions from the results). */
    static RunInfo runInfo(SavedResults.ManifestData m, RunInfo results) {
        String id = m.scenarioId() != null ? m.scenarioId() : results.scenarioId();
        boolean same = id.equals(results.scenarioId());
        int runs = number(m.settings().get("runs_per_point"), number(m.settings().get("runs"), 1));
        String scale = m.settings().get("scale");
        return new RunInfo(id, same ? results.titleEn() : null, same ? results.titleZh() : null, results.regionEn(),
                results.regionZh(), m.toolVersion(), runs, scale == null ? null : number(scale, 1), m.seed());
    }

    private static int number(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String text(Path csv) {
        try {
            return Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new InputException(null, "--sensitivity", "cannot read '" + csv + "': " + e.getMessage());
        }
    }
}
