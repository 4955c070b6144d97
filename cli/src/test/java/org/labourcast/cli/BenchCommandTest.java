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

    @Test
    void unknownCaseIsBadInput() {
        String[] r = run("bench", "--case", "z");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("unknown case"), r[2]);
    }
}
