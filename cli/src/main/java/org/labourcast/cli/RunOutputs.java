package org.labourcast.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.labourcast.api.RunFiles;
import org.labourcast.api.WriteOptions;
import org.labourcast.experiment.ActualsReview;
import org.labourcast.experiment.ScenarioResult;
import org.labourcast.results.OutputDirectory;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.RunSettings;

/**
 * Writes a run's files through {@link RunFiles}, the writer the Java API uses too: indicators.csv, population.csv,
 * targets.csv, runs.csv when asked, actuals.csv when the scenario has actuals (and the re-anchored indicators and
 * targets with {@code --reanchor}), the charts and, last, manifest.json. Each file is written atomically.
 */
final class RunOutputs {
    /** When the run started and how long reading and projecting took. */
    record Timings(Instant started, long readMillis, long projectMillis) {
        RunFiles.Timings toApi() {
            return new RunFiles.Timings(started, readMillis, projectMillis);
        }
    }

    /** What to write besides the tables. */
    record Options(boolean overwrite, boolean charts, boolean perRun, ChartOptions chartOptions) {
        Options(boolean overwrite, boolean charts, boolean perRun) {
            this(overwrite, charts, perRun, ChartOptions.DEFAULT);
        }

        WriteOptions toApi() {
            return new WriteOptions(overwrite, charts, perRun, chartOptions.lang(), chartOptions.formats(),
                    chartOptions.size());
        }
    }

    private RunOutputs() {
    }

    /** Writes into a folder the command opened (and locked) before running the model. */
    static List<Path> write(ScenarioResult run, RunSettings settings, LoadedScenario scenario, OutputDirectory dir,
                            Options options, Timings timings, String version, ActualsReview review) {
        return RunFiles.write(run, settings, scenario, dir, options.toApi(), timings.toApi(), version, review,
                run.inputs());
    }

    /** See {@link RunFiles#overrideSetting}. */
    static String overrideSetting(int i, int count) {
        return RunFiles.overrideSetting(i, count);
    }
}
