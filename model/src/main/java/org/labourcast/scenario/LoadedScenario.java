package org.labourcast.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.labourcast.sweep.definition.SweepDefinition;

/**
 * A scenario as loaded from its file(s): what it models ({@link ScenarioSpec}, all an engine or a single run needs)
 * and, beside it, what only the commands around a run use: default run settings, where the file came from, its
 * {@code sweep:} section, and the observations a run is judged against (actuals after the base year, history up to
 * it). The reader returns this; the CLI, the API, sweeps and calibration take it, and hand {@link #spec()} with the
 * chosen {@link RunSettings} to {@code AgentRun} or {@code ProjectionRun}.
 *
 * @param spec    what the scenario models
 * @param run     default run settings from the {@code simulation:} section (flags override them)
 * @param source  the scenario file as the user named it, and its SHA-256
 * @param sweep   the {@code sweep:} section (docs/sweeps.md), or null when it has none; only {@code labourcast
 *                sweep} uses it, other commands run the scenario itself
 * @param actuals realised values for years after the base year (mid-term review), in file order; may be empty
 * @param history observed series of the scenario's indicators up to the base year (may be empty), for forecasting
 *                and scoring
 * @param warnings what the reader warns of, each once, located and in English and Chinese: old names read as their
 *                 new ones (docs/scenario-format.md, "Migration of renamed fields"); commands print them to stderr
 */
public record LoadedScenario(ScenarioSpec spec, RunSettings run, ScenarioFile source, SweepDefinition sweep,
                             List<Actual> actuals, List<HistorySeries> history, List<String> warnings) {
    public LoadedScenario {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(source, "source");
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
        history = history == null ? List.of() : List.copyOf(history);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A document of a spec built in code (benchmarks, tests): no sweep, actuals or history. */
    public static LoadedScenario of(ScenarioSpec spec, RunSettings run, ScenarioFile source) {
        return new LoadedScenario(spec, run, source, null, List.of(), List.of(), List.of());
    }

    /** The scenario's id (of its spec). */
    public String id() {
        return spec.id();
    }

    /** The sweep section, if the scenario has one. */
    public Optional<SweepDefinition> sweepDefinition() {
        return Optional.ofNullable(sweep);
    }

    /** This document with another spec (a sweep point, a replicate's draw), everything beside it kept. */
    public LoadedScenario withSpec(ScenarioSpec s) {
        return new LoadedScenario(s, run, source, sweep, actuals, history, warnings);
    }

    /** This document with other run settings. */
    public LoadedScenario withRun(RunSettings r) {
        return new LoadedScenario(spec, r, source, sweep, actuals, history, warnings);
    }

    /** This scenario with the reader's warnings. */
    public LoadedScenario withWarnings(List<String> w) {
        return new LoadedScenario(spec, run, source, sweep, actuals, history, w);
    }
}
