package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labourcast.InputException;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.sweep.PointScenarios;
import org.labourcast.sweep.SensitivityAnalysis;
import org.labourcast.sweep.SweepFolder;
import org.labourcast.sweep.SweepPlan;
import org.labourcast.sweep.SweepPoint;
import org.labourcast.sweep.SweepStart;
import org.labourcast.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labourcast sweep FILE}: runs every point of the scenario's {@code sweep:} section (docs/sweeps.md), each
 * with its Monte Carlo runs, checkpointing each point as it finishes; then writes the sweep's tables, the
 * sensitivity analysis and its tornado charts. {@code --resume} finishes a sweep that was stopped; {@code --shard
 * i/n} runs every n-th point into its own folder, for {@code labourcast merge}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a parameter sweep: every point of the scenario's sweep: section, with checkpoints, then"
                + " sweep.csv, sweep_targets.csv, points.csv, sensitivity.csv, tornado charts and manifest.json.",
            "参数扫描：逐点运行情景的 sweep: 设定（可断点续跑、分片），输出汇总表、敏感性分析与龙卷风图。"})
final class SweepCommand implements Callable<Integer> {
    private static final Pattern SHARD = Pattern.compile("([0-9]{1,9})/([0-9]{1,9})");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "scenario YAML file with a sweep: section")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/<scenario id>, or"
            + " out/<scenario id>/shard-<i>-of-<n> with --shard)")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores); results never depend on it")
    Integer threads;

    @Option(names = "--scale", paramLabel = "K", description = "persons per agent at every point (default: the scenario's simulation.scale)")
    Integer scale;

    @Option(names = "--resume", description = "finish the sweep in the output directory: run only the points without a checkpoint")
    boolean resume;

    @Option(names = "--shard", paramLabel = "i/n", description = "run only the points whose index is i-1 modulo n"
            + " (i from 1 to n), into their own folder; combine the shards with labourcast merge")
    String shard;

    @Option(names = "--overwrite", description = "start again in an output directory that already holds results or checkpoints")
    boolean overwrite;

    @Option(names = "--no-charts", description = "skip the tornado charts")
    boolean noCharts;

    @Mixin
    ChartOptions.Flags chartFlags = new ChartOptions.Flags();

    @Option(names = "--debug", description = "print stack traces for errors")
    boolean debug;

    /** Test hook: stops the sweep (as a kill would) after this many points of this run; null for never. */
    static Integer stopAfterPointsForTests;

    /** A shard: this process runs the points with index ≡ i − 1 (mod n). */
    record Shard(int i, int n) {
        static final Shard ALL = new Shard(1, 1);

        static Shard parse(String text) {
            Matcher m = SHARD.matcher(text.strip());
            if (!m.matches()) {
                throw new InputException(null, "--shard", "expected i/n such as 2/8, got '" + text + "'",
                        "i runs from 1 to n");
            }
            int i = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(2));
            if (n < 1 || i < 1 || i > n) {
                throw new InputException(null, "--shard", "shard " + i + "/" + n + " does not exist: i must be"
                        + " between 1 and n, and n at least 1");
            }
            return new Shard(i, n);
        }

        boolean owns(int point) {
            return point % n == i - 1;
        }

        boolean all() {
            return n == 1;
        }
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Instant started = Instant.now();
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        requirePositive("--threads", threads);
        requirePositive("--scale", scale);
        ChartOptions charts = noCharts ? null : chartFlags.toOptions();
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();

        long t0 = System.nanoTime();
        PointScenarios scenarios = PointScenarios.read(file, scale == null ? OptionalInt.empty() : OptionalInt.of(scale));
        SweepPlan built = scenarios.plan(Version.current());
        // Read back as resume and merge will, so every way of running uses the very same plan.
        SweepPlan plan = SweepPlan.parse(built.toJson(), built.pointsCsv());
        ScenarioSpec s = scenarios.scenario();
        if (!plan.agents() && scenarios.definition().runsPerPoint().isPresent()) {
            stderr.println("note: " + file + " has no labour section; each point is one deterministic projection,"
                    + " so runs_per_point has no effect");
        }
        Path dir = out != null ? out : part.all() ? Path.of("out", s.id())
                : Path.of("out", s.id(), "shard-" + part.i() + "-of-" + part.n());

        SweepStart opened = SweepStart.open(dir, plan, resume, overwrite, () -> scenarios.validate(plan.points()));
        OutputDirectory target = opened.out();
        SweepFolder folder = opened.folder();
        long t1 = System.nanoTime();

        Set<Integer> finished = folder.finished();
        List<SweepPoint> todo = new ArrayList<>();
        int mine = 0;
        for (SweepPoint p : plan.points()) {
            if (part.owns(p.index())) {
                mine++;
                if (!finished.contains(p.index())) {
                    todo.add(p);
                }
            }
        }
        stdout.println(describe(plan, part, mine, mine - todo.size(), todo.size(), t));
        stdout.flush();
        int totalRuns = Math.max(1, todo.size() * plan.runsPerPoint());
        ProgressBar bar = todo.isEmpty() ? null : new ProgressBar(stderr, totalRuns, System.console() != null, "run",
                "runs", System::nanoTime);
        Integer stopAfter = stopAfterPointsForTests;
        long cpu0 = processCpuNanos();
        try {
            SweepRunner.run(todo, (p, perPoint, progress) -> scenarios.evaluate(plan, p, perPoint, progress), folder,
                    t, plan.runsPerPoint(), new SweepRunner.Listener() {
                        @Override
                        public void pointFinished(int point, int done, int total) {
                            if (stopAfter != null && done >= stopAfter) {
                                throw new IllegalStateException("sweep stopped after " + done + " points (test hook)");
                            }
                        }

                        @Override
                        public void runsCompleted(int done, int total) {
                            bar.update(Math.min(done, totalRuns));
                        }
                    });
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
        long t2 = System.nanoTime();
        long cpu = cpu0 < 0 ? -1 : processCpuNanos() - cpu0;
        double pointSeconds = (t2 - t1) / 1e9;
        if (!todo.isEmpty()) {
            stdout.printf(java.util.Locale.ROOT, "%d points in %s: %s per point with %d threads%s%n",
                    todo.size(), SweepOutputs.seconds(pointSeconds), SweepOutputs.seconds(pointSeconds / todo.size()),
                    t, cpu < 0 ? "" : ", " + SweepOutputs.seconds(cpu / 1e9 / todo.size()) + " of CPU time per point");
        }

        Optional<SensitivityAnalysis.Result> sensitivity = Optional.empty();
        if (part.all()) {
            sensitivity = SweepOutputs.write(plan, folder::read, target, charts);
        }
        long t3 = System.nanoTime();
        Manifest.Builder manifest = Manifest.builder()
                .toolVersion(Version.current())
                .scenario(s.id(), file, s.file().sha256())
                .seed(plan.agents() ? plan.modelSeed() : null);
        for (ScenarioSpec.InputFile input : s.file().inputs()) {
            manifest.inputFile(Path.of(input.path()), input.sha256());
        }
        SweepOutputs.settings(manifest, plan);
        manifest.setting("threads", Integer.toString(t))
                .setting("shard", part.i() + "/" + part.n())
                .setting("resumed", Boolean.toString(resume))
                .setting("points_in_shard", Integer.toString(mine))
                .setting("points_run_now", Integer.toString(todo.size()))
                .timingMillis("read_and_check", (t1 - t0) / 1_000_000)
                .timingMillis("run_points", (t2 - t1) / 1_000_000)
                .timingMillis("run_points_cpu", Math.max(0, cpu) / 1_000_000)
                .timingMillis("write_outputs", (t3 - t2) / 1_000_000)
                .outputs(new ArrayList<>(target.written()))
                .started(started)
                .finished(Instant.now());
        target.writeText(OutputDirectory.MANIFEST, manifest.build().toJson());
        sensitivity.ifPresent(r -> {
            stdout.println("Sensitivity (" + plan.sensitivity().get().method().label() + "):");
            SweepOutputs.printSensitivity(r, stdout);
        });
        if (part.all()) {
            stdout.println("Results written to " + dir);
        } else {
            stdout.println("Shard " + part.i() + "/" + part.n() + " written to " + dir + "; when every shard is done: "
                    + "labourcast merge <shard folders> --out DIR");
        }
        return Labourcast.EXIT_OK;
    }

    /** CPU time of the whole process (all its threads, JIT and GC included), or -1 where the JVM cannot tell. */
    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    static String describe(SweepPlan plan, Shard part, int mine, int done, int todo, int threads) {
        StringBuilder sb = new StringBuilder("Sweep ").append(plan.scenario().id()).append(": ")
                .append(plan.size()).append(plan.size() == 1 ? " point" : " points").append(" (")
                .append(plan.design().label());
        if (plan.samples() > 0) {
            sb.append(", ").append(plan.samples()).append(" samples");
        }
        long oat = plan.points().stream().filter(p -> p.block().startsWith("oat ")).count();
        if (oat > 0 && oat < plan.size()) {
            sb.append(" ").append(plan.size() - oat).append(" + ").append(oat).append(" one-at-a-time");
        }
        sb.append("), ");
        sb.append(plan.agents() ? plan.runsPerPoint() + " Monte Carlo runs per point at scale " + plan.scale()
                + ", seed " + plan.modelSeed() + " at every point" : "deterministic projection at each point");
        if (!part.all()) {
            sb.append("; shard ").append(part.i()).append('/').append(part.n()).append(": ").append(mine)
                    .append(" points");
        }
        if (done > 0) {
            sb.append("; ").append(done).append(" already done");
        }
        sb.append("; running ").append(todo).append(" on ").append(threads).append(threads == 1 ? " thread" : " threads");
        return sb.toString();
    }

    private static void requirePositive(String flag, Integer v) {
        if (v != null && v < 1) {
            throw new InputException(null, flag, "must be a whole number of at least 1, got " + v);
        }
    }
}
