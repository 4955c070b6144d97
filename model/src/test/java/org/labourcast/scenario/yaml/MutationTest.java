package org.labourcast.scenario.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.labourcast.InputException;
import org.labourcast.Location;
import org.labourcast.yaml.SafeYamlLoader;

/**
 * The project's reliability rule, "many thousands of random mutations of each shipped scenario": loading and reading a mutated
 * scenario either succeeds or throws {@link InputException} with a location; nothing else ever escapes.
 */
class MutationTest {
    private static final long SEED = 20_240_601L;
    private static final int MUTANTS = 4000;
    private static final String[] INSERTS = {
        ":", "-", "[", "]", "{", "}", "&", "*", "!", "!!", "\"", "'", "\t", "#", "|", ">", ",", "?", "%", "@", "`",
        "<<: ", " ", "\n", "\r\n", "é", "中文", "\uD83D\uDE00", "\u0000", "\u0085", "\u2028", "\uFEFF", "\uD800",
        "~", "null", "yes", "1e999", ".inf", "---\n", "...\n", "&a ", "*a", "!!java.io.File ", "\\", "0x1F",
    };

    private static String base() throws IOException {
        try (InputStream in = MutationTest.class.getResourceAsStream("mutation-base.yaml")) {
            assertNotNull(in, "mutation-base.yaml");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBaseScenarioReadsCleanly() throws IOException {
        ScenarioLikeReader.Scenario s = ScenarioLikeReader.read(new SafeYamlLoader().load("base.yaml", base()));
        assertEquals("NO", s.region());
        assertEquals(4294967297L, s.seed());
        assertEquals(3, s.sectors().size());
        assertEquals(3, s.targets().size());
        assertEquals(5, s.male().length);
    }

    @Test
    void mutantsOnlyEverThrowLocatedInputExceptions() throws IOException {
        String base = base();
        SafeYamlLoader loader = new SafeYamlLoader();
        SplittableRandom random = new SplittableRandom(SEED);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String mutant = base;
            int edits = 1 + random.nextInt(3);
            for (int k = 0; k < edits; k++) {
                mutant = mutate(mutant, random);
            }
            try {
                ScenarioLikeReader.read(loader.load("m.yaml", mutant));
                accepted++;
            } catch (InputException e) {
                refused++;
                Location at = e.location();
                if (at == null || at.line() < 1 || at.column() < 1 || !"m.yaml".equals(at.file())) {
                    fail("mutant " + i + " gave an unlocated error: " + e.getMessage() + "\n---\n" + mutant);
                }
            } catch (Throwable t) {
                throw new AssertionError("mutant " + i + " threw " + t + "\n---\n" + mutant, t);
            }
        }
        // The mutations must exercise both paths, or the test proves nothing.
        assertTrue(accepted > 50, "accepted " + accepted);
        assertTrue(refused > MUTANTS / 2, "refused " + refused);
    }

    private static String mutate(String text, SplittableRandom random) {
        if (text.isEmpty()) {
            return INSERTS[random.nextInt(INSERTS.length)];
        }
        int at = random.nextInt(text.length());
        switch (random.nextInt(9)) {
            case 0: // delete a character
                return text.substring(0, at) + text.substring(at + 1);
            case 1: // duplicate a character
                return text.substring(0, at + 1) + text.substring(at);
            case 2: { // swap two characters
                int other = random.nextInt(text.length());
                char[] chars = text.toCharArray();
                char c = chars[at];
                chars[at] = chars[other];
                chars[other] = c;
                return new String(chars);
            }
            case 3: // insert a token
            case 4:
                return text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(at);
            default:
                return mutateLines(text, random);
        }
    }

    private static String mutateLines(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        switch (random.nextInt(5)) {
            case 0:
                lines.remove(a);
                break;
            case 1:
                lines.add(a, lines.get(b));
                break;
            case 2: {
                String t = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, t);
                break;
            }
            case 3: // change indentation
                lines.set(a, (random.nextBoolean() ? "  " : "") + lines.get(a).replaceFirst("^ {1,2}", ""));
                break;
            default: // replace a value by a random token
                String line = lines.get(a);
                int colon = line.indexOf(": ");
                if (colon >= 0) {
                    lines.set(a, line.substring(0, colon + 2) + INSERTS[random.nextInt(INSERTS.length)]);
                }
                break;
        }
        return String.join("\n", lines);
    }
}
