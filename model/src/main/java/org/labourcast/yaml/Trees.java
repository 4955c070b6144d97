package org.labourcast.yaml;

/**
 * Copies of loaded trees under new field paths. Nodes keep their own {@link org.labourcast.Location}, so a value taken from a
 * parent scenario still points into the parent's file after merging; only the path (the node's place in the merged
 * document) changes. The loader bounds the depth of every tree (64 levels by default) and merging never makes a
 * tree deeper than its inputs, so the recursion here stays shallow.
 */
final class Trees {
    private Trees() {
    }

    /** {@code node} with its path, and its descendants' paths, rebased on {@code path}; the same node if already there. */
    static YamlNode at(YamlNode node, String path) {
        if (node.path().equals(path)) {
            return node; // descendants' paths derive from their parent's, so they are right as well
        }
        if (node instanceof YamlScalar s) {
            return new YamlScalar(s.location(), path, s.text(), s.plain());
        }
        if (node instanceof YamlSequence seq) {
            YamlSequence copy = new YamlSequence(seq.location(), path);
            for (YamlNode item : seq.items()) {
                copy.add(at(item, Texts.itemPath(path, copy.size())));
            }
            return copy;
        }
        YamlMapping m = (YamlMapping) node;
        YamlMapping copy = new YamlMapping(m.location(), path);
        for (String key : m.keys()) {
            copy.put(key, m.keyLocation(key), at(m.get(key), Texts.childPath(path, key)));
        }
        return copy;
    }

    /** True for a plain {@code ~}, {@code null} or empty value. */
    static boolean isNull(YamlNode n) {
        return n instanceof YamlScalar s && s.isNull();
    }

    /** What kind of value a node is, for messages: "a mapping", "a list", "the value 0.05". */
    static String describe(YamlNode n) {
        if (n instanceof YamlMapping) {
            return "a mapping";
        }
        if (n instanceof YamlSequence) {
            return "a list";
        }
        YamlScalar s = (YamlScalar) n;
        return s.isNull() ? "null" : "the value " + (s.plain() ? Texts.shown(s.text()) : "\"" + Texts.shown(s.text()) + "\"");
    }
}
