package org.labourcast.spark;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.labourcast.InputException;
import org.labourcast.results.Manifest;
import org.labourcast.scenario.InputFile;
import org.labourcast.scenario.ScenarioFile;

/**
 * The bytes of every file a scenario is read from (the file and its {@code extends} parents), by path relative to
 * their closest common folder. The driver reads them once and broadcasts them, so executors on machines that do
 * not share the driver's disk read the very same scenario. Immutable.
 *
 * @param scenario the scenario file's relative path ({@code /}-separated)
 * @param files    each file's bytes by relative path
 * @param digest   SHA-256 over the paths and bytes: names the bundle in an executor's cache
 */
public record ScenarioBundle(String scenario, Map<String, byte[]> files, String digest) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public ScenarioBundle {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
        if (!files.containsKey(scenario)) {
            throw new IllegalArgumentException("the bundle lacks its scenario file " + scenario);
        }
    }

    /**
     * Reads the inputs of a scenario (as the reader listed them: {@link ScenarioFile#inputs()}).
     *
     * @throws InputException when an input cannot be read again (changed or removed while the sweep starts)
     */
    public static ScenarioBundle of(ScenarioFile file) {
        List<Path> paths = new ArrayList<>();
        for (InputFile input : file.inputs()) {
            paths.add(Path.of(input.path()).toAbsolutePath().normalize());
        }
        Path root = paths.get(0).getParent();
        for (Path p : paths) {
            while (!p.startsWith(root)) {
                root = root.getParent();
            }
        }
        Map<String, byte[]> files = new TreeMap<>();
        StringBuilder hashed = new StringBuilder();
        for (int i = 0; i < paths.size(); i++) {
            Path p = paths.get(i);
            String relative = root.relativize(p).toString().replace('\\', '/');
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(p);
            } catch (IOException e) {
                throw new InputException(null, "", "cannot read the scenario input '" + p + "': " + e.getMessage());
            }
            String sha = Manifest.sha256(bytes);
            if (!sha.equals(file.inputs().get(i).sha256())) {
                throw new InputException(null, "", "'" + p + "' changed while the sweep was starting",
                        "start the sweep again");
            }
            files.put(relative, bytes);
            hashed.append(relative).append(' ').append(sha).append('\n');
        }
        String scenario = root.relativize(paths.get(0)).toString().replace('\\', '/');
        return new ScenarioBundle(scenario, files,
                Manifest.sha256(hashed.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Writes the files under {@code dir} (which must exist) and returns the scenario file's path there. */
    public Path writeTo(Path dir) {
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path target = dir.resolve(e.getKey()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalArgumentException("a bundle path leaves its folder: " + e.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scenario files under " + dir, e);
        }
        return dir.resolve(scenario);
    }
}
