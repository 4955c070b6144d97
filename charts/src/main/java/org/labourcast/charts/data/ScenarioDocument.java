package org.labourcast.charts.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.labourcast.charts.YearValue;
import org.labourcast.scenario.yaml.SafeYamlLoader;
import org.labourcast.scenario.yaml.YamlMapping;
import org.labourcast.scenario.yaml.YamlNode;
import org.labourcast.scenario.yaml.YamlScalar;
import org.labourcast.scenario.yaml.YamlSequence;

/**
 * A scenario file read loosely, for titles and sources: the YAML tree as written (through the same safe loader as
 * the strict reader), without checking it against the scenario format. So a report still shows the inputs of a
 * scenario written for a newer or older labourcast, and sections this code does not know (such as policy levers)
 * are listed generically.
 */
public final class ScenarioDocument {

    /** Top-level sections listed as policy levers in reports. */
    public static final Set<String> LEVER_SECTIONS = Set.of("levers", "policy", "policies", "measures", "interventions");

    /** One input that names its source: where it is in the file, its values in short, and the source text. */
    public record SourcedInput(String path, String value, String source) {
    }

    private static final int MAX_VALUE_CHARS = 160;

    private final Path file;
    private final YamlMapping root;

    private ScenarioDocument(Path file, YamlMapping root) {
        this.file = file;
        this.root = root;
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
        if (node("urban_transfer", "urbanization_path", "points") instanceof YamlSequence seq) {
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

    /** Every input outside the lever sections and {@code targets} that names a {@code source}, in file order. */
    public List<SourcedInput> assumptions() {
        List<SourcedInput> out = new ArrayList<>();
        for (String key : root.keys()) {
            if (!LEVER_SECTIONS.contains(key) && !key.equals("targets")) {
                collect(root.get(key), key, out);
            }
        }
        return out;
    }

    /** Every sourced entry of the lever sections, and each lever section's items, in file order. */
    public List<SourcedInput> levers() {
        List<SourcedInput> out = new ArrayList<>();
        for (String key : root.keys()) {
            if (LEVER_SECTIONS.contains(key)) {
                YamlNode n = root.get(key);
                int before = out.size();
                collect(n, key, out);
                if (out.size() == before) {
                    out.add(new SourcedInput(key, summary(n), ""));
                }
            }
        }
        return out;
    }

    private static void collect(YamlNode node, String path, List<SourcedInput> out) {
        if (node instanceof YamlMapping m) {
            if (m.get("source") instanceof YamlScalar s && !s.isNull()) {
                out.add(new SourcedInput(path, summary(m), s.text().strip()));
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
