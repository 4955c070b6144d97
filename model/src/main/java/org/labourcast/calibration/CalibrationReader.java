package org.labourcast.calibration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labourcast.Bilingual;
import org.labourcast.InputException;
import org.labourcast.Location;
import org.labourcast.experiment.AgentRun;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.scenario.Actual;
import org.labourcast.scenario.HistorySeries;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.scenario.yaml.ScenarioReference;
import org.labourcast.yaml.FieldOverride;
import org.labourcast.yaml.Fields;
import org.labourcast.yaml.SafeYamlLoader;
import org.labourcast.yaml.YamlMapping;
import org.labourcast.yaml.YamlNode;
import org.labourcast.yaml.YamlScalar;

/**
 * Reads a calibration file (docs/calibration.md) strictly, as scenario files are read: unknown fields, wrong types
 * and values that do not fit the scenario are {@link InputException}s located at file:line:column with the field
 * path. The scenario it names is read too, each free parameter is found in it (a single number, written plainly or
 * as {@code {value: x, source: …}}), and every target's observed value is looked up in the scenario's
 * {@code history:} (years up to the base year) or {@code actuals:} (later years), unless the target gives it.
 *
 * <p>The scenario is also read with each parameter at each of its bounds (the others at their start values), so
 * that bounds the scenario's own checks refuse are reported here, at the bounds, before any model run. Not
 * thread-safe: use one instance per reading.
 */
public final class CalibrationReader {
    /** The calibration file format this reader understands. */
    public static final int FORMAT_VERSION = 1;
    /** The most free parameters a calibration may have. */
    public static final int MAX_PARAMETERS = 20;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern YEARS = Pattern.compile("([0-9]{4})-([0-9]{4})");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final SafeYamlLoader loader;
    private final ScenarioReader scenarios;

    public CalibrationReader() {
        this(new SafeYamlLoader());
    }

    public CalibrationReader(SafeYamlLoader loader) {
        this.loader = loader;
        this.scenarios = new ScenarioReader(loader);
    }

    /** Reads and checks a calibration file and the scenario it names. */
    public CalibrationProblem read(Path file) {
        SafeYamlLoader.LoadedFile loaded = loader.loadFile(file);
        Fields root = Fields.of(loaded.root());
        int version = root.integer("labourcast_calibration");
        if (version != FORMAT_VERSION) {
            throw root.error("labourcast_calibration", "unsupported calibration format version " + version,
                    "this labourcast reads version " + FORMAT_VERSION);
        }
        String scenarioText = root.string("scenario");
        Location named = root.node("scenario").location();
        Path scenarioFile = ScenarioReference.resolve(file, scenarioText, named, "scenario");
        if (!Files.exists(scenarioFile)) {
            throw root.error("scenario", "scenario file not found: " + scenarioFile,
                    "the path is relative to the folder of " + file);
        }
        // Before anything opens it: a FIFO would block the reader for ever.
        ScenarioReference.requireRegularFile(scenarioFile, named, "scenario");
        LoadedScenario doc = ScenarioReference.readGuarded(scenarioFile, named, "scenario", loader,
                () -> scenarios.read(scenarioFile));
        ScenarioSpec spec = doc.spec();
        // Distribution-valued fields are calibrated at their central value (what a run without uncertainty uses).
        YamlMapping merged = scenarios.mergedTree(scenarioFile);
        org.labourcast.yaml.DistributionNodes.Extracted extracted =
                org.labourcast.yaml.DistributionNodes.extract(merged);
        YamlMapping tree = extracted.tree();
        java.util.Set<String> distributions = extracted.drawn().stream()
                .map(org.labourcast.yaml.DistributionNodes.Drawn::path)
                .collect(java.util.stream.Collectors.toSet());

        String id = root.optionalString("id").orElse(spec.id() + "-calibrated");
        if (!ID.matcher(id).matches()) {
            throw root.error("id", "id '" + id + "' must be lower-case letters, digits, '-' or '_' (at most 64)");
        }
        if (id.equals(spec.id())) {
            throw root.error("id", "the calibrated variant needs its own id, and '" + id + "' is the scenario's",
                    "choose another id, e.g. " + spec.id() + "-calibrated");
        }
        Bilingual title = root.optionalFields("title").map(CalibrationReader::bilingual)
                .orElse(new Bilingual(spec.title().en() + " (calibrated)", spec.title().zh() + "（校准）"));
        String description = root.optionalString("description").orElse("");

        List<CalibrationTarget> targets = new ArrayList<>();
        List<Fields> targetFields = root.fieldsList("targets");
        for (Fields t : targetFields) {
            targets.add(target(t, doc));
            t.finish();
        }
        boolean agentModel = targets.stream().anyMatch(t -> IndicatorCatalog.isLabour(t.indicator()));

        List<FreeParameter> parameters = new ArrayList<>();
        YamlNode parameterList = root.node("parameters");
        List<Fields> parameterFields = root.fieldsList("parameters");
        if (parameterFields.size() > MAX_PARAMETERS) {
            throw new InputException(parameterList.location(), "parameters", "at most " + MAX_PARAMETERS
                    + " parameters can be calibrated, got " + parameterFields.size());
        }
        Set<String> seen = new HashSet<>();
        for (Fields p : parameterFields) {
            FreeParameter parameter = parameter(p, tree, merged, distributions);
            if (!seen.add(parameter.path())) {
                throw p.error("path", "parameter " + parameter.path() + " is listed twice");
            }
            parameters.add(parameter);
            p.finish();
        }

        CalibrationSettings settings = settings(root.fields("settings"), doc.run(), agentModel, parameters.size(),
                targets.size());
        root.finish();
        checkBounds(scenarioFile, parameters, parameterFields, parameterList);
        return new CalibrationProblem(file, loaded.sha256(), scenarioFile, doc, id, title, description, parameters,
                targets, settings, agentModel);
    }

    private static Bilingual bilingual(Fields f) {
        Bilingual b = new Bilingual(f.string("en"), f.string("zh"));
        f.finish();
        return b;
    }

    // ---- settings ----

    private static CalibrationSettings settings(Fields s, org.labourcast.scenario.RunSettings defaults, boolean agentModel, int parameters,
                                                int targets) {
        Optimiser optimiser = Optimiser.of(s.choice("optimiser", Optimiser.labels().toArray(String[]::new)));
        int maxEvaluations = s.integer("max_evaluations", 1, 100_000);
        int runs = s.has("runs") ? s.integer("runs", 1, org.labourcast.scenario.RunSettings.MAX_RUNS) : defaults.runs();
        int scale = s.has("scale") ? s.integer("scale", 1, 1_000_000) : defaults.scale();
        long seed = s.has("seed") ? s.longInteger("seed") : defaults.seed();
        double step = s.has("jacobian_step") ? s.number("jacobian_step", 1e-9, 0.25, "a fraction of the bound width")
                : agentModel ? CalibrationSettings.AGENT_JACOBIAN_STEP : CalibrationSettings.SMOOTH_JACOBIAN_STEP;
        if (optimiser == Optimiser.BOBYQA && parameters < 2) {
            throw s.error("optimiser", "bobyqa needs at least two parameters, this calibration has one",
                    "use cma_es, or levenberg_marquardt for the cohort-component model");
        }
        if (optimiser == Optimiser.LEVENBERG_MARQUARDT && agentModel) {
            throw s.error("optimiser", "levenberg_marquardt needs a smooth model, and these targets need the"
                    + " agent-based labour model (a Monte Carlo simulation)", "use cma_es or bobyqa");
        }
        if (optimiser == Optimiser.LEVENBERG_MARQUARDT && targets < parameters) {
            throw s.error("optimiser", "levenberg_marquardt needs at least as many targets as parameters, got "
                    + targets + " targets for " + parameters + " parameters", "add targets or use cma_es");
        }
        return new CalibrationSettings(optimiser, maxEvaluations, runs, scale, seed, step);
    }

    // ---- parameters ----

    /**
     * @param tree          the scenario's merged tree with distributions at their central values
     * @param merged        the same before distributions are read (for the form the field is written in)
     * @param distributions the field paths the scenario writes as distributions (calibrated at their centre)
     */
    private FreeParameter parameter(Fields p, YamlMapping tree, YamlMapping merged,
                                    java.util.Set<String> distributions) {
        YamlNode pathNode = p.node("path");
        String path = p.string("path");
        try {
            FieldOverride.parse(path + "=0");
        } catch (InputException e) {
            throw new InputException(pathNode.location(), pathNode.path(), e.problem(), e.hint());
        }
        if (path.indexOf('[') >= 0) {
            throw new InputException(pathNode.location(), pathNode.path(), "'" + path + "' goes through a list item;"
                    + " a calibrated parameter must be a field of mappings only", "for example labour.transfer.base_rate");
        }
        // Walk the scenario's merged tree, remembering the mappings on the way for the nearest 'source'.
        List<YamlMapping> ancestors = new ArrayList<>();
        YamlNode node = tree;
        String walked = "";
        for (String key : path.split("\\.")) {
            if (!FIELD.matcher(key).matches()) {
                throw new InputException(pathNode.location(), pathNode.path(), "'" + key + "' is not a field name");
            }
            if (!(node instanceof YamlMapping m)) {
                throw new InputException(pathNode.location(), pathNode.path(), "in the scenario, " + walked
                        + " is not a mapping of fields, so it has no field '" + key + "'");
            }
            ancestors.add(m);
            YamlNode child = m.get(key);
            if (child == null || child instanceof YamlScalar s && s.isNull()) {
                String closest = Fields.closestName(key, m.keys());
                throw new InputException(pathNode.location(), pathNode.path(), "the scenario has no field '" + key
                        + "'" + (walked.isEmpty() ? "" : " in " + walked),
                        closest == null ? "check the path against the scenario file" : "did you mean '" + closest + "'?");
            }
            walked = walked.isEmpty() ? key : walked + "." + key;
            node = child;
        }
        String overridePath;
        YamlNode number;
        YamlMapping own = null;
        if (node instanceof YamlScalar) {
            overridePath = path;
            number = node;
        } else if (node instanceof YamlMapping m && m.get("value") instanceof YamlScalar
                && distributions.contains(path)) {
            // A distribution with a source in the scenario (read as {value, source}): evaluations replace it whole
            // with the number; the calibrated variant writes its value there, the note in the field's own source.
            overridePath = path;
            number = m.get("value");
            own = m;
        } else if (node instanceof YamlMapping m && m.get("value") instanceof YamlScalar) {
            overridePath = path + ".value";
            number = m.get("value");
            own = m;
        } else if (node instanceof YamlMapping m && m.containsKey("values")) {
            throw new InputException(pathNode.location(), pathNode.path(), path + " is a series (values: …) in the"
                    + " scenario (" + node.location() + "), not a single number",
                    "calibrate a constant: write the field as {value: x} in the scenario or a variant");
        } else {
            throw new InputException(pathNode.location(), pathNode.path(), path + " is not a single number in the"
                    + " scenario (" + node.location() + ")", "a parameter is a number, written x or {value: x, source: …}");
        }
        double current;
        try {
            current = Fields.toNumber(number);
        } catch (InputException e) {
            throw new InputException(pathNode.location(), pathNode.path(), path + " is not a number in the scenario ("
                    + number.location() + ")");
        }
        String sourcePath = "";
        String previous = "";
        if (own != null && own.get("source") instanceof YamlScalar s && !s.isNull()) {
            sourcePath = path;
            previous = s.text();
        } else {
            // Nearest enclosing block with a source (the root has none); the field's own mapping was handled above.
            for (int i = ancestors.size() - 1; i >= 1; i--) {
                if (ancestors.get(i).get("source") instanceof YamlScalar s && !s.isNull()) {
                    sourcePath = ancestors.get(i).path();
                    previous = s.text();
                    break;
                }
            }
        }
        YamlNode boundsNode = p.node("bounds");
        double[] bounds = p.numbers("bounds");
        if (bounds.length != 2) {
            throw new InputException(boundsNode.location(), boundsNode.path(), "expected two numbers [lower, upper], got "
                    + bounds.length);
        }
        if (!(bounds[0] < bounds[1])) {
            throw new InputException(boundsNode.location(), boundsNode.path(), "the lower bound " + fmt(bounds[0])
                    + " must be less than the upper bound " + fmt(bounds[1]));
        }
        double start = current;
        if (p.has("start")) {
            start = p.number("start");
            if (!(start >= bounds[0] && start <= bounds[1])) {
                throw p.error("start", "start " + fmt(start) + " is outside the bounds [" + fmt(bounds[0]) + ", "
                        + fmt(bounds[1]) + "]");
            }
        } else if (!(start >= bounds[0] && start <= bounds[1])) {
            throw new InputException(boundsNode.location(), boundsNode.path(), "the scenario's value of " + path + ", "
                    + fmt(start) + ", is outside the bounds [" + fmt(bounds[0]) + ", " + fmt(bounds[1]) + "]",
                    "widen the bounds or give a start value");
        }
        YamlNode written = merged;
        for (String key : path.split("\\.")) {
            if (org.labourcast.yaml.DistributionNodes.isDistribution(written)) {
                // e.g. base_rate.value of a normal: the variant could not write a distribution inside another
                throw new InputException(pathNode.location(), pathNode.path(), written.path() + " is a distribution"
                        + " in the scenario (" + written.location() + "), and " + path + " is one of its parameters",
                        "calibrate the number itself: path " + written.path());
            }
            written = ((YamlMapping) written).get(key); // the path was found in the same tree above
        }
        List<String> fieldKeys = written instanceof YamlMapping m ? m.keys() : List.of();
        return new FreeParameter(path, overridePath, bounds[0], bounds[1], start, sourcePath, previous, fieldKeys,
                p.location());
    }

    /** The scenario must read at the start values and with each parameter at each bound (the others at start). */
    private void checkBounds(Path scenarioFile, List<FreeParameter> parameters, List<Fields> fields, YamlNode list) {
        double[] start = parameters.stream().mapToDouble(FreeParameter::start).toArray();
        try {
            scenarios.read(scenarioFile, Simulator.overrides(parameters, start));
        } catch (InputException e) {
            throw new InputException(list.location(), "parameters", "the scenario is invalid at the start values: "
                    + e.getMessage(), "change the start values");
        }
        for (int i = 0; i < parameters.size(); i++) {
            FreeParameter p = parameters.get(i);
            YamlNode boundsNode = fields.get(i).node("bounds");
            for (double bound : new double[] {p.lower(), p.upper()}) {
                double[] at = start.clone();
                at[i] = bound;
                try {
                    scenarios.read(scenarioFile, Simulator.overrides(parameters, at));
                } catch (InputException e) {
                    throw new InputException(boundsNode.location(), boundsNode.path(), "the scenario is invalid with "
                            + p.path() + " at its " + (bound == p.lower() ? "lower" : "upper") + " bound " + fmt(bound)
                            + ": " + e.getMessage(), "narrow the bounds");
                }
            }
        }
    }

    // ---- targets ----

    private static CalibrationTarget target(Fields t, LoadedScenario doc) {
        ScenarioSpec spec = doc.spec();
        String indicator = t.string("indicator");
        List<String> names = spec.labourModel().isPresent() ? AgentRun.indicatorNames(spec)
                : IndicatorCatalog.names(spec.workingAge());
        if (!names.contains(indicator)) {
            if (IndicatorCatalog.isLabour(indicator)) {
                throw t.error("indicator", indicator + " is an indicator of the labour model, and the scenario has no"
                        + " labour: section");
            }
            String closest = Fields.closestName(indicator, names);
            throw t.error("indicator", "unknown indicator '" + indicator + "'",
                    closest == null ? "see the README's indicator table" : "did you mean '" + closest + "'?");
        }
        Statistic statistic = Statistic.of(t.choice("statistic", Statistic.labels().toArray(String[]::new)));
        double tolerance = t.number("tolerance");
        if (!(tolerance > 0)) {
            throw t.error("tolerance", "must be greater than 0, got " + fmt(tolerance),
                    "the residual allowed, in the indicator's unit (per year for a yearly change)");
        }
        double weight = 1;
        if (t.has("weight")) {
            weight = t.number("weight");
            if (!(weight > 0)) {
                throw t.error("weight", "must be greater than 0, got " + fmt(weight));
            }
        }
        if (t.mapping().containsKey("source") && !t.mapping().containsKey("value")) {
            throw t.error("source", "a target's source goes with its value; values from the scenario's history or"
                    + " actuals come with their own sources", "remove source, or give value as well");
        }
        boolean flow = IndicatorCatalog.isFlow(indicator);
        if (statistic == Statistic.LEVEL) {
            int year = t.integer("year", spec.baseYear(), spec.horizon());
            if (flow && year == spec.baseYear()) {
                throw t.error("year", indicator + " is a flow and has no value in the base year " + year);
            }
            Observed o = t.has("value") ? given(t) : lookUp(t, "year", doc, indicator, year);
            if (!t.has("value")) {
                o = new Observed(o.value(), o.kind() + " " + year, o.source());
            }
            return new CalibrationTarget(indicator, statistic, year, year, o.value(), o.data(), tolerance, weight,
                    t.location());
        }
        int[] observedYears = null;
        if (t.has("value") == t.has("observed_years")) {
            throw t.error(t.has("value") ? "observed_years" : "statistic", "a yearly_change target needs either"
                    + " observed_years (the observed change from the scenario's history or actuals) or value (with a"
                    + " source), not " + (t.has("value") ? "both" : "neither"));
        }
        if (t.has("observed_years")) {
            observedYears = years(t, "observed_years", 1949, spec.horizon());
        }
        int[] simulated;
        if (t.has("simulated_years")) {
            simulated = years(t, "simulated_years", spec.baseYear(), spec.horizon());
        } else {
            int span = observedYears == null ? 5 : observedYears[1] - observedYears[0];
            if (spec.baseYear() + span > spec.horizon()) {
                throw t.error("observed_years", "the default simulated window " + spec.baseYear() + "-"
                        + (spec.baseYear() + span) + " (as long as the observed one, from the base year) ends after"
                        + " the horizon " + spec.horizon(), "give simulated_years");
            }
            simulated = new int[] {spec.baseYear(), spec.baseYear() + span};
        }
        if (flow && simulated[0] == spec.baseYear()) {
            throw t.error("simulated_years", indicator + " is a flow and has no value in the base year "
                    + spec.baseYear(), "start the window a year later");
        }
        Observed o;
        if (observedYears == null) {
            o = given(t);
        } else {
            Observed from = lookUp(t, "observed_years", doc, indicator, observedYears[0]);
            Observed to = lookUp(t, "observed_years", doc, indicator, observedYears[1]);
            double change = (to.value() - from.value()) / (observedYears[1] - observedYears[0]);
            String kind = from.kind().equals(to.kind()) ? from.kind() + " " + observedYears[0] + "-" + observedYears[1]
                    : from.kind() + " " + observedYears[0] + " and " + to.kind() + " " + observedYears[1];
            String sources = from.source().equals(to.source()) ? from.source()
                    : observedYears[0] + ": " + from.source() + "; " + observedYears[1] + ": " + to.source();
            o = new Observed(change, kind, fmt(from.value()) + " to " + fmt(to.value()) + "; " + sources);
        }
        return new CalibrationTarget(indicator, statistic, simulated[0], simulated[1], o.value(), o.data(), tolerance,
                weight, t.location());
    }

    /**
     * An observed value: {@code kind} says where it was found ("history 2020", "actual 2023", "given"), {@code source}
     * is the citation.
     */
    private record Observed(double value, String kind, String source) {
        String data() {
            return kind + ": " + source;
        }
    }

    private static Observed given(Fields t) {
        double value = t.number("value");
        String source = t.string("source");
        return new Observed(value, "given", source);
    }

    /** The observed value of an indicator in a year: history up to the base year, actuals after it. */
    private static Observed lookUp(Fields t, String key, LoadedScenario doc, String indicator, int year) {
        if (year <= doc.spec().baseYear()) {
            Optional<HistorySeries> series = doc.history().stream().filter(h -> h.indicator().equals(indicator))
                    .findFirst();
            if (series.isEmpty()) {
                throw t.error(key, "the scenario's history: has no series of " + indicator,
                        "add one to the scenario, or give value and source here");
            }
            List<Integer> years = new ArrayList<>();
            for (HistorySeries.Point p : series.get().points()) {
                if (p.year() == year) {
                    String source = p.source().isEmpty() ? series.get().source() : p.source();
                    return new Observed(p.value(), "history", source);
                }
                years.add(p.year());
            }
            throw t.error(key, "the scenario's history of " + indicator + " has no value for " + year + "; it has "
                    + years, "choose one of those years, or give value and source here");
        }
        List<Integer> years = new ArrayList<>();
        for (Actual a : doc.actuals()) {
            if (a.indicator().equals(indicator)) {
                if (a.year() == year) {
                    return new Observed(a.value(), "actual", a.source());
                }
                years.add(a.year());
            }
        }
        throw t.error(key, year + " is after the base year " + doc.spec().baseYear() + ", and the scenario's actuals: have no "
                + indicator + " for it" + (years.isEmpty() ? "" : "; they have " + years),
                "add an actual to the scenario, or give value and source here");
    }

    /** A year range {@code 2015-2020} with both years in [min, max] and the first before the second. */
    private static int[] years(Fields t, String key, int min, int max) {
        YamlNode node = t.node(key);
        String text = t.string(key);
        Matcher m = YEARS.matcher(text);
        if (!m.matches()) {
            throw new InputException(node.location(), node.path(), "expected years as FROM-TO, e.g. 2015-2020, got '"
                    + text + "'");
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (from >= to) {
            throw new InputException(node.location(), node.path(), "the first year " + from
                    + " must be before the second " + to);
        }
        if (from < min || to > max) {
            throw new InputException(node.location(), node.path(), "years must lie in " + min + "-" + max + ", got "
                    + text);
        }
        return new int[] {from, to};
    }

    private static String fmt(double v) {
        return org.labourcast.Csv.number(v);
    }
}
