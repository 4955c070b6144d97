package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labourcast.InputException;
import org.labourcast.api.Sweep;
import org.labourcast.api.SweepOutputs;
import org.labourcast.api.WriteOptions;
import org.labourcast.sweep.SweepPlan;
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
 * i/n} runs every n-th point into its own folder, for {@code labourcast merge}. The work is the Java API's
 * ({@link Sweep#execute}, {@link SweepOutputs}), so {@code Sweep.run} in a program writes what this command writes;
 * the command adds the flags, the progress bar and the summary on the terminal.
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

    @Mixin
    OverrideOptions overrides = new OverrideOptions();

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
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        if (resume && overwrite) {
            throw new InputException(null, "--resume", "--resume and --overwrite contradict each other",
                    "--resume finishes a sweep, --overwrite starts it again");
        }
        int t = RunFlags.threads(threads);
        RunFlags.checkPositive("--scale", scale);
        OutputFolders.checkOption(out);
        WriteOptions output = noCharts ? WriteOptions.DEFAULT.withoutCharts() : chartFlags.toOptions().toApi();
        if (overwrite) {
            output = output.withOverwrite();
        }

        Sweep sweep = Sweep.load(file, scale == null ? OptionalInt.empty() : OptionalInt.of(scale),
                overrides.arguments);
        SweepPlan plan = sweep.plan();
        sweep.scenario().warnings().forEach(stderr::println);
        org.labourcast.scenario.InputCoverage.warning(sweep.scenario().spec()).ifPresent(stderr::println);
        if (plan.agents()) { // each point runs its replicates on every thread, one point after another
            RunFlags.checkAgentRun(sweep.scenario().spec(), new org.labourcast.scenario.RunSettings(plan.runsPerPoint(),
                    sweep.scenario().run().seed(), t, plan.scale()), scale != null ? "--scale"
                    : "simulation.scale", false);
        }
        if (!plan.agents() && sweep.definition().runsPerPoint().isPresent()) {
            stderr.println("note: " + file + " has no labour section; each point is one deterministic projection,"
                    + " so runs_per_point has no effect");
        }
        Path dir = out != null ? out : part.all() ? Path.of("out", sweep.id())
                : Path.of("out", sweep.id(), "shard-" + part.i() + "-of-" + part.n());
        Sweep.Options options = Sweep.Options.DEFAULT.withOutput(output).withShard(part.i(), part.n());
        if (resume) {
            options = options.withResume();
        }

        Integer stopAfter = stopAfterPointsForTests;
        ProgressBar[] bar = new ProgressBar[1];
        int[] totalRuns = new int[1];
        Sweep.Outcome outcome;
        try {
            outcome = sweep.execute(t, dir, options, new Sweep.Listener() {
                @Override
                public void starting(int points, int alreadyDone, int toRun) {
                    stdout.println(describe(plan, part, points, alreadyDone, toRun, t));
                    stdout.flush();
                    totalRuns[0] = Math.max(1, toRun * plan.runsPerPoint());
                    if (toRun > 0) {
                        bar[0] = new ProgressBar(stderr, totalRuns[0], System.console() != null, "run", "runs",
                                System::nanoTime);
                    }
                }

                @Override
                public void pointFinished(int point, int done, int total) {
                    if (stopAfter != null && done >= stopAfter) {
                        throw new IllegalStateException("sweep stopped after " + done + " points (test hook)");
                    }
                }

                @Override
                public void runsCompleted(int done, int total) {
                    bar[0].update(Math.min(done, totalRuns[0]));
                }
            });
        } finally {
            if (bar[0] != null) {
                bar[0].finish();
            }
        }
        if (outcome.ranNow() > 0) {
            double pointSeconds = outcome.runNanos() / 1e9;
            int n = outcome.ranNow();
            stdout.printf(java.util.Locale.ROOT, "%d points in %s: %s per point with %d threads%s%n",
                    n, seconds(pointSeconds), seconds(pointSeconds / n), t, outcome.cpuNanos() < 0 ? ""
                            : ", " + seconds(outcome.cpuNanos() / 1e9 / n) + " of CPU time per point");
        }
        outcome.sensitivity().ifPresent(r -> {
            stdout.println("Sensitivity (" + plan.sensitivity().get().method().label() + "):");
            stdout.print(SweepOutputs.sensitivityText(r));
        });
        if (part.all()) {
            stdout.println("Results written to " + dir);
        } else {
            stdout.println("Shard " + part.i() + "/" + part.n() + " written to " + dir + "; when every shard is done: "
                    + "labourcast merge <shard folders> --out DIR");
        }
        return LabourcastCli.EXIT_OK;
    }

    /** Seconds as text with one decimal. */
    static String seconds(double s) {
        return String.format(java.util.Locale.ROOT, "%.1f s", s);
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
}
