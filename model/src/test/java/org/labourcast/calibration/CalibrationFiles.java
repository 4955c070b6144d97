package org.labourcast.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.labourcast.scenario.ShippedScenarios;

/** Calibration and scenario files for tests, written to a temporary folder and pointing at the shipped scenarios. */
final class CalibrationFiles {
    private CalibrationFiles() {
    }

    /** The shipped Leshan baseline, as an absolute path with forward slashes (usable in extends: and scenario:). */
    static String leshanBaseline() {
        return ShippedScenarios.leshanBaseline().toAbsolutePath().toString().replace('\\', '/');
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A variant of the Leshan baseline whose rural-to-urban transfer intensity is a constant 0.05 instead of a solved
     * urbanization projection, and whose net migration is a constant total (the intercensal estimate) instead of its
     * projection: urbanization then depends smoothly on the intensity and on net migration, one number each.
     */
    static Path leshanWithIntensity(Path dir) {
        return write(dir, "leshan-intensity.yaml", """
                extends: %s
                id: leshan-intensity
                title: {en: "Leshan with a constant transfer intensity", zh: "乐山市（恒定转移强度）"}
                rural_urban_move:
                  projection: ~
                  intensity: {value: 0.05, source: "test: a constant intensity"}
                migration:
                  total: {projection: ~, value: -18650}
                """.formatted(leshanBaseline()));
    }
}
