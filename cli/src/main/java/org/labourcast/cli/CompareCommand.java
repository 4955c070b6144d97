package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.Comparison;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.experiment.ScenarioResult;
import org.labourcast.results.OutputDirectory;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.yaml.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labourcast compare A.yaml B.yaml …}: runs every scenario with common random numbers (one master seed, run
 * count and scale for all, so replicate i of each draws from the same streams) and writes them side by side: the
 * indicators, the paired differences from the first (the reference), the targets' attainment in each, and the
 * decomposition of the labour indicators' differences. See docs/comparison.md.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run scenarios with common random numbers and compare them with the first (the reference).",
            "以共同随机数运行多个情景，并与第一个情景（参照）比较。"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "scenario YAML files; the first is the reference")
    List<Path> scenarios;

    @Option(names = "--out", paramLabel = "DIR",
            description = "output directory (default: out/compare-<id>-vs-<id>…)")
    Path out;

    @Option(names = "--overwrite", description = "replace results already in the output directory")
    boolean overwrite;

    @Option(names = "--no-charts", description = "skip the charts")
    boolean noCharts;

    @picocli.CommandLine.Mixin
    ChartOptions.Flags chartFlags = new ChartOptions.Flags();

    @Option(names = "--runs", paramLabel = "N",
            description = "Monte Carlo replicates of every scenario (default: the reference's simulation.runs)")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S",
            description = "64-bit master seed shared by every scenario (default: the reference's simulation.seed)")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores); results never depend on it")
    Integer threads;

    @Option(names = "--scale", paramLabel = "K",
            description = "persons per agent in every scenario (default: the reference's simulation.scale)")
    Integer scale;

    @picocli.CommandLine.Mixin
    UncertaintyOptions uncertainty = new UncertaintyOptions();

    @Option(names = "--debug", description = "print stack traces for errors")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Instant started = Instant.now();
        ChartOptions charts = noCharts ? null : chartFlags.toOptions(); // bad chart flags fail before any run
        OutputFolders.checkOption(out);
        long t0 = System.nanoTime();
        ScenarioReader reader = new ScenarioReader();
        List<LoadedScenario> loaded = new ArrayList<>();
        for (Path p : scenarios) {
            loaded.add(reader.read(p));
            loaded.get(loaded.size() - 1).warnings().forEach(stderr::println);
        }
        Comparison.requireComparable(loaded);
        List<ScenarioSpec> specs = loaded.stream().map(LoadedScenario::spec).toList();
        RunSettings settings = settings(loaded.get(0).run());
        boolean labour = specs.get(0).labour() != null;
        noteIgnoredSettings(loaded, settings, labour, stderr);
        for (ScenarioSpec s : specs) {
            RunFlags.checkAgentRun(s, settings, scale != null, false); // the scenarios run one after another
            org.labourcast.scenario.InputCoverage.warning(s).ifPresent(stderr::println);
        }
        List<String> labels = Comparison.labels(specs);
        Path dir = out != null ? out : Path.of("out", "compare-" + String.join("-vs-", labels));
        // Checked and locked before the scenarios run, which can take minutes: a bad folder costs nothing.
        try (OutputDirectory target = OutputFolders.open(dir, overwrite)) {
            long t1 = System.nanoTime();
            List<ScenarioResult> results = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                ScenarioSpec s = specs.get(i);
                if (labour) {
                    stderr.printf(Locale.ROOT, "%s (%d/%d):%n", labels.get(i), i + 1, specs.size());
                    stderr.flush();
                    ProgressBar bar = new ProgressBar(stderr, settings.runs(), System.console() != null);
                    results.add(AgentRun.of(s, settings, bar));
                    bar.finish();
                } else {
                    results.add(ProjectionRun.of(s));
                }
            }
            Comparison comparison = Comparison.of(results);
            long t2 = System.nanoTime();
            RunOutputs.Timings timings = new RunOutputs.Timings(started, (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000);
            CompareOutputs.write(comparison, settings, loaded, target, charts, timings, Version.current());
            CompareSummary.print(comparison, settings, dir, stdout);
        }
        return LabourcastCli.EXIT_OK;
    }

    /** The reference's simulation defaults with the flags applied, for every scenario; bad values are input errors. */
    private RunSettings settings(RunSettings d) {
        RunFlags.checkRuns("--runs", runs);
        RunFlags.checkPositive("--scale", scale);
        int t = RunFlags.threads(threads);
        return uncertainty.apply(new RunSettings(runs != null ? runs : d.runs(), seed != null ? seed : d.seed(), t,
                scale != null ? scale : d.scale()));
    }

    /** Says when another scenario's simulation: section asks for settings the common random numbers override. */
    private void noteIgnoredSettings(List<LoadedScenario> scenarios, RunSettings settings, boolean labour,
                                     PrintWriter stderr) {
        if (!labour) {
            if (runs != null || seed != null || scale != null) {
                stderr.println("note: the scenarios have no labour section; their cohort-component projections are "
                        + "deterministic, so --runs, --seed and --scale have no effect");
            }
            return;
        }
        for (LoadedScenario s : scenarios.subList(1, scenarios.size())) {
            RunSettings own = s.run();
            boolean differs = (runs == null && own.runs() != settings.runs())
                    || (seed == null && own.seed() != settings.seed())
                    || (scale == null && own.scale() != settings.scale());
            if (differs) {
                stderr.printf(Locale.ROOT, "note: %s's simulation settings (runs %d, seed %d, scale %d) are not used:"
                                + " every scenario runs with runs %d, seed %d, scale %d (common random numbers)%n",
                        s.id(), own.runs(), own.seed(), own.scale(), settings.runs(), settings.seed(),
                        settings.scale());
            }
        }
    }
}
