package org.labourcast.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.labourcast.InputException;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.experiment.ScenarioResult;
import org.labourcast.forecast.ModelKind;
import org.labourcast.forecast.SeriesForecast;
import org.labourcast.scenario.HistorySeries;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.yaml.FieldOverride;

/**
 * A scenario file, read and validated, with any field overrides applied: the starting point of the API.
 *
 * <p>{@link #load} reads the file as {@code labourcast run} does ({@link ScenarioReader}, strict: a mistake is an
 * {@link InputException} naming file, line, column and field). {@link #with} gives a <em>new</em> scenario with one
 * more field override, exactly like {@code --set path=value}: the overrides are applied in order to the file merged
 * with its parents, and the result is read and validated again. {@link #project()} runs the deterministic
 * cohort-component projection, {@link #simulate(RunSettings)} the agent-based labour market as a Monte Carlo
 * experiment, {@link #run()} whichever {@code labourcast run} would, and {@link #forecast()} the trend forecasts of
 * the scenario's {@code history:} series.
 *
 * <p>Example ({@code api/src/test/java/org/labourcast/api/examples/QuickStart.java}, run by {@code ExamplesTest}):
 * <!-- example: quickstart -->
 * <pre>{@code
 * Scenario leshan = Scenario.load(Path.of("scenarios/leshan/baseline.yaml"));
 * RunSettings quick = leshan.settings().withRuns(5).withScale(200); // 5 replicates, 200 persons per agent
 * Result result = leshan.simulate(quick);
 * IndicatorTable transfer = result.indicators()
 *         .indicator("rural_labour_transfer_rate").stat("median").year(2020, 2025, 2030);
 * System.out.println(transfer.toText());
 * double in2025 = result.value("rural_labour_transfer_rate", 2025); // the median, a share 0-1
 * result.writeTo(out.resolve("leshan-quick"));                         // the files of `labourcast run`
 * }</pre>
 *
 * <p>Overriding a field ({@code examples/Overrides.java}):
 * <!-- example: overrides -->
 * <pre>{@code
 * Scenario base = Scenario.load(Path.of("scenarios/leshan/baseline.yaml"));
 * Scenario faster = base.with("labour.transfer.base_rate", 0.07); // as --set labour.transfer.base_rate=0.07
 * RunSettings settings = base.settings().withRuns(4).withScale(200);
 * double before = base.simulate(settings).value("rural_labour_transfer_rate", 2025);
 * double after = faster.simulate(settings).value("rural_labour_transfer_rate", 2025);
 * System.out.printf("transfer rate 2025: %.4f -> %.4f%n", before, after);
 * }</pre>
 *
 * <p>Immutable and thread-safe; runs started from different threads are independent.
 */
public final class Scenario {
    private final Path file;
    private final List<FieldOverride> overrides;
    private final LoadedScenario loaded;
    private final ScenarioSpec spec;
    private final long readMillis;

    private Scenario(Path file, List<FieldOverride> overrides) {
        this.file = Objects.requireNonNull(file, "file");
        this.overrides = List.copyOf(overrides);
        long t0 = System.nanoTime();
        this.loaded = new ScenarioReader().read(file, this.overrides);
        this.spec = loaded.spec();
        this.readMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * Reads and validates a scenario file (a variant's parents too).
     *
     * @throws InputException for any mistake in the file, with file:line:column and the field's path
     */
    public static Scenario load(Path file) {
        return new Scenario(file, List.of());
    }

    /** {@link #load(Path)} with the path as text, handy in notebooks. */
    public static Scenario load(String file) {
        return load(Path.of(file));
    }

    /**
     * A new scenario with one field overridden, as {@code --set path=value}: {@code path} is a dotted field path with
     * list indices ({@code labour.transfer.base_rate}, {@code targets[2].value}); {@code value} a number, a boolean,
     * a string (set as a YAML string, quoted), {@code null} (removes the field, as {@code ~}) or a list of those.
     * This scenario is not changed.
     *
     * @throws InputException when the path or the changed scenario is invalid (an unknown field, a value out of
     *                        range…), naming {@code --set path}
     * @throws IllegalArgumentException for a value of another type, or a number that is not finite
     */
    public Scenario with(String path, Object value) {
        return with(new FieldOverride(path, yaml(value)));
    }

    /**
     * A new scenario with one field set to a YAML text, exactly as {@code --set path=yaml} would ({@code "[0.8, 0.7]"}
     * is a list, {@code "0.07"} a number, {@code "~"} removes the field).
     */
    public Scenario withYaml(String path, String yaml) {
        return with(new FieldOverride(path, yaml));
    }

    /**
     * A new scenario with several fields overridden at once, in the map's iteration order (use a
     * {@link java.util.LinkedHashMap} when the order matters): for changes that are valid only together, such as
     * removing the {@code labour} section and the targets on labour indicators. Values as for {@link #with}.
     */
    public Scenario with(Map<String, ?> values) {
        List<FieldOverride> more = new ArrayList<>();
        values.forEach((path, value) -> more.add(new FieldOverride(path, yaml(value))));
        return with(more);
    }

    /** A new scenario with one more override; overrides apply in the order they were added. */
    public Scenario with(FieldOverride override) {
        return with(List.of(Objects.requireNonNull(override, "override")));
    }

    /** A new scenario with these overrides added after this scenario's, applied together. */
    public Scenario with(List<FieldOverride> more) {
        List<FieldOverride> all = new ArrayList<>(overrides);
        all.addAll(more);
        return new Scenario(file, all);
    }

    /** The scenario file as named when loading. */
    public Path file() {
        return file;
    }

    /** The overrides applied, in order. */
    public List<FieldOverride> overrides() {
        return overrides;
    }

    /** The validated scenario: what the engines read. */
    public ScenarioSpec spec() {
        return spec;
    }

    /**
     * The scenario as read: its {@link #spec()} and, beside it, the file's run settings, provenance, sweep section,
     * actuals and history.
     */
    public LoadedScenario loaded() {
        return loaded;
    }

    /** The scenario's id, e.g. {@code leshan-baseline}. */
    public String id() {
        return spec.id();
    }

    /** Whether the scenario has a {@code labour:} section, so that {@link #simulate} can run. */
    public boolean hasLabourModel() {
        return spec.labourModel().isPresent();
    }

    /**
     * The scenario's {@code simulation:} settings (runs, seed, scale) with all available cores as threads, as
     * {@code labourcast run} uses them without flags. Change them with {@code withRuns}, {@code withScale},
     * {@code withSeed}, {@code withThreads}, {@code withUncertainty} (every source is drawn, as by {@code run};
     * {@code withUncertainty(Set.of())} gives the sampling-only Monte Carlo); results never depend on the threads.
     */
    public RunSettings settings() {
        return loaded.run().withThreads(org.labourcast.scenario.RunSettings.defaultThreads())
                .withUncertainty(RunSettings.allSources());
    }

    /** The deterministic cohort-component projection (and the targets on demographic indicators). */
    public Result project() {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        ProjectionRun run = ProjectionRun.of(spec);
        return new Result(this, run, loaded.run(), started, millisSince(t0));
    }

    /** {@link #simulate(RunSettings)} with the scenario's {@link #settings()}. */
    public Result simulate() {
        return simulate(settings());
    }

    /** {@link #simulate(RunSettings, ProgressListener)} without progress reports. */
    public Result simulate(RunSettings settings) {
        return simulate(settings, ProgressListener.NONE);
    }

    /**
     * The agent-based labour market as a Monte Carlo experiment: {@code settings.runs()} replicates aligned to the
     * cohort-component projection, summarised as mean, median and percentiles, with each target's probability of
     * being met. Replicate i draws from the random streams of {@code settings.seed()} and i only, so a scenario
     * and its variants run with the same settings use common random numbers.
     *
     * @param progress told as replicates complete (from worker threads)
     * @throws InputException when the scenario has no {@code labour:} section
     */
    public Result simulate(RunSettings settings, ProgressListener progress) {
        Objects.requireNonNull(settings, "settings");
        if (!hasLabourModel()) {
            throw new InputException(null, "labour", "scenario " + id() + " (" + file + ") has no labour section,"
                    + " so there is no labour market to simulate", "use project() for the cohort-component projection");
        }
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        AgentRun run = AgentRun.of(spec, settings, progress);
        return new Result(this, run, settings, started, millisSince(t0));
    }

    /** What {@code labourcast run} does: {@link #simulate()} with a labour model, else {@link #project()}. */
    public Result run() {
        return hasLabourModel() ? simulate() : project();
    }

    /** {@link #run()} with these settings (they matter only with a labour model). */
    public Result run(RunSettings settings) {
        return hasLabourModel() ? simulate(settings) : project();
    }

    /** Trend forecasts of every {@code history:} series to the scenario's horizon, the model chosen by AICc. */
    public Forecast forecast() {
        return forecast(SeriesForecast.AUTO, spec.horizon());
    }

    /**
     * Trend forecasts of every {@code history:} series, as {@code labourcast forecast --model MODEL --horizon YEAR}.
     *
     * @param model  {@code auto} (lowest AICc; a straight line below six points) or one of {@code naive},
     *               {@code linear}, {@code logistic}, {@code holt}, {@code damped}, {@code arima}
     * @param toYear the last year to forecast: after the base year, at most 100 years later
     * @throws InputException           when the scenario has no {@code history:} section
     * @throws IllegalArgumentException for an unknown model or a horizon out of range
     */
    public Forecast forecast(String model, int toYear) {
        if (!SeriesForecast.AUTO.equals(model) && !ModelKind.labels().contains(model)) {
            throw new IllegalArgumentException("unknown model '" + model + "', expected auto or one of "
                    + String.join(", ", ModelKind.labels()));
        }
        if (loaded.history().isEmpty()) {
            throw new InputException(null, "history", "scenario '" + id() + "' has no history: section to forecast",
                    "add observed series (docs/scenario-format.md, section history)");
        }
        if (toYear <= spec.baseYear() || toYear > spec.baseYear() + 100) {
            throw new IllegalArgumentException("the horizon must be after the base year " + spec.baseYear()
                    + " and at most 100 years later, got " + toYear);
        }
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<SeriesForecast> forecasts = new ArrayList<>();
        for (HistorySeries h : loaded.history()) {
            forecasts.add(SeriesForecast.of(h, model, toYear));
        }
        return new Forecast(this, forecasts, model, toYear, started, millisSince(t0));
    }

    long readMillis() {
        return readMillis;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Scenario ").append(id()).append(" (").append(file).append(", ")
                .append(spec.baseYear()).append('-').append(spec.horizon());
        for (FieldOverride o : overrides) {
            sb.append(", ").append(o.argument());
        }
        return sb.append(')').toString();
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** The YAML text of a Java value, for an override. */
    static String yaml(Object value) {
        if (value == null) {
            return "~";
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("an override must be a finite number, got " + d);
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof CharSequence s) {
            StringBuilder sb = new StringBuilder("\"");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> sb.append(c);
                }
            }
            return sb.append('"').toString();
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object o : list) {
                items.add(yaml(o));
            }
            return "[" + String.join(", ", items) + "]";
        }
        throw new IllegalArgumentException("an override is a number, boolean, string, null or a list of those, got "
                + value.getClass().getName());
    }
}
