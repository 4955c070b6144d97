package org.labourcast.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.scenario.ShippedScenarios;

/**
 * Reading calibration files: a valid file and its defaults, and every kind of mistake reported at
 * file:line:column with the field path, as scenario errors are.
 */
class CalibrationReaderTest {
    @TempDir
    Path tmp;

    /** A valid calibration of the Leshan baseline; the line numbers below refer to it. */
    private String valid() {
        return """
                labourcast_calibration: 1
                scenario: %s
                settings:
                  optimiser: bobyqa
                  max_evaluations: 10
                  runs: 2
                  scale: 100
                parameters:
                  - path: labour.sectors.employment_elasticity.secondary
                    bounds: [-3, 1]
                  - path: labour.sectors.employment_elasticity.tertiary
                    bounds: [-1, 3]
                targets:
                  - indicator: sector_share_secondary
                    statistic: yearly_change
                    observed_years: 2015-2020
                    tolerance: 0.0005
                """.formatted(CalibrationFiles.leshanBaseline());
    }

    private CalibrationProblem read(String text) {
        return new CalibrationReader().read(CalibrationFiles.write(tmp, "calibration.yaml", text));
    }

    /** The error message with the temporary folder left out, so it reads calibration.yaml:line:col: … */
    private String error(String text) {
        InputException e = assertThrows(InputException.class, () -> read(text));
        return e.getMessage().replace(tmp.resolve("calibration.yaml").toString(), "calibration.yaml");
    }

    private String mutated(String from, String to) {
        String v = valid();
        assertTrue(v.contains(from), from);
        return v.replace(from, to);
    }

    @Test
    void readsAValidFileWithItsDefaults() {
        CalibrationProblem p = read(valid());
        assertEquals("leshan-baseline-calibrated", p.id());
        assertEquals("Leshan baseline: population, urbanization and labour 2020-2035 (calibrated)", p.title().en());
        assertEquals(Optimiser.BOBYQA, p.settings().optimiser());
        assertEquals(20201101L, p.settings().seed(), "the scenario's simulation.seed");
        assertEquals(CalibrationSettings.AGENT_JACOBIAN_STEP, p.settings().jacobianStep());
        FreeParameter secondary = p.parameters().get(0);
        assertEquals(-0.4694, secondary.start(), "the scenario's own value");
        assertEquals("labour.sectors.employment_elasticity.secondary", secondary.overridePath());
        assertEquals("labour.sectors.employment_elasticity", secondary.sourcePath());
        assertTrue(secondary.previousSource().startsWith("Derived from Leshan's 2015 and 2020 employment structure"));
        CalibrationTarget t = p.targets().get(0);
        assertEquals(-0.007, t.observed(), 1e-15);
        assertEquals(2020, t.fromYear(), "the simulated window starts at the base year ...");
        assertEquals(2025, t.toYear(), "... and is as long as the observed one");
        assertEquals(1, t.weight());
    }

    @Test
    void aFieldWrittenWithItsOwnSourceIsSetThroughValue() {
        CalibrationProblem p = read(mutated("labour.sectors.employment_elasticity.tertiary",
                "labour.matching.efficiency").replace("bounds: [-1, 3]", "bounds: [0.2, 2]"));
        FreeParameter rate = p.parameters().get(1);
        assertEquals("labour.matching.efficiency.value", rate.overridePath());
        assertEquals("labour.matching.efficiency", rate.sourcePath());
        assertEquals(0.8, rate.start());
    }

    @Test
    void aDistributionIsCalibratedAtItsCentralValueAndReplacedWhole() {
        // labour.transfer.base_rate is a beta distribution with a source in the Leshan baseline (mean 0.05).
        CalibrationProblem p = read(mutated("labour.sectors.employment_elasticity.tertiary",
                "labour.transfer.base_rate").replace("bounds: [-1, 3]", "bounds: [0.01, 0.2]"));
        FreeParameter rate = p.parameters().get(1);
        assertEquals("labour.transfer.base_rate", rate.overridePath());
        assertEquals("labour.transfer.base_rate", rate.sourcePath(), "the distribution's own source");
        assertTrue(rate.previousSource().startsWith("Assumption: 5% of the 365,800 farm workers"), rate.previousSource());
        assertEquals(List.of("beta", "basis", "source"), rate.fieldKeys());
        assertEquals(0.05, rate.start(), 1e-12);
        assertEquals(List.of(), p.parameters().get(0).fieldKeys(), "a plain number");
    }

    @Test
    void aParameterOfADistributionIsNotAParameter() {
        String e = error(mutated("labour.sectors.employment_elasticity.secondary",
                "labour.base.surveyed_unemployment_rate.value"));
        assertTrue(e.startsWith("calibration.yaml:9:11: parameters[0].path: labour.base.surveyed_unemployment_rate is"
                + " a distribution in the scenario ("), e);
        assertTrue(e.endsWith("(calibrate the number itself: path labour.base.surveyed_unemployment_rate)"), e);
    }

    @Test
    void misspeltFieldIsLocated() {
        assertEquals("calibration.yaml:17:5: targets[0].toleranse: unknown field 'toleranse' (did you mean"
                + " 'tolerance'?)", error(mutated("tolerance: 0.0005", "toleranse: 0.0005")));
    }

    @Test
    void unknownTopLevelFieldIsLocated() {
        assertTrue(error(valid() + "optimizer: cma_es\n").startsWith("calibration.yaml:18:1: optimizer: unknown field"),
                error(valid() + "optimizer: cma_es\n"));
    }

    @Test
    void unsupportedVersion() {
        assertEquals("calibration.yaml:1:25: labourcast_calibration: unsupported calibration format version 2 (this"
                + " labourcast reads version 1)", error(mutated("labourcast_calibration: 1", "labourcast_calibration: 2")));
    }

    @Test
    void missingScenarioFile() {
        String e = error(valid().replace(CalibrationFiles.leshanBaseline(), "nowhere.yaml"));
        assertTrue(e.startsWith("calibration.yaml:2:11: scenario: scenario file not found: "), e);
        assertTrue(e.endsWith("nowhere.yaml (the path is relative to the folder of calibration.yaml)"), e);
    }

    @Test
    void reversedBounds() {
        assertEquals("calibration.yaml:10:13: parameters[0].bounds: the lower bound 1 must be less than the upper"
                + " bound -3", error(mutated("bounds: [-3, 1]", "bounds: [1, -3]")));
    }

    @Test
    void startOutsideTheBounds() {
        assertEquals("calibration.yaml:11:12: parameters[0].start: start 2 is outside the bounds [-3, 1]",
                error(mutated("    bounds: [-3, 1]\n", "    bounds: [-3, 1]\n    start: 2\n")));
    }

    @Test
    void scenarioValueOutsideTheBoundsNeedsAStart() {
        assertEquals("calibration.yaml:10:13: parameters[0].bounds: the scenario's value of"
                + " labour.sectors.employment_elasticity.secondary, -0.4694, is outside the bounds [0, 1] (widen the"
                + " bounds or give a start value)", error(mutated("bounds: [-3, 1]", "bounds: [0, 1]")));
    }

    @Test
    void boundsTheScenarioRefuses() {
        String e = error(mutated("bounds: [-3, 1]", "bounds: [-6, 1]"));
        assertTrue(e.startsWith("calibration.yaml:10:13: parameters[0].bounds: the scenario is invalid with"
                + " labour.sectors.employment_elasticity.secondary at its lower bound -6: "), e);
        assertTrue(e.contains("must be between -5 and 5"), e);
        assertTrue(e.endsWith("(narrow the bounds)"), e);
    }

    @Test
    void pathNotInTheScenario() {
        assertEquals("calibration.yaml:9:11: parameters[0].path: the scenario has no field 'employment_elasticty' in"
                + " labour.sectors (did you mean 'employment_elasticity'?)",
                error(mutated("employment_elasticity.secondary", "employment_elasticty.secondary")));
    }

    @Test
    void seriesIsNotAParameter() {
        String e = error(mutated("labour.sectors.employment_elasticity.secondary", "labour.transfer.wage_gap"));
        assertTrue(e.startsWith("calibration.yaml:9:11: parameters[0].path: labour.transfer.wage_gap is a series"
                + " (values: …) in the scenario ("), e);
    }

    @Test
    void listItemIsNotAParameter() {
        String e = error(mutated("labour.sectors.employment_elasticity.secondary",
                "labour.sectors.output_growth[0].primary"));
        assertTrue(e.startsWith("calibration.yaml:9:11: parameters[0].path: 'labour.sectors.output_growth[0].primary'"
                + " goes through a list item"), e);
    }

    @Test
    void parameterListedTwice() {
        assertEquals("calibration.yaml:11:11: parameters[1].path: parameter"
                + " labour.sectors.employment_elasticity.secondary is listed twice",
                error(mutated("employment_elasticity.tertiary", "employment_elasticity.secondary")));
    }

    @Test
    void unknownIndicator() {
        assertEquals("calibration.yaml:14:16: targets[0].indicator: unknown indicator 'sector_share_secondry' (did"
                + " you mean 'sector_share_secondary'?)", error(mutated("indicator: sector_share_secondary",
                "indicator: sector_share_secondry")));
    }

    @Test
    void labourIndicatorOfADemographicScenario() throws URISyntaxException {
        Path sichuan = Path.of(getClass().getResource("/scenarios/sichuan-history.yaml").toURI());
        String e = error(valid().replace(CalibrationFiles.leshanBaseline(), sichuan.toString().replace('\\', '/')));
        assertEquals("calibration.yaml:14:16: targets[0].indicator: sector_share_secondary is an indicator of the"
                + " labour model, and the scenario has no labour: section", e);
    }

    @Test
    void observedYearMissingFromHistory() {
        assertEquals("calibration.yaml:16:21: targets[0].observed_years: the scenario's history of"
                + " sector_share_secondary has no value for 2014; it has [2015, 2020] (choose one of those years, or"
                + " give value and source here)", error(mutated("2015-2020", "2014-2020")));
    }

    @Test
    void simulatedWindowAfterTheHorizon() {
        assertEquals("calibration.yaml:18:22: targets[0].simulated_years: years must lie in 2020-2035, got 2020-2040",
                error(mutated("    tolerance: 0.0005\n", "    tolerance: 0.0005\n    simulated_years: 2020-2040\n")));
    }

    @Test
    void badYearRange() {
        assertEquals("calibration.yaml:16:21: targets[0].observed_years: the first year 2020 must be before the"
                + " second 2015", error(mutated("2015-2020", "2020-2015")));
    }

    @Test
    void yearlyChangeWithValueAndObservedYears() {
        assertEquals("calibration.yaml:16:21: targets[0].observed_years: a yearly_change target needs either"
                + " observed_years (the observed change from the scenario's history or actuals) or value (with a"
                + " source), not both", error(mutated("    tolerance: 0.0005\n",
                "    tolerance: 0.0005\n    value: -0.007\n    source: test\n")));
    }

    @Test
    void sourceWithoutValue() {
        assertEquals("calibration.yaml:18:13: targets[0].source: a target's source goes with its value; values from"
                + " the scenario's history or actuals come with their own sources (remove source, or give value as"
                + " well)", error(mutated("    tolerance: 0.0005\n", "    tolerance: 0.0005\n    source: test\n")));
    }

    @Test
    void zeroTolerance() {
        assertTrue(error(mutated("tolerance: 0.0005", "tolerance: 0")).startsWith(
                "calibration.yaml:17:16: targets[0].tolerance: must be greater than 0, got 0"));
    }

    @Test
    void unknownOptimiser() {
        assertEquals("calibration.yaml:4:14: settings.optimiser: expected one of cma_es, bobyqa, levenberg_marquardt,"
                + " got 'cmaes' (did you mean 'cma_es'?)", error(mutated("optimiser: bobyqa", "optimiser: cmaes")));
    }

    @Test
    void bobyqaNeedsTwoParameters() {
        String one = valid().replace("  - path: labour.sectors.employment_elasticity.tertiary\n    bounds: [-1, 3]\n", "");
        assertEquals("calibration.yaml:4:14: settings.optimiser: bobyqa needs at least two parameters, this calibration"
                + " has one (use cma_es, or levenberg_marquardt for the cohort-component model)", error(one));
    }

    @Test
    void levenbergMarquardtNeedsASmoothModel() {
        assertEquals("calibration.yaml:4:14: settings.optimiser: levenberg_marquardt needs a smooth model, and these"
                + " targets need the agent-based labour model (a Monte Carlo simulation) (use cma_es or bobyqa)",
                error(mutated("optimiser: bobyqa", "optimiser: levenberg_marquardt")));
    }

    @Test
    void calibratedIdMustDifferFromTheScenarios() {
        assertEquals("calibration.yaml:18:5: id: the calibrated variant needs its own id, and 'leshan-baseline' is the"
                + " scenario's (choose another id, e.g. leshan-baseline-calibrated)", error(valid() + "id: leshan-baseline\n"));
    }

    @Test
    void theDocumentedExampleReads() throws java.io.IOException {
        // docs/calibration.md's example, as written, with its scenario path pointing at the shipped baseline.
        String doc = java.nio.file.Files.readString(ShippedScenarios.root().getParent().resolve("docs/calibration.md"));
        int start = doc.indexOf("```yaml\nlabourcast_calibration: 1");
        assertTrue(start >= 0, "docs/calibration.md has the example");
        String example = doc.substring(start + "```yaml\n".length(), doc.indexOf("```", start + 7));
        CalibrationProblem p = read(example.replace("scenario: baseline.yaml", "scenario: "
                + CalibrationFiles.leshanBaseline()));
        assertEquals("leshan-example", p.id());
        assertEquals(2, p.parameters().size());
        assertEquals(3, p.targets().size());
        assertEquals(3105000, p.targets().get(2).observed());
        assertTrue(p.agentModel());
    }

    @Test
    void everyShippedCalibrationReads() {
        for (Path file : ShippedScenarios.calibrations()) {
            CalibrationProblem p = new CalibrationReader().read(file);
            assertTrue(p.parameters().size() >= 1 && p.targets().size() >= 1, file.toString());
        }
        assertTrue(ShippedScenarios.calibrations().stream().anyMatch(f -> f.endsWith("leshan/calibration.yaml")));
    }
}
