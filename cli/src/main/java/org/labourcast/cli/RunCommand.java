package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.labourcast.InputException;
import org.labourcast.experiment.ActualsReview;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.experiment.ScenarioResult;
import org.labourcast.results.OutputDirectory;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.yaml.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labourcast run SCENARIO}: projects the scenario — the cohort-component projection, and the agent-based
 * labour market with Monte Carlo replicates when the scenario has a {@code labour:} section — and writes tables,
 * charts and a manifest.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario and write indicators.csv, population.csv, targets.csv, charts and manifest.json;"
                + " with actuals, actuals.csv and actuals_summary.csv; Monte Carlo runs, drivers.csv.",
            "运行情景并输出指标、人口、目标、图表与运行清单。"})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario YAML file")
    Path scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/<scenario id>)")
    Path out;

    @Option(names = "--overwrite", description = "replace results already in the output directory")
    boolean overwrite;

    @Option(names = "--no-charts", description = "skip the charts")
    boolean noCharts;

    @picocli.CommandLine.Mixin
    ChartOptions.Flags chartFlags = new ChartOptions.Flags();

    @Option(names = "--runs", paramLabel = "N", description = "Monte Carlo replicates (default: the scenario's simulation.runs)")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S", description = "64-bit master seed (default: the scenario's simulation.seed)")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores); results never depend on it")
    Integer threads;

    @Option(names = "--scale", paramLabel = "K", description = "persons per agent (default: the scenario's simulation.scale)")
    Integer scale;

    @Option(names = "--per-run", description = "also write runs.csv with every replicate's values")
    boolean perRun;

    @Mixin
    OverrideOptions overrides;

    @Option(names = "--reanchor", description = {"re-anchor the projection on the latest actual year of each indicator"
            + " with actuals, and evaluate the targets on it (indicators_reanchored.csv, targets_reanchored.csv)"})
    boolean reanchor;

    @picocli.CommandLine.Mixin
    UncertaintyOptions uncertainty = new UncertaintyOptions();

    @Option(names = "--debug", description = "print stack traces for errors")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Instant started = Instant.now();
        ChartOptions charts = chartFlags.toOptions(); // bad chart flags fail before the model runs
        OutputFolders.checkOption(out);
        long t0 = System.nanoTime();
        LoadedScenario loaded = new ScenarioReader().read(scenario, overrides.parsed());
        ScenarioSpec s = loaded.spec();
        loaded.warnings().forEach(stderr::println);
        RunSettings settings = settings(loaded.run());
        RunFlags.checkAgentRun(s, settings, scale != null, perRun);
        org.labourcast.scenario.InputCoverage.warning(s).ifPresent(stderr::println);
        if (loaded.sweepDefinition().isPresent()) {
            stderr.println("note: " + scenario + " has a sweep: section, which run ignores (it runs the scenario as"
                    + " written); labourcast sweep " + scenario + " runs the sweep");
        }
        if (reanchor && loaded.actuals().isEmpty()) {
            throw new InputException(null, "--reanchor", "scenario " + s.id() + " (" + scenario + ") has no actuals"
                    + " to re-anchor on", "add an actuals: list (docs/scenario-format.md), or drop --reanchor");
        }
        Path dir = out != null ? out : Path.of("out", s.id());
        // Checked and locked before the Monte Carlo run, which can take minutes: a bad folder costs nothing.
        try (OutputDirectory target = OutputFolders.open(dir, overwrite)) {
            long t1 = System.nanoTime();
            ScenarioResult run;
            if (s.labourModel().isPresent()) {
                ProgressBar bar = new ProgressBar(stderr, settings.runs(), System.console() != null);
                run = AgentRun.of(s, settings, bar);
                bar.finish();
            } else {
                if (runs != null || seed != null || scale != null || perRun) {
                    stderr.println("note: " + scenario + " has no labour section; the cohort-component projection is "
                            + "deterministic, so --runs, --seed, --scale and --per-run have no effect");
                }
                run = ProjectionRun.of(s);
            }
            ActualsReview review = ActualsReview.of(loaded.actuals(), run, reanchor);
            run.targets().forEach(a -> RunSummary.inputWarning(a).ifPresent(stderr::println));
            RunSummary.driversNote(run).ifPresent(stderr::println);
            long t2 = System.nanoTime();
            RunOutputs.Timings timings = new RunOutputs.Timings(started, (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000);
            RunOutputs.write(run, settings, loaded, target,
                    new RunOutputs.Options(overwrite, !noCharts, perRun, charts), timings, Version.current(), review);
            RunSummary.print(loaded, run, review, dir, stdout);
        }
        return LabourcastCli.EXIT_OK;
    }

    /** The scenario's simulation defaults with the flags applied; bad values are input errors. */
    private RunSettings settings(RunSettings d) {
        int t = RunFlags.threads(threads);
        RunFlags.checkRuns("--runs", runs);
        RunFlags.checkPositive("--scale", scale);
        return uncertainty.apply(new RunSettings(runs != null ? runs : d.runs(), seed != null ? seed : d.seed(), t,
                scale != null ? scale : d.scale()));
    }
}
