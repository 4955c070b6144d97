package org.labourcast.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.labourcast.InputException;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.sweep.PointScenarios;
import org.labourcast.sweep.SensitivityAnalysis;
import org.labourcast.sweep.SweepFolder;
import org.labourcast.sweep.SweepPlan;
import org.labourcast.sweep.SweepPoint;
import org.labourcast.sweep.SweepRunner;
import org.labourcast.sweep.SweepStart;
import org.labourcast.sweep.definition.Design;
import org.labourcast.sweep.definition.SensitivitySpec;
import org.labourcast.sweep.definition.SweepDefinition;
import org.labourcast.yaml.FieldOverride;

/**
 * A parameter sweep (docs/sweeps.md): a scenario file with a {@code sweep:} section, read and planned as
 * {@code labourcast sweep} plans it, ready to run. The plan gives the points (each parameter's value at each),
 * the design, the Monte Carlo runs per point and the sensitivity analysis; {@link #run} runs every point, each with
 * its runs and the scenario's seed (common random numbers), points in parallel, with the command's code
 * ({@link PointScenarios#evaluate} scheduled by {@link SweepRunner}), so results are those of the command, byte for
 * byte.
 *
 * <!-- example: sweep -->
 * <pre>{@code
 * Sweep sweep = Sweep.load(Path.of("scenarios/leshan/sweep-quick.yaml")); // 3 parameters, one at a time
 * System.out.println(sweep.size() + " points: " + sweep.parameters());
 * SweepResult result = sweep.run(2, out.resolve("sweep"));     // as `labourcast sweep FILE --threads 2 --out …`
 * System.out.println(result.sensitivityText());                // the elasticities, as the command prints them
 * SweepTable transfer = result.table().indicator("rural_labour_transfer_rate").year(2025).stat("mean");
 * System.out.println(transfer.where("labour.transfer.base_rate", 0.06).toText());
 * NamedChart tornado = result.tornado("skilled_workers", 2025); // Charts.image(tornado) displays it
 * }</pre>
 * ({@code examples/SweepExample.java}, run by {@code ExamplesTest}.)
 *
 * <p>{@link #run()} keeps the results in memory (the points' checkpoints go to a temporary folder, deleted after);
 * {@link #run(int, Path)} writes the folder {@code labourcast sweep --out} writes, checkpoints included, and
 * {@link #execute} adds the command's {@code --resume} and {@code --shard i/n} ({@link Options}). Mistakes in the
 * sweep file are {@link InputException}s at their line; each parameter is applied alone to the scenario before any
 * point runs, so a misspelt path is reported at the parameter.
 *
 * <p>Immutable and thread-safe; a sweep may be run several times (each run is independent).
 */
public final class Sweep {
    /**
     * Told of a sweep's progress, from worker threads (implementations must be thread-safe): how many points there
     * are to run before the first starts, each point as its checkpoint is written, and Monte Carlo runs as they
     * complete over all points. A listener that throws stops the sweep: points already running finish and are
     * checkpointed, and the exception is thrown by the run.
     */
    public interface Listener extends SweepRunner.Listener {
        /** A listener that does nothing. */
        Listener NONE = new Listener() {
        };

        /**
         * Before the first point starts.
         *
         * @param points      the points of this run (of its shard, with {@link Options#withShard})
         * @param alreadyDone of those, the points checkpointed before (when resuming)
         * @param toRun       the points to run now
         */
        default void starting(int points, int alreadyDone, int toRun) {
        }

        @Override
        default void pointFinished(int point, int done, int total) {
        }

        /** This listener for a {@link SweepRunner.Listener} (for example a lambda on finished points). */
        static Listener of(SweepRunner.Listener listener) {
            if (listener == null) {
                return NONE;
            }
            if (listener instanceof Listener l) {
                return l;
            }
            return new Listener() {
                @Override
                public void pointFinished(int point, int done, int total) {
                    listener.pointFinished(point, done, total);
                }

                @Override
                public void runsCompleted(int done, int total) {
                    listener.runsCompleted(done, total);
                }
            };
        }
    }

    /**
     * How {@link #execute} uses its folder, as the flags of {@code labourcast sweep}: the output options
     * ({@code --overwrite}, {@code --no-charts} and the tornado charts' {@code --lang}, {@code --format} and size),
     * {@code --resume} (run only the points without a checkpoint in the folder), and {@code --shard i/n} (run only
     * the points whose index is i − 1 modulo n, and write no tables: {@code labourcast merge} combines the shards).
     * Immutable.
     *
     * @param output what to write besides the tables, and whether a folder holding a sweep may be started again
     * @param resume finish the sweep in the folder
     * @param shard  this shard, 1 to {@code shards}
     * @param shards the number of shards (1: the whole sweep)
     */
    public record Options(WriteOptions output, boolean resume, int shard, int shards) {
        /** As {@code labourcast sweep} without flags: a new folder, English PNG tornado charts, every point. */
        public static final Options DEFAULT = new Options(WriteOptions.DEFAULT, false, 1, 1);

        public Options {
            Objects.requireNonNull(output, "output");
            if (shards < 1 || shard < 1 || shard > shards) {
                throw new IllegalArgumentException("shard " + shard + "/" + shards + " does not exist: the shard"
                        + " must be between 1 and the number of shards, and that at least 1");
            }
            if (resume && output.overwrite()) {
                throw new IllegalArgumentException("resume and overwrite contradict each other: resume finishes a"
                        + " sweep, overwrite starts it again");
            }
        }

        /** A copy with these output options. */
        public Options withOutput(WriteOptions o) {
            return new Options(o, resume, shard, shards);
        }

        /** A copy that finishes the sweep in the folder ({@code --resume}). */
        public Options withResume() {
            return new Options(output, true, shard, shards);
        }

        /** A copy that runs shard {@code i} of {@code n} ({@code --shard i/n}). */
        public Options withShard(int i, int n) {
            return new Options(output, resume, i, n);
        }

        /** Whether this runs the point: its index is shard − 1 modulo shards. */
        public boolean owns(int point) {
            return point % shards == shard - 1;
        }

        /** True for the whole sweep (one shard). */
        public boolean allPoints() {
            return shards == 1;
        }
    }

    /**
     * What {@link #execute} did.
     *
     * @param dir           the folder
     * @param threads       the threads the points ran on
     * @param points        the points of this run (its shard's)
     * @param alreadyDone   of those, the points checkpointed before (when resuming)
     * @param ranNow        the points run now
     * @param runNanos      wall-clock time of running the points
     * @param cpuNanos      CPU time of the process while running them, or -1 where the JVM cannot tell
     * @param sensitivity   the analysis, when the tables were written (the whole sweep) and it has one
     * @param written       the files written besides the checkpoints, manifest.json last
     */
    public record Outcome(Sweep sweep, Path dir, int threads, Options options, int points, int alreadyDone, int ranNow,
                          long runNanos, long cpuNanos, long readAndCheckMillis, Instant started,
                          Optional<SensitivityAnalysis.Result> sensitivity, List<Path> written) {
        public Outcome {
            written = List.copyOf(written);
        }

        /**
         * The whole sweep's result, read from the folder's checkpoints.
         *
         * @throws IllegalStateException for a shard, which holds only its own points
         */
        public SweepResult result() {
            if (!options.allPoints()) {
                throw new IllegalStateException("shard " + options.shard() + "/" + options.shards() + " holds only"
                        + " its own points; merge the shards (labourcast merge) for the sweep's tables");
            }
            SweepResult.Provenance p = new SweepResult.Provenance(sweep, null, started, threads, options.resume(),
                    ranNow, readAndCheckMillis, runNanos / 1_000_000, Math.max(0, cpuNanos) / 1_000_000);
            return SweepResult.of(SweepFolder.open(dir), p);
        }
    }

    private final Path file;
    private final OptionalInt scale;
    private final List<FieldOverride> overrides;
    private final PointScenarios scenarios;
    private final SweepPlan plan;
    private final long readMillis;

    private Sweep(Path file, OptionalInt scale, List<FieldOverride> overrides) {
        this.file = Objects.requireNonNull(file, "file");
        this.scale = scale;
        this.overrides = List.copyOf(overrides);
        scale.ifPresent(k -> {
            if (k < 1) {
                throw new IllegalArgumentException("the scale is persons per agent, at least 1, got " + k);
            }
        });
        long t0 = System.nanoTime();
        this.scenarios = PointScenarios.read(file, scale, this.overrides);
        SweepPlan built = scenarios.plan(Labourcast.version());
        // Read back as resume and merge read it, so every way of running a sweep uses the very same plan.
        this.plan = SweepPlan.parse(built.toJson(), built.pointsCsv());
        // Each parameter alone at its extremes, before any point runs: a misspelt path is an error at the parameter.
        scenarios.validate(plan.points());
        this.readMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * Reads a sweep file (a scenario with a {@code sweep:} section; a variant's parents too), plans its points and
     * checks every parameter against the scenario, alone at the lowest and highest value the sweep gives it (as
     * {@code labourcast validate} does). A combination of values that fails only together is reported when its
     * point runs.
     *
     * @throws InputException for any mistake in the file, at its line (a parameter's path or value the scenario
     *                        refuses: at the parameter, with the reader's suggestion), or a scenario without a
     *                        {@code sweep:} section
     */
    public static Sweep load(Path file) {
        return new Sweep(file, OptionalInt.empty(), List.of());
    }

    /** {@link #load(Path)} with the path as text, handy in notebooks. */
    public static Sweep load(String file) {
        return load(Path.of(file));
    }

    /**
     * {@link #load(Path)} with every point run at {@code scale} persons per agent, as {@code labourcast sweep
     * --scale K} (a coarser scale runs faster; the plan, and so the sweep's fingerprint, records it).
     *
     * @throws IllegalArgumentException when {@code scale} is below 1
     */
    public static Sweep load(Path file, int scale) {
        return new Sweep(file, OptionalInt.of(scale), List.of());
    }

    /**
     * A sweep file read once with a command line's settings: {@code --scale} (empty for the scenario's) and
     * {@code --set path=value} arguments, in order, as {@link #withScale} and {@link #with} give them.
     *
     * @throws InputException for any mistake in the file or the settings
     */
    public static Sweep load(Path file, OptionalInt scale, List<String> settings) {
        List<FieldOverride> overrides = new ArrayList<>();
        for (String a : settings) {
            overrides.add(FieldOverride.parse(a));
        }
        return new Sweep(file, scale, overrides);
    }

    /** This sweep with every point at {@code scale} persons per agent (the file is read again). */
    public Sweep withScale(int scale) {
        return new Sweep(file, OptionalInt.of(scale), overrides);
    }

    /**
     * This sweep around a changed scenario: {@code path} set to {@code value} before the sweep's settings and each
     * point's parameter values apply, exactly like {@code labourcast sweep --set path=value} (and
     * {@link Scenario#with}). The value is written as YAML (a number, text, or {@code null} to remove the field). The
     * override is part of the sweep's fingerprint. A scale parameter multiplies the file's numbers, not overridden
     * ones.
     *
     * @throws InputException when the scenario refuses the value, or the path does not exist (with a suggestion)
     */
    public Sweep with(String path, Object value) {
        List<FieldOverride> more = new ArrayList<>(overrides);
        more.add(new FieldOverride(path, Scenario.yaml(value)));
        return new Sweep(file, scale, more);
    }

    /** The {@code --set} overrides applied, as {@code path=value}, in order. */
    public List<String> overrides() {
        return overrides.stream().map(FieldOverride::argument).toList();
    }

    /** The sweep file as named when loading. */
    public Path file() {
        return file;
    }

    /** The scenario's id, e.g. {@code leshan-sweep}: the default output folder is {@code out/<id>}. */
    public String id() {
        return scenarios.scenario().id();
    }

    /** The scenario as written, with its sweep section. */
    public LoadedScenario scenario() {
        return scenarios.scenario();
    }

    /** The sweep section as read. */
    public SweepDefinition definition() {
        return scenarios.definition();
    }

    /** The plan: points, settings and analysis, as {@code sweep.json} and {@code points.csv} record it. */
    public SweepPlan plan() {
        return plan;
    }

    /** The number of points, one-at-a-time points included. */
    public int size() {
        return plan.size();
    }

    /** The points, by index: each parameter's value, the design's block and sample. */
    public List<SweepPoint> points() {
        return plan.points();
    }

    /** The parameters' names (the columns of the tables), in order. */
    public List<String> parameters() {
        return plan.parameters();
    }

    /** How the points are chosen. */
    public Design design() {
        return plan.design();
    }

    /** Monte Carlo runs at every point (1 for a scenario without a labour model). */
    public int runsPerPoint() {
        return plan.runsPerPoint();
    }

    /** Whether each point is a Monte Carlo run of the agent-based labour market (else a deterministic projection). */
    public boolean monteCarlo() {
        return plan.agents();
    }

    /** The sensitivity analysis the sweep asks for, if any. */
    public Optional<SensitivitySpec> sensitivity() {
        return plan.sensitivity();
    }

    /** {@code points.csv}: {@code point,block,sample,<parameter>…}. */
    public String pointsCsv() {
        return plan.pointsCsv();
    }

    /** {@code name=value, …} of a point, as error messages name it. */
    public String describe(SweepPoint point) {
        return scenarios.describe(point);
    }

    /** {@link #run(int)} on all available cores. */
    public SweepResult run() {
        return run(org.labourcast.scenario.RunSettings.defaultThreads());
    }

    /** {@link #run(int, SweepRunner.Listener)} without progress reports. */
    public SweepResult run(int threads) {
        return run(threads, (SweepRunner.Listener) null);
    }

    /**
     * Runs every point and keeps the results in memory: min(threads, points) points at once, each on its share of
     * the threads; results never depend on the threads. Each point is checked and checkpointed as by
     * {@code labourcast sweep}, in a temporary folder deleted afterwards.
     *
     * @param listener told of progress (from worker threads), or null; a lambda is told of each finished point
     * @throws InputException when a point's combination of values is refused (naming the point)
     */
    public SweepResult run(int threads, SweepRunner.Listener listener) {
        requireThreads(threads);
        Listener progress = Listener.of(listener);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Path tmp;
        try {
            tmp = Files.createTempDirectory("labourcast-sweep-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the points' checkpoints", e);
        }
        try {
            try (OutputDirectory out = OutputDirectory.open(tmp, false)) {
                SweepFolder folder = SweepFolder.create(out, plan);
                long t1 = System.nanoTime();
                progress.starting(plan.size(), 0, plan.size());
                long cpu = runPoints(plan.points(), folder, threads, progress);
                long t2 = System.nanoTime();
                SweepResult.Provenance p = new SweepResult.Provenance(this, null, started, threads, false,
                        plan.size(), readMillis + (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        Math.max(0, cpu) / 1_000_000);
                return SweepResult.of(folder, p);
            }
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * {@link #run(int, Path, WriteOptions)} with {@link WriteOptions#DEFAULT}: as {@code labourcast sweep FILE
     * --threads T --out dir}.
     */
    public SweepResult run(int threads, Path dir) {
        return run(threads, dir, WriteOptions.DEFAULT);
    }

    /**
     * Runs every point into {@code dir}, checkpointing each as it finishes, then writes the sweep's tables, tornado
     * charts and manifest: the folder {@code labourcast sweep FILE --threads T --out dir} writes (with
     * {@code --overwrite}, {@code --no-charts} and the chart flags as the options say). The result is read back
     * from the checkpoints.
     *
     * @throws InputException when {@code dir} holds a sweep or other results and the options do not overwrite, or
     *                        for a sweep error
     */
    public SweepResult run(int threads, Path dir, WriteOptions options) {
        return execute(threads, dir, Options.DEFAULT.withOutput(options), Listener.NONE).result();
    }

    /**
     * What {@code labourcast sweep} does, flags included, and the code it runs: prepares {@code dir} (a new sweep,
     * or with {@link Options#resume()} the sweep already there, which must have the same plan), runs the points of
     * this shard that have no checkpoint, checkpointing each as it finishes, then for the whole sweep writes the
     * tables and tornado charts ({@link SweepOutputs#write}); last, {@code manifest.json} (the sweep's settings,
     * threads, shard, resumed, points run, timings).
     *
     * @param listener told of progress, from worker threads
     * @throws InputException for a sweep error, a folder holding a sweep without resume or overwrite, nothing to
     *                        resume, or a folder holding another sweep (another file, sweep section, scale or
     *                        labourcast version)
     */
    public Outcome execute(int threads, Path dir, Options options, Listener listener) {
        requireThreads(threads);
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(listener, "listener");
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        // The parameters were checked when the sweep was loaded.
        try (SweepStart opened = SweepStart.open(dir, plan, options.resume(), options.output().overwrite(),
                () -> { })) {
            OutputDirectory target = opened.out();
            SweepFolder folder = opened.folder();
            long t1 = System.nanoTime();

            Set<Integer> finished = folder.finished();
            List<SweepPoint> todo = new ArrayList<>();
            int mine = 0;
            for (SweepPoint p : plan.points()) {
                if (options.owns(p.index())) {
                    mine++;
                    if (!finished.contains(p.index())) {
                        todo.add(p);
                    }
                }
            }
            listener.starting(mine, mine - todo.size(), todo.size());
            long cpu = runPoints(todo, folder, threads, listener);
            long t2 = System.nanoTime();

            Optional<SensitivityAnalysis.Result> sensitivity = Optional.empty();
            if (options.allPoints()) {
                // From the checkpoints, one point at a time: a sweep of many points is never held in memory.
                sensitivity = SweepOutputs.write(plan, folder::read, target, options.output());
            }
            long t3 = System.nanoTime();
            long readAndCheck = readMillis + (t1 - t0) / 1_000_000;
            Manifest.Builder manifest = SweepOutputs.manifest(file, scenarios.scenario(), plan);
            runSettings(manifest, threads, options.shard(), options.shards(), options.resume(), mine, todo.size());
            manifest.timingMillis("read_and_check", readAndCheck)
                    .timingMillis("run_points", (t2 - t1) / 1_000_000)
                    .timingMillis("run_points_cpu", Math.max(0, cpu) / 1_000_000)
                    .timingMillis("write_outputs", (t3 - t2) / 1_000_000)
                    .outputs(new ArrayList<>(target.written()))
                    .started(started)
                    .finished(Instant.now());
            target.writeText(OutputDirectory.MANIFEST, manifest.build().toJson());
            return new Outcome(this, dir, threads, options, mine, mine - todo.size(), todo.size(), t2 - t1, cpu,
                    readAndCheck, started, sensitivity, target.written());
        }
    }

    /** The manifest settings of how a sweep ran: threads, shard, whether resumed, points in the shard and run now. */
    static void runSettings(Manifest.Builder manifest, int threads, int shard, int shards, boolean resumed,
                            int pointsInShard, int pointsRunNow) {
        manifest.setting("threads", Integer.toString(threads))
                .setting("shard", shard + "/" + shards)
                .setting("resumed", Boolean.toString(resumed))
                .setting("points_in_shard", Integer.toString(pointsInShard))
                .setting("points_run_now", Integer.toString(pointsRunNow));
    }

    /** Runs the points with the command's scheduler and evaluator; returns the process CPU time it took, or -1. */
    private long runPoints(List<SweepPoint> todo, SweepFolder folder, int threads, SweepRunner.Listener listener) {
        long cpu0 = processCpuNanos();
        SweepRunner.run(todo, (p, perPoint, progress) -> scenarios.evaluate(plan, p, perPoint, progress), folder,
                threads, plan.runsPerPoint(), listener);
        return cpu0 < 0 ? -1 : processCpuNanos() - cpu0;
    }

    /** CPU time of the whole process (all its threads, JIT and GC included), or -1 where the JVM cannot tell. */
    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static void requireThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the run's result or failure matters more.
        }
    }

    @Override
    public String toString() {
        return "Sweep " + id() + " (" + file + (scale.isPresent() ? ", scale " + scale.getAsInt() : "") + "): "
                + size() + " point" + (size() == 1 ? "" : "s") + " (" + plan.design().label() + ") of "
                + String.join(", ", parameters()) + "; " + (monteCarlo() ? runsPerPoint() + " runs per point at scale "
                + plan.scale() + ", seed " + plan.modelSeed() : "deterministic projection");
    }
}
