package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.cli.LabourcastCliTest.Result;

/**
 * docs/reliability.md, "Injection": escape sequences and control characters in scenario strings never reach the
 * terminal, so a hostile file cannot make an error look like "ok".
 */
class TerminalWriterTest {
    @TempDir
    Path tmp;

    @Test
    void escapeSequencesAndControlCharactersAreStripped() {
        assertEquals("error: id 'ok' is bad", TerminalWriter.clean("error: id '\u001b[2K\u001b[1G\rok' is bad"));
        assertEquals("title kept", TerminalWriter.clean("\u001b]0;pwned\u0007title kept"), "OSC ended by BEL");
        assertEquals("x", TerminalWriter.clean("\u001b]8;;http://evil\u001b\\x"), "OSC ended by ESC \\");
        assertEquals("red", TerminalWriter.clean("\u009b31mred\u001b(B"), "C1 CSI and a charset selection");
        assertEquals("ab", TerminalWriter.clean("a\u0008\u0007\u007f\u0085b"), "backspace, BEL, DEL, C1 NEL");
        assertEquals("abc", TerminalWriter.clean("a\u202eb\u2066c"), "bidirectional overrides and isolates");
        assertEquals("one line", TerminalWriter.clean("one\u2028 line\u2029"), "line and paragraph separators");
    }

    @Test
    void newlinesTabsAndChineseAreKept() {
        assertEquals("乐山市\t2020\n≥ 60%\n", TerminalWriter.clean("乐山市\t2020\n≥ 60%\n"));
    }

    @Test
    void anUnterminatedStringSequenceEndsAtTheLineSoLaterLinesStay() {
        assertEquals("\nnext line\n", TerminalWriter.clean("\u001b]0;no end\nnext line\n"));
    }

    @Test
    void aSequenceSplitOverTwoWritesIsStillRemoved() {
        StringWriter s = new StringWriter();
        PrintWriter w = new TerminalWriter(new PrintWriter(s));
        w.print("a\u001b[");
        w.print("2Kb");
        w.flush();
        assertEquals("ab", s.toString());
    }

    @Test
    void theProgressBarsCarriageReturnsPassThroughTheRawWriter() {
        StringWriter s = new StringWriter();
        PrintWriter w = new TerminalWriter(new PrintWriter(s));
        w.print("before ");
        TerminalWriter.raw(w).print("\r[##--]");
        w.print(" after\r");
        w.flush();
        assertEquals("before \r[##--] after", s.toString());
    }

    @Test
    void aHostileScenarioCannotMakeAnErrorOrTheSummaryLookLikeSomethingElse() throws IOException {
        Path root = LabourcastCliTest.repositoryRoot();
        String leshan = Files.readString(root.resolve("scenarios/leshan/baseline.yaml"));
        // YAML double quotes write ESC as \e: the id clears the line and prints "ok" over the error.
        Path badId = tmp.resolve("id.yaml");
        Files.writeString(badId, leshan.replace("id: leshan-baseline", "id: \"\\e[2K\\e[1G\\rok\""));
        Result e = LabourcastCliTest.run("validate", badId.toString());
        assertEquals(2, e.code(), e.err());
        assertTrue(e.err().startsWith("error: " + badId + ":"), e.err());
        assertTrue(e.err().contains("id: id 'ok' must be lower-case"), e.err());
        // The region's name is echoed by validate's summary line.
        Path badName = tmp.resolve("name.yaml");
        Files.writeString(badName, leshan.replace("name: {en: Leshan,", "name: {en: \"\\e]0;pwned\\aLe\\e[31mshan\\r\","));
        Result ok = LabourcastCliTest.run("validate", badName.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("(Leshan / 乐山市)"), ok.out());
        for (String text : new String[] {e.err(), ok.out(), ok.err()}) {
            assertFalse(text.chars().anyMatch(c -> c == 0x1b || c == '\r' || c == 0x07), text);
        }
    }
}
