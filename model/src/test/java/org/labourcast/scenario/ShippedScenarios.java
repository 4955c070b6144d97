package org.labourcast.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the repository's shipped scenarios (tests run with the module folder as working directory). */
public final class ShippedScenarios {
    private ShippedScenarios() {
    }

    public static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("scenarios")) && Files.exists(p.resolve("pom.xml"))
                    && Files.isDirectory(p.resolve("model"))) {
                return p.resolve("scenarios");
            }
        }
        throw new IllegalStateException("cannot find the scenarios folder above " + here);
    }

    /** Every scenario file under scenarios/ (YAML files outside the data folder that are not calibration files). */
    public static List<Path> all() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("/data/"))
                    .filter(p -> !isCalibration(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every shipped calibration file (docs/calibration.md): a YAML file with a top-level labourcast_calibration. */
    public static List<Path> calibrations() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("/data/"))
                    .filter(ShippedScenarios::isCalibration).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a YAML file is a calibration file ({@code labourcast_calibration:} at the start of a line). */
    public static boolean isCalibration(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("labourcast_calibration:"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every shipped policy variant: a scenario file with a top-level {@code extends:} (docs/scenario-format.md,
     * "Variants"), other than a sweep (a variant with a top-level {@code sweep:}, run by {@code labourcast sweep},
     * docs/sweeps.md). Such a file can only be read from its folder, where its parent is.
     */
    public static List<Path> variants() {
        return all().stream().filter(p -> isVariant(p) && !isSweep(p)).toList();
    }

    /** Whether a scenario file has a sweep section ({@code sweep:} at the start of a line, a top-level key). */
    public static boolean isSweep(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("sweep:"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a scenario file names a parent ({@code extends:} at the start of a line, a top-level key). */
    public static boolean isVariant(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("extends:"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path leshanBaseline() {
        return root().resolve("leshan/baseline.yaml");
    }

    /** The baseline of a region folder, e.g. {@code baseline("sichuan")}. */
    public static Path baseline(String region) {
        return root().resolve(region).resolve("baseline.yaml");
    }

    /** The project's copies of public data, {@code scenarios/data}. */
    public static Path data() {
        return root().resolve("data");
    }
}
