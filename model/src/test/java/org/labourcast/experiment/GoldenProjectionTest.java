package org.labourcast.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.indicators.IndicatorRow;

/**
 * The project's golden-output rule: golden multi-year outputs with a provenance header, a regeneration entry point
 * ({@link GoldenProjection#main}) and a numeric tolerance: every cell of the Leshan baseline's deterministic projection
 * equals the golden file's within 1e-6 + 1e-9·|golden| (the projection is deterministic; the tolerance only absorbs
 * the last bits of floating-point summation order).
 */
class GoldenProjectionTest {

    @Test
    void leshanBaselineProjectionMatchesTheGoldenFile() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(GoldenProjection.FILE));
        String shaLine = lines.stream().filter(l -> l.startsWith("# scenario SHA-256")).findFirst().orElseThrow();
        String madeWith = shaLine.substring(shaLine.lastIndexOf(' ') + 1);
        boolean scenarioChanged = !madeWith.equals(GoldenProjection.sha256(GoldenProjection.scenario()));
        List<String> data = new ArrayList<>();
        for (String l : lines) {
            if (!l.startsWith("#")) {
                data.add(l);
            }
        }
        assertEquals("indicator,year,value", data.get(0));
        List<IndicatorRow> rows = GoldenProjection.rows();
        assertEquals(data.size() - 1, rows.size(), "rows" + hint(scenarioChanged));
        assertTrue(rows.stream().map(IndicatorRow::year).distinct().count() >= 10, "a multi-year output");
        for (int i = 0; i < rows.size(); i++) {
            String[] f = data.get(i + 1).split(",");
            IndicatorRow r = rows.get(i);
            assertEquals(f[0], r.indicator(), "row " + (i + 1));
            assertEquals(Integer.parseInt(f[1]), r.year(), "row " + (i + 1));
            double golden = Double.parseDouble(f[2]);
            double tolerance = GoldenProjection.ABSOLUTE + GoldenProjection.RELATIVE * Math.abs(golden);
            if (!(Math.abs(r.value() - golden) <= tolerance)) {
                fail(r.indicator() + " " + r.year() + ": " + r.value() + ", golden " + golden + " (tolerance "
                        + tolerance + ")" + hint(scenarioChanged));
            }
        }
    }

    private static String hint(boolean scenarioChanged) {
        return scenarioChanged ? "; scenarios/leshan/baseline.yaml changed since the golden file was made" : "";
    }
}
