package org.labourcast.cli;

import org.labourcast.InputException;
import org.labourcast.experiment.MemoryEstimate;
import org.labourcast.experiment.ScaleCheck;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;

/**
 * Bounds of the flags that size a run ({@code --runs}, {@code --threads}, {@code --scale} and the like), shared by
 * the commands that take them, so a value out of bounds is an input error naming the flag before anything is read
 * or run.
 */
final class RunFlags {
    private RunFlags() {
    }

    /** {@code --runs}: 1 to {@link RunSettings#MAX_RUNS}, the cap of a scenario file's {@code simulation.runs}. */
    static void checkRuns(String flag, Integer v) {
        checkPositive(flag, v);
        if (v != null && v > RunSettings.MAX_RUNS) {
            throw new InputException(null, flag, "must be a whole number from 1 to " + RunSettings.MAX_RUNS
                    + " (the cap of a scenario's simulation.runs), got " + v,
                    "100000 runs already give a probability to within 0.3 percentage points");
        }
    }

    /** {@code --threads}: 1 to {@link RunSettings#MAX_THREADS}; the default is every processor. */
    static int threads(Integer v) {
        checkPositive("--threads", v);
        if (v != null && v > RunSettings.MAX_THREADS) {
            throw new InputException(null, "--threads", "must be a whole number from 1 to "
                    + RunSettings.MAX_THREADS + ", got " + v, "this machine has "
                    + Runtime.getRuntime().availableProcessors() + " processors; results never depend on --threads");
        }
        return v != null ? v : RunSettings.defaultThreads();
    }

    /**
     * Before an agent-model run: refuses settings whose estimated memory does not fit the Java heap, and a scale too
     * coarse for the base year, naming what set it. Does nothing for a scenario without a labour model.
     *
     * @param scaleFlag whether {@code --scale} was given (else the scale is the scenario's {@code simulation.scale})
     * @param perRunCsv whether {@code runs.csv} is written ({@code --per-run})
     */
    static void checkAgentRun(ScenarioSpec s, RunSettings settings, boolean scaleFlag, boolean perRunCsv) {
        checkAgentRun(s, settings, scaleFlag ? "--scale" : "simulation.scale", perRunCsv);
    }

    /**
     * As {@link #checkAgentRun(ScenarioSpec, RunSettings, boolean, boolean)}, naming what set the scale
     * ({@code --scale}, {@code simulation.scale}, a calibration's {@code settings.scale}).
     */
    static void checkAgentRun(ScenarioSpec s, RunSettings settings, String scaleName, boolean perRunCsv) {
        if (s.labourModel().isEmpty()) {
            return;
        }
        Memory.requireFits(MemoryEstimate.of(s, settings, perRunCsv), Runtime.getRuntime().maxMemory(), scaleName);
        ScaleCheck.check(s, settings.scale(), settings.seed(), scaleName);
    }

    /** A flag that must be a whole number of at least 1 ({@code --scale}, {@code --max-evaluations}). */
    static void checkPositive(String flag, Integer v) {
        if (v != null && v < 1) {
            throw new InputException(null, flag, "must be a whole number of at least 1, got " + v);
        }
    }
}
