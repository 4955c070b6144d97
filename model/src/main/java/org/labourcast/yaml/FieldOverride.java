package org.labourcast.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.labourcast.InputException;
import org.labourcast.Location;

/**
 * One command-line override, {@code --set path=value}: a dotted field path with list indices
 * ({@code labour.transfer.base_rate}, {@code targets[2].value}) and a YAML value ({@code 0.07} is a number,
 * {@code "NO"} a string, {@code [0.8, 0.7]} a list, {@code ~} removes the field).
 *
 * <p>{@link #applyTo} sets the value in a loaded tree. The value and any field it creates are located in
 * {@link #sourceName()} ({@code --set targets[2].value}) at line 1, the column counting from the first character
 * of the value, so an error in it reads {@code --set targets[2].value:1:1: targets[2].value: …}. A path through
 * fields the tree does not have creates them: the scenario reader, which knows every valid field, then reports a
 * misspelt one as an unknown field with its suggestion. Paths through lists must use existing indices.
 *
 * @param path  the field path as written
 * @param value the value text as written (not yet parsed)
 */
public record FieldOverride(String path, String value) {
    /** Longest accepted path, in steps (keys and indices); deeper than any scenario can be. */
    static final int MAX_STEPS = SafeYamlLoader.DEFAULT_MAX_DEPTH;
    private static final String PATH_HINT = "write a dotted field path such as labour.transfer.base_rate or targets[2].value";

    /** @throws InputException when the value holds a line break (an override is one line; write "\n" in quotes) */
    public FieldOverride {
        if (path == null || value == null) {
            throw new NullPointerException("path and value are required");
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new InputException(null, "--set", "the value of '" + Texts.shown(path) + "' holds a line break",
                    "an override is one line; write a line break as \\n inside double quotes");
        }
    }

    /**
     * Reads {@code path=value} (split at the first {@code '='}).
     *
     * @throws InputException naming the argument when it has no '=' or the path cannot be read
     */
    public static FieldOverride parse(String argument) {
        int eq = argument.indexOf('=');
        if (eq < 0) {
            throw new InputException(null, "--set", "expected path=value, got '" + Texts.shown(argument) + "'",
                    "for example --set simulation.runs=10");
        }
        FieldOverride o = new FieldOverride(argument.substring(0, eq).strip(), argument.substring(eq + 1));
        o.steps(); // checks the path now, before any file is read
        return o;
    }

    /** The argument as given to {@code --set}, {@code path=value}. */
    public String argument() {
        return path + "=" + value;
    }

    /** Where values set by this override are located: {@code --set path}. */
    public String sourceName() {
        return "--set " + path;
    }

    /**
     * The tree with this override applied; {@code root} is not changed.
     *
     * @param loader parses the value (its limits apply)
     * @throws InputException for an unreadable value, a path through a missing list or index, a key applied to a
     *                        list or a value, an index applied to a mapping, or a removal of a field that is absent
     */
    public YamlMapping applyTo(YamlMapping root, SafeYamlLoader loader) {
        List<Object> steps = steps();
        YamlNode parsed = loader.loadValue(sourceName(), value);
        return (YamlMapping) set(root, steps, 0, parsed);
    }

    /** Keys (String) and indices (Integer) of the path. */
    List<Object> steps() {
        try {
            return steps(path);
        } catch (IllegalArgumentException e) {
            throw pathError(e.getMessage());
        }
    }

    /**
     * The node at {@code path} in {@code root}, or empty when the tree has no such field or item (an absent key, an
     * index past the end of a list, a key under a scalar). Nothing is parsed or changed. Sweeps use it to find a
     * parameter's current value.
     *
     * @throws IllegalArgumentException for a malformed path, with the problem as message
     */
    public static Optional<YamlNode> find(YamlMapping root, String path) {
        YamlNode node = root;
        for (Object step : steps(path)) {
            if (step instanceof String key && node instanceof YamlMapping m && m.get(key) != null) {
                node = m.get(key);
            } else if (step instanceof Integer i && node instanceof YamlSequence seq && i < seq.size()) {
                node = seq.get(i);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    /** Keys (String) and indices (Integer) of {@code path}; IllegalArgumentException naming the problem. */
    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        int n = path.length();
        int i = 0;
        if (n == 0) {
            throw new IllegalArgumentException("the path is empty");
        }
        while (i < n) {
            int start = i;
            while (i < n && ".[]=".indexOf(path.charAt(i)) < 0) {
                i++;
            }
            String key = path.substring(start, i);
            if (key.isEmpty() || !key.strip().equals(key)) {
                throw new IllegalArgumentException(key.isEmpty() ? "a field name is missing at character " + (start + 1)
                        : "field name '" + Texts.shown(key) + "' has spaces around it");
            }
            steps.add(key);
            while (i < n && path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                String digits = close < 0 ? "" : path.substring(i + 1, close);
                if (!digits.matches("0|[1-9][0-9]{0,8}")) {
                    throw new IllegalArgumentException("a list index is written [0], [1], …");
                }
                steps.add(Integer.parseInt(digits));
                i = close + 1;
            }
            if (i < n) {
                if (path.charAt(i) != '.' || i == n - 1) {
                    throw new IllegalArgumentException("unexpected '" + path.charAt(i) + "' at character " + (i + 1));
                }
                i++;
            }
            if (steps.size() > MAX_STEPS) {
                throw new IllegalArgumentException("the path is longer than " + MAX_STEPS + " steps");
            }
        }
        return steps;
    }

    private InputException pathError(String problem) {
        return new InputException(null, "--set", "cannot read the path of '" + Texts.shown(argument()) + "': "
                + problem, PATH_HINT);
    }

    private Location here() {
        return new Location(sourceName(), 1, 1);
    }

    /** {@code node} (at steps 0..i-1) with the rest of the path set; recursion depth is at most {@link #MAX_STEPS}. */
    private YamlNode set(YamlNode node, List<Object> steps, int i, YamlNode parsed) {
        Object step = steps.get(i);
        boolean last = i == steps.size() - 1;
        boolean remove = Trees.isNull(parsed);
        if (step instanceof String key) {
            if (!(node instanceof YamlMapping m)) {
                throw new InputException(here(), node.path(), shownPath(node) + " is " + Trees.describe(node)
                        + (node.location().file().equals(sourceName()) ? "" : " (at " + node.location() + ")")
                        + ", so it has no field '" + Texts.shown(key) + "'",
                        node instanceof YamlSequence ? "choose an item: " + node.path() + "[0]." + key : null);
            }
            String childPath = Texts.childPath(m.path(), key);
            YamlNode child = m.get(key);
            YamlNode replacement;
            if (last) {
                if (remove) {
                    if (child == null) {
                        String closest = Texts.closest(key, m.keys());
                        throw new InputException(here(), childPath, "cannot remove '" + Texts.shown(key)
                                + "': there is no such field" + (m.path().isEmpty() ? "" : " in " + m.path()),
                                closest == null ? null : "did you mean '" + closest + "'?");
                    }
                    return YamlMerge.withoutKey(m, key);
                }
                replacement = Trees.at(parsed, childPath);
            } else {
                if (child == null) {
                    if (steps.get(i + 1) instanceof Integer) {
                        String closest = Texts.closest(key, m.keys());
                        throw new InputException(here(), childPath, "there is no list '" + Texts.shown(key) + "'"
                                + (m.path().isEmpty() ? "" : " in " + m.path()) + " to take an item from",
                                closest == null ? null : "did you mean '" + closest + "'?");
                    }
                    child = new YamlMapping(here(), childPath);
                }
                replacement = set(child, steps, i + 1, parsed);
            }
            return withValue(m, key, replacement);
        }
        int index = (Integer) step;
        if (!(node instanceof YamlSequence seq)) {
            throw new InputException(here(), node.path(), shownPath(node) + " is " + Trees.describe(node)
                    + (node.location().file().equals(sourceName()) ? "" : " (at " + node.location() + ")")
                    + ", not a list, so it has no item [" + index + "]");
        }
        if (index >= seq.size()) {
            throw new InputException(here(), Texts.itemPath(seq.path(), index), seq.path() + " has "
                    + (seq.size() == 0 ? "no items" : seq.size() + " item" + (seq.size() == 1 ? "" : "s")
                    + " (indices 0 to " + (seq.size() - 1) + ")"));
        }
        YamlSequence out = new YamlSequence(seq.location(), seq.path());
        for (int k = 0; k < seq.size(); k++) {
            if (k != index) {
                out.add(Trees.at(seq.get(k), Texts.itemPath(seq.path(), out.size())));
            } else if (!last) {
                out.add(set(seq.get(k), steps, i + 1, parsed));
            } else if (!remove) {
                out.add(Trees.at(parsed, Texts.itemPath(seq.path(), k)));
            }
        }
        return out;
    }

    private static String shownPath(YamlNode node) {
        return node.path().isEmpty() ? "the scenario" : node.path();
    }

    /** A copy of {@code m} with {@code key} set to {@code value}, keeping the key's place and location. */
    private YamlMapping withValue(YamlMapping m, String key, YamlNode value) {
        YamlMapping copy = new YamlMapping(m.location(), m.path());
        for (String k : m.keys()) {
            copy.put(k, m.keyLocation(k), k.equals(key) ? value : m.get(k));
        }
        if (!m.containsKey(key)) {
            copy.put(key, here(), value);
        }
        return copy;
    }
}
