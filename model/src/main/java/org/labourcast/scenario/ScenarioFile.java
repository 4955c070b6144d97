package org.labourcast.scenario;

import java.util.List;

/**
 * Where a scenario came from (docs/scenario-format.md, "Variants" says what the hash covers): provenance of a
 * {@link LoadedScenario}, not part of what is modelled.
 *
 * @param path      the scenario file as the user named it
 * @param sha256    SHA-256 (lowercase hex) of the file's bytes for a scenario without {@code extends} read
 *                  without overrides; otherwise of the inputs' list ({@link org.labourcast.scenario.yaml.ScenarioReader#inputsHash})
 * @param inputs    every file read: the scenario file first, then its parent, the parent's parent…
 * @param overrides the {@code --set} arguments applied, in order, as {@code path=value}
 */
public record ScenarioFile(String path, String sha256, List<InputFile> inputs, List<String> overrides) {
    public ScenarioFile {
        inputs = List.copyOf(inputs);
        overrides = List.copyOf(overrides);
    }

    /** A single file read as it is: the file is the only input and the hash is its bytes' hash. */
    public ScenarioFile(String path, String sha256) {
        this(path, sha256, List.of(new InputFile(path, sha256)), List.of());
    }
}
