package org.labourcast.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.labourcast.charts.data.SavedResults;
import org.labourcast.experiment.ActualsReview;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ScenarioResult;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.results.IndicatorCsv;
import org.labourcast.results.PopulationCsv;
import org.labourcast.results.TargetCsv;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.Target;
import org.labourcast.targets.TargetAttainment;

/**
 * The result of running a {@link Scenario}: the same {@link ScenarioResult} the command line writes (a
 * deterministic {@link org.labourcast.experiment.ProjectionRun} or a Monte Carlo {@link AgentRun}), with the
 * settings it ran with, read as tables, written as files and drawn as charts.
 *
 * <p>Values are in each indicator's own unit: persons, or shares 0–1 for rates ({@code urbanization_rate},
 * {@code surveyed_unemployment_rate}…). A Monte Carlo run has the stats {@code mean}, {@code median}, {@code p05},
 * {@code p10}, {@code p90}, {@code p95} over its replicates; a deterministic one the stat {@code value}.
 *
 * <p>Targets and writing ({@code examples/TargetsAndFiles.java}, run by {@code ExamplesTest}):
 * <!-- example: targets-and-files -->
 * <pre>{@code
 * Scenario leshan = Scenario.load(Path.of("scenarios/leshan/baseline.yaml"));
 * Result result = leshan.simulate(leshan.settings().withRuns(4).withScale(200));
 * for (TargetAttainment t : result.targets()) {
 *     System.out.printf("%s %d: met in %.0f%% of runs (%s)%n", t.target().indicator(), t.target().year(),
 *             100 * t.probability(), t.status().label());
 * }
 * List<Path> files = result.writeTo(out.resolve("run"), WriteOptions.DEFAULT.withOverwrite());
 * List<Path> charts = result.charts().withLang(Lang.ZH).render(out.resolve("charts-zh"), ChartFormat.SVG);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Result {
    private final Scenario scenario;
    private final ScenarioResult run;
    private final RunSettings settings;
    private final Instant started;
    private final long projectMillis;

    Result(Scenario scenario, ScenarioResult run, RunSettings settings, Instant started, long projectMillis) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.run = Objects.requireNonNull(run, "run");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.started = started;
        this.projectMillis = projectMillis;
    }

    /** The scenario that was run. */
    public Scenario scenario() {
        return scenario;
    }

    /** The engine's result, as the command line has it (a {@code ProjectionRun} or an {@code AgentRun}). */
    public ScenarioResult raw() {
        return run;
    }

    /** The settings the run used (for a deterministic projection, the scenario's defaults, unused). */
    public RunSettings settings() {
        return settings;
    }

    /** Whether this is a Monte Carlo run of the agent-based labour market. */
    public boolean monteCarlo() {
        return run instanceof AgentRun;
    }

    /** Number of replicates (1 for the deterministic projection). */
    public int runs() {
        return run.replicates().runs();
    }

    /** Every indicator row ({@code indicators.csv}): by indicator, then stat, then year. */
    public IndicatorTable indicators() {
        return IndicatorTable.of(run.indicators());
    }

    /** The central value of an indicator in a year: the median of a Monte Carlo run, else the value. */
    public double value(String indicator, int year) {
        return central().indicator(indicator).year(year).value();
    }

    /** The central rows only: stat {@code median} for a Monte Carlo run, {@code value} for a projection. */
    public IndicatorTable central() {
        return indicators().stat(monteCarlo() ? "median" : IndicatorRow.VALUE);
    }

    /**
     * Every replicate's value of every indicator and year ({@code runs.csv}): {@code replicates().values(i, y)}
     * gives the runs' values of indicator {@code i} in year {@code y}, in replicate order.
     */
    public ReplicateValues replicates() {
        return run.replicates();
    }

    /**
     * Per-replicate values of one indicator in one year, in replicate order. Replicate i of two scenarios run with
     * the same settings draws the same random numbers, so {@code b.perRun(x, y)[i] - a.perRun(x, y)[i]} is a paired
     * difference with little Monte Carlo noise.
     */
    public double[] perRun(String indicator, int year) {
        return run.replicates().values(indicator, year);
    }

    /** Each plan target's attainment: share of runs meeting it, median, status ({@code targets.csv}). */
    public List<TargetAttainment> targets() {
        return run.targets();
    }

    /** The attainment of the target on an indicator in a year, if the scenario has one. */
    public Optional<TargetAttainment> target(String indicator, int year) {
        return run.targets().stream()
                .filter(t -> t.target().indicator().equals(indicator) && t.target().year() == year).findFirst();
    }

    /** {@code indicators.csv} as text. */
    public String indicatorsCsv() {
        return IndicatorCsv.render(run.indicators());
    }

    /** {@code targets.csv} as text. */
    public String targetsCsv() {
        return TargetCsv.render(run.targets());
    }

    /** {@code population.csv} as text. */
    public String populationCsv() {
        return PopulationCsv.render(run.years());
    }

    /**
     * One line per target, as {@code labourcast run} prints them: operator, target, when ("in 2025", or "summed over
     * 2021–2025" for a five-year total), share of runs, median (the plan-period sum for a total), status.
     */
    public String targetsText() {
        StringBuilder sb = new StringBuilder();
        for (TargetAttainment a : run.targets()) {
            Target t = a.target();
            boolean share = IndicatorCatalog.isShare(t.indicator());
            sb.append(String.format(Locale.ROOT, "%s %s %s %s: met in %.0f%% of %d run%s, median %s — %s%n",
                    t.indicator(), t.operator().symbol(), IndicatorTable.format(t.value(), share),
                    t.period(run.scenario().baseYear()),
                    100 * a.probability(), a.runs(), a.runs() == 1 ? "" : "s",
                    IndicatorTable.format(a.medianProjected(), share), a.status().label()));
        }
        return sb.toString();
    }

    /** {@link #writeTo(Path, WriteOptions)} with {@link WriteOptions#DEFAULT}: as {@code labourcast run --out dir}. */
    public List<Path> writeTo(Path dir) {
        return writeTo(dir, WriteOptions.DEFAULT);
    }

    /**
     * Writes the run's files as {@code labourcast run} does, through the same code: indicators.csv, population.csv,
     * targets.csv, runs.csv ({@link WriteOptions#withPerRun()}), actuals.csv when the scenario has actuals, the
     * standard charts and manifest.json (the overrides recorded as {@code set.N}). Re-anchoring on actuals
     * ({@code --reanchor}) is left to the command line.
     *
     * @return the files written, manifest.json last
     * @throws org.labourcast.InputException when {@code dir} already holds results and the options do not overwrite
     */
    public List<Path> writeTo(Path dir, WriteOptions options) {
        RunFiles.Timings timings = new RunFiles.Timings(started, scenario.readMillis(), projectMillis);
        return RunFiles.write(run, settings, scenario.loaded(), dir, options, timings, Labourcast.version(),
                ActualsReview.of(scenario.loaded().actuals(), run, false));
    }

    /**
     * The run's standard charts (English, 16 × 10 cm, 300 dpi), drawn from the same data and by the same code as
     * the charts {@code labourcast run} writes.
     */
    public Charts charts() {
        SavedResults saved = RunFiles.savedResults(run, settings, scenario.loaded(),
                scenario.file().toAbsolutePath().getParent(), Labourcast.version(), indicatorsCsv(), targetsCsv(),
                populationCsv());
        return new Charts(saved);
    }

    @Override
    public String toString() {
        return "Result of " + scenario.id() + ": " + run.engine() + ", " + runs() + " run" + (runs() == 1 ? "" : "s")
                + (monteCarlo() ? ", scale " + settings.scale() + ", seed " + settings.seed() : "")
                + ", " + run.scenario().baseYear() + "-" + run.scenario().horizon();
    }
}
