package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command's plumbing on a tiny case; no timing is asserted (figures belong in the issue, not tests). */
class BenchCommandTest {
    @TempDir
    Path tmp;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabourcastCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void tinyCasesPrintATableAndWriteJson() throws Exception {
        Path json = tmp.resolve("bench.json");
        String[] r = run("bench", "--case", "a,b,d", "--scale", "400", "--runs", "2", "--warmup", "0",
                "--threads", "2", "--naive-fraction", "0.002", "--json", json.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("person-yr/s"), r[1]);
        assertTrue(r[1].contains("extrapolated: 2 runs"), r[1]);
        assertTrue(r[1].contains("column engine (a) / naive"), r[1]);
        String text = Files.readString(json);
        assertTrue(text.contains("\"case\" : \"d\""), text);
        assertTrue(text.contains("\"state_bytes_per_person\""), text);
        // The histograms are reported beside the agent columns, not hidden: 27,648 bytes a column at scale 400.
        assertTrue(r[1].contains("+counts"), r[1]);
        assertTrue(text.contains("\"count_bytes_per_person\""), text);
    }

    /** Each case run --repeat times: the table keeps the median run and says the range; the JSON has all three. */
    @Test
    void repeatsReportTheMedianAndTheRange() throws Exception {
        Path json = tmp.resolve("bench.json");
        String[] r = run("bench", "--case", "a,d", "--scale", "400", "--repeat", "3", "--warmup", "0",
                "--threads", "1", "--naive-fraction", "0.002", "--json", json.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("done a (3 of 3)"), r[1]);
        assertTrue(r[1].contains("a: the median of 3 repeats; seconds per run from"), r[1]);
        assertTrue(r[1].contains("d: the median of 3 repeats"), r[1]);
        com.fasterxml.jackson.databind.JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toFile()).get("results");
        for (com.fasterxml.jackson.databind.JsonNode row : rows) {
            assertEquals(3, row.get("repeats").asInt());
            // The row is the middle one of the three timings the progress lines printed.
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("done " + row.get("case").asText()
                    + " \\(\\d of 3\\): ([0-9.]+) s per run").matcher(r[1]);
            java.util.List<Double> each = new java.util.ArrayList<>();
            while (m.find()) {
                each.add(Double.parseDouble(m.group(1)));
            }
            java.util.Collections.sort(each);
            assertEquals(3, each.size(), r[1]);
            assertEquals(each.get(1), row.get("seconds_per_run").asDouble(), 0.0005);
            double min = row.get("seconds_per_run_min").asDouble();
            double max = row.get("seconds_per_run_max").asDouble();
            double median = row.get("seconds_per_run").asDouble();
            assertTrue(min <= median && median <= max, row.toString());
        }
        String[] bad = run("bench", "--case", "a", "--repeat", "0");
        assertEquals("2", bad[0]);
        assertTrue(bad[2].contains("--repeat"), bad[2]);
    }

    @Test
    void unknownCaseIsBadInput() {
        String[] r = run("bench", "--case", "z");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("unknown case"), r[2]);
    }
}
