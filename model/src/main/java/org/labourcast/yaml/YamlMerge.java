package org.labourcast.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.labourcast.InputException;
import org.labourcast.Location;

/**
 * Merges a variant's tree over its parent's, field path by field path (the rules are documented in
 * docs/scenario-format.md, "Variants"):
 *
 * <ul>
 *   <li>a mapping in both merges key by key, recursively; keys only in the parent are kept;</li>
 *   <li>a child value of {@code ~} / {@code null} (or no value) removes the parent's key; naming a key the parent
 *       does not have is an error, so a misspelt removal cannot go unnoticed;</li>
 *   <li>any other child value (a scalar, a list, or a mapping where the parent has a scalar) replaces the parent's
 *       value whole; so does a mapping at one of the {@code wholePaths};</li>
 *   <li>a child <em>mapping</em> where the parent has a list of mappings changes that list item by item with the
 *       operations {@code remove}, {@code update}, {@code replace} and {@code add} (applied in that order), items
 *       being named as the {@link ItemKey} for the list's field name says.</li>
 * </ul>
 *
 * <p>Every node keeps the {@link Location} it was loaded with, so an error in a value inherited from the parent
 * points into the parent's file and an error in an override into the child's; paths are those of the merged
 * document (a parent's {@code targets[3]} is {@code targets[2]} after one earlier target is removed). A merged
 * mapping is located where the child writes it. Errors in the operations themselves are {@link InputException}s
 * located in the child. Immutable and thread-safe.
 */
public final class YamlMerge {
    public static final String REMOVE = "remove";
    public static final String UPDATE = "update";
    public static final String REPLACE = "replace";
    public static final String ADD = "add";
    /** The list operations, in the order they are applied. */
    public static final List<String> OPERATIONS = List.of(REMOVE, UPDATE, REPLACE, ADD);

    private static final int MAX_NAMES_SHOWN = 12;

    /**
     * How the items of a list of mappings are named in {@code remove}, {@code update} and {@code replace}: by the
     * first alternative whose fields the item carries, their values joined by {@code '@'}.
     * {@code ItemKey.fields("indicator", "year")} names a target {@code urbanization_rate@2025};
     * {@code ItemKey.anyOf("year", "period")} names a time entry {@code 2025} or {@code 2020-2025}.
     *
     * @param alternatives lists of field names, tried in order
     */
    public record ItemKey(List<List<String>> alternatives) {
        public ItemKey {
            if (alternatives == null || alternatives.isEmpty()) {
                throw new IllegalArgumentException("an item key needs at least one alternative");
            }
            List<List<String>> copy = new ArrayList<>();
            for (List<String> a : alternatives) {
                if (a == null || a.isEmpty()) {
                    throw new IllegalArgumentException("an item key alternative needs at least one field");
                }
                copy.add(List.copyOf(a));
            }
            alternatives = List.copyOf(copy);
        }

        /** Items named by all of these fields, e.g. {@code indicator@year}. */
        public static ItemKey fields(String... fields) {
            return new ItemKey(List.of(List.of(fields)));
        }

        /** Items named by whichever one of these fields they carry, e.g. {@code year} or {@code period}. */
        public static ItemKey anyOf(String... fields) {
            List<List<String>> alternatives = new ArrayList<>();
            for (String f : fields) {
                alternatives.add(List.of(f));
            }
            return new ItemKey(alternatives);
        }

        /** How a name is written, for messages: {@code indicator@year}, {@code year or period}. */
        public String describe() {
            List<String> forms = new ArrayList<>();
            for (List<String> a : alternatives) {
                forms.add(String.join("@", a));
            }
            return String.join(" or ", forms);
        }

        /** Whether {@code field} is one of the fields that name an item. */
        boolean names(String field) {
            return alternatives.stream().anyMatch(a -> a.contains(field));
        }

        /**
         * The item's name, or null when it is not a mapping or lacks the fields of every alternative. A field
         * written {@code {en, zh}} names the item by its English text.
         */
        public String nameOf(YamlNode item) {
            if (!(item instanceof YamlMapping m)) {
                return null;
            }
            for (List<String> a : alternatives) {
                StringBuilder name = new StringBuilder();
                boolean complete = true;
                for (String field : a) {
                    YamlNode v = m.get(field);
                    if (v instanceof YamlMapping bilingual) {
                        v = bilingual.get("en"); // a {en, zh} name is named by its English text
                    }
                    if (!(v instanceof YamlScalar s) || s.isNull() || s.text().isBlank()) {
                        complete = false;
                        break;
                    }
                    if (name.length() > 0) {
                        name.append('@');
                    }
                    name.append(s.text().strip());
                }
                if (complete) {
                    return name.toString();
                }
            }
            return null;
        }
    }

    private final Function<String, ItemKey> itemKeys;
    private final Set<String> wholePaths;

    /**
     * @param itemKeyByListName how items are named, given the list's field name (the last key of its path,
     *                          e.g. {@code targets} or {@code schedules}); never returns null
     * @param wholePaths        paths where a child mapping replaces the parent's instead of merging, e.g. "title"
     */
    public YamlMerge(Function<String, ItemKey> itemKeyByListName, Set<String> wholePaths) {
        this.itemKeys = Objects.requireNonNull(itemKeyByListName, "itemKeyByListName");
        this.wholePaths = Set.copyOf(wholePaths);
    }

    /** The child's tree merged over the parent's; neither is changed. */
    public YamlMapping merge(YamlMapping parent, YamlMapping child) {
        return mergeMappings(parent, child, "");
    }

    /** A copy of {@code m} without {@code key} (the same mapping if it has no such key). */
    public static YamlMapping withoutKey(YamlMapping m, String key) {
        if (!m.containsKey(key)) {
            return m;
        }
        YamlMapping copy = new YamlMapping(m.location(), m.path());
        for (String k : m.keys()) {
            if (!k.equals(key)) {
                copy.put(k, m.keyLocation(k), m.get(k));
            }
        }
        return copy;
    }

    private YamlMapping mergeMappings(YamlMapping parent, YamlMapping child, String path) {
        YamlMapping out = new YamlMapping(child.location(), path);
        for (String key : parent.keys()) {
            String p = Texts.childPath(path, key);
            YamlNode pv = parent.get(key);
            if (!child.containsKey(key)) {
                out.put(key, parent.keyLocation(key), Trees.at(pv, p));
                continue;
            }
            YamlNode cv = child.get(key);
            if (!Trees.isNull(cv)) {
                out.put(key, child.keyLocation(key), mergeValues(pv, cv, p));
            }
        }
        for (String key : child.keys()) {
            if (parent.containsKey(key)) {
                continue;
            }
            String p = Texts.childPath(path, key);
            YamlNode cv = child.get(key);
            if (Trees.isNull(cv)) {
                String closest = Texts.closest(key, parent.keys());
                throw new InputException(child.keyLocation(key), p,
                        "cannot remove '" + Texts.shown(key) + "': the parent scenario has no such field"
                                + (path.isEmpty() ? "" : " in " + path),
                        closest == null ? null : "did you mean '" + closest + "'?");
            }
            out.put(key, child.keyLocation(key), Trees.at(cv, p));
        }
        return out;
    }

    private YamlNode mergeValues(YamlNode pv, YamlNode cv, String path) {
        if (cv instanceof YamlMapping cm) {
            if (pv instanceof YamlMapping pm && DistributionNodes.replaces(pm, cm)) {
                return Trees.at(cv, path); // a number given in another form replaces the parent's (docs/uncertainty.md)
            }
            if (pv instanceof YamlMapping pm && !wholePaths.contains(path)) {
                return mergeMappings(pm, cm, path);
            }
            if (pv instanceof YamlSequence ps && isListOfMappings(ps)) {
                return changeList(ps, cm, path);
            }
        }
        return Trees.at(cv, path);
    }

    private static boolean isListOfMappings(YamlSequence s) {
        for (YamlNode item : s.items()) {
            if (!(item instanceof YamlMapping)) {
                return false;
            }
        }
        return true;
    }

    /** The parent's list of mappings changed by the child's list operations. */
    private YamlSequence changeList(YamlSequence list, YamlMapping ops, String path) {
        ItemKey key = itemKeys.apply(listName(path));
        if (ops.size() == 0) {
            throw new InputException(ops.location(), path, "no list operation given",
                    "write " + String.join(", ", OPERATIONS) + " (docs/scenario-format.md, Variants), or a list to"
                            + " replace the parent's list whole");
        }
        for (String op : ops.keys()) {
            if (!OPERATIONS.contains(op)) {
                String closest = Texts.closest(op, OPERATIONS);
                throw new InputException(ops.keyLocation(op), Texts.childPath(path, op),
                        "unknown list operation '" + Texts.shown(op) + "': a mapping given for the list '" + path
                                + "' changes the parent's list with " + String.join(", ", OPERATIONS),
                        closest != null ? "did you mean '" + closest + "'?"
                                : "to replace the whole list, write it as a list");
            }
        }
        List<YamlNode> items = new ArrayList<>(list.items());
        Map<String, Location> named = new HashMap<>();

        for (YamlNode n : operationItems(ops, REMOVE, path)) {
            String name = nameToRemove(n, key);
            noteNamed(named, name, n);
            items.remove(find(items, key, name, n, path));
        }
        for (YamlNode n : operationItems(ops, UPDATE, path)) {
            YamlMapping change = namedItem(n, key, UPDATE);
            String name = key.nameOf(change);
            noteNamed(named, name, n);
            int i = find(items, key, name, n, path);
            YamlMapping item = (YamlMapping) items.get(i);
            items.set(i, mergeMappings(item, keepBilingualNames(item, change, key), Texts.itemPath(path, i)));
        }
        for (YamlNode n : operationItems(ops, REPLACE, path)) {
            YamlMapping replacement = namedItem(n, key, REPLACE);
            String name = key.nameOf(replacement);
            noteNamed(named, name, n);
            items.set(find(items, key, name, n, path), replacement);
        }
        for (YamlNode n : operationItems(ops, ADD, path)) {
            String name = key.nameOf(n);
            if (name != null) {
                for (YamlNode existing : items) {
                    if (name.equals(key.nameOf(existing))) {
                        throw new InputException(n.location(), n.path(),
                                "'" + Texts.shown(name) + "' is already in the list '" + path + "' (at "
                                        + existing.location() + ")",
                                "use update or replace to change it, or remove it first");
                    }
                }
            }
            items.add(n);
        }

        YamlSequence out = new YamlSequence(ops.location(), path);
        for (YamlNode item : items) {
            out.add(Trees.at(item, Texts.itemPath(path, out.size())));
        }
        return out;
    }

    /** The field name of a list path: {@code targets} for "targets", {@code schedules} for "fertility.schedules". */
    private static String listName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static List<YamlNode> operationItems(YamlMapping ops, String op, String path) {
        YamlNode n = ops.get(op);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof YamlSequence seq)) {
            String example = REMOVE.equals(op) ? "[name, other-name]" : "[{...}, {...}]";
            throw new InputException(n.location(), Texts.childPath(path, op),
                    "expected a list after '" + op + "', got " + Trees.describe(n),
                    "write " + op + ": " + example + ", or one item per line starting with '- '");
        }
        return seq.items();
    }

    /**
     * An update that names an item with a {@code {en, zh}} name by its English text alone must not replace the
     * bilingual name with that text: the change without those fields.
     */
    private static YamlMapping keepBilingualNames(YamlMapping item, YamlMapping change, ItemKey key) {
        List<String> drop = new ArrayList<>();
        for (String k : change.keys()) {
            if (key.names(k) && item.get(k) instanceof YamlMapping named && named.get("en") != null
                    && change.get(k) instanceof YamlScalar) {
                drop.add(k);
            }
        }
        if (drop.isEmpty()) {
            return change;
        }
        YamlMapping copy = new YamlMapping(change.location(), change.path());
        for (String k : change.keys()) {
            if (!drop.contains(k)) {
                copy.put(k, change.keyLocation(k), change.get(k));
            }
        }
        return copy;
    }

    private static String nameToRemove(YamlNode n, ItemKey key) {
        if (!(n instanceof YamlScalar s) || s.isNull() || s.text().isBlank()) {
            throw new InputException(n.location(), n.path(),
                    "expected the name of an item to remove (" + key.describe() + "), got " + Trees.describe(n));
        }
        return s.text().strip();
    }

    private static YamlMapping namedItem(YamlNode n, ItemKey key, String op) {
        if (!(n instanceof YamlMapping m)) {
            throw new InputException(n.location(), n.path(),
                    "expected an item (a mapping of fields) to " + op + ", got " + Trees.describe(n));
        }
        if (key.nameOf(m) == null) {
            throw new InputException(n.location(), n.path(),
                    "an item to " + op + " must say which item it is: give " + key.describe());
        }
        return m;
    }

    private static void noteNamed(Map<String, Location> named, String name, YamlNode at) {
        Location first = named.putIfAbsent(name, at.location());
        if (first != null) {
            throw new InputException(at.location(), at.path(), "'" + Texts.shown(name)
                    + "' is already changed by this variant (at " + first + ")",
                    "name each item at most once in remove, update and replace");
        }
    }

    /** The index of the one item called {@code name}; an error located at {@code at} when there is none or several. */
    private static int find(List<YamlNode> items, ItemKey key, String name, YamlNode at, String path) {
        int found = -1;
        int count = 0;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String n = key.nameOf(items.get(i));
            if (n == null) {
                continue;
            }
            names.add(n);
            if (n.equals(name)) {
                found = found < 0 ? i : found;
                count++;
            }
        }
        if (count == 1) {
            return found;
        }
        if (count > 1) {
            throw new InputException(at.location(), at.path(), "'" + Texts.shown(name) + "' names " + count
                    + " items of the list '" + path + "', so it cannot say which one is meant",
                    "replace the whole list by writing it as a list");
        }
        String closest = Texts.closest(name, names);
        String hint;
        if (closest != null) {
            hint = "did you mean '" + closest + "'?";
        } else if (names.isEmpty()) {
            hint = "the list has no items named by " + key.describe();
        } else {
            List<String> shown = names.size() > MAX_NAMES_SHOWN ? names.subList(0, MAX_NAMES_SHOWN) : names;
            hint = "the list has " + Texts.list(shown) + (names.size() > shown.size() ? ", …" : "");
        }
        throw new InputException(at.location(), at.path(), "no item '" + Texts.shown(name) + "' in the list '" + path
                + "' (items are named by " + key.describe() + ")", hint);
    }
}
