package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.labourcast.api.Sweep;
import org.labourcast.scenario.InputCoverage;
import org.labourcast.scenario.InputFile;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.sweep.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code labourcast validate SCENARIO}: checks a scenario file (and its parents, for a variant) without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a scenario file without running it.", "检查情景文件（不运行模型）。"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario YAML file")
    Path scenario;

    @Mixin
    OverrideOptions overrides;

    @Option(names = "--debug", description = "print stack traces for errors")
    boolean debug;

    @Override
    public Integer call() {
        LoadedScenario loaded = new ScenarioReader().read(scenario, overrides.parsed());
        ScenarioSpec s = loaded.spec();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("ok: %s: scenario '%s' (%s / %s), %d-%d, %d target(s)", scenario, s.id(), s.region().name().en(),
                s.region().name().zh(), s.baseYear(), s.horizon(), s.targets().size());
        List<InputFile> inputs = loaded.source().inputs();
        if (inputs.size() > 1) {
            out.print(", extends " + inputs.get(1).path());
        }
        if (!loaded.source().overrides().isEmpty()) {
            out.print(", " + loaded.source().overrides().size() + " --set override(s)");
        }
        out.println();
        out.flush();
        loaded.warnings().forEach(spec.commandLine().getErr()::println);
        InputCoverage.warning(s).ifPresent(spec.commandLine().getErr()::println);
        if (loaded.sweepDefinition().isPresent() && loaded.source().overrides().isEmpty()) {
            // The sweep's paths and values are checked as labourcast sweep checks them before running (Sweep.load).
            SweepPlan plan = Sweep.load(scenario).plan();
            out.printf("ok: sweep of %d parameter(s), %d point(s) (%s)%n", plan.parameters().size(), plan.size(),
                    plan.design().label());
        }
        return LabourcastCli.EXIT_OK;
    }
}
