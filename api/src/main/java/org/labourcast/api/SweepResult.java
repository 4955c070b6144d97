package org.labourcast.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.labourcast.Csv;
import org.labourcast.InputException;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.ChartSize;
import org.labourcast.charts.Lang;
import org.labourcast.charts.NamedChart;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.sweep.PointResult;
import org.labourcast.sweep.SensitivityAnalysis;
import org.labourcast.sweep.SweepFolder;
import org.labourcast.sweep.SweepPlan;
import org.labourcast.sweep.SweepPoint;
import org.labourcast.sweep.SweepTables;
import org.labourcast.sweep.definition.ParameterValue;
import org.labourcast.sweep.definition.SensitivitySpec;

/**
 * The result of a {@link Sweep}: every point's result, the same {@link PointResult}s the command line checkpoints,
 * read as tables, analysed, drawn and written as {@code labourcast sweep} writes them.
 *
 * <ul>
 *   <li>{@link #table()}: the point table ({@code sweep.csv}) as a {@link SweepTable} with filters;</li>
 *   <li>{@link #targets()}, {@link #probabilities(String, int)}: every plan target's attainment at every point
 *       ({@code sweep_targets.csv});</li>
 *   <li>{@link #sensitivity()}, {@link #elasticity}, {@link #sensitivityText()}: the analysis
 *       ({@code sensitivity.csv}: one-at-a-time elasticities, or Sobol' first-order and total indices);</li>
 *   <li>{@link #tornado(String, int)}, {@link #renderTornadoes}: tornado charts of a one-at-a-time analysis;</li>
 *   <li>{@link #writeTo(Path)}: the files of {@code labourcast sweep}, through the same code
 *       ({@link SweepOutputs}).</li>
 * </ul>
 *
 * <!-- example: sweep-result -->
 * <pre>{@code
 * SweepResult result = Sweep.load(Path.of("scenarios/leshan/sweep-quick.yaml")).run();
 * SweepTable skilled = result.table().indicator("skilled_workers").year(2025).stat("mean");
 * Map<Integer, Double> byPoint = skilled.byPoint();              // point -> mean of its runs
 * double atDouble = skilled.where("labour.skills.trainees", 40000).value();
 * double[] chance = result.probabilities("skilled_workers", 2025); // per point, share of runs meeting the target
 * double e = result.elasticity("skilled_workers", 2025, "labour.skills.trainees");
 * System.out.println(result.sensitivityText());
 * List<Path> charts = result.renderTornadoes(out.resolve("tornadoes"), WriteOptions.DEFAULT.withLang(Lang.ZH));
 * }</pre>
 * ({@code examples/SweepResultExample.java}, run by {@code ExamplesTest}.)
 *
 * <p>Immutable and thread-safe.
 */
public final class SweepResult {
    /**
     * Where the result comes from, for its manifest: a run of a {@link Sweep} (then {@code sweep} is set) or a
     * folder read back (then {@code folder} is set).
     */
    record Provenance(Sweep sweep, Path folder, Instant started, int threads, boolean resumed, int pointsRunNow,
                      long readAndCheckMillis, long runMillis, long cpuMillis) {
        static Provenance of(Path folder) {
            return new Provenance(null, folder, Instant.now(), 0, false, 0, 0, 0, 0);
        }
    }

    /**
     * One line of {@code sweep_targets.csv}: a plan target at one point.
     *
     * @param values       the parameters' values at the point
     * @param operator     {@code >=}, {@code <=}, {@code >} or {@code <}
     * @param target       the target value, in the indicator's unit
     * @param kind         {@code annual} or {@code cumulative}
     * @param probability  share of the point's runs meeting the target, 0–1
     * @param median       the median projected value (summed over the plan period for a cumulative target)
     * @param firstYearMet the median first year met; empty when most runs never meet it
     * @param status       {@code on track} (probability ≥ 0.75), {@code at risk} (≥ 0.25) or {@code off track}
     * @param runs         the point's Monte Carlo runs
     */
    public record TargetRow(int point, List<ParameterValue> values, String indicator, int year, String operator,
                            double target, String kind, double probability, double median,
                            OptionalInt firstYearMet, String status, int runs) {
        public TargetRow {
            values = List.copyOf(values);
        }

        /** Lower bound of the 95% Wilson interval of {@code probability} over the point's runs. */
        public double probabilityLow() {
            return org.labourcast.targets.WilsonInterval.of95((int) Math.round(probability * runs), runs).low();
        }

        /** Upper bound of the 95% Wilson interval of {@code probability} over the point's runs. */
        public double probabilityHigh() {
            return org.labourcast.targets.WilsonInterval.of95((int) Math.round(probability * runs), runs).high();
        }
    }

    private final SweepPlan plan;
    private final List<PointResult> points;
    private final Optional<SensitivityAnalysis.Result> sensitivity;
    private final Provenance provenance;
    private final SweepTable table;
    private final List<TargetRow> targets;

    SweepResult(SweepPlan plan, List<PointResult> points, Optional<SensitivityAnalysis.Result> sensitivity,
                Provenance provenance) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.points = List.copyOf(points);
        this.sensitivity = Objects.requireNonNull(sensitivity, "sensitivity");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        if (this.points.size() != plan.size()) {
            throw new IllegalArgumentException("a result needs every point of the plan: " + points.size() + " of "
                    + plan.size());
        }
        List<SweepTable.Row> rows = new ArrayList<>();
        List<TargetRow> targetRows = new ArrayList<>();
        for (SweepPoint p : plan.points()) {
            PointResult r = this.points.get(p.index());
            if (r.point() != p.index()) {
                throw new IllegalArgumentException("result " + p.index() + " is of point " + r.point());
            }
            for (PointResult.Cell c : r.cells()) {
                if (plan.outputs().includes(c.indicator(), c.year())) { // as sweep.csv: what the outputs choose
                    rows.add(new SweepTable.Row(p.index(), p.values(), c.indicator(), c.year(), c.stat(), c.value()));
                }
            }
            for (PointResult.TargetOutcome t : r.targets()) {
                targetRows.add(new TargetRow(p.index(), p.values(), t.indicator(), t.year(), t.operator(),
                        t.target(), t.kind(), t.probability(r.runs()), t.median(), t.firstYearMet(),
                        t.status(r.runs()), r.runs()));
            }
        }
        this.table = SweepTable.of(plan, rows);
        this.targets = List.copyOf(targetRows);
    }

    /**
     * A finished sweep read back from its folder: one written by {@code labourcast sweep} or
     * {@link Sweep#run(int, Path)}, with a checkpoint of every point ({@code points/}).
     *
     * @throws InputException when the folder holds no sweep, or not a checkpoint of every point (a shard, a sweep
     *                        still running or stopped, or a folder written by {@code labourcast merge}, which keeps
     *                        only the tables)
     */
    public static SweepResult read(Path dir) {
        SweepFolder folder = SweepFolder.open(dir);
        SweepPlan plan = folder.plan();
        Set<Integer> finished = folder.finished();
        if (finished.size() < plan.size()) {
            List<String> missing = new ArrayList<>();
            for (int p = 0; p < plan.size() && missing.size() < 10; p++) {
                if (!finished.contains(p)) {
                    missing.add(Integer.toString(p));
                }
            }
            int count = plan.size() - finished.size();
            throw new InputException(null, "", "'" + dir + "' has no checkpoint of " + count + " of the sweep's "
                    + plan.size() + " points (points " + String.join(", ", missing)
                    + (count > missing.size() ? ", …" : "") + ")",
                    "finish the sweep with labourcast sweep --resume; a shard's points are read after merging"
                            + " with labourcast merge, from the shards' folders");
        }
        return of(folder, Provenance.of(dir));
    }

    /** Every point's result from a sweep folder holding all of them. */
    static SweepResult of(SweepFolder folder, Provenance provenance) {
        SweepPlan plan = folder.plan();
        List<PointResult> results = new ArrayList<>();
        for (int p = 0; p < plan.size(); p++) {
            results.add(folder.read(p));
        }
        return new SweepResult(plan, results, SweepTables.analyse(plan, results::get), provenance);
    }

    /** The plan: points, parameters, design, settings, analysis ({@code sweep.json}, {@code points.csv}). */
    public SweepPlan plan() {
        return plan;
    }

    /** The swept scenario's id. */
    public String id() {
        return plan.scenario().id();
    }

    /** The number of points. */
    public int size() {
        return plan.size();
    }

    /** The parameters' names, in order. */
    public List<String> parameters() {
        return plan.parameters();
    }

    /** The points, by index. */
    public List<SweepPoint> points() {
        return plan.points();
    }

    /** Every point's result as checkpointed, by index. */
    public List<PointResult> pointResults() {
        return points;
    }

    /**
     * One point's result.
     *
     * @throws InputException for a point the sweep does not have
     */
    public PointResult pointResult(int point) {
        checkPoint(point);
        return points.get(point);
    }

    /** Monte Carlo runs at every point (1 for a deterministic projection). */
    public int runsPerPoint() {
        return plan.runsPerPoint();
    }

    /** The point table, as {@code sweep.csv}: every reported indicator, year and stat at every point. */
    public SweepTable table() {
        return table;
    }

    /** {@code sweep.csv} as text. */
    public String sweepCsv() {
        return table.toCsv();
    }

    /** {@code points.csv} as text. */
    public String pointsCsv() {
        return plan.pointsCsv();
    }

    /** Every plan target at every point ({@code sweep_targets.csv}): by point, then in the scenario's order. */
    public List<TargetRow> targets() {
        return targets;
    }

    /**
     * The target on an indicator in a year at every point, in point order.
     *
     * @throws InputException when the scenario has no target on that indicator in that year, with a suggestion
     */
    public List<TargetRow> targets(String indicator, int year) {
        Set<String> indicators = new LinkedHashSet<>();
        targets.forEach(t -> indicators.add(t.indicator()));
        SweepTable.check("indicator", indicator, indicators, "the scenario has no target on", "its targets are on",
                null);
        List<TargetRow> rows = targets.stream().filter(t -> t.indicator().equals(indicator) && t.year() == year)
                .toList();
        if (rows.isEmpty()) {
            throw new InputException(null, "year", "the scenario has no target on " + indicator + " in " + year
                    + ": its targets on it are in " + targets.stream().filter(t -> t.indicator().equals(indicator))
                    .map(t -> Integer.toString(t.year())).distinct().collect(Collectors.joining(", ")));
        }
        return rows;
    }

    /**
     * The probability of meeting the target on an indicator in a year at every point (share of its runs, 0–1), in
     * point order. When the scenario has several targets on it that year (a range), their order within each point.
     *
     * @throws InputException when the scenario has no such target, with a suggestion
     */
    public double[] probabilities(String indicator, int year) {
        return targets(indicator, year).stream().mapToDouble(TargetRow::probability).toArray();
    }

    /** {@code sweep_targets.csv} as text. */
    public String targetsCsv() {
        StringBuilder sb = new StringBuilder(SweepTables.header(plan, SweepTables.TARGET_COLUMNS));
        for (TargetRow t : targets) {
            sb.append(SweepTables.prefix(plan.points().get(t.point()))).append(Csv.row(t.indicator(), t.year(),
                    t.operator(), t.target(), t.kind(), t.probability(), t.median(),
                    t.firstYearMet().isPresent() ? Integer.toString(t.firstYearMet().getAsInt()) : "", t.status(),
                    t.runs(), t.probabilityLow(), t.probabilityHigh()));
        }
        return sb.toString();
    }

    /** The sensitivity analysis, if the sweep has a {@code sensitivity:} section. */
    public Optional<SensitivityAnalysis.Result> sensitivity() {
        return sensitivity;
    }

    /**
     * The analysis rows of one outcome: per parameter, its elasticity (one-at-a-time) or its first-order and total
     * Sobol' indices with bootstrap bounds.
     *
     * @throws InputException when the sweep has no analysis, or does not analyse that indicator or year
     */
    public List<SensitivityAnalysis.Row> sensitivity(String indicator, int year) {
        SensitivitySpec spec = analysisSpec();
        SweepTable.check("indicator", indicator, spec.indicators(), "the sensitivity analysis has no indicator",
                "it analyses", "sweep.sensitivity.indicators chooses them");
        if (!spec.years().contains(year)) {
            throw new InputException(null, "year", "the sensitivity analysis has no year " + year + ": it analyses "
                    + spec.years().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    "sweep.sensitivity.years chooses them");
        }
        return sensitivity.get().rows().stream().filter(r -> r.indicator().equals(indicator) && r.year() == year)
                .toList();
    }

    /**
     * The one-at-a-time elasticity d ln y / d ln x of an outcome to a parameter at the baseline ({@code NaN} when the
     * outcome is zero or changes sign between the ±δ points).
     *
     * @throws InputException when the sweep has no one-at-a-time analysis, or not of that outcome or parameter
     */
    public double elasticity(String indicator, int year, String parameter) {
        SensitivitySpec spec = analysisSpec();
        if (spec.method() != SensitivitySpec.Method.OAT) {
            throw new InputException(null, "sweep.sensitivity.method", "the sweep's analysis is "
                    + spec.method().label() + ", which gives Sobol' indices, not elasticities", "read them with sensitivity(indicator, year)");
        }
        List<SensitivityAnalysis.Row> rows = sensitivity(indicator, year);
        SweepTable.check("parameter", parameter, plan.parameters(), "the sweep has no parameter",
                "its parameters are", null);
        return rows.stream().filter(r -> r.parameter().equals(parameter)).findFirst().orElseThrow().value();
    }

    /** {@code sensitivity.csv} as text. @throws InputException when the sweep has no analysis */
    public String sensitivityCsv() {
        analysisSpec();
        return sensitivity.get().csv();
    }

    /** The analysis as {@code labourcast sweep} prints it. @throws InputException when the sweep has no analysis */
    public String sensitivityText() {
        analysisSpec();
        return SweepOutputs.sensitivityText(sensitivity.get());
    }

    /** {@code tornado.csv} as text. @throws InputException when the sweep has no one-at-a-time analysis */
    public String tornadoCsv() {
        requireTornadoes();
        return sensitivity.get().tornadoCsv();
    }

    /** {@link #tornado(String, int, Lang, ChartSize)} in English at the print size (16 × 10 cm, 300 dpi). */
    public NamedChart tornado(String indicator, int year) {
        return tornado(indicator, year, Lang.EN, ChartSize.PRINT);
    }

    /**
     * The tornado chart of one outcome, as {@code labourcast sweep} draws it: per parameter, the outcome with the
     * parameter at its low and high value and the others at baseline, sorted by swing. Display it with
     * {@link Charts#image(NamedChart)}, write it with {@link Charts#write}.
     *
     * @throws InputException when the sweep has no one-at-a-time analysis, or not of that outcome
     */
    public NamedChart tornado(String indicator, int year, Lang lang, ChartSize size) {
        sensitivity(indicator, year); // checks the outcome
        requireTornadoes();
        SensitivityAnalysis.Tornado t = sensitivity.get().tornadoes().stream()
                .filter(x -> x.indicator().equals(indicator) && x.year() == year).findFirst().orElseThrow();
        return org.labourcast.charts.report.ChartSet.tornado(SweepOutputs.tornadoData(plan, t),
                org.labourcast.charts.Messages.of(lang), size);
    }

    /**
     * Every outcome's tornado chart, in the analysis' order (indicators, then years).
     *
     * @throws InputException when the sweep has no one-at-a-time analysis
     */
    public List<NamedChart> tornadoes(Lang lang, ChartSize size) {
        requireTornadoes();
        return SweepOutputs.tornadoCharts(plan, sensitivity.get(), lang, size);
    }

    /** {@link #renderTornadoes(Path, WriteOptions)} in English PNG at the print size. */
    public List<Path> renderTornadoes(Path dir) {
        return renderTornadoes(dir, WriteOptions.DEFAULT);
    }

    /**
     * Writes every tornado chart into {@code dir} (created if missing) in the options' language, formats and size,
     * named as {@code labourcast sweep} names them ({@code sensitivity_skilled_workers_2025.png}); files of the
     * same names are replaced, each atomically.
     *
     * @return the files written
     * @throws InputException when the sweep has no one-at-a-time analysis
     */
    public List<Path> renderTornadoes(Path dir, WriteOptions options) {
        List<Path> out = new ArrayList<>();
        for (NamedChart c : tornadoes(options.lang(), options.size())) {
            out.addAll(Charts.write(c, dir, options.formats().toArray(ChartFormat[]::new)));
        }
        return out;
    }

    /** {@link #writeTo(Path, WriteOptions)} with {@link WriteOptions#DEFAULT}: as {@code labourcast sweep --out}. */
    public List<Path> writeTo(Path dir) {
        return writeTo(dir, WriteOptions.DEFAULT);
    }

    /**
     * Writes the files of {@code labourcast sweep} into {@code dir}, through the same code: {@code points.csv},
     * {@code sweep.json}, a checkpoint of every point in {@code points/} (so the folder can be read back with
     * {@link #read}), {@code sweep.csv}, {@code sweep_targets.csv}, with an analysis {@code sensitivity.csv} and
     * for one-at-a-time {@code tornado.csv} and the tornado charts (unless {@link WriteOptions#withoutCharts()}), and
     * {@code manifest.json} last. The tables are byte for byte those of the command for the same sweep file and
     * scale; the manifest records how this result was run.
     *
     * @return the files written besides the checkpoints, manifest.json last
     * @throws InputException when {@code dir} already holds results and the options do not overwrite
     */
    public List<Path> writeTo(Path dir, WriteOptions options) {
        Instant started = Instant.now();
        long w0 = System.nanoTime();
        try (OutputDirectory out = OutputDirectory.open(dir, options.overwrite())) {
            SweepFolder.clear(dir);
            SweepFolder folder = SweepFolder.create(out, plan);
            points.forEach(folder::write);
            SweepOutputs.write(plan, points::get, out, options);
            long w1 = System.nanoTime();
            Manifest.Builder manifest;
            Provenance p = provenance;
            if (p.sweep() != null) {
                manifest = SweepOutputs.manifest(p.sweep().file(), p.sweep().scenario(), plan);
                Sweep.runSettings(manifest, p.threads(), 1, 1, p.resumed(), plan.size(), p.pointsRunNow());
                manifest.timingMillis("read_and_check", p.readAndCheckMillis())
                        .timingMillis("run_points", p.runMillis())
                        .timingMillis("run_points_cpu", p.cpuMillis())
                        .started(p.started());
            } else {
                manifest = Manifest.builder()
                        .toolVersion(Labourcast.version())
                        .scenario(plan.scenario().id(), null)
                        .seed(plan.agents() ? plan.modelSeed() : null)
                        .inputFile(p.folder().resolve(SweepPlan.PLAN_FILE));
                SweepOutputs.settings(manifest, plan);
                manifest.setting("scenario_sha256", plan.scenario().sha256())
                        .started(started);
            }
            manifest.timingMillis("write_outputs", (w1 - w0) / 1_000_000)
                    .outputs(new ArrayList<>(out.written()))
                    .finished(Instant.now());
            out.writeText(OutputDirectory.MANIFEST, manifest.build().toJson());
            return out.written();
        }
    }

    private SensitivitySpec analysisSpec() {
        return plan.sensitivity().orElseThrow(() -> new InputException(null, "sweep.sensitivity", "the sweep "
                + id() + " has no sensitivity analysis", "add a sensitivity: section (docs/sweeps.md)"));
    }

    private void requireTornadoes() {
        SensitivitySpec spec = analysisSpec();
        if (spec.method() != SensitivitySpec.Method.OAT) {
            throw new InputException(null, "sweep.sensitivity.method", "the sweep's analysis is "
                    + spec.method().label() + ": tornado charts are drawn for one-at-a-time (oat) analyses only");
        }
    }

    private void checkPoint(int point) {
        if (point < 0 || point >= plan.size()) {
            throw new InputException(null, "point", "the sweep has no point " + point + ": its points are 0 to "
                    + (plan.size() - 1));
        }
    }

    @Override
    public String toString() {
        return "SweepResult of " + id() + ": " + size() + " point" + (size() == 1 ? "" : "s") + " ("
                + plan.design().label() + "), " + String.join(", ", plan.parameters()) + "; "
                + (plan.agents() ? plan.runsPerPoint() + " runs per point at scale " + plan.scale()
                : "deterministic projection") + (sensitivity.isPresent() ? "; sensitivity "
                + plan.sensitivity().get().method().label() : "");
    }
}
