package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.labourcast.InputException;
import org.labourcast.calibration.CalibratedVariant;
import org.labourcast.calibration.CalibrationProblem;
import org.labourcast.calibration.CalibrationReader;
import org.labourcast.calibration.CalibrationResult;
import org.labourcast.calibration.CalibrationSettings;
import org.labourcast.calibration.CalibrationTables;
import org.labourcast.calibration.CalibrationTarget;
import org.labourcast.calibration.Calibrator;
import org.labourcast.calibration.FreeParameter;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;
import org.labourcast.scenario.InputFile;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.yaml.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labourcast calibrate CALIBRATION}: fits the free parameters a calibration file names to its targets
 * (docs/calibration.md) and writes the calibrated scenario (a variant of the original), calibration.csv,
 * fit_statistics.csv, evaluations.csv and manifest.json.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit scenario parameters to history and base-year facts; write a calibrated scenario variant,"
                + " calibration.csv, fit_statistics.csv, evaluations.csv and manifest.json.",
            "按历史数据与基年事实校准情景参数，输出校准后的情景变体、校准表、拟合统计与运行清单。"})
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CALIBRATION",
            description = "calibration YAML file; it names the scenario to calibrate (docs/calibration.md)")
    Path calibration;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/<calibrated id>)")
    Path out;

    @Option(names = "--overwrite", description = "replace results already in the output directory")
    boolean overwrite;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores); results never depend on it")
    Integer threads;

    @Option(names = "--runs", paramLabel = "N", description = "Monte Carlo replicates per evaluation (default: the file's settings.runs)")
    Integer runs;

    @Option(names = "--scale", paramLabel = "K", description = "persons per agent (default: the file's settings.scale)")
    Integer scale;

    @Option(names = "--seed", paramLabel = "S", description = "64-bit master seed (default: the file's settings.seed)")
    Long seed;

    @Option(names = "--max-evaluations", paramLabel = "N", description = "the optimiser's budget of model evaluations (default: the file's settings.max_evaluations)")
    Integer maxEvaluations;

    @Option(names = "--debug", description = "print stack traces for errors")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        int t = RunFlags.threads(threads);
        RunFlags.checkRuns("--runs", runs);
        RunFlags.checkPositive("--scale", scale);
        RunFlags.checkPositive("--max-evaluations", maxEvaluations);
        OutputFolders.checkOption(out);
        CalibrationProblem problem = new CalibrationReader().read(calibration);
        problem = problem.withSettings(settings(problem.settings()));
        if (problem.agentModel()) { // every evaluation runs the replicates on every thread, one after another
            CalibrationSettings cs = problem.settings();
            RunFlags.checkAgentRun(problem.scenario().spec(), new RunSettings(cs.runs(), cs.seed(), t, cs.scale()),
                    scale != null ? "--scale" : "settings.scale", false);
        }
        Path dir = out != null ? out : Path.of("out", problem.id());
        try (OutputDirectory o = OutputFolders.open(dir, overwrite)) { // before the long part: fail fast
            long t1 = System.nanoTime();
            boolean interactive = System.console() != null;
            CalibrationResult result = Calibrator.calibrate(problem, t, (n, budget, best) -> {
                if (interactive) {
                    PrintWriter line = TerminalWriter.raw(stderr); // a progress line redrawn in place
                    line.printf(Locale.ROOT, "\rcalibrating: evaluation %d (budget %d), best objective %s   ", n,
                            budget, Double.isFinite(best) ? String.format(Locale.ROOT, "%.6g", best) : "-");
                    line.flush();
                }
            });
            if (interactive) {
                stderr.println();
            }
            long t2 = System.nanoTime();

            String variantName = problem.id() + ".yaml";
            String extendsPath = relative(dir, problem.scenarioFile());
            o.writeText(variantName, CalibratedVariant.yaml(result, extendsPath, calibration.toString()));
            o.writeText(CalibrationTables.CALIBRATION_CSV, CalibrationTables.calibration(result));
            o.writeText(CalibrationTables.FIT_STATISTICS_CSV, CalibrationTables.fitStatistics(result));
            o.writeText(CalibrationTables.EVALUATIONS_CSV, CalibrationTables.evaluations(result));
            // The variant must be a scenario that run accepts: read it back with every check.
            ScenarioSpec variant;
            try {
                variant = new ScenarioReader().read(dir.resolve(variantName)).spec();
            } catch (InputException e) {
                throw new IllegalStateException("the calibrated variant does not read back: " + e.getMessage(), e);
            }
            long t3 = System.nanoTime();

            CalibrationSettings s = problem.settings();
            Manifest.Builder m = Manifest.builder()
                    .toolVersion(Version.current())
                    .scenario(variant.id(), dir.resolve(variantName))
                    .inputFile(calibration, problem.fileSha256())
                    .setting("command", "calibrate")
                    .setting("calibration", calibration.toString().replace('\\', '/'))
                    .setting("calibrated_scenario", problem.scenario().id() + " = "
                            + problem.scenarioFile().toString().replace('\\', '/'))
                    .setting("optimiser", s.optimiser().label())
                    .setting("max_evaluations", Integer.toString(s.maxEvaluations()))
                    .setting("engine", CalibrationTables.engine(problem))
                    .setting("simulated_to", Integer.toString(result.simulatedTo()))
                    .setting("jacobian_step", Double.toString(s.jacobianStep()))
                    .setting("threads", Integer.toString(t))
                    .timingMillis("read_calibration", (t1 - t0) / 1_000_000)
                    .timingMillis("calibrate", (t2 - t1) / 1_000_000)
                    .timingMillis("write_outputs", (t3 - t2) / 1_000_000);
            for (InputFile f : problem.scenario().source().inputs()) {
                m.inputFile(Path.of(f.path()), f.sha256());
            }
            if (problem.agentModel()) {
                m.seed(s.seed())
                        .setting("runs", Integer.toString(s.runs()))
                        .setting("scale", Integer.toString(s.scale()))
                        .setting("generator", "XoRoShiRo128++ streams per replicate (RandomStreams), the same seed at every"
                                + " evaluation");
            }
            if (s.optimiser().label().equals("cma_es")) {
                m.setting("cma_es_generator", "Commons Math 3.6.1 MersenneTwister seeded with " + s.seed());
            }
            m.outputs(new ArrayList<>(o.written())).started(started).finished(Instant.now());
            o.writeText(OutputDirectory.MANIFEST, m.build().toJson());
            print(result, dir, variantName, (t2 - t1) / 1e9, stdout);
        }
        return LabourcastCli.EXIT_OK;
    }

    private CalibrationSettings settings(CalibrationSettings s) {
        CalibrationSettings r = s;
        if (runs != null) {
            r = r.withRuns(runs);
        }
        if (scale != null) {
            r = r.withScale(scale);
        }
        if (seed != null) {
            r = r.withSeed(seed);
        }
        if (maxEvaluations != null) {
            r = r.withMaxEvaluations(maxEvaluations);
        }
        return r;
    }

    /** The parent's path as the variant's extends: relative to the output folder, with forward slashes. */
    static String relative(Path dir, Path scenario) {
        Path from = dir.toAbsolutePath().normalize();
        Path to = scenario.toAbsolutePath().normalize();
        try {
            return from.relativize(to).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return to.toString().replace('\\', '/'); // another drive: only an absolute path reaches it
        }
    }

    /** The readable summary: parameters, targets, fit statistics, where the files are. */
    static void print(CalibrationResult r, Path dir, String variantName, double seconds, PrintWriter out) {
        CalibrationProblem p = r.problem();
        CalibrationSettings s = p.settings();
        out.printf(Locale.ROOT, "%s — calibration of %s%n", p.title().en(), p.scenario().id());
        out.printf(Locale.ROOT, "  %s, %s%s%n", s.optimiser().label(), CalibrationTables.engine(p),
                p.agentModel() ? String.format(Locale.ROOT, " (%d runs at scale %d, seed %d)", s.runs(), s.scale(),
                        s.seed()) : "");
        out.printf(Locale.ROOT, "  %-48s %12s %12s %12s  %s%n", "parameter", "start", "fitted", "s.e.", "bounds");
        double[] se = r.errors().standardErrors();
        for (int j = 0; j < p.parameters().size(); j++) {
            FreeParameter f = p.parameters().get(j);
            out.printf(Locale.ROOT, "  %-48s %12s %12s %12s  [%s, %s]%s%n", f.path(), g(f.start()),
                    g(r.fitted().parameter(j)), Double.isNaN(se[j]) ? "-" : g(se[j]), g(f.lower()), g(f.upper()),
                    r.atBound(j) ? "  at a bound" : "");
        }
        out.printf(Locale.ROOT, "  %-48s %12s %12s %12s %12s  %s%n", "target", "observed", "simulated", "residual",
                "tolerance", "");
        for (int i = 0; i < p.targets().size(); i++) {
            CalibrationTarget t = p.targets().get(i);
            boolean share = t.statistic().label().equals("level") && IndicatorCatalog.isShare(t.indicator());
            out.printf(Locale.ROOT, "  %-48s %12s %12s %12s %12s  %s%n", t.label(), value(t.observed(), share),
                    value(r.fitted().simulated(i), share), g(r.residual(i)), g(t.tolerance()),
                    r.withinTolerance(i) ? "ok" : "OUTSIDE TOLERANCE");
        }
        out.printf(Locale.ROOT, "  objective %s (start %s), RMSE %s tolerances, %d of %d targets within tolerance%n",
                g(r.fitted().objective()), g(r.start().objective()), g(r.rmseScaled()), r.targetsWithinTolerance(),
                p.targets().size());
        out.printf(Locale.ROOT, "  %d evaluations %s in %.1f s; %s%n", r.optimisationEvaluations(),
                r.standardErrorEvaluations() > 0 ? "+ " + r.standardErrorEvaluations() + " for standard errors"
                        : "(the standard errors reuse the last Jacobian)", seconds, r.stopReason());
        if (!r.errors().identified()) {
            out.println("  standard errors: none, the parameters are not identified by these targets (J'J is singular:"
                    + " fewer independent targets than parameters)");
        }
        out.println("wrote " + dir + " (" + variantName + ", calibration.csv, fit_statistics.csv, evaluations.csv,"
                + " manifest.json)");
        out.println("run it: labourcast run " + dir.resolve(variantName));
    }

    private static String g(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4g", v);
    }

    private static String value(double v, boolean share) {
        return share ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : g(v);
    }
}
