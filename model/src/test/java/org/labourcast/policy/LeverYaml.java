package org.labourcast.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.labourcast.InputException;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * Scenarios for lever tests: the shipped Leshan baseline (base year 2020, horizon 2035, {@code labour.skills}
 * certification rate 0.7 and rural share 0.28) with a {@code levers:} list appended, read by the real reader.
 */
final class LeverYaml {
    static final String FILE = "levers.yaml";
    private static String baseline;

    private LeverYaml() {
    }

    static synchronized String baseline() {
        if (baseline == null) {
            try {
                baseline = Files.readString(ShippedScenarios.leshanBaseline());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertTrue(!baseline.contains("\nlevers:"), "test setup: the shipped baseline has no levers");
        }
        return baseline;
    }

    /** The baseline with {@code levers:} and the given entries (YAML lines, indented by the caller). */
    static String withLevers(String entries) {
        String base = baseline();
        return base + (base.endsWith("\n") ? "" : "\n") + "levers:\n" + entries;
    }

    static ScenarioSpec read(String text) {
        return new ScenarioReader().read(FILE, text).spec();
    }

    static ScenarioSpec readLevers(String entries) {
        return read(withLevers(entries));
    }

    static InputException fail(String text) {
        InputException e = assertThrows(InputException.class, () -> read(text));
        assertNotNull(e.location(), "every scenario error has a location: " + e.getMessage());
        return e;
    }

    /** 1-based line of the last occurrence of {@code needle} (the levers come last in the file). */
    static int lineOf(String text, String needle) {
        int at = text.lastIndexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static void assertAt(InputException e, String text, String needle, String path, String... parts) {
        assertEquals(lineOf(text, needle), e.location().line(), e.getMessage());
        assertEquals(path, e.fieldPath(), e.getMessage());
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "expected '" + p + "' in: " + e.getMessage());
        }
    }
}
