package org.labourcast.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.labourcast.InputException;
import org.labourcast.Location;

/**
 * Reads the fields of one mapping, records which keys were asked for, and reports unknown ones.
 *
 * <p>Every accessor that names a key records it as known, whether or not the key is present. After reading
 * everything, call {@link #finish()}: it reports the first key (in document order) that no reader asked for,
 * in this mapping or in any nested {@code Fields} obtained through {@link #fields}, {@link #optionalFields}
 * or {@link #fieldsList}. Calling {@code finish()} on nested ones as well is harmless.
 *
 * <p>Every failure is an {@link InputException} located at the value (or at this mapping when the key is
 * absent) with the field's dotted path. Not thread-safe; use one instance per reading.
 */
public final class Fields {
    /** YAML 1.2 core decimal, plus a leading '+' and the '.5' form. No .inf/.nan, hex, octal, '_' or ','. */
    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(?:(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?(?:0|[1-9][0-9]*)");
    private static final Pattern LOOSE_NUMBER = Pattern.compile("[-+]?[0-9][0-9_,.]*(?:[eE][-+]?[0-9]+)?");
    private static final Set<String> TRUE_WORDS = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSE_WORDS = Set.of("false", "False", "FALSE");
    private static final Set<String> YAML11_BOOLEANS =
            Set.of("yes", "no", "on", "off", "y", "n");
    private static final double EXACT_WHOLE_LIMIT = 9007199254740992d; // 2^53

    private final YamlMapping mapping;
    private final Set<String> asked = new LinkedHashSet<>();
    private final Map<String, Object> nested = new HashMap<>();
    private final List<Fields> children = new ArrayList<>();

    private Fields(YamlMapping mapping) {
        if (mapping == null) {
            throw new NullPointerException("mapping");
        }
        this.mapping = mapping;
    }

    public static Fields of(YamlMapping m) {
        return new Fields(m);
    }

    public YamlMapping mapping() {
        return mapping;
    }

    public Location location() {
        return mapping.location();
    }

    public String path() {
        return mapping.path();
    }

    // ---------------------------------------------------------------- presence

    /** True when the key is present with a non-null value. */
    public boolean has(String key) {
        asked.add(key);
        YamlNode n = mapping.get(key);
        return n != null && !isNull(n);
    }

    /** The value of a required key, of any kind (never a null scalar). */
    public YamlNode node(String key) {
        return required(key, "a value");
    }

    // ---------------------------------------------------------------- text

    /** A required non-blank scalar, exactly as written: {@code NO} stays "NO", {@code 0511} stays "0511". */
    public String string(String key) {
        return toText(required(key, "a text value"));
    }

    public Optional<String> optionalString(String key) {
        YamlNode n = optional(key);
        return n == null ? Optional.empty() : Optional.of(toText(n));
    }

    /** One of {@code allowed} (exact match); otherwise "expected one of a, b, c" with a did-you-mean hint. */
    public String choice(String key, String... allowed) {
        return checkChoice(required(key, "one of " + String.join(", ", allowed)), allowed);
    }

    public Optional<String> optionalChoice(String key, String... allowed) {
        YamlNode n = optional(key);
        return n == null ? Optional.empty() : Optional.of(checkChoice(n, allowed));
    }

    private static String checkChoice(YamlNode n, String... allowed) {
        String text = toText(n);
        List<String> options = Arrays.asList(allowed);
        if (options.contains(text)) {
            return text;
        }
        String closest = Texts.closest(text, options);
        throw new InputException(n.location(), n.path(),
                "expected one of " + String.join(", ", options) + ", got '" + Texts.shown(text) + "'",
                closest == null ? null : "did you mean '" + closest + "'?");
    }

    // ---------------------------------------------------------------- numbers

    /** A required finite number, written unquoted in decimal ({@code 0.25}, {@code -3}, {@code 1.5e6}). */
    public double number(String key) {
        return toNumber(required(key, "a number"));
    }

    public OptionalDouble optionalNumber(String key) {
        YamlNode n = optional(key);
        return n == null ? OptionalDouble.empty() : OptionalDouble.of(toNumber(n));
    }

    /** A required number in {@code [min, max]}; the error states the range, e.g. "must be between 0 and 1, got 1.2". */
    public double number(String key, double min, double max) {
        return number(key, min, max, null);
    }

    /**
     * A required number in {@code [min, max]}, with the rule named in the error:
     * {@code number("rate", 0, 1, "a rate")} gives "must be between 0 and 1 (a rate), got 1.2".
     */
    public double number(String key, double min, double max, String rule) {
        YamlNode n = required(key, "a number");
        double v = toNumber(n);
        if (!(v >= min && v <= max)) {
            throw outOfRange(n, Texts.formatNumber(min), Texts.formatNumber(max), rule);
        }
        return v;
    }

    /** A required whole number that fits in an int ({@code 2030}; {@code 2.03e3} is accepted, {@code 2030.5} is not). */
    public int integer(String key) {
        return integer(key, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A required whole number in {@code [min, max]}. */
    public int integer(String key, int min, int max) {
        YamlNode n = required(key, "a whole number");
        return (int) checkWholeRange(n, toWhole(n), min, max);
    }

    public OptionalInt optionalInteger(String key) {
        YamlNode n = optional(key);
        return n == null ? OptionalInt.empty() : OptionalInt.of(toInteger(n));
    }

    /** A required 64-bit whole number, e.g. a random seed; written as digits it is exact over the whole long range. */
    public long longInteger(String key) {
        return toWhole(required(key, "a whole number"));
    }

    // ---------------------------------------------------------------- booleans

    /** A required {@code true} or {@code false} (YAML 1.2); {@code yes/no/on/off} are errors with a hint. */
    public boolean bool(String key) {
        YamlNode n = required(key, "true or false");
        if (n instanceof YamlScalar s) {
            String t = s.text();
            if (s.plain() && TRUE_WORDS.contains(t)) {
                return true;
            }
            if (s.plain() && FALSE_WORDS.contains(t)) {
                return false;
            }
            if (!s.plain() && (TRUE_WORDS.contains(t) || FALSE_WORDS.contains(t))) {
                throw new InputException(n.location(), n.path(),
                        "expected true or false, got the string \"" + Texts.shown(t) + "\"", "remove the quotes");
            }
            String hint = YAML11_BOOLEANS.contains(t.toLowerCase(Locale.ROOT))
                    ? "write true or false; yes/no/on/off are not booleans in scenario files" : null;
            throw new InputException(n.location(), n.path(), "expected true or false, got " + describe(n), hint);
        }
        throw new InputException(n.location(), n.path(), "expected true or false, got " + describe(n));
    }

    // ---------------------------------------------------------------- nested

    /** A required nested mapping. Calling it twice for one key returns the same {@code Fields}. */
    public Fields fields(String key) {
        return nestedFields(required(key, "a mapping of fields"));
    }

    public Optional<Fields> optionalFields(String key) {
        YamlNode n = optional(key);
        return n == null ? Optional.empty() : Optional.of(nestedFields(n));
    }

    /** A required non-empty sequence of mappings. */
    public List<Fields> fieldsList(String key) {
        return fieldsList(key, false);
    }

    /** A required sequence of mappings; {@code allowEmpty} says whether {@code []} is acceptable. */
    public List<Fields> fieldsList(String key, boolean allowEmpty) {
        YamlSequence seq = sequenceOf(key, "a list of mappings", allowEmpty);
        @SuppressWarnings("unchecked")
        List<Fields> cached = (List<Fields>) nested.get(key + "[]");
        if (cached != null) {
            return cached;
        }
        List<Fields> result = new ArrayList<>(seq.size());
        for (YamlNode item : seq.items()) {
            result.add(newChild(item));
        }
        List<Fields> view = Collections.unmodifiableList(result);
        nested.put(key + "[]", view);
        return view;
    }

    /** A required non-empty sequence of numbers, e.g. {@code [0.1, 0.2, 0.7]}. */
    public double[] numbers(String key) {
        YamlSequence seq = sequenceOf(key, "a list of numbers", false);
        double[] values = new double[seq.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = toNumber(seq.get(i));
        }
        return values;
    }

    /** A required non-empty sequence of non-blank scalars, kept as written. */
    public List<String> strings(String key) {
        YamlSequence seq = sequenceOf(key, "a list of text values", false);
        List<String> values = new ArrayList<>(seq.size());
        for (YamlNode item : seq.items()) {
            values.add(toText(item));
        }
        return Collections.unmodifiableList(values);
    }

    /** A required sequence of anything (may be empty). */
    public YamlSequence sequence(String key) {
        return sequenceOf(key, "a list", true);
    }

    // ---------------------------------------------------------------- errors

    /** An error located at the value of {@code key} (or at this mapping if the key is absent). */
    public InputException error(String key, String problem) {
        return error(key, problem, null);
    }

    public InputException error(String key, String problem, String hint) {
        YamlNode n = mapping.get(key);
        Location where = n != null ? n.location() : mapping.location();
        return new InputException(where, Texts.childPath(mapping.path(), key), problem, hint);
    }

    /** An error located at this mapping, e.g. for a rule across fields ("shares must sum to 1"). */
    public InputException errorHere(String problem) {
        return new InputException(mapping.location(), mapping.path(), problem);
    }

    /**
     * Throws for the first key, in document order, that was never asked for, in this mapping or any nested
     * {@code Fields} obtained from it: "unknown field 'x', expected one of: ..." located at the key, with a
     * did-you-mean hint when a known name is close.
     */
    public void finish() {
        Fields worstOwner = null;
        String worstKey = null;
        Location worstLocation = null;
        Deque<Fields> todo = new ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            Fields f = todo.pop();
            for (String key : f.mapping.keys()) {
                if (!f.asked.contains(key)) {
                    Location loc = f.mapping.keyLocation(key);
                    if (worstLocation == null || before(loc, worstLocation)) {
                        worstOwner = f;
                        worstKey = key;
                        worstLocation = loc;
                    }
                    break;
                }
            }
            for (Fields child : f.children) {
                todo.push(child);
            }
        }
        if (worstOwner != null) {
            throw worstOwner.unknown(worstKey, worstLocation);
        }
    }

    private static boolean before(Location a, Location b) {
        return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
    }

    private InputException unknown(String key, Location at) {
        String path = Texts.childPath(mapping.path(), key);
        if (asked.isEmpty()) {
            return new InputException(at, path, "unknown field '" + Texts.shown(key) + "': this section takes no fields");
        }
        String closest = Texts.closest(key, asked);
        return new InputException(at, path,
                "unknown field '" + Texts.shown(key) + "', expected one of: " + Texts.list(new TreeSet<>(asked)),
                closest == null ? null : "did you mean '" + closest + "'?");
    }

    // ---------------------------------------------------------------- static helpers for sequence items

    /** A finite number from a plain scalar, with the same rules and errors as {@link #number(String)}. */
    public static double toNumber(YamlNode node) {
        return parseNumber(node, "a number");
    }

    /** A whole number that fits in an int, with the same rules and errors as {@link #integer(String)}. */
    public static int toInteger(YamlNode node) {
        return (int) checkWholeRange(node, toWhole(node), Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A non-blank scalar kept as written, with the same rules and errors as {@link #string(String)}. */
    public static String toText(YamlNode node) {
        if (!(node instanceof YamlScalar s)) {
            throw new InputException(node.location(), node.path(), "expected a text value, got " + describe(node));
        }
        if (s.isNull()) {
            throw new InputException(node.location(), node.path(), "missing value: a text value is required");
        }
        if (s.text().isBlank()) {
            throw new InputException(node.location(), node.path(), "expected a text value, got an empty string");
        }
        return s.text();
    }

    /**
     * The candidate a misspelt name most likely meant (Damerau–Levenshtein on names folded to lower case without
     * '_' and '-'), or null when none is close: the rule behind every "did you mean" in scenario errors.
     */
    public static String closestName(String wrong, java.util.Collection<String> candidates) {
        return Texts.closest(wrong, candidates);
    }

    // ---------------------------------------------------------------- internals

    private YamlNode required(String key, String what) {
        asked.add(key);
        YamlNode n = mapping.get(key);
        String path = Texts.childPath(mapping.path(), key);
        if (n == null) {
            // A present key not asked for yet that looks like this one is most likely a typo: say so, at the typo.
            // Short keys (a1/a2, mu2/mu3) are left out: there a near miss is usually another valid field.
            for (String present : mapping.keys()) {
                if (!asked.contains(present) && present.length() >= 5 && key.length() >= 5
                        && key.equals(Texts.closest(present, List.of(key)))) {
                    throw new InputException(mapping.keyLocation(present), Texts.childPath(mapping.path(), present),
                            "unknown field '" + Texts.shown(present) + "'", "did you mean '" + Texts.shown(key) + "'?");
                }
            }
            throw new InputException(mapping.location(), path, "missing value: " + what + " is required",
                    "add the field '" + Texts.shown(key) + "'" + (mapping.path().isEmpty() ? "" : " to " + mapping.path()));
        }
        if (isNull(n)) {
            throw new InputException(n.location(), path, "missing value: " + what + " is required");
        }
        return n;
    }

    /** The value, or null when absent or written as null. */
    private YamlNode optional(String key) {
        asked.add(key);
        YamlNode n = mapping.get(key);
        return n == null || isNull(n) ? null : n;
    }

    private static boolean isNull(YamlNode n) {
        return n instanceof YamlScalar s && s.isNull();
    }

    private YamlSequence sequenceOf(String key, String what, boolean allowEmpty) {
        YamlNode n = required(key, what);
        if (!(n instanceof YamlSequence seq)) {
            throw new InputException(n.location(), n.path(), "expected " + what + ", got " + describe(n),
                    "write a list as [a, b] or as lines starting with '- '");
        }
        if (!allowEmpty && seq.size() == 0) {
            throw new InputException(n.location(), n.path(), "expected " + what + ", got an empty list");
        }
        return seq;
    }

    private Fields nestedFields(YamlNode n) {
        if (n instanceof YamlMapping m) {
            Object cached = nested.get(keyOf(m));
            if (cached instanceof Fields f) {
                return f;
            }
            Fields f = newChild(n);
            nested.put(keyOf(m), f);
            return f;
        }
        throw new InputException(n.location(), n.path(), "expected a mapping of fields (key: value), got " + describe(n));
    }

    private static String keyOf(YamlMapping m) {
        return "{}" + m.path();
    }

    private Fields newChild(YamlNode item) {
        if (!(item instanceof YamlMapping m)) {
            throw new InputException(item.location(), item.path(),
                    "expected a mapping of fields (key: value), got " + describe(item));
        }
        Fields child = new Fields(m);
        children.add(child);
        return child;
    }

    private static double parseNumber(YamlNode node, String what) {
        if (!(node instanceof YamlScalar s)) {
            throw new InputException(node.location(), node.path(), "expected " + what + ", got " + describe(node));
        }
        if (s.isNull()) {
            throw new InputException(node.location(), node.path(), "missing value: " + what + " is required");
        }
        String t = s.text();
        if (s.plain() && NUMBER.matcher(t).matches()) {
            double v = Double.parseDouble(t);
            if (Double.isInfinite(v) || Double.isNaN(v)) {
                throw new InputException(node.location(), node.path(),
                        "expected a finite number, got '" + Texts.shown(t) + "'", "the number is too large");
            }
            return v;
        }
        String got = s.plain() ? "'" + Texts.shown(t) + "'" : "the string \"" + Texts.shown(t) + "\"";
        throw new InputException(node.location(), node.path(), "expected " + what + ", got " + got, numberHint(t, s.plain()));
    }

    private static String numberHint(String raw, boolean plain) {
        String t = raw.trim();
        if (!plain && NUMBER.matcher(t).matches()) {
            return "remove the quotes";
        }
        if (t.endsWith("%") && NUMBER.matcher(t.substring(0, t.length() - 1).trim()).matches()) {
            String prefix = t.substring(0, t.length() - 1).trim();
            double share = Double.parseDouble(prefix) / 100;
            if (!Double.isFinite(share)) {
                return "write shares as fractions, e.g. 0.6 for 60%";
            }
            // 12 significant digits, so 5.6% shows as 0.056 and not as 0.055999999999999994.
            share = new java.math.BigDecimal(share).round(new java.math.MathContext(12)).doubleValue();
            return "write shares as fractions: " + Texts.formatNumber(share) + " for " + Texts.shown(prefix) + "%";
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.matches("[-+]?\\.(inf|nan)")) {
            return "only finite numbers are allowed";
        }
        if (lower.matches("[-+]?0[xob][0-9a-f_]+")) {
            return "write numbers in decimal";
        }
        if (LOOSE_NUMBER.matcher(t).matches()) {
            if (t.indexOf(',') >= 0) {
                return "write numbers without thousands separators or decimal commas, e.g. 1000 or 0.5";
            }
            if (t.indexOf('_') >= 0) {
                return "write numbers without underscores, e.g. 1000000";
            }
            if (t.matches("[-+]?0[0-9]+(\\.[0-9]*)?")) {
                return "remove the leading zeros";
            }
        }
        if (!plain && t.endsWith("%")) {
            return "write shares as fractions, e.g. 0.6 for 60%";
        }
        return null;
    }

    /** A whole number within the long range; digits are exact, other decimal forms only up to 2^53. */
    private static long toWhole(YamlNode node) {
        if (node instanceof YamlScalar s && s.plain() && WHOLE.matcher(s.text()).matches()) {
            try {
                return Long.parseLong(s.text());
            } catch (NumberFormatException e) {
                throw new InputException(node.location(), node.path(),
                        "whole number out of range, got '" + Texts.shown(s.text()) + "'",
                        "the limit is " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
            }
        }
        double v = parseNumber(node, "a whole number");
        if (v != Math.rint(v)) {
            throw new InputException(node.location(), node.path(),
                    "expected a whole number, got '" + Texts.shown(((YamlScalar) node).text()) + "'");
        }
        if (Math.abs(v) > EXACT_WHOLE_LIMIT) {
            throw new InputException(node.location(), node.path(),
                    "whole number out of range, got '" + Texts.shown(((YamlScalar) node).text()) + "'",
                    "write large whole numbers as digits without a decimal point or exponent");
        }
        return (long) v;
    }

    private static long checkWholeRange(YamlNode node, long v, long min, long max) {
        if (v < min || v > max) {
            throw outOfRange(node, Long.toString(min), Long.toString(max), null);
        }
        return v;
    }

    private static InputException outOfRange(YamlNode n, String min, String max, String rule) {
        String got = n instanceof YamlScalar s ? Texts.shown(s.text()) : describe(n);
        return new InputException(n.location(), n.path(),
                "must be between " + min + " and " + max + (rule == null ? "" : " (" + rule + ")") + ", got " + got);
    }

    private static String describe(YamlNode n) {
        if (n instanceof YamlMapping) {
            return "a mapping";
        }
        if (n instanceof YamlSequence) {
            return "a list";
        }
        YamlScalar s = (YamlScalar) n;
        if (s.isNull()) {
            return "nothing";
        }
        return s.plain() ? "'" + Texts.shown(s.text()) + "'" : "the string \"" + Texts.shown(s.text()) + "\"";
    }
}
