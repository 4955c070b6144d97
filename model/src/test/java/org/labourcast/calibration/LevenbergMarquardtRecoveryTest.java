package org.labourcast.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.Csv;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.yaml.FieldOverride;

/**
 * The smooth case: the deterministic cohort-component projection of Leshan with a constant transfer intensity.
 * Urbanization and population 2021-2025 simulated at a known intensity and net migration are the data; from other
 * start values Levenberg–Marquardt recovers both to 1e-7 (relative), the objective is 0 to rounding, and the
 * standard errors are finite.
 */
class LevenbergMarquardtRecoveryTest {
    private static final double TRUE_INTENSITY = 0.0712;
    private static final double TRUE_MIGRATION = -24310;

    @TempDir
    Path tmp;

    /** A calibration of intensity and net migration to urbanization and population 2021-2025 made at the truth. */
    static Path calibrationFile(Path dir, String optimiser) {
        Path scenario = CalibrationFiles.leshanWithIntensity(dir);
        ScenarioSpec truth = new ScenarioReader().read(scenario, List.of(
                new FieldOverride("rural_urban_move.intensity.value", Csv.number(TRUE_INTENSITY)),
                new FieldOverride("migration.total.value", Csv.number(TRUE_MIGRATION)))).spec();
        ProjectionRun run = ProjectionRun.of(truth);
        StringBuilder targets = new StringBuilder();
        for (int year = 2021; year <= 2025; year++) {
            double u = run.replicates().value(0, "urbanization_rate", year);
            double p = run.replicates().value(0, "population_total", year);
            targets.append("""
                      - {indicator: urbanization_rate, statistic: level, year: %d, value: %s, tolerance: 0.001,
                         source: "simulated at intensity %s, migration %s"}
                      - {indicator: population_total, statistic: level, year: %d, value: %s, tolerance: 1000,
                         source: "simulated at intensity %s, migration %s"}
                    """.formatted(year, Csv.number(u), TRUE_INTENSITY, TRUE_MIGRATION, year, Csv.number(p),
                    TRUE_INTENSITY, TRUE_MIGRATION));
        }
        return CalibrationFiles.write(dir, "calibration.yaml", """
                labourcast_calibration: 1
                scenario: leshan-intensity.yaml
                settings:
                  optimiser: %s
                  max_evaluations: 200
                parameters:
                  - path: rural_urban_move.intensity
                    bounds: [0.01, 0.2]
                  - path: migration.total
                    bounds: [-60000, 0]
                targets:
                %s""".formatted(optimiser, targets));
    }

    @Test
    void recoversIntensityAndMigrationExactly() {
        CalibrationProblem problem = new CalibrationReader().read(calibrationFile(tmp, "levenberg_marquardt"));
        assertFalse(problem.agentModel(), "demographic targets need only the cohort projection");
        assertEquals(0.05, problem.parameters().get(0).start());
        assertEquals(-18650, problem.parameters().get(1).start());
        assertEquals("rural_urban_move.intensity.value", problem.parameters().get(0).overridePath());

        CalibrationResult r = Calibrator.calibrate(problem, 1, CalibrationProgress.NONE);

        assertEquals(TRUE_INTENSITY, r.fitted().parameter(0), 1e-7 * TRUE_INTENSITY);
        assertEquals(TRUE_MIGRATION, r.fitted().parameter(1), 1e-7 * Math.abs(TRUE_MIGRATION));
        assertTrue(r.fitted().objective() < 1e-10, "objective " + r.fitted().objective());
        assertEquals(10, r.targetsWithinTolerance());
        assertTrue(r.errors().identified());
        double[] se = r.errors().standardErrors();
        assertTrue(se[0] > 0 && se[0] < 0.01 && se[1] > 0 && se[1] < 5000, java.util.Arrays.toString(se));
        assertEquals(0, r.errors().monteCarloPart()[0], 0, "a deterministic model has no Monte Carlo noise");
        assertTrue(r.optimisationEvaluations() < 200, "LM converged within budget: " + r.stopReason());
    }

    @Test
    void cmaEsGetsCloseOnTheSameSmoothProblem() {
        // CMA-ES does not use derivatives; on this smooth problem it must still come close to the truth.
        CalibrationProblem problem = new CalibrationReader().read(calibrationFile(tmp, "cma_es"));
        CalibrationResult r = Calibrator.calibrate(problem, 1, CalibrationProgress.NONE);
        assertEquals(TRUE_INTENSITY, r.fitted().parameter(0), 2e-3 * TRUE_INTENSITY);
        assertEquals(TRUE_MIGRATION, r.fitted().parameter(1), 2e-2 * Math.abs(TRUE_MIGRATION));
        assertEquals(10, r.targetsWithinTolerance());
    }
}
