package org.labourcast.scenario.yaml;

import static org.labourcast.scenario.yaml.SharedReaders.ageGroups;
import static org.labourcast.scenario.yaml.SharedReaders.anchor;
import static org.labourcast.scenario.yaml.SharedReaders.exactlyOne;
import static org.labourcast.scenario.yaml.SharedReaders.numbers;
import static org.labourcast.scenario.yaml.SharedReaders.readScalarEntries;
import static org.labourcast.scenario.yaml.SharedReaders.requireSumOne;
import static org.labourcast.scenario.yaml.SharedReaders.scalarSeries;
import static org.labourcast.scenario.yaml.SharedReaders.series;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.labourcast.ArrayValues;
import org.labourcast.Bilingual;
import org.labourcast.InputException;
import org.labourcast.Sha256;
import org.labourcast.TimeAnchor;
import org.labourcast.TimeSeries;
import org.labourcast.demography.AgeGroup;
import org.labourcast.demography.AgeSplitter;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.LifeTable;
import org.labourcast.demography.NetMigrationProjection;
import org.labourcast.demography.Residence;
import org.labourcast.demography.RogersCastro;
import org.labourcast.demography.Sex;
import org.labourcast.demography.UrbanizationProjection;
import org.labourcast.indicators.AgeBand;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.policy.Lever;
import org.labourcast.scenario.Actual;
import org.labourcast.scenario.BasePopulation;
import org.labourcast.scenario.FertilityAssumption;
import org.labourcast.scenario.HistorySeries;
import org.labourcast.scenario.InputFile;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.MigrationAssumption;
import org.labourcast.scenario.MortalityAssumption;
import org.labourcast.scenario.Operator;
import org.labourcast.scenario.Region;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.RuralUrbanMoveAssumption;
import org.labourcast.scenario.ScenarioFile;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ScenarioUncertainty;
import org.labourcast.scenario.Target;
import org.labourcast.scenario.UrbanizationPath;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.sweep.definition.SweepDefinition;
import org.labourcast.uncertainty.Distribution;
import org.labourcast.yaml.DistributionNodes;
import org.labourcast.yaml.FieldOverride;
import org.labourcast.yaml.Fields;
import org.labourcast.yaml.SafeYamlLoader;
import org.labourcast.yaml.YamlMapping;
import org.labourcast.yaml.YamlMerge;
import org.labourcast.yaml.YamlNode;
import org.labourcast.yaml.YamlSequence;

/**
 * Reads a scenario file (format documented in docs/scenario-format.md) strictly: unknown fields, wrong types,
 * missing numbers and out-of-range values are {@link InputException}s naming file:line:column and the field path.
 * Grouped demographic inputs are turned into single years here, so the engines only see single-year schedules.
 * The optional {@code labour:} section is read by {@link LabourReader}, the optional {@code levers:} list by
 * {@link LeverReader}, {@code actuals:} by {@link ActualsReader}, {@code history:} (observed series for
 * forecasting) by {@link HistoryReader}, {@code sweep:} (parameter sweeps, docs/sweeps.md) by {@link SweepReader};
 * {@code simulation:} gives default run settings. A file with
 * {@code extends:} is merged over its parent first ({@link Variants}), and {@code --set} overrides are applied to
 * the merged tree ({@link FieldOverride}).
 */
public final class ScenarioReader {
    /** The scenario format version this reader understands. */
    public static final int FORMAT_VERSION = 1;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final String RC_STANDARD = "rogers_castro_labour";
    /** The most years a projection may span (the horizon at most base year + 100): a lifetime, and more than any input. */
    public static final int MAX_SPAN = 100;

    private final SafeYamlLoader loader;

    public ScenarioReader() {
        this(new SafeYamlLoader());
    }

    public ScenarioReader(SafeYamlLoader loader) {
        this.loader = loader;
    }

    /**
     * Reads and validates a scenario file; a file with {@code extends: parent.yaml} is read as its parent with
     * the file's fields merged over it (docs/scenario-format.md, "Variants").
     */
    public LoadedScenario read(Path file) {
        return read(file, List.of());
    }

    /**
     * Reads and validates a scenario file with command-line overrides ({@code --set path=value}) applied, in
     * order, to the tree merged from the file and its parents, before the tree is read.
     */
    public LoadedScenario read(Path file, List<FieldOverride> overrides) {
        return read(resolve(file), overrides);
    }

    /**
     * A scenario file with its parents merged ({@code extends}), read once so that it can be read many times with
     * different overrides ({@link #read(Resolved, List)}), as a sweep does at each point. The parents are checked as
     * when the file is read.
     */
    public Resolved resolve(Path file) {
        Variants.Resolved resolved = new Variants(loader, this::checkParent).resolve(file);
        return new Resolved(file, resolved.tree(), resolved.inputs(), resolved.warnings());
    }

    /** Reads a resolved scenario file with {@code --set} overrides applied in order, as {@link #read(Path, List)}. */
    public LoadedScenario read(Resolved resolved, List<FieldOverride> overrides) {
        YamlMapping tree = resolved.tree();
        List<String> arguments = new ArrayList<>();
        List<String> warnings = new ArrayList<>(resolved.warnings());
        for (FieldOverride given : overrides) {
            FieldOverride o = RenamedNames.apply(given, warnings);
            if (o.path().equals(Variants.EXTENDS) || o.path().startsWith(Variants.EXTENDS + ".")
                    || o.path().startsWith(Variants.EXTENDS + "[")) {
                throw new InputException(null, "--set", "'" + o.argument() + "': extends cannot be set on the"
                        + " command line", "write a variant file with 'extends:' instead");
            }
            tree = o.applyTo(tree, loader);
            arguments.add(given.argument());
        }
        // An override may set an old indicator name (--set targets[0].indicator=...): read it as the new one.
        tree = RenamedNames.apply(tree, warnings);
        List<InputFile> inputs = resolved.inputs();
        String sha = inputs.size() == 1 && arguments.isEmpty() ? inputs.get(0).sha256() : inputsHash(inputs, arguments);
        return read(tree, new ScenarioFile(resolved.file().toString(), sha, inputs, arguments))
                .withWarnings(warnings.stream().distinct().toList());
    }

    /**
     * Whether the scenario reads with these overrides, its distributions at their central values: the test the reader
     * applies at each end of a distribution's support, for a tool that chooses a distribution for a field (the
     * calibrated variant, docs/calibration.md). The supports of the scenario's own distributions are not checked
     * again.
     */
    public boolean acceptsCentral(Resolved resolved, List<FieldOverride> overrides) {
        try {
            YamlMapping tree = resolved.tree();
            for (FieldOverride o : overrides) {
                tree = RenamedNames.apply(o, new ArrayList<>()).applyTo(tree, loader);
            }
            readTree(DistributionNodes.extract(tree).tree(), new ScenarioFile(
                    resolved.file().toString(), ""));
            return true;
        } catch (InputException e) {
            return false;
        }
    }

    /**
     * A scenario file with its parents merged, not yet read: its merged YAML tree (immutable, safe to share between
     * threads) and every file read, the scenario file first.
     */
    public record Resolved(Path file, YamlMapping tree, List<InputFile> inputs, List<String> warnings) {
        public Resolved {
            inputs = List.copyOf(inputs);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The tree of a scenario file with its parents merged in ({@code extends:}), as {@link #read(Path, List)} sees
     * it before applying overrides and reading it: for tools that address fields by path, such as calibration.
     * Parents are checked as in {@link #read(Path)}; the merged tree itself is not.
     */
    public YamlMapping mergedTree(Path file) {
        return new Variants(loader, this::checkParent).resolve(file).tree();
    }

    /**
     * A variant's tree merged over its parent's by the rules of {@code extends} (docs/scenario-format.md,
     * "Variants"), the variant's {@code extends} key left out; neither tree is checked as a scenario. For tools that
     * follow a chain of files they have read and checked themselves, such as reports showing the scenario that ran.
     *
     * @throws InputException when the variant's list operations do not fit the parent
     */
    public static YamlMapping mergeVariant(YamlMapping parent, YamlMapping variant) {
        return Variants.MERGE.merge(parent, YamlMerge.withoutKey(variant, Variants.EXTENDS));
    }

    /**
     * The scenario hash of a variant or of a run with overrides: SHA-256 of the UTF-8 text with the line
     * {@code labourcast scenario inputs 1}, then {@code file <sha256>} for each input file (the scenario file
     * first, then its parent, the parent's parent…), then {@code set <path=value>} for each override in order,
     * each line ending in {@code \n}. Paths are left out: the files' contents, including their {@code extends}
     * lines, are what is hashed.
     */
    public static String inputsHash(List<InputFile> inputs, List<String> overrides) {
        StringBuilder text = new StringBuilder("labourcast scenario inputs 1\n");
        for (InputFile f : inputs) {
            text.append("file ").append(f.sha256()).append('\n');
        }
        for (String o : overrides) {
            text.append("set ").append(o).append('\n');
        }
        return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A parent scenario must be valid on its own: reading it strictly reports its mistakes in its own file. */
    private void checkParent(YamlMapping parent) {
        read(parent, new ScenarioFile(parent.location().file(), ""));
    }

    /**
     * Reads a scenario from text (for tests and notebooks); {@code name} is used in error locations. Such a
     * scenario cannot use {@code extends}, having no folder to find its parent in.
     */
    public LoadedScenario read(String name, String text) {
        List<String> warnings = new ArrayList<>();
        YamlMapping root = RenamedNames.apply(loader.load(name, text), warnings);
        YamlNode ext = root.get(Variants.EXTENDS);
        if (ext != null) {
            throw new InputException(ext.location(), Variants.EXTENDS,
                    "'extends' works only in a scenario read from a file", "save the scenario to a file and read that");
        }
        return read(root, new ScenarioFile(name, Sha256.of(text.getBytes(StandardCharsets.UTF_8))))
                .withWarnings(warnings);
    }

    /**
     * Reads a merged tree: distribution-valued numbers ({@link DistributionNodes}) are read at their central values,
     * and each distribution's support is checked against its field's rule by reading the tree with the field at
     * each end of the support, so a distribution that could draw a value the field refuses is an error here, never
     * a value clipped in a run.
     */
    private LoadedScenario read(YamlMapping rootNode, ScenarioFile file) {
        DistributionNodes.Extracted extracted = DistributionNodes.extract(rootNode);
        LoadedScenario central;
        try {
            central = readTree(extracted.tree(), file);
        } catch (InputException e) {
            for (DistributionNodes.Drawn d : extracted.drawn()) {
                if (e.fieldPath().equals(d.path()) || e.fieldPath().equals(d.valuePath())) {
                    throw new InputException(d.location(), d.path(), "the central value of the distribution "
                            + d.distribution().describe() + " is refused: " + e.problem(), e.hint());
                }
            }
            throw e;
        }
        if (extracted.drawn().isEmpty()) {
            return central;
        }
        for (DistributionNodes.Drawn d : extracted.drawn()) {
            checkSupport(extracted.tree(), file, d);
        }
        YamlMapping tree = extracted.tree();
        SafeYamlLoader l = loader;
        List<ScenarioUncertainty.Field> fields = extracted.drawn().stream()
                .map(d -> new ScenarioUncertainty.Field(d.path(), d.valuePath(), ScenarioUncertainty.sourceOf(d.path()),
                        d.distribution(), d.basis(), d.source()))
                .toList();
        return central.withSpec(central.spec().withUncertainty(ScenarioUncertainty.of(fields,
                values -> new ScenarioReader(l).readTree(DistributionNodes.withNumbers(tree, values), file).spec())));
    }

    /** Reads the tree with the field at each finite or infinite end of its distribution's support. */
    private void checkSupport(YamlMapping tree, ScenarioFile file, DistributionNodes.Drawn d) {
        Distribution dist = d.distribution();
        double lo = dist.lower() == Double.NEGATIVE_INFINITY ? -1e300
                : dist.lowerIncluded() ? dist.lower() : Math.nextUp(dist.lower());
        double hi = dist.upper() == Double.POSITIVE_INFINITY ? 1e300
                : dist.upperIncluded() ? dist.upper() : Math.nextDown(dist.upper());
        for (double end : new double[] {lo, hi}) {
            try {
                readTree(DistributionNodes.withNumbers(tree, java.util.Map.of(d.valuePath(), Double.toString(end))),
                        file);
            } catch (InputException e) {
                String reach = end == lo ? (dist.lower() == Double.NEGATIVE_INFINITY ? "any value below 0"
                        : "values down to " + SharedReaders.plain(dist.lower()))
                        : (dist.upper() == Double.POSITIVE_INFINITY ? "arbitrarily large values"
                        : "values up to " + SharedReaders.plain(dist.upper()));
                String rule = e.fieldPath().equals(d.path()) || e.fieldPath().equals(d.valuePath()) ? e.problem()
                        : (e.fieldPath().isEmpty() ? "" : e.fieldPath() + ": ") + e.problem();
                throw new InputException(d.location(), d.path(), "the distribution " + dist.describe()
                        + " can draw " + reach + ", which the field refuses (" + rule + ")",
                        "nothing is clipped: use beta: {mean, sd} for a rate or share, lognormal for a positive"
                        + " number, uniform: [a, b] within the range, or truncate a normal with within: [lo, hi]");
            }
        }
    }

    private LoadedScenario readTree(YamlMapping rootNode, ScenarioFile file) {
        Fields root = Fields.of(rootNode);
        int version = root.integer("labourcast_scenario");
        if (version != FORMAT_VERSION) {
            throw root.error("labourcast_scenario", "unsupported scenario format version " + version,
                    "this labourcast reads version " + FORMAT_VERSION);
        }
        String id = root.string("id");
        if (!ID.matcher(id).matches()) {
            throw root.error("id", "id '" + id + "' must be lower-case letters, digits, '-' or '_' (at most 64)");
        }
        Bilingual title = bilingual(root.fields("title"));
        String description = root.optionalString("description").orElse("");
        Region region = region(root.fields("region"));
        int baseYear = root.integer("base_year", 1950, 2100);
        int horizon = root.integer("horizon", 1950, 2200);
        if (horizon <= baseYear) {
            throw root.error("horizon", "horizon " + horizon + " must be after the base year " + baseYear);
        }
        if (horizon - baseYear > MAX_SPAN) {
            throw root.error("horizon", "a projection may span at most " + MAX_SPAN + " years, got "
                    + (horizon - baseYear), "the horizon may be at most " + (baseYear + MAX_SPAN) + " (the base year "
                    + baseYear + " + " + MAX_SPAN + "); inputs are held at their last values long before that");
        }
        int maxAge = root.integer("max_age", 20, 130);
        Context ctx = new Context(baseYear, horizon, maxAge);

        BasePopulation population = population(root.fields("population"), ctx);
        FertilityAssumption fertility = fertility(root.fields("fertility"), ctx);
        MortalityAssumption mortality = mortality(root.fields("mortality"), ctx);
        MigrationAssumption migration = migration(root.fields("migration"), ctx);
        PendingMove pendingMove = ruralUrbanMove(root.fields("rural_urban_move"), ctx, population);
        RunSettings simulation = simulation(root.optionalFields("simulation"));
        LabourAssumptions labour = root.optionalFields("labour")
                .map(l -> new LabourReader(baseYear, horizon, maxAge, population.persons().total()).read(l))
                .orElse(null);
        List<AgeBand> workingAge = indicators(root.fields("indicators"), ctx);
        List<Target> targets = targets(root, ctx, workingAge, labour != null,
                labour != null && labour.insurance() != null, labour != null && labour.wages() != null,
                labour != null && labour.education() != null, labour != null && labour.returnees() != null,
                labour != null && labour.insurance() != null && labour.insurance().pension() != null,
                labour != null && labour.households() != null);
        List<Lever> levers = new LeverReader(baseYear, horizon, labour).read(root);
        List<Actual> actuals = new ActualsReader(baseYear, horizon, workingAge, labour != null).read(root);
        List<HistorySeries> history = new HistoryReader(baseYear, workingAge, labour != null).read(root);
        RuralUrbanMoveAssumption transfer = pendingMove.complete(history);
        SweepDefinition sweep = new SweepReader(rootNode, baseYear, horizon, workingAge, labour != null).read(root);
        root.finish();
        ScenarioSpec spec = new ScenarioSpec(id, title, description, region, baseYear, horizon, maxAge, population,
                fertility, mortality, migration, transfer, workingAge, targets, labour, levers, ScenarioUncertainty.NONE);
        return new LoadedScenario(spec, simulation, file, sweep, actuals, history, List.of());
    }

    private record Context(int baseYear, int horizon, int maxAge) {
    }

    // ---- identity ----

    private static Bilingual bilingual(Fields f) {
        Bilingual b = new Bilingual(f.string("en"), f.string("zh"));
        f.finish();
        return b;
    }

    private static Region region(Fields f) {
        Region r = new Region(bilingual(f.fields("name")), f.string("code"), f.string("source"));
        f.finish();
        return r;
    }

    // ---- population ----

    private static BasePopulation population(Fields f, Context ctx) {
        String referenceDate = f.string("reference_date");
        double unit = unit(f);
        String source = f.string("source");
        List<AgeGroup> groups = ageGroups(f, "ages", true);
        int n = groups.size();
        double[][][] grouped = new double[2][2][];
        String residenceSource;
        boolean byResidence = f.has("urban") || f.has("rural");
        if (byResidence && (f.has("total") || f.has("urban_share"))) {
            throw f.errorHere("give either 'urban' and 'rural' counts, or 'total' with 'urban_share', not both");
        }
        if (byResidence) {
            for (Residence r : Residence.values()) {
                Fields rf = f.fields(r.label());
                for (Sex s : Sex.values()) {
                    grouped[s.ordinal()][r.ordinal()] = scaled(counts(rf, s.label(), n, unit), unit);
                }
                rf.finish();
            }
            residenceSource = source;
        } else {
            Fields tf = f.fields("total");
            Fields share = f.fields("urban_share");
            double[] urbanShare;
                exactlyOne(share, "value", "by_age", "give exactly one of 'value' (one share for all ages) and 'by_age'");
            if (share.has("value")) {
                double v = share.number("value", 0, 1);
                urbanShare = new double[n];
                java.util.Arrays.fill(urbanShare, v);
            } else {
                urbanShare = numbers(share, "by_age", n, 0, 1);
            }
            residenceSource = share.string("source");
            share.finish();
            for (Sex s : Sex.values()) {
                double[] total = scaled(counts(tf, s.label(), n, unit), unit);
                double[] urban = new double[n];
                double[] rural = new double[n];
                for (int i = 0; i < n; i++) {
                    urban[i] = total[i] * urbanShare[i];
                    rural[i] = total[i] - urban[i];
                }
                grouped[s.ordinal()][Residence.URBAN.ordinal()] = urban;
                grouped[s.ordinal()][Residence.RURAL.ordinal()] = rural;
            }
            tf.finish();
        }
        f.finish();
        double[][][] single = new double[2][2][];
        for (Sex s : Sex.values()) {
            for (Residence r : Residence.values()) {
                single[s.ordinal()][r.ordinal()] =
                        AgeSplitter.splitCounts(groups, grouped[s.ordinal()][r.ordinal()], ctx.maxAge());
            }
        }
        CohortTable table = CohortTable.of(single);
        if (!(table.total() > 0)) {
            throw f.errorHere("the base population is empty");
        }
        return new BasePopulation(table, referenceDate, source, residenceSource);
    }

    private static double unit(Fields f) {
        return switch (f.choice("unit", "persons", "thousands")) {
            case "thousands" -> 1000.0;
            default -> 1.0;
        };
    }

    private static double[] scaled(double[] values, double factor) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }

    private static double[] counts(Fields f, String key, int n, double unit) {
        return SharedReaders.personCounts(f, key, n, unit, 0);
    }

    // ---- fertility ----

    private static FertilityAssumption fertility(Fields f, Context ctx) {
        String source = f.string("source");
        Fields srbFields = f.fields("sex_ratio_at_birth");
        TimeSeries srb = scalarSeries(srbFields, 0.9, 1.3);
        String srbSource = srbFields.string("source");
        srbFields.finish();
        List<TimeAnchor> anchors = new ArrayList<>();
        List<double[]> urban = new ArrayList<>();
        List<double[]> rural = new ArrayList<>();
        for (Fields e : f.fieldsList("schedules")) {
            anchors.add(anchor(e));
            List<AgeGroup> groups = ageGroups(e, "ages", false);
            if (e.has("urban") || e.has("rural")) {
                Fields u = e.fields("urban");
                Fields r = e.fields("rural");
                urban.add(asfr(u, groups, ctx));
                rural.add(asfr(r, groups, ctx));
                u.finish();
                r.finish();
            } else {
                double[] both = asfr(e, groups, ctx);
                urban.add(both);
                rural.add(both);
            }
            e.finish();
        }
        if (anchors.isEmpty()) {
            throw f.error("schedules", "at least one fertility schedule is required");
        }
        f.finish();
        return new FertilityAssumption(series(f, "schedules", anchors, urban), series(f, "schedules", anchors, rural),
                srb, source, srbSource);
    }

    /** Single-year ASFR from either {@code asfr} by group, or {@code tfr} with a {@code pattern} of shares. */
    private static double[] asfr(Fields f, List<AgeGroup> groups, Context ctx) {
        int n = groups.size();
        double[] rates;
        exactlyOne(f, "asfr", "tfr", "give either 'asfr' (births per woman per year by age group) or 'tfr' with 'pattern'");
        if (f.has("asfr")) {
            rates = numbers(f, "asfr", n, 0, 1);
        } else {
            double tfr = f.number("tfr", 0, 10);
            double[] pattern = numbers(f, "pattern", n, 0, 1);
            requireSumOne(f, "pattern", pattern, "shares of the TFR by age group");
            rates = new double[n];
            for (int i = 0; i < n; i++) {
                rates[i] = tfr * pattern[i] / groups.get(i).width();
            }
        }
        for (AgeGroup g : groups) {
            if (g.open() || g.end() > ctx.maxAge()) {
                throw f.error("ages", "fertility age groups must be closed and end by age " + ctx.maxAge());
            }
        }
        return AgeSplitter.splitRates(groups, rates, ctx.maxAge(), 0.0);
    }

    // ---- mortality ----

    private static MortalityAssumption mortality(Fields f, Context ctx) {
        String source = f.string("source");
        exactlyOne(f, "mx", "life_expectancy", "give either 'mx' (central death rates by age) or 'life_expectancy'");
        List<TimeAnchor> anchors = new ArrayList<>();
        List<double[]> male = new ArrayList<>();
        List<double[]> female = new ArrayList<>();
        String method;
        String key;
        if (f.has("mx")) {
            method = "mx";
            key = "mx";
            for (Fields e : f.fieldsList("mx")) {
                anchors.add(anchor(e));
                double[][] bySex = mxBySex(e, ctx);
                male.add(bySex[0]);
                female.add(bySex[1]);
                e.finish();
            }
        } else {
            method = "brass_logit";
            key = "life_expectancy";
            Fields le = f.fields("life_expectancy");
            le.choice("method", "brass_logit");
            Fields std = le.fields("standard");
            double[][] stdMx = mxBySex(std, ctx);
            std.string("source");
            std.finish();
            LifeTable[] standard = {LifeTable.fromSingleYearMx(stdMx[0], Sex.MALE),
                    LifeTable.fromSingleYearMx(stdMx[1], Sex.FEMALE)};
            for (Fields e : le.fieldsList("values")) {
                anchors.add(anchor(e));
                for (Sex s : Sex.values()) {
                    double e0 = e.number(s.label(), 15, 110);
                    try {
                        double[] mx = LifeTable.brassLogitMx(standard[s.ordinal()], e0);
                        (s == Sex.MALE ? male : female).add(mx);
                    } catch (IllegalArgumentException ex) {
                        throw e.error(s.label(), ex.getMessage());
                    }
                }
                e.finish();
            }
            le.finish();
        }
        f.finish();
        return new MortalityAssumption(series(f, key, anchors, male), series(f, key, anchors, female), method, source);
    }

    private static double[][] mxBySex(Fields e, Context ctx) {
        List<AgeGroup> groups = ageGroups(e, "ages", true);
        double[][] out = new double[2][];
        for (Sex s : Sex.values()) {
            double[] mx = numbers(e, s.label(), groups.size(), 0, 10);
            if (!(mx[mx.length - 1] > 0)) {
                throw e.error(s.label(), "the open age group's death rate must be positive");
            }
            try {
                out[s.ordinal()] = isSingleYears(groups, ctx.maxAge())
                        ? mx : LifeTable.singleYearMxFromAbridged(groups, mx, ctx.maxAge(), s);
            } catch (IllegalArgumentException ex) {
                throw e.error(s.label(), ex.getMessage());
            }
        }
        return out;
    }

    private static boolean isSingleYears(List<AgeGroup> groups, int maxAge) {
        if (groups.size() != maxAge + 1) {
            return false;
        }
        for (int i = 0; i < maxAge; i++) {
            if (groups.get(i).width() != 1 || groups.get(i).open()) {
                return false;
            }
        }
        return groups.get(maxAge).start() == maxAge;
    }

    // ---- migration ----

    private static MigrationAssumption migration(Fields f, Context ctx) {
        String source = f.string("source");
        double unit = unit(f);
        Fields split = f.fields("residence_split");
        OptionalDouble urbanShare = OptionalDouble.empty();
        if ("fixed".equals(split.choice("method", "proportional", "fixed"))) {
            urbanShare = OptionalDouble.of(split.number("urban_share", 0, 1));
        }
        split.finish();
        exactlyOne(f, "by_age", "total", "give either 'by_age' (net migrants by age and sex) or 'total' with 'age_profile'");
        List<TimeAnchor> anchors = new ArrayList<>();
        List<double[]> male = new ArrayList<>();
        List<double[]> female = new ArrayList<>();
        String method;
        String key;
        double[] ageRates = null;
        double maleShare = Double.NaN;
        NetMigrationProjection projection = null;
        if (f.has("by_age")) {
            method = "by_age";
            key = "by_age";
            for (Fields e : f.fieldsList("by_age")) {
                anchors.add(anchor(e));
                List<AgeGroup> groups = ageGroups(e, "ages", true);
                for (Sex s : Sex.values()) {
                    double[] v = scaled(SharedReaders.personCounts(e, s.label(), groups.size(), unit,
                            -SharedReaders.MAX_PERSONS), unit);
                    (s == Sex.MALE ? male : female).add(spreadUniformly(groups, v, ctx.maxAge()));
                }
                e.finish();
            }
        } else {
            method = "rogers_castro";
            key = "total";
            RogersCastro rc = rogersCastro(f.fields("age_profile"));
            ageRates = new double[ctx.maxAge() + 1];
            for (int x = 0; x <= ctx.maxAge(); x++) {
                ageRates[x] = rc.rate(x + 0.5);
            }
            maleShare = f.number("male_share", 0, 1);
            Fields total = f.fields("total");
            if (total.has("projection")) {
                if (total.has("value") || total.has("values")) {
                    throw total.error("projection", "give one of 'value', 'values' and 'projection'",
                            "to give a total instead of the projection, remove it: projection: ~ in a variant,"
                            + " --set migration.total.projection=~ on the command line");
                }
                projection = migrationProjection(total.fields("projection"), ctx, unit);
                double[] median = projection.median(ctx.baseYear() + 1, ctx.horizon());
                // The base year carries the fitted level, for a derivation projecting a census to the base year.
                anchors.add(TimeAnchor.year(ctx.baseYear()));
                male.add(new double[] {projection.parameters().level() * maleShare});
                female.add(new double[] {projection.parameters().level() * (1 - maleShare)});
                for (int i = 0; i < median.length; i++) {
                    anchors.add(TimeAnchor.year(ctx.baseYear() + 1 + i));
                    male.add(new double[] {median[i] * maleShare});
                    female.add(new double[] {median[i] * (1 - maleShare)});
                }
            } else {
                List<TimeAnchor> totalAnchors = new ArrayList<>();
                List<double[]> totals = new ArrayList<>();
                readScalarEntries(total, -Double.MAX_VALUE, Double.MAX_VALUE, totalAnchors, totals);
                for (int i = 0; i < totals.size(); i++) {
                    anchors.add(totalAnchors.get(i));
                    double t = totals.get(i)[0] * unit;
                    male.add(new double[] {t * maleShare});
                    female.add(new double[] {t * (1 - maleShare)});
                }
            }
            total.finish();
        }
        double mobileStock = f.has("mobile_stock")
                ? sourcedNumber(f, "mobile_stock", 0, 1e10, "persons, in the section's unit") * unit : Double.NaN;
        f.finish();
        return new MigrationAssumption(series(f, key, anchors, male), series(f, key, anchors, female), ageRates,
                urbanShare, method, source, maleShare, projection, mobileStock);
    }

    /**
     * {@code migration.total.projection}: the method, the estimates up to the base year it is fitted to (in the
     * block's unit), and its given parameters, each with a source; fitted here and turned into the yearly series of
     * its median path.
     */
    private static NetMigrationProjection migrationProjection(Fields p, Context ctx, double unit) {
        p.choice("method", "damped_trend");
        p.string("source");
        List<Integer> years = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        int previous = Integer.MIN_VALUE;
        for (Fields e : p.fieldsList("estimates", true)) {
            int year = e.integer("year", HistoryReader.FIRST_YEAR, ctx.baseYear());
            if (year <= previous) {
                throw e.error("year", "estimate years must increase, got " + year + " after " + previous);
            }
            previous = year;
            values.add(e.number("value") * unit);
            years.add(year);
            e.string("source");
            e.finish();
        }
        if (years.isEmpty()) {
            throw p.error("estimates", "the damped_trend projection needs at least 1 estimate of net migration up to"
                    + " the base year " + ctx.baseYear() + ", got 0", "give {year, value, source} entries");
        }
        double longRun = sourcedNumber(p, "long_run_level", -1e9, 1e9, "net migrants per year, e.g. 0") * unit;
        double persistence = sourcedNumber(p, "persistence", 0, 0.999,
                "the share of a deviation kept each year, in [0,1)");
        p.finish();
        return NetMigrationProjection.fit(years.stream().mapToInt(Integer::intValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray(), ctx.baseYear(), longRun, persistence);
    }

    /** Net migrants by group spread evenly over single ages (signs may differ between groups, so no spline). */
    private static double[] spreadUniformly(List<AgeGroup> groups, double[] values, int maxAge) {
        double[] out = new double[maxAge + 1];
        for (int i = 0; i < groups.size(); i++) {
            AgeGroup g = groups.get(i);
            int from = Math.min(g.start(), maxAge);
            int to = g.open() ? maxAge : Math.min(g.end(), maxAge);
            int width = to - from + 1;
            for (int a = from; a <= to; a++) {
                out[a] += values[i] / width;
            }
        }
        return out;
    }

    private static RogersCastro rogersCastro(Fields f) {
        RogersCastro rc;
        exactlyOne(f, "standard", "rogers_castro", "give either 'standard: " + RC_STANDARD + "' or 'rogers_castro' parameters");
        if (f.has("standard")) {
            f.choice("standard", RC_STANDARD);
            rc = RogersCastro.standardLabourMigration();
        } else {
            Fields p = f.fields("rogers_castro");
            try {
                rc = new RogersCastro(p.number("a1"), p.number("alpha1"), p.number("a2"), p.number("alpha2"),
                        p.number("mu2"), p.number("lambda2"),
                        p.optionalNumber("a3").orElse(0), p.optionalNumber("alpha3").orElse(0.1),
                        p.optionalNumber("mu3").orElse(60), p.optionalNumber("lambda3").orElse(0.5),
                        p.number("c"));
            } catch (IllegalArgumentException ex) {
                throw p.errorHere(ex.getMessage());
            }
            p.finish();
        }
        f.string("source");
        f.finish();
        return rc;
    }

    // ---- the rural-urban move ----

    /**
     * The {@code rural_urban_move} section. A {@code projection} is fitted to the {@code history:} series of
     * urbanization_rate, which is read later, so it is returned as a {@link PendingMove} to be completed by
     * {@link PendingMove#complete}.
     */
    private static PendingMove ruralUrbanMove(Fields f, Context ctx, BasePopulation population) {
        String source = f.string("source");
        double[] shape = rogersCastro(f.fields("age_profile")).shape(ctx.maxAge());
        double maxRate = f.number("max_rate", 1e-6, 1);
        String[] forms = {"intensity", "urbanization_path", "projection"};
        int given = 0;
        for (String form : forms) {
            given += f.has(form) ? 1 : 0;
        }
        if (given == 0) {
            // A misspelt form is the likelier mistake: report it with its suggestion.
            for (String key : f.mapping().keys()) {
                String wanted = Fields.closestName(key, List.of(forms));
                if (wanted != null) {
                    throw new InputException(f.mapping().keyLocation(key), f.path() + "." + key,
                            "unknown field '" + key + "'", "did you mean '" + wanted + "'?");
                }
            }
            throw f.errorHere(MOVE_FORMS);
        }
        if (given > 1) {
            throw f.error(f.has("projection") ? "projection" : "urbanization_path", MOVE_FORMS);
        }
        TimeSeries intensity = null;
        UrbanizationPath path = null;
        ProjectionFields projection = null;
        if (f.has("intensity")) {
            Fields i = f.fields("intensity");
            intensity = scalarSeries(i, 0, 1);
            i.optionalString("source");
            i.finish();
        } else if (f.has("projection")) {
            projection = projection(f.fields("projection"), ctx);
        } else {
            Fields p = f.fields("urbanization_path");
            p.choice("after_last_point", "hold_intensity");
            List<UrbanizationPath.Point> points = new ArrayList<>();
            int previous = Integer.MIN_VALUE;
            for (Fields e : p.fieldsList("points")) {
                int year = e.integer("year", ctx.baseYear(), ctx.horizon());
                if (year <= previous) {
                    throw e.error("year", "path years must increase, got " + year + " after " + previous);
                }
                previous = year;
                points.add(new UrbanizationPath.Point(year, e.number("value", 0, 1), e.string("source")));
                e.finish();
            }
            if (points.isEmpty()) {
                throw p.error("points", "an urbanization path needs at least one point");
            }
            UrbanizationPath.Point first = points.get(0);
            if (first.year() == ctx.baseYear()) {
                double base = population.persons().total(Residence.URBAN) / population.persons().total();
                if (Math.abs(base - first.value()) > 0.005) {
                    throw p.error("points", String.format(java.util.Locale.ROOT,
                            "the path starts at %.4f in %d but the base population's urbanization rate is %.4f",
                            first.value(), first.year(), base), "make the two agree to within 0.005");
                }
            }
            p.finish();
            path = new UrbanizationPath(points);
        }
        f.finish();
        double[][] bySex = {shape, shape.clone()};
        double baseShare = population.persons().total(Residence.URBAN) / population.persons().total();
        return new PendingMove(bySex, maxRate, intensity, path, projection, source, ctx.baseYear(), baseShare);
    }

    private static final String MOVE_FORMS = "give exactly one of 'intensity' (move rate at the peak age),"
            + " 'urbanization_path' (a path to follow) and 'projection' (urbanization projected from history:)";

    /** {@code rural_urban_move.projection}: the method, its given parameters each with a source, and its data. */
    private static ProjectionFields projection(Fields p, Context ctx) {
        p.choice("method", "urgd");
        p.string("source");
        HistorySeries borrowed = null;
        double innovationSd = Double.NaN;
        if (p.has("fit_to")) {
            Fields b = p.fields("fit_to");
            String area = b.string("area");
            String source = b.string("source");
            if (b.has("innovation_sd")) {
                innovationSd = sourcedNumber(b, "innovation_sd", 0, 1,
                        "the sd of one year's change of ln(urban/rural), e.g. 0.005");
            }
            List<HistorySeries.Point> points = new ArrayList<>();
            int previous = Integer.MIN_VALUE;
            for (Fields v : b.fieldsList("values")) {
                int year = v.integer("year", HistoryReader.FIRST_YEAR, ctx.baseYear());
                if (year <= previous) {
                    throw v.error("year", "years must increase, got " + year + " after " + previous);
                }
                previous = year;
                double value = v.number("value", 0, 1, "a share: 53% is written 0.53");
                points.add(new HistorySeries.Point(year, value, v.optionalString("source").orElse("")));
                v.finish();
            }
            if (points.size() < UrbanizationProjection.MIN_POINTS) {
                throw b.error("values", "the urgd method needs at least " + UrbanizationProjection.MIN_POINTS
                        + " observed urbanization rates up to the base year " + ctx.baseYear() + ", got "
                        + points.size());
            }
            b.finish();
            borrowed = new HistorySeries(IndicatorCatalog.URBANIZATION_RATE, points, area + ": " + source);
        }
        double longRun = sourcedNumber(p, "long_run_urgd", -1, 1,
                "a yearly change of ln(urban/rural), e.g. 0 or 0.02");
        double persistence = sourcedNumber(p, "persistence", 0, 0.999,
                "the share of the URGD's deviation kept each year, in [0,1)");
        p.finish();
        return new ProjectionFields(p, longRun, persistence, borrowed, innovationSd);
    }

    /** A projection parameter written {@code key: {value: x, source: "..."}}, both required. */
    private static double sourcedNumber(Fields p, String key, double min, double max, String expected) {
        Fields f = p.fields(key);
        double value = f.number("value", min, max, expected);
        f.string("source");
        f.finish();
        return value;
    }

    /**
     * @param borrowed     the series of {@code fit_to} (another area's), or null to fit the scenario's history
     * @param innovationSd {@code fit_to.innovation_sd}, the region's own yearly noise, or NaN to keep the fitted one
     */
    private record ProjectionFields(Fields fields, double longRunUrgd, double persistence, HistorySeries borrowed,
                                    double innovationSd) {
    }

    /** A rural_urban_move section read but not yet completed: a projection waits for the history section. */
    private record PendingMove(double[][] shape, double maxRate, TimeSeries intensity, UrbanizationPath path,
                                   ProjectionFields projection, String source, int baseYear, double baseShare) {
        private PendingMove {
            shape = ArrayValues.copy(shape);
        }

        RuralUrbanMoveAssumption complete(List<HistorySeries> history) {
            UrbanizationProjection fitted = null;
            if (projection != null) {
                HistorySeries observed = projection.borrowed() != null ? projection.borrowed() : history.stream()
                        .filter(h -> h.indicator().equals(IndicatorCatalog.URBANIZATION_RATE)).findFirst().orElse(null);
                int n = observed == null ? 0 : observed.points().size();
                if (n < UrbanizationProjection.MIN_POINTS) {
                    throw new InputException(projection.fields().location(), projection.fields().path(), "the urgd method needs at least "
                            + UrbanizationProjection.MIN_POINTS + " observed urbanization rates up to the base year "
                            + baseYear + ", got " + n + (observed == null ? "" : " " + java.util.Arrays.toString(
                                    observed.years())),
                            "add the region's observed series to history: (indicator: urbanization_rate), fit to a"
                                    + " wider area's series with fit_to:, or give urbanization_path or intensity");
                }
                double[] values = observed.values();
                for (int i = 0; i < values.length; i++) {
                    if (!(values[i] > 0 && values[i] < 1)) {
                        throw projection.fields().errorHere("the urgd method works on ln(urban/rural), so every"
                                + " observed urbanization rate must lie strictly between 0 and 1; the fitted series has "
                                + SharedReaders.plain(values[i]) + " in " + observed.years()[i]);
                    }
                }
                fitted = UrbanizationProjection.fit(observed.years(), values, baseYear, baseShare,
                        projection.longRunUrgd(), projection.persistence());
                if (!Double.isNaN(projection.innovationSd())) {
                    fitted = fitted.withInnovationSd(projection.innovationSd());
                }
            }
            return new RuralUrbanMoveAssumption(shape, maxRate, intensity, path, fitted, source);
        }

        @Override
        public double[][] shape() {
            return ArrayValues.copy(shape);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PendingMove other && ArrayValues.equal(componentValues(), other.componentValues());
        }

        @Override
        public int hashCode() {
            return ArrayValues.hash(componentValues());
        }

        @Override
        public String toString() {
            return ArrayValues.text(this, componentValues());
        }

        private Object[] componentValues() {
            return new Object[] {shape, maxRate, intensity, path, projection, source, baseYear, baseShare};
        }
    }

    // ---- run settings ----

    /** The optional {@code simulation:} section; each field defaults when absent (runs 1, seed 20201101, scale 1). */
    private static RunSettings simulation(Optional<Fields> section) {
        if (section.isEmpty()) {
            return new RunSettings(1, RunSettings.DEFAULT_SEED, 1, 1);
        }
        Fields f = section.get();
        int runs = f.has("runs") ? f.integer("runs", 1, RunSettings.MAX_RUNS) : 1;
        long seed = f.has("seed") ? f.longInteger("seed") : RunSettings.DEFAULT_SEED;
        int scale = f.has("scale") ? f.integer("scale", 1, Integer.MAX_VALUE) : 1;
        f.finish();
        return new RunSettings(runs, seed, 1, scale);
    }

    // ---- indicators and targets ----

    private static List<AgeBand> indicators(Fields f, Context ctx) {
        YamlSequence seq = f.sequence("working_age");
        List<AgeBand> bands = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : seq.items()) {
            String text = Fields.toText(item);
            AgeGroup g;
            try {
                g = AgeGroup.parse(text);
            } catch (IllegalArgumentException ex) {
                throw new InputException(item.location(), item.path(), ex.getMessage());
            }
            if (g.open() || g.width() < 2 || g.end() >= ctx.maxAge()) {
                throw new InputException(item.location(), item.path(),
                        "a working-age band needs two ages like 15-59 below the open age " + ctx.maxAge());
            }
            if (!seen.add(text)) {
                throw new InputException(item.location(), item.path(), "working-age band " + text + " is listed twice");
            }
            bands.add(new AgeBand(g.start(), g.end()));
        }
        if (bands.isEmpty()) {
            throw f.error("working_age", "at least one working-age band is required, e.g. [15-59]");
        }
        f.finish();
        return bands;
    }

    private static List<Target> targets(Fields root, Context ctx, List<AgeBand> workingAge, boolean hasLabour,
                                        boolean hasInsurance, boolean hasWages, boolean hasEducation,
                                        boolean hasReturnees, boolean hasPension, boolean hasHouseholds) {
        List<String> known = new ArrayList<>(IndicatorCatalog.names(workingAge));
        known.addAll(IndicatorCatalog.labourNames());
        String[] names = known.toArray(new String[0]);
        List<Target> out = new ArrayList<>();
        for (Fields t : root.fieldsList("targets", true)) {
            String indicator = t.choice("indicator", names);
            if (!hasLabour && IndicatorCatalog.isLabour(indicator)) {
                throw t.error("indicator", "'" + indicator + "' is produced by the labour model, and this scenario has"
                        + " no labour: section", "add a labour: section (docs/scenario-format.md) or remove this target");
            }
            if (hasLabour && !hasEducation && LabourIndicators.SCHOOLING.contains(indicator)) {
                throw t.error("indicator", "'" + indicator + "' counts the agents' schooling, and this scenario has no"
                        + " labour.education: block", "add labour.education (docs/scenario-format.md) or remove this"
                        + " target");
            }
            if (hasLabour && !hasInsurance && LabourIndicators.isInsurance(indicator)) {
                throw t.error("indicator", "'" + indicator + "' counts insurance enrolment, and this scenario has no"
                        + " labour.insurance block", "add labour.insurance (docs/scenario-format.md) or remove this target");
            }
            if (hasLabour && !hasPension && LabourIndicators.isPension(indicator)) {
                throw t.error("indicator", "'" + indicator + "' counts basic pension enrolment, and this scenario has"
                        + " no labour.insurance.pension block", "add labour.insurance.pension"
                        + " (docs/scenario-format.md) or remove this target");
            }
            if (hasLabour && !hasWages && LabourIndicators.isWage(indicator)) {
                throw t.error("indicator", "'" + indicator + "' is computed from wages, and this scenario has no"
                        + " labour.wages block", "add labour.wages (docs/scenario-format.md) or remove this target");
            }
            if (hasLabour && !hasReturnees && LabourIndicators.isReturnee(indicator)) {
                throw t.error("indicator", "'" + indicator + "' counts returning migrants' start-ups, and this scenario"
                        + " has no labour.returnees block",
                        "add labour.returnees (docs/scenario-format.md) or remove this target");
            }
            if (hasLabour && !hasHouseholds && LabourIndicators.HOUSEHOLDS.contains(indicator)) {
                throw t.error("indicator", "'" + indicator + "' counts households, and this scenario has no"
                        + " labour.households block",
                        "add labour.households (docs/scenario-format.md) or remove this target");
            }
            int year = t.integer("year");
            if (year <= ctx.baseYear() || year > ctx.horizon()) {
                throw t.error("year", "target year " + year + " must be after the base year " + ctx.baseYear()
                        + " and no later than the horizon " + ctx.horizon());
            }
            String ascii = t.optionalString("operator").map(Operator::asciiFor).orElse(null);
            if (ascii != null) {
                throw t.error("operator", "expected one of " + String.join(", ", Operator.symbols()) + ", got '"
                        + t.optionalString("operator").orElseThrow() + "'", "write '" + ascii + "' in ASCII");
            }
            Operator op = Operator.fromSymbol(t.choice("operator", Operator.symbols()));
            Target.Kind kind = "cumulative".equals(t.choice("kind", "annual", "cumulative"))
                    ? Target.Kind.CUMULATIVE : Target.Kind.ANNUAL;
            if (kind == Target.Kind.CUMULATIVE && !IndicatorCatalog.isFlow(indicator)) {
                throw t.error("kind", "'" + indicator + "' is a stock or a rate, so it cannot be summed over years",
                        "use kind: annual");
            }
            double value = IndicatorCatalog.isShare(indicator) ? t.number("value", 0, 1) : t.number("value");
            Target.Nature nature = "binding".equals(t.choice("nature", "expected", "binding"))
                    ? Target.Nature.BINDING : Target.Nature.EXPECTED;
            OptionalInt baseYear = OptionalInt.empty();
            OptionalDouble baseValue = OptionalDouble.empty();
            Optional<Fields> base = t.optionalFields("base");
            if (base.isPresent()) {
                baseYear = OptionalInt.of(base.get().integer("year", 1900, ctx.horizon()));
                baseValue = OptionalDouble.of(base.get().number("value"));
                base.get().finish();
            }
            String label = t.optionalString("label").orElse("");
            out.add(new Target(indicator, year, op, value, kind, nature, baseYear, baseValue, label, t.string("source")));
            t.finish();
        }
        return out;
    }
}
