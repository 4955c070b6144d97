package org.labourcast.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.labourcast.InputException;
import org.labourcast.Location;
import org.labourcast.uncertainty.Distribution;

/**
 * Finds the distribution-valued numbers of a scenario tree (docs/uncertainty.md, "Distributions in a scenario") and
 * replaces each by its central value, so the section readers, which know each field's range, read it as a plain
 * number. A mapping is a distribution when it has one of the keys {@code sd}, {@code uniform}, {@code beta},
 * {@code lognormal} or {@code basis}:
 * <pre>
 *   {value: 0.05, sd: 0.01, within: [0, 1], basis: assumption, source: "…"}   normal (within: truncation)
 *   {uniform: [a, b], basis: …}                                                   uniform
 *   {beta: {mean: m, sd: s}, basis: …}  or  {beta: [alpha, beta], basis: …}      beta on (0, 1)
 *   {lognormal: {median: m, sd_log: s}, basis: …}                                 log-normal on (0, ∞)
 * </pre>
 * A distribution with a {@code source} becomes {@code {value: central, source}} (the form the labour and lever
 * readers take for a cited number), else the plain number. The {@code sweep:} section is left alone (its parameters
 * have distributions of their own); {@code targets}, {@code actuals}, {@code history} and {@code simulation} refuse
 * distributions. Every mistake is an {@link InputException} at the offending value, with its field path.
 */
public final class DistributionNodes {
    /** How the distribution's width was found. */
    public static final List<String> BASES = List.of("calibrated", "assumption");
    private static final Set<String> MARKERS = Set.of("sd", "uniform", "beta", "lognormal", "basis");
    /** Every key a distribution's mapping may have. */
    public static final Set<String> KEYS = Set.of("value", "sd", "within", "uniform", "beta", "lognormal", "basis",
            "source");
    private static final Set<String> NOT_DRAWN = Set.of("targets", "actuals", "history", "simulation");
    private static final String SWEEP = "sweep";

    private DistributionNodes() {
    }

    /**
     * One distribution-valued number.
     *
     * @param path       the field path of the number ({@code labour.base.surveyed_unemployment_rate})
     * @param valuePath  where its value sits in the central tree: {@code path}, or {@code path.value} when the number
     *                   kept a {@code source}
     * @param location   where the distribution is written
     * @param basis      {@code calibrated} or {@code assumption}
     * @param source     its citation or reason, or null
     */
    public record Drawn(String path, String valuePath, Location location, Distribution distribution, String basis,
                        String source) {
    }

    /** The tree with every distribution replaced by its central value, and the distributions in document order. */
    public record Extracted(YamlMapping tree, List<Drawn> drawn) {
        public Extracted {
            drawn = List.copyOf(drawn);
        }
    }

    /** Whether a node is written as a distribution (a mapping with one of the distribution keys). */
    public static boolean isDistribution(YamlNode n) {
        return n instanceof YamlMapping m && isDistribution(m.keys());
    }

    /** Whether a mapping with these keys is a distribution. */
    public static boolean isDistribution(Collection<String> keys) {
        for (String k : keys) {
            if (MARKERS.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a variant's mapping replaces its parent's number as a whole instead of merging into it: when the
     * child gives another distribution kind than the parent's (including a distribution over a plain
     * {@code {value, source}}), or a {@code value} without a kind over a parent distribution that has no
     * {@code value} of its own (uniform, beta, log-normal). So {@code base_rate: {value: 0.07}} over a beta fixes the
     * number at 0.07, {@code {beta: {mean: 0.06, sd: 0.01}}} over it replaces its parameters, and
     * {@code {sd: 0.02}} over a normal only changes its sd.
     */
    static boolean replaces(YamlMapping parent, YamlMapping child) {
        return replaces(parent.keys(), child.keys());
    }

    /**
     * {@link #replaces(YamlMapping, YamlMapping)} by the mappings' keys: for a writer of variants (the calibrated
     * variant) that must know which of the parent's keys a child mapping keeps.
     */
    public static boolean replaces(Collection<String> parentKeys, Collection<String> childKeys) {
        Set<String> pk = kinds(parentKeys);
        Set<String> ck = kinds(childKeys);
        if (!ck.isEmpty()) {
            return !ck.equals(pk);
        }
        return !pk.isEmpty() && childKeys.contains("value") && !parentKeys.contains("value");
    }

    private static Set<String> kinds(Collection<String> keys) {
        Set<String> out = new java.util.TreeSet<>();
        for (String k : List.of("sd", "uniform", "beta", "lognormal")) {
            if (keys.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** @throws InputException for a malformed distribution or one where no distribution may stand */
    public static Extracted extract(YamlMapping root) {
        List<Drawn> drawn = new ArrayList<>();
        YamlMapping tree = (YamlMapping) walk(root, drawn, null);
        return new Extracted(tree, drawn);
    }

    /**
     * The tree with the scalars at {@code values}' paths replaced by plain numbers (the text as given), located
     * where the replaced scalars were; subtrees without a replaced path are shared, not copied.
     *
     * @param values value path → number text, e.g. {@code labour.base.surveyed_unemployment_rate → 0.0587}
     */
    public static YamlMapping withNumbers(YamlMapping root, Map<String, String> values) {
        return (YamlMapping) replace(root, values);
    }

    private static YamlNode replace(YamlNode node, Map<String, String> values) {
        if (node instanceof YamlScalar s) {
            String text = values.get(s.path());
            return text == null ? s : new YamlScalar(s.location(), s.path(), text, true);
        }
        if (!touches(node.path(), values)) {
            return node;
        }
        if (node instanceof YamlSequence seq) {
            YamlSequence copy = new YamlSequence(seq.location(), seq.path());
            seq.items().forEach(i -> copy.add(replace(i, values)));
            return copy;
        }
        YamlMapping m = (YamlMapping) node;
        YamlMapping copy = new YamlMapping(m.location(), m.path());
        for (String k : m.keys()) {
            copy.put(k, m.keyLocation(k), replace(m.get(k), values));
        }
        return copy;
    }

    private static boolean touches(String path, Map<String, String> values) {
        if (path.isEmpty()) {
            return true;
        }
        for (String p : values.keySet()) {
            if (p.startsWith(path) && (p.length() == path.length() || p.charAt(path.length()) == '.'
                    || p.charAt(path.length()) == '[')) {
                return true;
            }
        }
        return false;
    }

    /** A copy of {@code node} with distributions replaced; {@code refuse} names the section that takes none. */
    private static YamlNode walk(YamlNode node, List<Drawn> drawn, String refuse) {
        if (isDistribution(node)) {
            if (refuse != null) {
                throw new InputException(node.location(), node.path(), "a distribution cannot stand in '" + refuse
                        + "'", "distributions are for model inputs; " + refuse + " takes plain numbers");
            }
            return central((YamlMapping) node, drawn);
        }
        if (node instanceof YamlSequence seq) {
            YamlSequence copy = new YamlSequence(seq.location(), seq.path());
            seq.items().forEach(i -> copy.add(walk(i, drawn, refuse)));
            return copy;
        }
        if (node instanceof YamlMapping m) {
            YamlMapping copy = new YamlMapping(m.location(), m.path());
            for (String k : m.keys()) {
                boolean top = m.path().isEmpty();
                YamlNode child = m.get(k);
                YamlNode out = top && k.equals(SWEEP) ? child
                        : walk(child, drawn, refuse != null ? refuse : top && NOT_DRAWN.contains(k) ? k : null);
                copy.put(k, m.keyLocation(k), out);
            }
            return copy;
        }
        return node;
    }

    /** Reads one distribution and returns the node that replaces it. */
    private static YamlNode central(YamlMapping m, List<Drawn> drawn) {
        Fields f = Fields.of(m);
        Distribution d = distribution(f);
        String basis = f.choice("basis", BASES.toArray(String[]::new));
        String source = f.optionalString("source").orElse(null);
        f.finish();
        String text = Double.toString(d.central());
        if (source == null) {
            drawn.add(new Drawn(m.path(), m.path(), m.location(), d, basis, null));
            return new YamlScalar(m.location(), m.path(), text, true);
        }
        String valuePath = Texts.childPath(m.path(), "value");
        YamlMapping out = new YamlMapping(m.location(), m.path());
        out.put("value", m.location(), new YamlScalar(m.location(), valuePath, text, true));
        out.put("source", m.keyLocation("source"), m.get("source"));
        drawn.add(new Drawn(m.path(), valuePath, m.location(), d, basis, source));
        return out;
    }

    private static Distribution distribution(Fields f) {
        List<String> kinds = new ArrayList<>();
        for (String k : List.of("sd", "uniform", "beta", "lognormal")) {
            if (f.has(k)) {
                kinds.add(k);
            }
        }
        if (kinds.size() != 1) {
            throw f.errorHere(kinds.isEmpty() ? "a distribution needs one of sd (with value), uniform, beta or"
                    + " lognormal" : "give one distribution, not " + String.join(" and ", kinds));
        }
        String kind = kinds.get(0);
        if (!kind.equals("sd") && f.has("value")) {
            throw f.error("value", "a " + kind + " distribution has its own central value; remove 'value'",
                    "the central value of uniform is the midpoint, of beta the mean, of lognormal the median");
        }
        if (!kind.equals("sd") && f.has("within")) {
            throw f.error("within", "'within' truncates a normal distribution ({value, sd}); " + kind
                    + " has its own support");
        }
        switch (kind) {
            case "sd" -> {
                double mean = f.number("value");
                double sd = nonNegative(f, "sd", "a standard deviation");
                double lo = Double.NEGATIVE_INFINITY;
                double hi = Double.POSITIVE_INFINITY;
                if (f.has("within")) {
                    double[] w = pair(f, "within");
                    lo = w[0];
                    hi = w[1];
                    if (!(mean >= lo && mean <= hi)) {
                        throw f.error("value", "the value " + NumberRange.plain(mean) + " lies outside within: ["
                                + NumberRange.plain(lo) + ", " + NumberRange.plain(hi) + "]");
                    }
                }
                return new Distribution.Normal(mean, sd, lo, hi);
            }
            case "uniform" -> {
                double[] b = pair(f, "uniform");
                return new Distribution.Uniform(b[0], b[1]);
            }
            case "beta" -> {
                YamlNode n = f.node("beta");
                if (n instanceof YamlSequence) {
                    double[] ab = f.numbers("beta");
                    if (ab.length != 2 || !(ab[0] > 0) || !(ab[1] > 0)) {
                        throw f.error("beta", "expected two positive shape parameters [alpha, beta]",
                                "or write beta: {mean: m, sd: s}");
                    }
                    return new Distribution.Beta(ab[0], ab[1]);
                }
                Fields b = f.fields("beta");
                double mean = b.number("mean");
                double sd = nonNegative(b, "sd", "a standard deviation");
                b.finish();
                try {
                    return Distribution.Beta.ofMeanSd(mean, sd);
                } catch (IllegalArgumentException e) {
                    throw b.error(mean > 0 && mean < 1 ? "sd" : "mean", e.getMessage(),
                            "a beta lives on (0, 1): its mean must lie inside and its sd below sqrt(mean (1 − mean))");
                }
            }
            default -> {
                Fields l = f.fields("lognormal");
                double median = l.number("median");
                if (!(median > 0)) {
                    throw l.error("median", "a log-normal's median must be greater than 0, got "
                            + NumberRange.plain(median));
                }
                double sdLog = nonNegative(l, "sd_log", "the standard deviation of the logarithm");
                l.finish();
                return new Distribution.LogNormal(median, sdLog);
            }
        }
    }

    private static double nonNegative(Fields f, String key, String what) {
        double v = f.number(key);
        if (!(v >= 0)) {
            throw f.error(key, what + " cannot be negative, got " + NumberRange.plain(v));
        }
        return v;
    }

    /** Two numbers {@code [lo, hi]} with {@code lo < hi}; reversed or equal bounds are an error at the list. */
    private static double[] pair(Fields f, String key) {
        double[] v = f.numbers(key);
        if (v.length != 2) {
            throw f.error(key, "expected two numbers [lower, upper], got " + v.length);
        }
        if (!(v[0] < v[1])) {
            throw f.error(key, "the bounds are reversed or equal: [" + NumberRange.plain(v[0]) + ", "
                    + NumberRange.plain(v[1]) + "]", "write the lower bound first, e.g. [0.02, 0.08]");
        }
        return v;
    }
}
