package org.labourcast.yaml;

import java.util.function.UnaryOperator;

/**
 * Copies of a located tree with a key or scalar values renamed, every location kept: how a reader accepts a field or
 * value under an older name (a renamed field in an old scenario file) and still points at the user's own line.
 */
public final class YamlRename {
    private YamlRename() {
    }

    /** {@code m} with key {@code from} renamed {@code to}, in the same place and with its location; {@code m} if absent. */
    public static YamlMapping key(YamlMapping m, String from, String to) {
        if (!m.containsKey(from)) {
            return m;
        }
        YamlMapping copy = new YamlMapping(m.location(), m.path());
        for (String k : m.keys()) {
            copy.put(k.equals(from) ? to : k, m.keyLocation(k), m.get(k));
        }
        return copy;
    }

    /** {@code m} with the value of {@code key} replaced by {@code value} (same key location). */
    public static YamlMapping withValue(YamlMapping m, String key, YamlNode value) {
        YamlMapping copy = new YamlMapping(m.location(), m.path());
        for (String k : m.keys()) {
            copy.put(k, m.keyLocation(k), k.equals(key) ? value : m.get(k));
        }
        return copy;
    }

    /** {@code s} with other text, at the same place (quoting kept). */
    public static YamlScalar text(YamlScalar s, String text) {
        return new YamlScalar(s.location(), s.path(), text, s.plain());
    }

    /** {@code seq} with each item replaced by {@code f} of it. */
    public static YamlSequence items(YamlSequence seq, UnaryOperator<YamlNode> f) {
        YamlSequence copy = new YamlSequence(seq.location(), seq.path());
        for (YamlNode item : seq.items()) {
            copy.add(f.apply(item));
        }
        return copy;
    }
}
