package org.labourcast.scenario.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.labourcast.InputException;
import org.labourcast.scenario.InputFile;
import org.labourcast.yaml.SafeYamlLoader;
import org.labourcast.yaml.YamlMapping;
import org.labourcast.yaml.YamlMerge;
import org.labourcast.yaml.YamlMerge.ItemKey;
import org.labourcast.yaml.YamlNode;
import org.labourcast.yaml.YamlScalar;

/**
 * Resolves {@code extends: parent.yaml} (docs/scenario-format.md, "Variants"): a scenario file that names a parent
 * is read as the parent's tree, itself resolved the same way, with the file's fields merged over it by
 * {@link YamlMerge}. The parent must be a complete scenario on its own ({@code checkParent} reads it strictly); the
 * variant must give its own {@code id} (different from the parent's) and {@code title}. Not thread-safe: use one
 * instance per reading.
 */
final class Variants {
    static final String EXTENDS = "extends";
    /** Longest chain of parents followed (a variant of a variant of …). */
    static final int MAX_CHAIN = 16;

    /** The merge rules of scenarios: how list items are named, and that a variant's title replaces the parent's. */
    static final YamlMerge MERGE = new YamlMerge(Variants::itemKey, Set.of("title"));

    /**
     * A resolved scenario file: the merged tree, every file read (the scenario file first), and the deprecation
     * warnings of old names in them ({@link RenamedNames}), the scenario file's first.
     */
    record Resolved(YamlMapping tree, List<InputFile> inputs, List<String> warnings) {
        Resolved {
            warnings = List.copyOf(warnings);
        }
    }

    private final SafeYamlLoader loader;
    private final Consumer<YamlMapping> checkParent;

    /**
     * @param checkParent reads a parent's resolved tree strictly as a scenario, throwing {@link InputException}
     */
    Variants(SafeYamlLoader loader, Consumer<YamlMapping> checkParent) {
        this.loader = loader;
        this.checkParent = checkParent;
    }

    /** How the items of a scenario list are named in list operations, by the list's field name. */
    static ItemKey itemKey(String listName) {
        return switch (listName) {
            case "targets" -> ItemKey.fields("indicator", "year");
            case "levers" -> ItemKey.fields("name");
            default -> ItemKey.anyOf("year", "period");
        };
    }

    Resolved resolve(Path file) {
        return resolve(file, new ArrayList<>(), new ArrayList<>());
    }

    private Resolved resolve(Path file, List<Path> realChain, List<String> shownChain) {
        SafeYamlLoader.LoadedFile loaded = loader.loadFile(file);
        List<String> warnings = new ArrayList<>();
        YamlMapping root = RenamedNames.apply(loaded.root(), warnings);
        InputFile input = new InputFile(file.toString(), loaded.sha256());
        YamlNode ext = root.get(EXTENDS);
        if (ext == null) {
            return new Resolved(root, List.of(input), warnings);
        }
        String parentText = parentText(ext);
        requireOwn(root, "id", parentText);
        requireOwn(root, "title", parentText);
        Path parent = ScenarioReference.resolve(file, parentText, ext.location(), EXTENDS);
        realChain.add(real(file));
        shownChain.add(file.toString());
        if (Files.exists(parent) && realChain.contains(real(parent))) {
            String hint = real(parent).equals(real(file)) ? "a scenario cannot extend itself"
                    : "a parent cannot extend its own variant";
            throw new InputException(ext.location(), EXTENDS, "the scenarios extend each other in a cycle: "
                    + String.join(" → ", shownChain) + " → " + parent, hint);
        }
        if (realChain.size() >= MAX_CHAIN) {
            throw new InputException(ext.location(), EXTENDS, "more than " + MAX_CHAIN
                    + " scenarios extend one another: " + String.join(" → ", shownChain) + " → " + parent);
        }
        if (!Files.exists(parent)) {
            throw new InputException(ext.location(), EXTENDS, "parent scenario not found: " + parent,
                    "the path is relative to the folder of " + file);
        }
        // Before anything opens it: a FIFO would block the reader for ever.
        ScenarioReference.requireRegularFile(parent, ext.location(), EXTENDS);
        Resolved up;
        try {
            up = ScenarioReference.readGuarded(parent, ext.location(), EXTENDS, loader, () -> {
                Resolved r = resolve(parent, realChain, shownChain);
                checkParent.accept(r.tree());
                return r;
            });
        } catch (InputException e) {
            if (e.location() == null) {
                // A file-level problem with the parent (unreadable): say where it was named.
                throw new InputException(ext.location(), EXTENDS, e.problem(), e.hint());
            }
            throw e;
        }
        YamlNode parentId = up.tree().get("id");
        YamlNode childId = root.get("id");
        if (parentId instanceof YamlScalar p && childId instanceof YamlScalar c && p.text().equals(c.text())) {
            throw new InputException(c.location(), "id", "a variant needs its own id, and '" + c.text()
                    + "' is the id of its parent " + parent, "choose another id; a run writes to out/<id>");
        }
        YamlMapping merged = MERGE.merge(up.tree(), YamlMerge.withoutKey(root, EXTENDS));
        List<InputFile> inputs = new ArrayList<>();
        inputs.add(input);
        inputs.addAll(up.inputs());
        warnings.addAll(up.warnings());
        return new Resolved(merged, inputs, warnings);
    }

    private static String parentText(YamlNode ext) {
        if (!(ext instanceof YamlScalar s) || s.isNull() || s.text().isBlank()) {
            throw new InputException(ext.location(), EXTENDS, "expected the path of the parent scenario file",
                    "for example 'extends: baseline.yaml' (relative to this file's folder)");
        }
        return s.text();
    }

    private static void requireOwn(YamlMapping root, String key, String parentText) {
        YamlNode n = root.get(key);
        if (n == null || n instanceof YamlScalar s && s.isNull()) {
            throw new InputException(n == null ? root.location() : n.location(), key,
                    "missing value: a variant must give its own " + key + " (it extends " + parentText + ")",
                    "add the field '" + key + "'");
        }
    }

    /** The file's real path, to recognise one file named two ways (a/../b.yaml, symbolic links) in a cycle. */
    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
