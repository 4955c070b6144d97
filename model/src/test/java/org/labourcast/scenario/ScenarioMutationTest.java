package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourcast.InputException;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * The project's reliability rule: "many thousands of random mutations of each shipped scenario → only the project's own scenario
 * error, always with a line number". Mutations are seeded, so a failure names a reproducible case.
 *
 * <p>The Leshan baseline, the fully commented example, gets {@value #MUTANTS} mutants; every other shipped scenario
 * shares its structure and gets {@value #MUTANTS_PER_OTHER_FILE}, so that the four regional baselines add less
 * than the Leshan file's own time (reading a mutant takes a few milliseconds).
 *
 * <p>A shipped variant ({@code extends: baseline.yaml}) can only be read from a file next to its parent, and reading
 * it reads and checks the parent too. Its mutants are therefore written into a copy of its folder and read from
 * there; being short, and most of their reading being the unchanged parent's, variants get
 * {@value #MUTANTS_PER_VARIANT} mutants each.
 */
class ScenarioMutationTest {
    private static final int MUTANTS = 3000;
    private static final int MUTANTS_PER_OTHER_FILE = 400;
    private static final int MUTANTS_PER_VARIANT = 120;
    private static final String[] INSERTS = {":", "-", "[", "]", "{", "}", "&a", "*a", "!", "!!str", "\"", "'", "\t",
        "#", "~", "null", "1e999", "-1", "0", "  ", "\n", "\n  ", ",", "?", "|", ">", "%", "@", "`", "\u00e9", "\u4e50",
        "<<: ", "NaN", ".inf", "999999999999", "0x1F"};

    static Stream<Path> scenarios() {
        return ShippedScenarios.all().stream();
    }

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("scenarios")
    void mutantsFailOnlyWithLocatedInputErrors(Path file) throws IOException {
        String original = Files.readString(file);
        SplittableRandom random = new SplittableRandom(20201101L);
        boolean variant = ShippedScenarios.isVariant(file);
        int mutants = file.equals(ShippedScenarios.leshanBaseline()) ? MUTANTS
                : variant ? MUTANTS_PER_VARIANT : MUTANTS_PER_OTHER_FILE;
        Path copy = variant ? copyOfFolder(file) : null;
        int rejected = 0;
        for (int i = 0; i < mutants; i++) {
            String mutant = mutate(original, random);
            try {
                if (variant) {
                    Files.writeString(copy, mutant);
                    new ScenarioReader().read(copy);
                } else {
                    new ScenarioReader().read("mutant-" + i + ".yaml", mutant);
                }
            } catch (InputException e) {
                rejected++;
                assertNotNull(e.location(), "mutant " + i + " error without location: " + e.getMessage());
                assertTrue(e.location().line() >= 1, "mutant " + i + ": " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail("mutant " + i + " of " + file + " threw " + e + "\n--- mutant ---\n" + mutant, e);
            }
        }
        assertTrue(rejected > mutants / 4, "the mutations should break most files, broke " + rejected);
    }

    /** Copies the scenario files of {@code file}'s folder into {@link #folder}; returns the copy of {@code file}. */
    private Path copyOfFolder(Path file) throws IOException {
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            for (Path p : siblings.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        Path copy = folder.resolve(file.getFileName());
        new ScenarioReader().read(copy); // the unmutated copy reads, so rejections are the mutations' doing
        return copy;
    }

    static String mutate(String text, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(6)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, INSERTS[r.nextInt(INSERTS.length)]);
                case 2 -> sb.setCharAt(at, (char) (32 + r.nextInt(95)));
                case 3 -> {
                    int end = Math.min(sb.length(), at + 1 + r.nextInt(40));
                    sb.delete(at, end);
                }
                case 4 -> {
                    int lineStart = sb.lastIndexOf("\n", at) + 1;
                    int lineEnd = sb.indexOf("\n", at);
                    if (lineEnd > lineStart) {
                        sb.insert(lineStart, sb.substring(lineStart, lineEnd + 1));
                    }
                }
                default -> {
                    // Replace a number with another kind of value.
                    int d = at;
                    while (d < sb.length() && !Character.isDigit(sb.charAt(d))) {
                        d++;
                    }
                    if (d < sb.length()) {
                        sb.replace(d, d + 1, INSERTS[r.nextInt(INSERTS.length)]);
                    }
                }
            }
            if (sb.length() == 0) {
                sb.append("x");
            }
        }
        return sb.toString();
    }
}
