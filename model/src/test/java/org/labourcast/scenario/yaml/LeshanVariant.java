package org.labourcast.scenario.yaml;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.labourcast.InputException;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.yaml.FieldOverride;

/**
 * A variant of the shipped Leshan baseline written into a test's folder: the fixture of the tests that read one
 * labour block (insurance, wages, returnees, pension, households) as strictly as the rest of the scenario.
 */
final class LeshanVariant {
    /** The variant's own id and title, lines 2–3 of the file (line 1 is {@code extends:}). */
    static final String OWN = "id: leshan-variant\ntitle: {en: Leshan variant, zh: 乐山变体}\n";

    private LeshanVariant() {
    }

    /** Writes {@code dir/variant.yaml}: extends the baseline by a relative path, its own id and title, then body. */
    static Path write(Path dir, String body) throws IOException {
        String toBaseline = dir.relativize(ShippedScenarios.leshanBaseline()).toString().replace('\\', '/');
        Path p = dir.resolve("variant.yaml");
        Files.writeString(p, "extends: " + toBaseline + "\n" + OWN + body);
        return p;
    }

    /** The scenario read from a file, with {@code --set} overrides. */
    static ScenarioSpec read(Path file, String... sets) {
        return new ScenarioReader().read(file, Arrays.stream(sets).map(FieldOverride::parse).toList()).spec();
    }

    /** The reader's error for a file it must refuse. */
    static InputException fails(Path file, String... sets) {
        return assertThrows(InputException.class, () -> read(file, sets));
    }
}
