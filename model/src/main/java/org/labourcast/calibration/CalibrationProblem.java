package org.labourcast.calibration;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.labourcast.Bilingual;
import org.labourcast.scenario.LoadedScenario;

/**
 * A calibration read from its file and checked against its scenario: what to fit (free parameters with bounds and
 * start values), to what (targets with their observed values), and how (settings). Immutable.
 *
 * @param file           the calibration file as the user named it
 * @param fileSha256     SHA-256 of the calibration file's bytes as read
 * @param scenarioFile   the scenario file it calibrates (relative paths resolved against the calibration file's folder)
 * @param scenario       the scenario as read, with its own values (not the start values)
 * @param id             id of the calibrated variant to write (differs from the scenario's)
 * @param title          title of the calibrated variant
 * @param description    why this calibration, in the file's words (may be empty)
 * @param parameters     free parameters, at least one, in file order
 * @param targets        data points, at least one, in file order
 * @param settings       optimiser, budget and run settings
 * @param agentModel     true when a target needs the agent-based labour model (stochastic); false when every target
 *                       is a demographic indicator, which the deterministic cohort-component projection gives
 */
public record CalibrationProblem(Path file, String fileSha256, Path scenarioFile, LoadedScenario scenario, String id,
                                 Bilingual title, String description, List<FreeParameter> parameters,
                                 List<CalibrationTarget> targets, CalibrationSettings settings, boolean agentModel) {
    public CalibrationProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(settings, "settings");
        parameters = List.copyOf(parameters);
        targets = List.copyOf(targets);
        if (parameters.isEmpty() || targets.isEmpty()) {
            throw new IllegalArgumentException("a calibration needs at least one parameter and one target");
        }
    }

    /** The same problem run with other settings (command-line flags). */
    public CalibrationProblem withSettings(CalibrationSettings s) {
        return new CalibrationProblem(file, fileSha256, scenarioFile, scenario, id, title, description, parameters,
                targets, s, agentModel);
    }

    /** The start values, in parameter order. */
    public double[] start() {
        return parameters.stream().mapToDouble(FreeParameter::start).toArray();
    }

    /** The last year any target needs simulated. */
    public int lastYear() {
        return targets.stream().mapToInt(CalibrationTarget::toYear).max().orElseThrow();
    }
}
