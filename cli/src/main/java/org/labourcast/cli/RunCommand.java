package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.scenario.ScenarioReader;
import org.labourcast.scenario.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code labourcast run SCENARIO}: projects the scenario and writes tables, charts and a manifest. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario and write indicators.csv, population.csv, targets.csv, charts and manifest.json.",
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

    @Option(names = "--no-charts", description = "skip the PNG charts")
    boolean noCharts;

    @Option(names = "--debug", description = "print stack traces for errors")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        ScenarioSpec s = new ScenarioReader().read(scenario);
        long t1 = System.nanoTime();
        ProjectionRun run = ProjectionRun.of(s);
        long t2 = System.nanoTime();
        Path dir = out != null ? out : Path.of("out", s.id());
        RunOutputs.Timings timings = new RunOutputs.Timings(started, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        RunOutputs.write(run, scenario, dir, overwrite, !noCharts, timings, Version.current());
        RunSummary.print(run, dir, stdout);
        return Labourcast.EXIT_OK;
    }
}
