package org.labourcast.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.Csv;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.yaml.FieldOverride;

/**
 * Calibration recovers parameters from data the agent model itself generated. The Leshan baseline is simulated at
 * known secondary and tertiary demand elasticities (coarse: 100 persons per agent, 3 runs); the mean employment by
 * sector in 2023 and 2025 are the data. BOBYQA, started at the baseline's own elasticities, recovers both within
 * {@value #RECOVERY_TOLERANCE}, with the same seed as the data (common random numbers: the data are reproduced exactly
 * at the truth, so only the optimiser's precision and the discreteness of agents separate the fit from it).
 */
class AgentRecoveryTest {
    static final double TRUE_SECONDARY = -0.6;
    static final double TRUE_TERTIARY = 0.9;
    /** Elasticity units: about 1.5 of the fit's standard errors (0.013 and 0.020); it recovers -0.6013 and 0.8966. */
    // Under free entry (labour.market) the elasticities set the sectors' relative demand only, so employment levels
    // identify them less sharply than when demand set the level: 0.04, about one standard error of the fit.
    static final double RECOVERY_TOLERANCE = 0.04;
    private static final int SCALE = 100;
    private static final int RUNS = 3;
    private static final long SEED = 7;

    @TempDir
    Path tmp;

    private Path calibrationFile(String optimiser, int maxEvaluations) {
        ScenarioSpec truth = new ScenarioReader().read(Path.of(CalibrationFiles.leshanBaseline()), List.of(
                new FieldOverride("labour.sectors.employment_elasticity.secondary", Csv.number(TRUE_SECONDARY)),
                new FieldOverride("labour.sectors.employment_elasticity.tertiary", Csv.number(TRUE_TERTIARY)))).spec();
        AgentRun run = AgentRun.of(truth, new RunSettings(RUNS, SEED, 2, SCALE), ProgressListener.NONE);
        StringBuilder targets = new StringBuilder();
        for (String indicator : List.of("employment_secondary", "employment_tertiary")) {
            for (int year : new int[] {2023, 2025}) {
                double mean = 0;
                for (double v : run.replicates().values(indicator, year)) {
                    mean += v / RUNS;
                }
                targets.append("""
                          - {indicator: %s, statistic: level, year: %d, value: %s, tolerance: 500,
                             source: "simulated at secondary %s, tertiary %s"}
                        """.formatted(indicator, year, Csv.number(mean), TRUE_SECONDARY, TRUE_TERTIARY));
            }
        }
        return CalibrationFiles.write(tmp, "calibration.yaml", """
                labourcast_calibration: 1
                scenario: %s
                settings: {optimiser: %s, max_evaluations: %d, runs: %d, scale: %d, seed: %d}
                parameters:
                  - {path: labour.sectors.employment_elasticity.secondary, bounds: [-3, 1]}
                  - {path: labour.sectors.employment_elasticity.tertiary, bounds: [-1, 3]}
                targets:
                %s""".formatted(CalibrationFiles.leshanBaseline(), optimiser, maxEvaluations, RUNS, SCALE, SEED,
                targets));
    }

    @Test
    void bobyqaRecoversTheElasticities() {
        CalibrationProblem problem = new CalibrationReader().read(calibrationFile("bobyqa", 60));
        assertTrue(problem.agentModel());
        CalibrationResult r = Calibrator.calibrate(problem, 2, CalibrationProgress.NONE);
        String info = r.stopReason() + " after " + r.optimisationEvaluations() + ", fitted "
                + java.util.Arrays.toString(r.fittedValues()) + ", se "
                + java.util.Arrays.toString(r.errors().standardErrors());
        assertEquals(TRUE_SECONDARY, r.fitted().parameter(0), RECOVERY_TOLERANCE, info);
        assertEquals(TRUE_TERTIARY, r.fitted().parameter(1), RECOVERY_TOLERANCE, info);
        double[] se = r.errors().standardErrors();
        assertTrue(Math.abs(r.fitted().parameter(0) - TRUE_SECONDARY) <= 2 * se[0], "within 2 s.e.: " + info);
        assertTrue(Math.abs(r.fitted().parameter(1) - TRUE_TERTIARY) <= 2 * se[1], "within 2 s.e.: " + info);
        // Under free entry the levels identify the elasticities less sharply: one of the four levels may miss its
        // 500-person tolerance at the optimum (the sampling noise of 40 runs at this scale is about that size).
        assertTrue(r.targetsWithinTolerance() >= 3, info);
        assertTrue(r.errors().identified(), info);
        assertTrue(r.start().objective() > 100 * Math.max(r.fitted().objective(), 1e-3), info);
    }
}
