package org.labourcast.charts.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.labourcast.InputException;
import org.labourcast.charts.YearValue;
import org.labourcast.results.Manifest;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.scenario.yaml.ScenarioReference;
import org.labourcast.yaml.FieldOverride;
import org.labourcast.yaml.SafeYamlLoader;
import org.labourcast.yaml.YamlMapping;
import org.labourcast.yaml.YamlNode;
import org.labourcast.yaml.YamlScalar;
import org.labourcast.yaml.YamlSequence;

/**
 * A scenario file read loosely, for titles and sources: the YAML tree as written (through the same safe loader as
 * the strict reader), without checking it against the scenario format. So a report still shows the inputs of a
 * scenario written for a newer or older labourcast, and sections this code does not know (such as policy levers)
 * are listed generically.
 */
public final class ScenarioDocument {

    /** Top-level sections listed as policy levers in reports. */
    public static final Set<String> LEVER_SECTIONS = Set.of("levers", "policy", "policies", "measures", "interventions");

    /**
     * One input that names its source: where it is in the scenario, its values in short, the source text, and where
     * its values come from: the file that writes them (the scenario file, or a parent it {@code extends}), or
     * {@link #SET} when a {@code --set} override changed them.
     */
    public record SourcedInput(String path, String value, String source, String origin) {
        public SourcedInput(String path, String value, String source) {
            this(path, value, source, "");
        }

        /** Whether a {@code --set} override gave (part of) its value. */
        public boolean set() {
            return SET.equals(origin);
        }
    }

    /** The origin of an input changed by a {@code --set} override. */
    public static final String SET = "--set";

    /**
     * Why the scenario that was run cannot be shown: {@code kind} is "missing" (no such regular .yaml file),
     * "unreadable" (too large, not YAML, a chain that does not merge) or "changed" (its SHA-256 is not the one
     * recorded), and {@code file} the file concerned.
     */
    public record Problem(String kind, String file) {
    }

    /** A scenario resolved as it was run, or why it cannot be; exactly one of the two is null. */
    public record Resolution(ScenarioDocument document, Problem problem) {
    }

    private static final int MAX_VALUE_CHARS = 160;
    private static final String EXTENDS = "extends";
    /** Longest chain of parents followed, as the scenario reader's. */
    private static final int MAX_CHAIN = 16;

    private final Path file;
    private final YamlMapping root;
    private final List<String> files;
    private final List<String> overrides;
    /** The paths of the sourced blocks before the overrides: an override that replaced one gets its own row. */
    private final Set<String> sourcedBefore;

    private ScenarioDocument(Path file, YamlMapping root) {
        this(file, root, List.of(file.toString()), List.of(), Set.of());
    }

    private ScenarioDocument(Path file, YamlMapping root, List<String> files, List<String> overrides,
                             Set<String> sourcedBefore) {
        this.file = file;
        this.root = root;
        this.files = List.copyOf(files);
        this.overrides = List.copyOf(overrides);
        this.sourcedBefore = Set.copyOf(sourcedBefore);
    }

    /**
     * The scenario as it was run: the file, the parents it {@code extends} merged under it (docs/scenario-format.md,
     * "Variants"), then the {@code --set} overrides applied in order. Each file is opened only when it is a regular
     * {@code .yaml}/{@code .yml} file within the scenario size limit, and used only when the SHA-256 of the bytes
     * read is the one {@code recorded} for its path (as the manifest writes it, {@code '/'} separated); so nothing
     * of a file changed since the run, or of a file the run did not read, is shown, and the problem names the first
     * such file. The trees are merged without being checked as a scenario, so a scenario of another labourcast
     * version still shows.
     *
     * @param recorded  file path to the SHA-256 of the bytes the run read
     * @param overrides the run's {@code --set} arguments, {@code path=value}, in order
     */
    public static Resolution resolve(Path file, Map<String, String> recorded, List<String> overrides) {
        SafeYamlLoader loader = new SafeYamlLoader();
        List<YamlMapping> trees = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Path f = file;
        while (true) {
            String name = f.toString().replace('\\', '/');
            if (trees.size() >= MAX_CHAIN || names.contains(name)) {
                return problem("unreadable", name);
            }
            String lower = name.toLowerCase(Locale.ROOT);
            // Checked before anything opens it: never a device, a FIFO, a folder or a file that is not a scenario's.
            if (!(lower.endsWith(".yaml") || lower.endsWith(".yml")) || !Files.isRegularFile(f)) {
                return problem("missing", name);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(f)) {
                bytes = in.readNBytes(SafeYamlLoader.DEFAULT_MAX_BYTES + 1);
            } catch (IOException | SecurityException e) {
                return problem("missing", name);
            }
            if (bytes.length > SafeYamlLoader.DEFAULT_MAX_BYTES) {
                return problem("unreadable", name);
            }
            String expected = recorded.get(name);
            if (expected == null || !expected.equals(Manifest.sha256(bytes))) {
                return problem("changed", name); // not the file that was run: nothing of it is used
            }
            YamlMapping tree;
            try {
                tree = loader.load(f.toString(), new String(bytes, StandardCharsets.UTF_8));
            } catch (InputException e) {
                return problem("unreadable", name);
            }
            trees.add(tree);
            names.add(name);
            YamlNode ext = tree.get(EXTENDS);
            if (ext == null) {
                break;
            }
            if (!(ext instanceof YamlScalar s) || s.isNull()) {
                return problem("unreadable", name);
            }
            try {
                f = ScenarioReference.resolve(f, s.text(), ext.location(), EXTENDS);
            } catch (InputException e) {
                return problem("missing", name);
            }
        }
        YamlMapping merged = trees.get(trees.size() - 1);
        Set<String> sourced = new java.util.HashSet<>();
        try {
            for (int i = trees.size() - 2; i >= 0; i--) {
                merged = ScenarioReader.mergeVariant(merged, trees.get(i));
            }
            ScenarioDocument before = new ScenarioDocument(file, merged);
            before.assumptions().forEach(in -> sourced.add(in.path()));
            before.levers().forEach(in -> sourced.add(in.path()));
            for (String o : overrides) {
                merged = FieldOverride.parse(o).applyTo(merged, loader);
            }
        } catch (InputException e) {
            return problem("unreadable", names.get(0));
        }
        return new Resolution(new ScenarioDocument(file, merged, names, overrides, sourced), null);
    }

    private static Resolution problem(String kind, String file) {
        return new Resolution(null, new Problem(kind, file));
    }

    /** The files the scenario was read from, the scenario file first, then its parent…, paths as recorded. */
    public List<String> files() {
        return files;
    }

    /** The {@code --set} overrides applied, {@code path=value}, in order; empty for a file read alone. */
    public List<String> overrides() {
        return overrides;
    }

    /** Loads the file. @throws org.labourcast.InputException if it cannot be read or is not safe YAML */
    public static ScenarioDocument load(Path file) {
        return new ScenarioDocument(file, new SafeYamlLoader().load(file));
    }

    /**
     * The file's text, read (and checked) by the caller: parsed from these very bytes, so what was checked is what
     * is used. @throws org.labourcast.InputException if it is not safe YAML
     */
    public static ScenarioDocument parse(Path file, String text) {
        return new ScenarioDocument(file, new SafeYamlLoader().load(file.toString(), text));
    }

    public Path file() {
        return file;
    }

    /** The scalar text at a path of mapping keys, or null. */
    public String text(String... path) {
        YamlNode n = node(path);
        return n instanceof YamlScalar s && !s.isNull() ? s.text() : null;
    }

    public String titleEn() {
        return text("title", "en");
    }

    public String titleZh() {
        return text("title", "zh");
    }

    public String regionEn() {
        return text("region", "name", "en");
    }

    public String regionZh() {
        return text("region", "name", "zh");
    }

    /** The plan's urbanization path points (year, share 0–1), empty if none. */
    public List<YearValue> urbanizationPath() {
        List<YearValue> out = new ArrayList<>();
        if (node("rural_urban_move", "urbanization_path", "points") instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlMapping m) {
                    Double year = number(m.get("year"));
                    Double value = number(m.get("value"));
                    if (year != null && value != null) {
                        out.add(new YearValue((int) Math.round(year), value));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The employment structure the plan states for past years ({@code labour.sectors.history}): year to shares
     * (primary, secondary, tertiary), sorted by year; empty if none.
     */
    public SortedMap<Integer, double[]> sectorHistory() {
        SortedMap<Integer, double[]> out = new TreeMap<>();
        if (node("labour", "sectors", "history") instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlMapping m && m.get("shares") instanceof YamlMapping s) {
                    Double year = number(m.get("year"));
                    Double p = number(s.get("primary"));
                    Double q = number(s.get("secondary"));
                    Double t = number(s.get("tertiary"));
                    if (year != null && p != null && q != null && t != null) {
                        out.put((int) Math.round(year), new double[] {p, q, t});
                    }
                }
            }
        }
        return out;
    }

    /**
     * Every input outside the lever sections and {@code targets} that names a {@code source}, in file order (a
     * variant's inherited inputs too), then each {@code --set} override that changed no such input (a field without
     * a source, a target, or a sourced block replaced by a plain value), as its own row of origin {@link #SET}.
     */
    public List<SourcedInput> assumptions() {
        List<SourcedInput> out = new ArrayList<>();
        for (String key : root.keys()) {
            if (!LEVER_SECTIONS.contains(key) && !key.equals("targets")) {
                collect(root.get(key), key, out);
            }
        }
        List<SourcedInput> all = new ArrayList<>(out);
        all.addAll(leverRows());
        for (String o : overrides) {
            FieldOverride set = FieldOverride.parse(o);
            if (!shown(set, all) && !LEVER_SECTIONS.contains(topKey(set.path()))) {
                out.add(new SourcedInput(set.path(), set.value().strip(), "", SET));
            }
        }
        return out;
    }

    /**
     * Whether an override shows in a row already: the row of the field it sets, or a marked row of the block whose
     * value it sets (e.g. {@code trainees.value}); not when it replaced a sourced block with a plain value.
     */
    private boolean shown(FieldOverride set, List<SourcedInput> rows) {
        String p = set.path();
        if (rows.stream().anyMatch(r -> r.path().equals(p))) {
            return true;
        }
        return !sourcedBefore.contains(p) && rows.stream().anyMatch(r -> r.set()
                && (p.startsWith(r.path() + ".") || p.startsWith(r.path() + "[")));
    }

    private static String topKey(String path) {
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        return path.substring(0, end);
    }

    /**
     * Every sourced entry of the lever sections, and each lever section's items, in file order; then each
     * {@code --set} override of a lever section that changed no such entry, of origin {@link #SET}.
     */
    public List<SourcedInput> levers() {
        List<SourcedInput> out = leverRows();
        for (String o : overrides) {
            FieldOverride set = FieldOverride.parse(o);
            if (!shown(set, out) && LEVER_SECTIONS.contains(topKey(set.path()))) {
                out.add(new SourcedInput(set.path(), set.value().strip(), "", SET));
            }
        }
        return out;
    }

    private List<SourcedInput> leverRows() {
        List<SourcedInput> out = new ArrayList<>();
        for (String key : root.keys()) {
            if (LEVER_SECTIONS.contains(key)) {
                YamlNode n = root.get(key);
                int before = out.size();
                collect(n, key, out);
                if (out.size() == before) {
                    out.add(new SourcedInput(key, summary(n), "", origin(n)));
                }
            }
        }
        return out;
    }

    private static void collect(YamlNode node, String path, List<SourcedInput> out) {
        if (node instanceof YamlMapping m) {
            if (m.get("source") instanceof YamlScalar s && !s.isNull()) {
                out.add(new SourcedInput(path, summary(m), s.text().strip(), origin(m)));
            }
            for (String k : m.keys()) {
                if (!k.equals("source")) {
                    collect(m.get(k), path + "." + k, out);
                }
            }
        } else if (node instanceof YamlSequence seq) {
            for (int i = 0; i < seq.size(); i++) {
                collect(seq.get(i), path + "[" + i + "]", out);
            }
        }
    }

    /**
     * Where a block's values come from: {@link #SET} when an override located any of them; otherwise the file that
     * writes its {@code value} (or, without one, the block: a merged block is located where the variant writes it).
     */
    private static String origin(YamlNode node) {
        if (fromSet(node)) {
            return SET;
        }
        YamlNode at = node instanceof YamlMapping m && m.get("value") != null ? m.get("value") : node;
        return at.location().file();
    }

    private static boolean fromSet(YamlNode node) {
        if (node.location().file().startsWith(SET + " ")) {
            return true;
        }
        if (node instanceof YamlMapping m) {
            // A nested block with its own source is a row of its own.
            return m.keys().stream().anyMatch(k -> !(m.get(k) instanceof YamlMapping inner && inner.containsKey("source"))
                    && fromSet(m.get(k)));
        }
        return node instanceof YamlSequence seq && seq.items().stream().anyMatch(ScenarioDocument::fromSet);
    }

    /** A short text of a block's own scalar values ("value: 0.05"), its lists in brief, without nested blocks. */
    static String summary(YamlNode node) {
        if (node instanceof YamlScalar s) {
            return s.isNull() ? "" : s.text();
        }
        StringBuilder sb = new StringBuilder();
        if (node instanceof YamlMapping m) {
            for (String k : m.keys()) {
                YamlNode v = m.get(k);
                if (k.equals("source")) {
                    continue;
                }
                String part = null;
                if (v instanceof YamlScalar s && !s.isNull()) {
                    part = k.equals("value") ? s.text() : k + ": " + s.text();
                } else if (v instanceof YamlMapping inner && !inner.keys().isEmpty()
                        && inner.keys().stream().allMatch(i -> flat(inner.get(i)) != null)) {
                    // A distribution's parameters, e.g. beta {mean: 0.05, sd: 0.015}, or a calibrated value's
                    // secondary {value: -0.67, sd: 0.1, within: [-3, 1], basis: calibrated}.
                    part = k + " {" + String.join(", ", inner.keys().stream()
                            .map(i -> i + ": " + flat(inner.get(i))).toList()) + "}";
                } else if (v instanceof YamlSequence && flat(v) != null) {
                    part = k + ": " + flat(v);
                }
                if (part != null) {
                    sb.append(sb.length() == 0 ? "" : "; ").append(part);
                }
            }
        } else if (node instanceof YamlSequence seq) {
            sb.append(seq.size()).append(" items");
        }
        String s = sb.toString();
        return s.length() > MAX_VALUE_CHARS ? s.substring(0, MAX_VALUE_CHARS - 1) + "\u2026" : s;
    }

    /** A scalar as written, or a list of scalars as {@code [a, b]}; null for anything else. */
    private static String flat(YamlNode v) {
        if (v instanceof YamlScalar s) {
            return s.text();
        }
        if (v instanceof YamlSequence seq && seq.items().stream().allMatch(i -> i instanceof YamlScalar)) {
            return "[" + String.join(", ", seq.items().stream().map(i -> ((YamlScalar) i).text()).toList()) + "]";
        }
        return null;
    }

    private YamlNode node(String... path) {
        YamlNode n = root;
        for (String key : path) {
            if (!(n instanceof YamlMapping m) || !m.containsKey(key)) {
                return null;
            }
            n = m.get(key);
        }
        return n;
    }

    private static Double number(YamlNode n) {
        if (n instanceof YamlScalar s && !s.isNull()) {
            try {
                return Double.parseDouble(s.text().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
