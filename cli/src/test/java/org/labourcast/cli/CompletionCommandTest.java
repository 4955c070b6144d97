package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labourcast completion}: a bash completion script that completes the commands and their options. */
class CompletionCommandTest {
    @TempDir
    Path tmp;

    /** What bash completes after typing {@code words} (the last one being completed). */
    private List<String> complete(Path script, String... words) throws IOException, InterruptedException {
        String line = "source " + script + "; COMP_WORDS=(" + String.join(" ", words) + "); COMP_CWORD="
                + (words.length - 1) + "; COMP_LINE='" + String.join(" ", words) + "'; COMP_POINT=${#COMP_LINE};"
                + " _complete_labourcast; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process p = new ProcessBuilder("bash", "-c", line)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return Arrays.stream(out.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).sorted().toList();
    }

    @Test
    void bashCompletesCommandsAndOptions() throws IOException, InterruptedException {
        LabourcastCliTest.Result r = LabourcastCliTest.run("completion");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out().lines().findFirst().orElse(""));
        Path script = tmp.resolve("labourcast_completion");
        Files.writeString(script, r.out());
        assertEquals(List.of("indicators", "init"), complete(script, "labourcast", "in"));
        assertEquals(List.of("--name-en", "--name-zh"), complete(script, "labourcast", "init", "--na"));
        assertTrue(complete(script, "labourcast", "run", "--r").containsAll(List.of("--runs", "--reanchor")));
        assertEquals(List.of("compare", "completion"), complete(script, "labourcast", "comp"));
    }
}
