package org.labourcast.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.labourcast.Csv;
import org.labourcast.InputException;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.experiment.ScenarioResult;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.indicators.MonteCarloSummary;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.sweep.definition.ParameterValue;
import org.labourcast.sweep.definition.SweepDefinition;
import org.labourcast.sweep.definition.SweepParameter;
import org.labourcast.targets.TargetAttainment;
import org.labourcast.targets.TargetAttainmentEvaluator;
import org.labourcast.yaml.FieldOverride;
import org.labourcast.yaml.Fields;
import org.labourcast.yaml.YamlMapping;
import org.labourcast.yaml.YamlNode;
import org.labourcast.yaml.YamlSequence;

/**
 * The scenario at each point of a sweep: the scenario file, resolved once, read with the point's parameter values
 * applied as {@code --set} overrides ({@link FieldOverride}) before the strict reader reads it, so every value is
 * checked as if written in the file. Also runs a point ({@link #evaluate}).
 *
 * <p>Overrides at a point, in order: the sweep's own {@code --set} overrides, if any; {@code sweep=~} (a point is the
 * scenario without its sweep section),
 * {@code simulation.runs} (the sweep's {@code runs_per_point}), {@code simulation.scale} (the command's
 * {@code --scale}), then each parameter: a path parameter sets its field to the
 * value; a scale parameter sets each of its fields to the scenario file's numbers there (as written, before any
 * {@code --set}) times the value (a mapping's
 * {@code value}, each item of a list). Numbers are written as {@link Csv#number} writes them.
 *
 * <p>Thread-safe: the resolved tree is immutable and each read uses its own reader.
 */
public final class PointScenarios {
    private final ScenarioReader.Resolved resolved;
    private final LoadedScenario scenario;
    private final SweepDefinition definition;
    private final List<FieldOverride> settings;
    private final LoadedScenario base;

    private PointScenarios(ScenarioReader.Resolved resolved, LoadedScenario scenario, List<FieldOverride> settings) {
        this.resolved = resolved;
        this.scenario = scenario;
        this.definition = scenario.sweepDefinition().orElseThrow();
        this.settings = List.copyOf(settings);
        this.base = read(settings);
    }

    /**
     * Reads a sweep's scenario file.
     *
     * @param scale persons per agent for every point (the command's {@code --scale}), or empty for the scenario's
     * @throws InputException for a scenario error, or a scenario without a {@code sweep:} section
     */
    public static PointScenarios read(java.nio.file.Path file, OptionalInt scale) {
        return read(file, scale, List.of());
    }

    /**
     * Reads a sweep's scenario file with {@code --set} overrides applied (in order, before the sweep's own settings
     * and each point's values), so a sweep can run around a changed scenario without a variant file. The overrides
     * are part of the scenario's hash, hence of the sweep's fingerprint.
     *
     * @throws InputException for a scenario or override error, or a scenario without a {@code sweep:} section
     */
    public static PointScenarios read(java.nio.file.Path file, OptionalInt scale, List<FieldOverride> overrides) {
        ScenarioReader.Resolved resolved = new ScenarioReader().resolve(file);
        LoadedScenario scenario = new ScenarioReader().read(resolved, overrides);
        SweepDefinition def = scenario.sweepDefinition().orElseThrow(() -> new InputException(null, "sweep",
                file + " has no sweep: section", "add one (docs/sweeps.md), or run the scenario with labourcast run"));
        List<FieldOverride> settings = new ArrayList<>(overrides);
        // A point is the scenario without its sweep: its own reading must not depend on the sweep section.
        settings.add(new FieldOverride("sweep", "~"));
        def.runsPerPoint().ifPresent(r -> settings.add(new FieldOverride("simulation.runs", Integer.toString(r))));
        scale.ifPresent(k -> settings.add(new FieldOverride("simulation.scale", Integer.toString(k))));
        return new PointScenarios(resolved, scenario, settings);
    }

    /** The scenario as written (with its sweep section). */
    public LoadedScenario scenario() {
        return scenario;
    }

    public SweepDefinition definition() {
        return definition;
    }

    /** The scenario with the sweep's run settings and no parameter changed. */
    public LoadedScenario base() {
        return base;
    }

    /** The plan of this sweep: its points, settings and analysis. */
    public SweepPlan plan(String toolVersion) {
        SweepPlanner.Layout layout = SweepPlanner.points(definition);
        RunSettings run = base.run();
        boolean agents = base.spec().labourModel().isPresent();
        ScenarioSpec spec = scenario.spec();
        SweepPlan.ScenarioInfo info = new SweepPlan.ScenarioInfo(spec.id(), scenario.source().sha256(),
                spec.title().en(), spec.title().zh(), spec.region().name().en(),
                spec.region().name().zh(), spec.baseYear(), spec.horizon());
        return new SweepPlan(info, toolVersion, agents, agents ? run.runs() : 1, run.scale(), run.seed(),
                definition.design(), definition.points(), definition.seed(),
                definition.parameters().stream().map(SweepParameter::name).toList(), layout.points(),
                definition.outputs(), definition.sensitivity(), layout.oat(), layout.oatBaseline());
    }

    /**
     * Checks every parameter against the scenario before any point runs: each alone (the others as in the scenario)
     * at the lowest and highest number, and every text, it takes among {@code points}. A path the scenario does not
     * know, or a value it refuses, is an error at the parameter in the sweep section, with the reader's message and
     * suggestion. (Combinations are checked when their points run.)
     */
    public void validate(List<SweepPoint> points) {
        List<SweepParameter> parameters = definition.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            Set<ParameterValue> values = new LinkedHashSet<>();
            ParameterValue lo = null;
            ParameterValue hi = null;
            for (SweepPoint p : points) {
                ParameterValue v = p.values().get(i);
                if (!v.numeric()) {
                    values.add(v);
                } else {
                    lo = lo == null || v.number() < lo.number() ? v : lo;
                    hi = hi == null || v.number() > hi.number() ? v : hi;
                }
            }
            if (lo != null) {
                values.add(lo);
                values.add(hi);
            }
            SweepParameter parameter = parameters.get(i);
            for (ParameterValue v : values) {
                List<FieldOverride> overrides = new ArrayList<>(settings);
                overrides.addAll(overrides(parameter, v));
                try {
                    read(overrides);
                } catch (InputException e) {
                    throw new InputException(parameter.location(), parameter.fieldPath(), "with " + parameter.name()
                            + " = " + v.text() + ": " + (e.fieldPath().isEmpty() ? "" : e.fieldPath() + ": ")
                            + e.problem(), e.hint());
                }
            }
        }
    }

    /** The scenario at a point. @throws InputException naming the point when the scenario refuses its values */
    public LoadedScenario at(SweepPoint point) {
        List<FieldOverride> overrides = new ArrayList<>(settings);
        for (int i = 0; i < point.values().size(); i++) {
            overrides.addAll(overrides(definition.parameters().get(i), point.values().get(i)));
        }
        try {
            return read(overrides);
        } catch (InputException e) {
            throw new InputException(null, "sweep", "point " + point.index() + " (" + describe(point) + "): "
                    + e.getMessage());
        }
    }

    /**
     * Runs one point: the agent-based Monte Carlo ({@link AgentRun}) on {@code threads} threads when the scenario
     * has a labour model, else the cohort-component projection; keeps the cells the plan keeps.
     */
    public PointResult evaluate(SweepPlan plan, SweepPoint point, int threads, ProgressListener progress) {
        LoadedScenario doc = at(point);
        ScenarioSpec spec = doc.spec();
        ScenarioResult result;
        if (spec.labourModel().isPresent()) {
            RunSettings s = doc.run();
            result = AgentRun.of(spec, new RunSettings(s.runs(), s.seed(), threads, s.scale()), progress);
        } else {
            result = ProjectionRun.of(spec);
            progress.completed(1, 1);
        }
        return result(plan, point, result.indicators(), result.targets(), result.replicates().runs());
    }

    /**
     * Runs replicates {@code from} (inclusive) to {@code to} (exclusive) of an agent-based point's Monte Carlo
     * runs, for a runner that spreads one point's replicates over several tasks; {@link #combine} joins the blocks
     * into the {@link PointResult} that {@link #evaluate} gives, bit for bit (each replicate draws only from its own
     * random streams: {@link AgentRun#replicates}).
     *
     * @throws IllegalArgumentException for a sweep of the deterministic projection, which has no replicates to
     *                                  split, or a range outside the point's runs
     */
    public ReplicateBlock replicates(SweepPlan plan, SweepPoint point, int from, int to, int threads) {
        if (!plan.agents()) {
            throw new IllegalArgumentException("a projection sweep's points have no replicates to split");
        }
        LoadedScenario doc = at(point);
        ScenarioSpec spec = doc.spec();
        RunSettings s = doc.run();
        AgentRun.Replicates block = AgentRun.replicates(spec, new RunSettings(s.runs(), s.seed(), threads, s.scale()),
                from, to, ProgressListener.NONE);
        return new ReplicateBlock(point.index(), from, block.values());
    }

    /**
     * Joins blocks of one point's replicates ({@link #replicates}), in any order, into the point's result.
     *
     * @throws IllegalArgumentException unless the blocks belong to the point and cover each of its runs once
     */
    public PointResult combine(SweepPlan plan, SweepPoint point, List<ReplicateBlock> blocks) {
        LoadedScenario doc = at(point);
        ScenarioSpec spec = doc.spec();
        int runs = doc.run().runs();
        double[][][] values = new double[runs][][];
        for (ReplicateBlock b : blocks) {
            if (b.point() != point.index()) {
                throw new IllegalArgumentException("a block of point " + b.point() + " given for point "
                        + point.index());
            }
            for (int i = 0; i < b.values().length; i++) {
                int run = b.firstRun() + i;
                if (run >= runs || values[run] != null) {
                    throw new IllegalArgumentException("point " + point.index() + ": replicate " + run
                            + (run >= runs ? " is beyond its " + runs + " runs" : " is given twice"));
                }
                values[run] = b.values()[i];
            }
        }
        for (int run = 0; run < runs; run++) {
            if (values[run] == null) {
                throw new IllegalArgumentException("point " + point.index() + ": replicate " + run + " is missing");
            }
        }
        ReplicateValues replicates = new ReplicateValues(spec.id(), AgentRun.indicatorNames(spec),
                AgentRun.years(spec), values);
        return result(plan, point, MonteCarloSummary.summarize(replicates),
                TargetAttainmentEvaluator.evaluate(spec.targets(), replicates, spec.baseYear(),
                        org.labourcast.targets.InputPin.of(spec)), runs);
    }

    /** What a point keeps of a run: the plan's cells and every target's attainment. */
    private static PointResult result(SweepPlan plan, SweepPoint point, List<IndicatorRow> rows,
                                      List<TargetAttainment> attainment, int runs) {
        List<PointResult.Cell> cells = new ArrayList<>();
        for (IndicatorRow r : rows) {
            if (plan.keeps(r.indicator(), r.year())) {
                cells.add(new PointResult.Cell(r.indicator(), r.year(), r.stat(), r.value()));
            }
        }
        List<PointResult.TargetOutcome> targets = new ArrayList<>();
        for (TargetAttainment a : attainment) {
            targets.add(new PointResult.TargetOutcome(a.target().indicator(), a.target().year(),
                    a.target().operator().symbol(), a.target().value(), a.target().kind().label(), a.runsMet(),
                    a.medianProjected(), a.medianFirstYearMet()));
        }
        return new PointResult(point.index(), runs, cells, targets);
    }

    private LoadedScenario read(List<FieldOverride> overrides) {
        return new ScenarioReader().read(resolved, overrides);
    }

    /** The overrides that give {@code parameter} the value {@code v}. */
    List<FieldOverride> overrides(SweepParameter parameter, ParameterValue v) {
        if (!parameter.scales()) {
            return List.of(new FieldOverride(parameter.path(), v.numeric() ? v.text() : quoted(v.text())));
        }
        List<FieldOverride> out = new ArrayList<>();
        for (String path : parameter.scale()) {
            YamlNode node = FieldOverride.find(resolved.tree(), path).orElseThrow();
            String target = path;
            if (node instanceof YamlMapping m && m.get("value") != null) {
                node = m.get("value");
                target = path + ".value";
            }
            String text;
            if (node instanceof YamlSequence seq) {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < seq.size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(Csv.number(Fields.toNumber(seq.get(i)) * v.number()));
                }
                text = sb.append(']').toString();
            } else {
                text = Csv.number(Fields.toNumber(node) * v.number());
            }
            out.add(new FieldOverride(target, text));
        }
        return out;
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** {@code name=value, name=value} of a point, for messages. */
    public String describe(SweepPoint point) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < point.values().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(definition.parameters().get(i).name()).append('=')
                    .append(point.values().get(i).text());
        }
        return sb.toString();
    }

    /** The first point's values, for tests: the overrides as {@code path=value} arguments. */
    List<String> arguments(SweepPoint point) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < point.values().size(); i++) {
            overrides(definition.parameters().get(i), point.values().get(i)).forEach(o -> out.add(o.argument()));
        }
        return out;
    }
}
