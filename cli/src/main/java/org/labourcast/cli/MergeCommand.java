package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.labourcast.InputException;
import org.labourcast.api.SweepOutputs;
import org.labourcast.api.WriteOptions;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.sweep.PointResult;
import org.labourcast.sweep.SensitivityAnalysis;
import org.labourcast.sweep.SweepFolder;
import org.labourcast.sweep.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labourcast merge DIR… --out DIR}: combines the folders of one sweep run in shards ({@code sweep --shard
 * i/n}) into the sweep's tables, identical to those of the sweep run in one go. The folders must hold the same
 * sweep (the same {@code sweep.json}) and together a checkpoint of every point. The tables, charts and manifest
 * settings are written by the Java API's {@link SweepOutputs}, as for {@code labourcast sweep}.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge the shard folders of one sweep into its tables (as labourcast sweep writes them).",
            "合并同一参数扫描的各分片结果。"})
final class MergeCommand implements Callable<Integer> {
    private static final int MISSING_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders written by labourcast sweep --shard")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory")
    Path out;

    @Option(names = "--overwrite", description = "replace results already in the output directory")
    boolean overwrite;

    @Option(names = "--no-charts", description = "skip the tornado charts")
    boolean noCharts;

    @Mixin
    ChartOptions.Flags chartFlags = new ChartOptions.Flags();

    @Option(names = "--debug", description = "print stack traces for errors")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Instant started = Instant.now();
        WriteOptions charts = noCharts ? null : chartFlags.toOptions().toApi();
        OutputFolders.checkOption(out);
        List<SweepFolder> folders = new ArrayList<>();
        for (Path d : dirs) {
            folders.add(SweepFolder.open(d));
        }
        SweepFolder first = folders.get(0);
        SweepPlan plan = first.plan();
        for (SweepFolder f : folders.subList(1, folders.size())) {
            if (!f.fingerprint().equals(first.fingerprint())) {
                throw new InputException(null, "", "'" + f.dir() + "' holds another sweep than '" + first.dir()
                        + "' (their " + SweepPlan.PLAN_FILE + " differ: another scenario, sweep section, --scale or"
                        + " labourcast version)", "merge only the shards of one sweep");
            }
        }
        // Locked and checked before the checkpoints are read and compared.
        try (OutputDirectory target = OutputFolders.open(out, overwrite)) {
            // Which folder holds each point; a point found twice must have the same result in both.
            TreeMap<Integer, SweepFolder> holder = new TreeMap<>();
            for (SweepFolder f : folders) {
                for (int point : f.finished()) {
                    SweepFolder other = holder.putIfAbsent(point, f);
                    if (other != null && !other.read(point).equals(f.read(point))) {
                        throw new InputException(null, "", "point " + point + " differs between '" + other.dir()
                                + "' and '" + f.dir() + "'", "the shards were not run with the same inputs");
                    }
                }
            }
            if (holder.size() < plan.size()) {
                List<String> missing = new ArrayList<>();
                for (int p = 0; p < plan.size() && missing.size() < MISSING_SHOWN; p++) {
                    if (!holder.containsKey(p)) {
                        missing.add(Integer.toString(p));
                    }
                }
                int count = plan.size() - holder.size();
                throw new InputException(null, "", count + " of " + plan.size() + " points have no checkpoint in the"
                        + " folders given (points " + String.join(", ", missing) + (count > missing.size() ? ", …" : "")
                        + ")", "run the missing shards, or resume them with labourcast sweep --shard i/n --resume");
            }
            target.writeText(SweepPlan.POINTS_FILE, plan.pointsCsv());
            target.writeText(SweepPlan.PLAN_FILE, plan.toJson());
            Optional<SensitivityAnalysis.Result> sensitivity = SweepOutputs.write(plan,
                    p -> readPoint(holder, p), target, charts);
            Manifest.Builder manifest = Manifest.builder()
                    .toolVersion(Version.current())
                    .scenario(plan.scenario().id(), null)
                    .seed(plan.agents() ? plan.modelSeed() : null);
            for (SweepFolder f : folders) {
                manifest.inputFile(f.dir().resolve(SweepPlan.PLAN_FILE));
            }
            SweepOutputs.settings(manifest, plan);
            manifest.setting("scenario_sha256", plan.scenario().sha256())
                    .setting("merged_folders", Integer.toString(folders.size()))
                    .outputs(new ArrayList<>(target.written()))
                    .started(started)
                    .finished(Instant.now());
            target.writeText(OutputDirectory.MANIFEST, manifest.build().toJson());
            sensitivity.ifPresent(r -> {
                stdout.println("Sensitivity (" + plan.sensitivity().get().method().label() + "):");
                stdout.print(SweepOutputs.sensitivityText(r));
            });
            stdout.println("Merged " + plan.size() + " points from " + folders.size() + " folders into " + out);
        }
        return LabourcastCli.EXIT_OK;
    }

    private static PointResult readPoint(TreeMap<Integer, SweepFolder> holder, int point) {
        return holder.get(point).read(point);
    }
}
