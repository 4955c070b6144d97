/**
 * The labourcast Java API, for notebooks and programs: the objects the {@code labourcast} command uses, without the
 * command line.
 *
 * <ul>
 *   <li>{@link org.labourcast.api.Scenario}: load a scenario file ({@code Scenario.load(path)}), override fields
 *       ({@code scenario.with("labour.transfer.base_rate", 0.07)}, a new immutable scenario, as {@code --set}), run
 *       it: {@code project()} (deterministic cohort-component projection), {@code simulate(settings)} (Monte Carlo
 *       runs of the agent-based labour market), {@code forecast()} (trend forecasts of its history).</li>
 *   <li>{@link org.labourcast.api.Result}: indicators as an {@link org.labourcast.api.IndicatorTable} (filter by
 *       indicator, stat, year; columns; CSV; a readable text table), target attainment, per-run values,
 *       {@code writeTo(dir)} (the files of {@code labourcast run}) and {@code charts()}.</li>
 *   <li>{@link org.labourcast.api.Charts}: the standard chart set and fan charts of any indicator, rendered to
 *       files (PNG, SVG, PDF; English or Chinese) or to images for display.</li>
 *   <li>{@link org.labourcast.api.Forecast}: forecasts, back-tests and their charts.</li>
 *   <li>{@link org.labourcast.api.Labourcast}: saved results, their charts and the HTML/Markdown report.</li>
 *   <li>{@link org.labourcast.api.Sweep}: a parameter sweep file ({@code Sweep.load(path)}), its plan (points,
 *       parameters, design), run in memory or into the folder {@code labourcast sweep} writes, with the command's
 *       code; {@link org.labourcast.api.SweepResult}: the point table as a {@link org.labourcast.api.SweepTable},
 *       target attainment per point, the sensitivity analysis, tornado charts, {@code writeTo(dir)};
 *       {@link org.labourcast.api.SweepOutputs}: the end of every sweep (tables, tornado charts, manifest
 *       settings), shared by the command line, the API and distributed drivers.</li>
 * </ul>
 *
 * <p>Every example in this package's documentation is a copy of a method body in
 * {@code api/src/test/java/org/labourcast/api/examples/}; {@code ExamplesTest} runs each of them from the project
 * root (with {@code out} a temporary folder) and checks that the documentation still shows exactly that code.
 *
 * <p>Units: persons for counts, shares 0–1 for rates; years are calendar years (a projected year's values describe
 * its end).
 */
package org.labourcast.api;
