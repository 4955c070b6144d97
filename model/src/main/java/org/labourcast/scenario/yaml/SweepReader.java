package org.labourcast.scenario.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.labourcast.InputException;
import org.labourcast.indicators.AgeBand;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.indicators.MonteCarloSummary;
import org.labourcast.scenario.RunSettings;
import org.labourcast.sweep.definition.Design;
import org.labourcast.sweep.definition.Domain;
import org.labourcast.sweep.definition.ParameterValue;
import org.labourcast.sweep.definition.SensitivitySpec;
import org.labourcast.sweep.definition.SweepDefinition;
import org.labourcast.sweep.definition.SweepParameter;
import org.labourcast.yaml.FieldOverride;
import org.labourcast.yaml.Fields;
import org.labourcast.yaml.YamlMapping;
import org.labourcast.yaml.YamlNode;
import org.labourcast.yaml.YamlScalar;
import org.labourcast.yaml.YamlSequence;

/**
 * Reads a scenario's optional {@code sweep:} section (docs/sweeps.md) with the strictness of {@link ScenarioReader}:
 * the form of every field, the indicators and years named, baselines and scaled fields found in the scenario's
 * tree. Whether each path and value fits the scenario is checked later by applying it and reading the scenario
 * ({@code PointScenarios.validate}), which reports a misspelt path with its suggestion.
 */
final class SweepReader {
    /** Most points one sweep may have. */
    static final int MAX_POINTS = 1_000_000;
    /** Most parameters one sweep may have. */
    static final int MAX_PARAMETERS = 100;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\[\\]-]{1,100}");
    /** Column names of the sweep's tables, which a parameter may not take. */
    private static final Set<String> RESERVED = Set.of("point", "block", "indicator", "year", "stat", "value",
            "operator", "target", "kind", "probability", "median", "median_first_year_met", "status", "runs",
            "probability_low", "probability_high");

    private final YamlMapping tree;
    private final int baseYear;
    private final int horizon;
    private final List<String> indicators;
    private final boolean hasLabour;

    /**
     * @param tree the scenario's merged tree (with any {@code --set} overrides), where baselines and scaled fields
     *             are looked up
     */
    SweepReader(YamlMapping tree, int baseYear, int horizon, List<AgeBand> workingAge, boolean hasLabour) {
        this.tree = tree;
        this.baseYear = baseYear;
        this.horizon = horizon;
        List<String> names = new ArrayList<>(IndicatorCatalog.names(workingAge));
        if (hasLabour) {
            names.addAll(LabourIndicators.NAMES);
        }
        this.indicators = List.copyOf(names);
        this.hasLabour = hasLabour;
    }

    /** The sweep, or null when the scenario has no {@code sweep:} section. */
    SweepDefinition read(Fields root) {
        Optional<Fields> section = root.optionalFields("sweep");
        if (section.isEmpty()) {
            return null;
        }
        Fields f = section.get();
        Design design = Design.of(f.choice("design", Design.labels().toArray(new String[0])));
        int points = 0;
        if (design.sampled()) {
            points = f.integer("points", 1, MAX_POINTS);
        } else if (f.has("points")) {
            throw f.error("points", "a " + design.label() + " design takes no points: its points follow from the values",
                    "remove points, or choose design random, latin_hypercube or sobol");
        }
        long seed = f.has("seed") ? f.longInteger("seed") : RunSettings.DEFAULT_SEED;
        OptionalInt runs = f.has("runs_per_point") ? OptionalInt.of(f.integer("runs_per_point", 1, RunSettings.MAX_RUNS))
                : OptionalInt.empty();
        List<Fields> entries = f.fieldsList("parameters");
        if (entries.size() > MAX_PARAMETERS) {
            throw f.error("parameters", "a sweep may vary at most " + MAX_PARAMETERS + " parameters, got " + entries.size());
        }
        List<SweepParameter> parameters = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (Fields p : entries) {
            SweepParameter parameter = parameter(p, design, paths);
            for (SweepParameter other : parameters) {
                if (other.name().equals(parameter.name())) {
                    throw p.error(p.has("name") ? "name" : "path", "parameter name '" + parameter.name()
                            + "' is used twice", "give each parameter its own name");
                }
            }
            parameters.add(parameter);
        }
        checkSize(f, design, points, parameters);
        SweepDefinition.Outputs outputs = f.optionalFields("outputs").map(this::outputs)
                .orElse(SweepDefinition.Outputs.ALL);
        Optional<SensitivitySpec> sensitivity = f.optionalFields("sensitivity")
                .map(s -> sensitivity(s, design, parameters));
        if (design == Design.OAT || sensitivity.map(s -> s.method() == SensitivitySpec.Method.OAT).orElse(false)) {
            checkOneAtATime(parameters);
        }
        f.finish();
        return new SweepDefinition(parameters, design, points, seed, runs, outputs, sensitivity);
    }

    private SweepParameter parameter(Fields p, Design design, List<String> paths) {
        boolean hasPath = p.has("path");
        boolean hasScale = p.has("scale");
        if (hasPath == hasScale) {
            throw p.errorHere(hasPath ? "give either path or scale, not both"
                    : "a parameter needs path (a field set to each value) or scale (fields multiplied by it)");
        }
        String path = null;
        List<String> scale = List.of();
        YamlNode where;
        if (hasPath) {
            where = p.node("path");
            path = checkPath(where, Fields.toText(where), paths);
        } else {
            YamlSequence seq = p.sequence("scale");
            where = seq;
            if (seq.size() == 0) {
                throw p.error("scale", "scale needs at least one field path, e.g. [fertility.schedules[0].asfr]");
            }
            List<String> list = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                String itemPath = checkPath(item, Fields.toText(item), paths);
                checkScalable(item, itemPath);
                list.add(itemPath);
            }
            scale = list;
        }
        String name;
        if (p.has("name")) {
            name = p.string("name");
        } else if (hasPath) {
            name = path;
        } else {
            throw p.error("name", "a scale parameter needs a name, e.g. name: fertility_scale",
                    "the name heads its column in the outputs");
        }
        if (!NAME.matcher(name).matches()) {
            throw p.error(hasPath && !p.has("name") ? "path" : "name", "a parameter name is 1 to 100 letters, digits,"
                    + " '_', '.', '-', '[' or ']', got '" + name + "'");
        }
        if (RESERVED.contains(name)) {
            throw p.error(p.has("name") ? "name" : "path", "'" + name + "' is a column of the sweep's tables",
                    "give the parameter another name");
        }
        Domain domain = domain(p, design);
        OptionalDouble baseline = p.has("baseline") ? OptionalDouble.of(p.number("baseline"))
                : hasPath ? currentNumber(path) : OptionalDouble.of(1);
        return new SweepParameter(name, path, scale, domain, baseline, where.location(), where.path());
    }

    /** A well-formed path that no other parameter's path contains or lies within. */
    private String checkPath(YamlNode node, String path, List<String> seen) {
        try {
            FieldOverride.find(tree, path);
        } catch (IllegalArgumentException e) {
            throw new InputException(node.location(), node.path(), "cannot read the path '" + path + "': "
                    + e.getMessage(), "write a dotted field path such as labour.transfer.base_rate or"
                    + " fertility.schedules[1].asfr");
        }
        String head = path.split("[.\\[]", 2)[0];
        if (head.equals("sweep") || head.equals("extends")) {
            throw new InputException(node.location(), node.path(), "a sweep cannot vary '" + head + "'",
                    "vary a field of the scenario itself");
        }
        for (String other : seen) {
            if (nested(other, path) || nested(path, other)) {
                throw new InputException(node.location(), node.path(), other.equals(path) ? "'" + path
                        + "' is varied by two parameters" : "'" + path + "' and '" + other + "' overlap: one lies within"
                        + " the other", "vary each field by one parameter only");
            }
        }
        seen.add(path);
        return path;
    }

    private static boolean nested(String outer, String inner) {
        return inner.equals(outer) || inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }

    /** A scaled field must hold a number, a list of numbers, or a mapping with a numeric value. */
    private void checkScalable(YamlNode item, String path) {
        Optional<YamlNode> found = FieldOverride.find(tree, path);
        if (found.isEmpty()) {
            throw new InputException(item.location(), item.path(), "the scenario has no field '" + path
                    + "' to scale", "name a field that holds numbers, e.g. fertility.schedules[0].asfr");
        }
        YamlNode n = found.get();
        if (n instanceof YamlMapping m && m.get("value") != null) {
            n = m.get("value");
        }
        try {
            if (n instanceof YamlSequence seq) {
                for (YamlNode x : seq.items()) {
                    Fields.toNumber(x);
                }
                if (seq.size() > 0) {
                    return;
                }
            } else if (n instanceof YamlScalar) {
                Fields.toNumber(n);
                return;
            }
        } catch (InputException e) {
            // reported below, at the sweep
        }
        throw new InputException(item.location(), item.path(), "'" + path + "' (at " + found.get().location()
                + ") does not hold numbers to scale", "scale a number, a list of numbers or a {value: x} field");
    }

    /** The scenario's number at {@code path}: a number, or a mapping's numeric {@code value}; else empty. */
    private OptionalDouble currentNumber(String path) {
        Optional<YamlNode> found = FieldOverride.find(tree, path);
        if (found.isEmpty()) {
            return OptionalDouble.empty();
        }
        YamlNode n = found.get();
        if (n instanceof YamlMapping m && m.get("value") != null) {
            n = m.get("value");
        }
        try {
            return n instanceof YamlScalar ? OptionalDouble.of(Fields.toNumber(n)) : OptionalDouble.empty();
        } catch (InputException e) {
            return OptionalDouble.empty();
        }
    }

    private Domain domain(Fields p, Design design) {
        boolean values = p.has("values");
        boolean range = p.has("range");
        boolean distribution = p.has("distribution");
        int given = (values ? 1 : 0) + (range ? 1 : 0) + (distribution ? 1 : 0);
        if (given != 1) {
            throw p.errorHere(given == 0 ? "a parameter needs values, range or distribution"
                    : "give only one of values, range and distribution");
        }
        if (values) {
            YamlSequence seq = p.sequence("values");
            if (seq.size() == 0) {
                throw p.error("values", "values needs at least one value");
            }
            List<ParameterValue> list = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (YamlNode item : seq.items()) {
                ParameterValue v = value(item);
                if (!seen.add(v.text())) {
                    throw new InputException(item.location(), item.path(), "value " + v.text() + " is listed twice");
                }
                list.add(v);
            }
            return new Domain.Values(list);
        }
        if (range) {
            Fields r = p.fields("range");
            double from = r.number("from");
            double to = r.number("to");
            double step = r.number("step");
            if (!(step > 0)) {
                throw r.error("step", "step must be greater than 0, got " + step);
            }
            if (to < from) {
                throw r.error("to", "to (" + to + ") must not be below from (" + from + ")");
            }
            double count = Math.floor((to - from) / step + 1e-9) + 1;
            if (count > MAX_POINTS) {
                throw r.error("step", "the range has " + (long) count + " values, more than " + MAX_POINTS);
            }
            r.finish();
            List<ParameterValue> list = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < (int) count; i++) {
                double x = from + i * step;
                if (!Double.isFinite(x)) {
                    throw r.error("to", "the range's values are too large");
                }
                ParameterValue v = ParameterValue.of(x);
                if (!seen.add(v.text())) {
                    throw r.error("step", "step " + step + " is too small: values repeat at 12 significant digits");
                }
                list.add(v);
            }
            return new Domain.Values(list);
        }
        Fields d = p.fields("distribution");
        if (design == Design.GRID) {
            throw p.error("distribution", "a grid takes values or a range; a distribution needs a sampled design",
                    "use design random, latin_hypercube or sobol, or give values");
        }
        boolean uniform = d.has("uniform");
        boolean normal = d.has("normal");
        if (uniform == normal) {
            throw d.errorHere(uniform ? "give either uniform or normal" : "a distribution is {uniform: [lo, hi]} or"
                    + " {normal: [mean, sd]} (optionally with within: [lo, hi])");
        }
        Domain out;
        try {
            if (uniform) {
                double[] b = pair(d, "uniform");
                if (d.has("within")) {
                    throw d.error("within", "within applies to a normal distribution; a uniform one has its bounds");
                }
                out = new Domain.Uniform(b[0], b[1]);
            } else {
                double[] ms = pair(d, "normal");
                if (!(ms[1] > 0)) {
                    throw d.error("normal", "the standard deviation must be greater than 0, got " + ms[1]);
                }
                double[] w = d.has("within") ? pair(d, "within")
                        : new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
                out = new Domain.Normal(ms[0], ms[1], w[0], w[1]);
            }
        } catch (IllegalArgumentException e) {
            throw d.errorHere(e.getMessage());
        }
        d.finish();
        return out;
    }

    private static double[] pair(Fields d, String key) {
        double[] v = d.numbers(key);
        if (v.length != 2) {
            throw d.error(key, "expected two numbers, got " + v.length);
        }
        return v;
    }

    /** A listed value: a plain number, or a word kept as text (for fields that take words). */
    private static ParameterValue value(YamlNode item) {
        if (!(item instanceof YamlScalar s)) {
            throw new InputException(item.location(), item.path(), "a listed value must be a number or a word",
                    "to vary a list, scale it with a scale parameter");
        }
        if (s.isNull()) {
            throw new InputException(item.location(), item.path(), "a listed value must not be null");
        }
        if (s.plain()) {
            try {
                return ParameterValue.of(Fields.toNumber(item));
            } catch (InputException notANumber) {
                // a word such as none: kept as text
            }
        }
        return ParameterValue.text(Fields.toText(item));
    }

    private static void checkSize(Fields f, Design design, int points, List<SweepParameter> parameters) {
        long total = switch (design) {
            case GRID -> {
                long n = 1;
                for (SweepParameter p : parameters) {
                    n *= ((Domain.Values) p.domain()).values().size();
                    if (n > MAX_POINTS) {
                        break;
                    }
                }
                yield n;
            }
            case SOBOL -> (long) points * (parameters.size() + 2);
            case OAT -> 1 + 4L * parameters.size();
            default -> points;
        };
        if (total > MAX_POINTS) {
            throw f.error(design == Design.GRID ? "parameters" : "points", "the sweep would have " + total
                    + " points, more than " + MAX_POINTS, "split it into several sweeps");
        }
    }

    private SweepDefinition.Outputs outputs(Fields o) {
        List<String> names = o.has("indicators") ? indicatorList(o) : List.of();
        List<Integer> years = o.has("years") ? years(o, baseYear) : List.of();
        o.finish();
        return new SweepDefinition.Outputs(names, years);
    }

    private SensitivitySpec sensitivity(Fields s, Design design, List<SweepParameter> parameters) {
        SensitivitySpec.Method method = SensitivitySpec.Method.of(s.choice("method", "oat", "sobol"));
        if (method == SensitivitySpec.Method.SOBOL && design != Design.SOBOL) {
            throw s.error("method", "Sobol' indices need design: sobol (Saltelli's sampling)",
                    "set design: sobol with points: N, or use method: oat");
        }
        List<String> names = indicatorList(s);
        List<Integer> years = years(s, baseYear + 1);
        List<String> stats = hasLabour ? MonteCarloSummary.STATS : List.of(IndicatorRow.VALUE);
        String stat = s.has("stat") ? s.choice("stat", stats.toArray(new String[0])) : stats.get(0);
        double delta = s.has("delta") ? s.number("delta", 1e-6, 0.5, "a relative step") : SensitivitySpec.DEFAULT_DELTA;
        int bootstrap = s.has("bootstrap") ? s.integer("bootstrap", 0, 100_000) : SensitivitySpec.DEFAULT_BOOTSTRAP;
        double confidence = s.has("confidence") ? s.number("confidence", 0.5, 0.999)
                : SensitivitySpec.DEFAULT_CONFIDENCE;
        if (method == SensitivitySpec.Method.OAT) {
            if (s.has("bootstrap") || s.has("confidence")) {
                throw s.error(s.has("bootstrap") ? "bootstrap" : "confidence", "bootstrap intervals belong to"
                        + " method sobol; one-at-a-time elasticities have none");
            }
        } else if (s.has("delta")) {
            throw s.error("delta", "delta belongs to method oat (its ±δ points)");
        }
        for (SweepParameter p : parameters) {
            if (!p.domain().numeric()) {
                throw new InputException(p.location(), p.fieldPath(), "sensitivity needs numeric parameters, and '"
                        + p.name() + "' has text values", "remove the sensitivity section or this parameter");
            }
        }
        s.finish();
        return new SensitivitySpec(method, names, years, stat, delta, bootstrap, confidence);
    }

    /** One-at-a-time points need numbers and a non-zero baseline (they vary it by ±δ, relative steps). */
    private void checkOneAtATime(List<SweepParameter> parameters) {
        for (SweepParameter p : parameters) {
            if (!p.domain().numeric()) {
                throw new InputException(p.location(), p.fieldPath(), "one-at-a-time points need numeric parameters,"
                        + " and '" + p.name() + "' has text values", "remove it, or choose another design");
            }
            if (p.baseline().isEmpty()) {
                String suggestion = p.path() == null ? null : suggestion(p.path());
                throw new InputException(p.location(), p.fieldPath(), suggestion != null
                        ? "the scenario has no field '" + p.path() + "'"
                        : "one-at-a-time points need a baseline of '" + p.name() + "', and the scenario"
                        + " holds no single number at that path",
                        suggestion != null ? suggestion : "give baseline: x in this parameter");
            }
            if (p.baseline().getAsDouble() == 0) {
                throw new InputException(p.location(), p.fieldPath(), "the baseline of '" + p.name() + "' is 0, so"
                        + " elasticities (relative changes) are undefined", "give a non-zero baseline: x");
            }
        }
    }

    /**
     * "did you mean 'base_rate'?" when {@code path} names no field but its parent is a mapping with a close key; null
     * when the field exists or nothing is close.
     */
    private String suggestion(String path) {
        int dot = path.lastIndexOf('.');
        if (FieldOverride.find(tree, path).isPresent() || dot < 0 || path.endsWith("]")) {
            return null;
        }
        Optional<YamlNode> parent = FieldOverride.find(tree, path.substring(0, dot));
        if (parent.isEmpty() || !(parent.get() instanceof YamlMapping m)) {
            return null;
        }
        String closest = Fields.closestName(path.substring(dot + 1), m.keys());
        return closest == null ? null : "did you mean '" + closest + "'?";
    }

    private List<String> indicatorList(Fields f) {
        YamlSequence seq = f.sequence("indicators");
        if (seq.size() == 0) {
            throw f.error("indicators", "name at least one indicator");
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            String name = Fields.toText(item);
            if (!indicators.contains(name)) {
                String closest = Fields.closestName(name, indicators);
                boolean labour = !hasLabour && LabourIndicators.NAMES.contains(name);
                throw new InputException(item.location(), item.path(), labour ? "'" + name + "' is produced by the"
                        + " labour model, and this scenario has no labour: section" : "unknown indicator '" + name + "'",
                        labour ? null : closest != null ? "did you mean '" + closest + "'?"
                                : "the README lists the indicators");
            }
            if (out.contains(name)) {
                throw new InputException(item.location(), item.path(), "indicator " + name + " is listed twice");
            }
            out.add(name);
        }
        return out;
    }

    private List<Integer> years(Fields f, int first) {
        YamlSequence seq = f.sequence("years");
        if (seq.size() == 0) {
            throw f.error("years", "name at least one year");
        }
        List<Integer> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            int y = Fields.toInteger(item);
            if (y < first || y > horizon) {
                throw new InputException(item.location(), item.path(), "year " + y + " is outside " + first + "-"
                        + horizon + (first > baseYear ? " (the projected years after the base year)" : ""));
            }
            if (out.contains(y)) {
                throw new InputException(item.location(), item.path(), "year " + y + " is listed twice");
            }
            out.add(y);
        }
        return out;
    }
}
