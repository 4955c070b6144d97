package org.labourcast.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.labourcast.InputException;
import org.labourcast.api.Labourcast;
import org.labourcast.api.Sweep;
import org.labourcast.api.SweepOutputs;
import org.labourcast.api.WriteOptions;
import org.labourcast.charts.Lang;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.sweep.PointResult;
import org.labourcast.sweep.SensitivityAnalysis;
import org.labourcast.sweep.SweepFolder;
import org.labourcast.sweep.SweepPlan;
import org.labourcast.sweep.SweepPoint;
import org.labourcast.sweep.SweepStart;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark driver of a sweep: {@code spark-submit --class org.labourcast.spark.SparkSweep labourcast-spark.jar
 * SWEEP_FILE --out DIR}. It reads and checks the sweep as {@code labourcast sweep} does, runs the points as Spark
 * tasks ({@link SparkSweepRunner}), checkpoints each batch in the sweep folder, and writes the same tables
 * (docs/sweeps.md): a folder written here can be resumed here or by {@code labourcast sweep --resume}, merged by
 * {@code labourcast merge}, and its tables are byte-identical to an in-process run's.
 */
@Command(name = "labourcast-spark", mixinStandardHelpOptions = true, versionProvider = SparkSweep.Version.class,
        sortOptions = false,
        description = {"Runs a labourcast sweep on Apache Spark (submit with spark-submit or spark/submit.sh).",
                "Writes the folder `labourcast sweep` writes: sweep.csv, sweep_targets.csv, sensitivity.csv…"})
public final class SparkSweep implements Callable<Integer> {
    static final int EXIT_OK = 0;
    /** A failure while running (one line; as the labourcast command). */
    static final int EXIT_ERROR = 1;
    /** Bad input: a scenario or sweep mistake, a bad flag (as the labourcast command). */
    static final int EXIT_INPUT = 2;

    @Parameters(index = "0", paramLabel = "SWEEP_FILE", description = "A scenario file with a sweep: section.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default out/<scenario id>).")
    Path out;

    @Option(names = "--scale", paramLabel = "K", description = "Persons per agent at every point (default: the "
            + "scenario's).")
    Integer scale;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Set a scenario field before the sweep's "
            + "settings and each point's values apply, as labourcast sweep --set; repeatable.")
    List<String> settings = new ArrayList<>();

    @Option(names = "--replicates-per-task", paramLabel = "N", description = "Split each point's Monte Carlo runs "
            + "into tasks of N replicates (default: one task per point).")
    Integer replicatesPerTask;

    @Option(names = "--threads-per-task", paramLabel = "T", defaultValue = "1", description = "Threads a task runs "
            + "its replicates on; set spark.task.cpus to match (default ${DEFAULT-VALUE}).")
    int threadsPerTask;

    @Option(names = "--batch", paramLabel = "POINTS", description = "Points per Spark job; the driver checkpoints "
            + "after each (default: 4 x the cluster's default parallelism).")
    Integer batch;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not set by spark-submit "
            + "(default local[*]).")
    String master;

    @Option(names = "--resume", description = "Finish a sweep started before: run only points without a checkpoint.")
    boolean resume;

    @Option(names = "--overwrite", description = "Start again in a folder that holds a sweep.")
    boolean overwrite;

    @Option(names = "--no-charts", description = "Skip the tornado charts.")
    boolean noCharts;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", description = "Language of the charts "
            + "(default ${DEFAULT-VALUE}).")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Test hook: stop after this many batches, as if the driver were killed. */
    Integer stopAfterBatchesForTests;

    public static void main(String[] args) {
        int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        if (code != EXIT_OK) {
            System.exit(code);
        }
    }

    /** Runs the driver; the exit code as a command line gives it (0 done, 1 error, 2 usage). */
    static int run(PrintWriter stdout, PrintWriter stderr, String... args) {
        return run(new SparkSweep(), stdout, stderr, args);
    }

    static int run(SparkSweep command, PrintWriter stdout, PrintWriter stderr, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(stdout);
        cl.setErr(stderr);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            stderr.println("labourcast-spark: " + message(e));
            return inputCause(e) != null ? EXIT_INPUT : EXIT_ERROR;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Instant started = Instant.now();
        positive("--scale", scale);
        positive("--replicates-per-task", replicatesPerTask);
        positive("--threads-per-task", threadsPerTask);
        positive("--batch", batch);
        Lang chartLanguage = language(lang);

        long t0 = System.nanoTime();
        // Read, planned and checked as labourcast sweep does it (the parameters are checked at load).
        Sweep sweep = Sweep.load(file, scale == null ? OptionalInt.empty() : OptionalInt.of(scale), settings);
        SweepPlan plan = sweep.plan();
        LoadedScenario s = sweep.scenario();
        Path dir = out != null ? out : Path.of("out", s.id());
        SweepStart opened = SweepStart.open(dir, plan, resume, overwrite, () -> { });
        try {
            OutputDirectory target = opened.out();
            SweepFolder folder = opened.folder();
            Set<Integer> finished = folder.finished();
            List<Integer> todo = new ArrayList<>();
            for (SweepPoint p : plan.points()) {
                if (!finished.contains(p.index())) {
                    todo.add(p.index());
                }
            }
            SweepJob job = new SweepJob(ScenarioBundle.of(s.source()), scale == null ? 0 : scale, List.copyOf(settings),
                    plan.toJson(), plan.pointsCsv(), threadsPerTask);
            long t1 = System.nanoTime();

            SparkConf conf = new SparkConf().setAppName("labourcast sweep " + s.id());
            if (master != null) {
                conf.setMaster(master);
            } else {
                conf.setIfMissing("spark.master", "local[*]");
            }
            String masterUsed;
            String appId;
            int parallelism;
            int tasks = 0;
            try (JavaSparkContext spark = new JavaSparkContext(conf)) {
                spark.setLogLevel("WARN");
                masterUsed = spark.master();
                appId = spark.sc().applicationId();
                parallelism = spark.defaultParallelism();
                int perJob = batch != null ? batch : Math.max(1, 4 * parallelism);
                int perTask = replicatesPerTask == null ? 0 : replicatesPerTask;
                boolean split = SparkSweepRunner.splits(plan, perTask);
                tasks = todo.size() * SparkSweepRunner.tasksPerPoint(plan, perTask);
                stdout.printf(Locale.ROOT, "Sweep %s on Spark (%s, parallelism %d): %d points, %d to run as %d tasks%s%n",
                        s.id(), masterUsed, parallelism, plan.size(), todo.size(), tasks,
                        split ? " of " + perTask + " replicates" : " (one per point)");
                stdout.flush();
                Integer stopAfter = stopAfterBatchesForTests;
                long start = System.nanoTime();
                int[] batches = {0};
                SparkSweepRunner.run(spark, job, plan, todo, perTask, perJob, (results, done, total) -> {
                    for (PointResult r : results) {
                        folder.write(r);
                    }
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    stdout.printf(Locale.ROOT, "  %d/%d points done, %.1f s, about %.0f s to go%n", done, total,
                            elapsed, elapsed / done * (total - done));
                    stdout.flush();
                    batches[0]++;
                    if (stopAfter != null && batches[0] >= stopAfter) {
                        throw new IllegalStateException("sweep stopped after " + batches[0] + " batches (test hook)");
                    }
                });
            }
            long t2 = System.nanoTime();

            WriteOptions charts = noCharts ? null : WriteOptions.DEFAULT.withLang(chartLanguage);
            Optional<SensitivityAnalysis.Result> sensitivity = SweepOutputs.write(plan, folder::read, target, charts);
            long t3 = System.nanoTime();
            Manifest.Builder manifest = SweepOutputs.manifest(file, s, plan);
            manifest.setting("runner", "spark")
                    .setting("spark.master", masterUsed)
                    .setting("spark.application_id", appId)
                    .setting("spark.default_parallelism", Integer.toString(parallelism))
                    .setting("spark.tasks", Integer.toString(tasks))
                    .setting("replicates_per_task", replicatesPerTask == null ? "all" : replicatesPerTask.toString())
                    .setting("threads_per_task", Integer.toString(threadsPerTask))
                    .setting("resumed", Boolean.toString(resume))
                    .setting("points_run_now", Integer.toString(todo.size()))
                    .timingMillis("read_and_check", (t1 - t0) / 1_000_000)
                    .timingMillis("run_points", (t2 - t1) / 1_000_000)
                    .timingMillis("write_outputs", (t3 - t2) / 1_000_000)
                    .outputs(new ArrayList<>(target.written()))
                    .started(started)
                    .finished(Instant.now());
            target.writeText(OutputDirectory.MANIFEST, manifest.build().toJson());
            if (!todo.isEmpty()) {
                stdout.printf(Locale.ROOT, "%d points in %.1f s on Spark%n", todo.size(), (t2 - t1) / 1e9);
            }
            sensitivity.ifPresent(r -> {
                stdout.println("Sensitivity (" + plan.sensitivity().get().method().label() + "):");
                stdout.print(SweepOutputs.sensitivityText(r));
            });
            stdout.println("Results written to " + dir);
            return EXIT_OK;
        } finally {
            opened.close(); // releases the folder's lock, also when a batch fails
        }
    }

    /**
     * One line for a failure: a scenario mistake (also when a task met it on an executor and Spark wrapped it in a
     * job failure) as the reader words it; anything else with its type.
     */
    static String message(Throwable e) {
        InputException mistake = inputCause(e);
        if (mistake != null) {
            return mistake.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
        return root == e ? first : first + " (cause: " + root + ")";
    }

    /** The scenario or flag mistake behind a failure, or null when there is none. */
    private static InputException inputCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputException ie) {
                return ie;
            }
        }
        return null;
    }

    private static void positive(String flag, Integer value) {
        if (value != null && value < 1) {
            throw new InputException(null, flag, "must be at least 1, got " + value, null);
        }
    }

    /** The version the CLI stamps (the API jar's), so plans and fingerprints agree with {@code labourcast sweep}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"labourcast-spark " + Labourcast.version()};
        }
    }

    private static Lang language(String code) {
        try {
            return Lang.of(code);
        } catch (IllegalArgumentException e) {
            throw new InputException(null, "--lang", "must be en or zh, got '" + code + "'");
        }
    }
}
