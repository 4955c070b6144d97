package org.labourcast.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.experiment.RunSettings;
import org.labourcast.scenario.ScenarioReader;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;

/**
 * The shipped Leshan calibration (scenarios/leshan/calibration.yaml), run as shipped: 10 runs at 50 persons per
 * agent, BOBYQA, about 30 evaluations (20-40 s on two cores).
 *
 * <p>Stated tolerances: the three sector shares' mean yearly change 2020-2025 within 0.0005 of the observed
 * 2015-2020 change (-0.0084, -0.0070, +0.0154); urbanization 2020 within 0.005 of 53% and the 2020 shares within 0.0005
 * of 38.7 : 18.1 : 43.2 (base-year facts that hold by construction at any parameter values).
 */
class LeshanCalibrationTest {
    private static CalibrationProblem problem;
    private static CalibrationResult result;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void calibrate() {
        problem = new CalibrationReader().read(ShippedScenarios.root().resolve("leshan/calibration.yaml"));
        result = Calibrator.calibrate(problem, 2, CalibrationProgress.NONE);
    }

    private static int target(String indicator, Statistic statistic) {
        for (int i = 0; i < problem.targets().size(); i++) {
            CalibrationTarget t = problem.targets().get(i);
            if (t.indicator().equals(indicator) && t.statistic() == statistic) {
                return i;
            }
        }
        throw new AssertionError("no target " + indicator + " " + statistic);
    }

    @Test
    void readsTheObservedShiftFromTheScenarioHistory() {
        assertEquals(-0.0084, problem.targets().get(target("sector_share_primary", Statistic.YEARLY_CHANGE)).observed(),
                1e-15);
        assertEquals(-0.0070, problem.targets().get(target("sector_share_secondary", Statistic.YEARLY_CHANGE))
                .observed(), 1e-15);
        assertEquals(0.0154, problem.targets().get(target("sector_share_tertiary", Statistic.YEARLY_CHANGE))
                .observed(), 1e-15);
        CalibrationTarget t = problem.targets().get(target("sector_share_tertiary", Statistic.YEARLY_CHANGE));
        assertEquals(2020, t.fromYear());
        assertEquals(2025, t.toYear());
        assertTrue(t.data().startsWith("history 2015-2020: 0.355 to 0.432"), t.data());
        assertTrue(problem.agentModel());
    }

    @Test
    void meetsEveryStatedTolerance() {
        for (int i = 0; i < problem.targets().size(); i++) {
            assertTrue(result.withinTolerance(i), problem.targets().get(i).label() + ": residual "
                    + result.residual(i) + " > " + problem.targets().get(i).tolerance());
        }
        // The baseline's elasticities are derived from the same 2015-2020 shift (scenarios/leshan/baseline.yaml), so the
        // fit starts close and can only improve on them.
        assertTrue(result.fitted().objective() <= result.start().objective(), "the fit does not improve on its start");
    }

    @Test
    void urbanizationIn2020IsExactByConstruction() {
        int u = target("urbanization_rate", Statistic.LEVEL);
        assertEquals(0.53, result.start().simulated(u), 1e-12);
        assertEquals(0.53, result.fitted().simulated(u), 1e-12);
        assertEquals(0, result.fitted().monteCarloSe(u));
        // So are the 2020 sector shares (the base-year agents reproduce the plan's employment by sector).
        for (String s : List.of("sector_share_primary", "sector_share_secondary", "sector_share_tertiary")) {
            int i = target(s, Statistic.LEVEL);
            assertEquals(result.start().simulated(i), result.fitted().simulated(i), 0, s);
        }
    }

    @Test
    void fitsAFallingSecondaryAndAFasterTertiaryDemand() {
        assertTrue(result.fitted().parameter(0) < 0, "secondary demand falls with output growth");
        assertTrue(result.fitted().parameter(1) > 0.151, "tertiary demand grows faster than in the baseline");
        assertTrue(result.errors().identified());
        for (double se : result.errors().standardErrors()) {
            assertTrue(se > 0 && se < 0.5, "standard error " + se);
        }
        assertTrue(!result.atBound(0) && !result.atBound(1));
    }

    @Test
    void theCalibratedVariantReproducesTheFitWhenRun() {
        // Written with an absolute extends: and run over the scenario's full horizon, at the calibration's settings.
        String yaml = CalibratedVariant.yaml(result, CalibrationFiles.leshanBaseline(), "calibration.yaml");
        Path file = CalibrationFiles.write(tmp, "calibrated.yaml", yaml);
        ScenarioSpec variant = new ScenarioReader().read(file);
        assertEquals(problem.id(), variant.id());
        assertEquals(2035, variant.horizon());
        assertEquals(result.fitted().parameter(0), variant.labour().sectors().employmentElasticity().secondary(), 0);
        CalibrationSettings s = problem.settings();
        AgentRun run = AgentRun.of(variant, new RunSettings(s.runs(), s.seed(), 2, s.scale()), ProgressListener.NONE);
        double[] simulated = new double[3];
        double[] expected = new double[3];
        String[] shares = {"sector_share_primary", "sector_share_secondary", "sector_share_tertiary"};
        for (int k = 0; k < 3; k++) {
            double[] y2020 = run.replicates().values(shares[k], 2020);
            double[] y2025 = run.replicates().values(shares[k], 2025);
            for (int r = 0; r < y2020.length; r++) {
                simulated[k] += (y2025[r] - y2020[r]) / 5;
            }
            simulated[k] /= y2020.length;
            expected[k] = result.fitted().simulated(target(shares[k], Statistic.YEARLY_CHANGE));
        }
        // The calibration ran to 2025 only (simulated_to); the run to the full horizon gives the very same values.
        assertEquals(2025, result.simulatedTo());
        assertArrayEquals(expected, simulated, 0);
    }
}
