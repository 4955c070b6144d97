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
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * The shipped Leshan calibration (scenarios/leshan/calibration.yaml), run as shipped: 20 runs at 50 persons per
 * agent, BOBYQA and its Gauss-Newton refinement, about 40-50 evaluations (35-60 s on two cores).
 *
 * <p>Stated tolerances: the three sector shares' mean yearly change 2020-2025 within 0.0005 of the observed
 * 2015-2020 change (-0.0084, -0.0070, +0.0154); urbanization 2020 within 0.005 of 53% and the 2020 shares within 0.0005
 * of 38.7 : 18.1 : 43.2 (base-year facts that hold by construction at any parameter values).
 *
 * <p>The objective, the fit and the standard errors are recomputed by hand from the model's simulated statistics
 * (weighted sum of squares, a Gauss-Newton step, a 2 x 2 inverse of JᵀJ), and the fitted values and standard errors
 * are pinned with the optimiser's tolerance.
 */
class LeshanCalibrationTest {
    // The targets as calibration.yaml states them, written out so that the checks of the fit do not take them from the
    // code under test: observed values (history 2015-2020 and the plan's 2020 facts), tolerances, and weight 1 (the
    // file gives none, docs/calibration.md: default 1).
    private static final double[] OBSERVED = {-0.0084, -0.0070, 0.0154, 0.53, 0.387, 0.181, 0.432};
    private static final double[] TOLERANCE = {0.0005, 0.0005, 0.0005, 0.005, 0.0005, 0.0005, 0.0005};
    private static final double[] WEIGHT = {1, 1, 1, 1, 1, 1, 1};
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
    void targetsAreInTheOrderTheFileGivesThem() {
        List<String> labels = problem.targets().stream().map(CalibrationTarget::label).toList();
        assertEquals(List.of("sector_share_primary yearly change 2020-2025",
                "sector_share_secondary yearly change 2020-2025", "sector_share_tertiary yearly change 2020-2025",
                "urbanization_rate 2020", "sector_share_primary 2020", "sector_share_secondary 2020",
                "sector_share_tertiary 2020"), labels);
    }

    @Test
    void theObjectiveIsTheSumOfSquaredScaledResidualsAtEveryEvaluation() {
        for (Evaluation e : result.trace()) {
            double objective = 0;
            for (int i = 0; i < OBSERVED.length; i++) {
                double z = (e.simulated(i) - OBSERVED[i]) / TOLERANCE[i];
                objective += WEIGHT[i] * z * z;
            }
            assertEquals(objective, e.objective(), 1e-12 * objective, "evaluation " + e.index());
        }
    }

    @Test
    void theFitIsTheLeastSquaresSolutionOfTheSimulatedStatistics() {
        // A Gauss-Newton step done by hand from the fitted values, on the model's own statistics there and at the
        // standard errors' +-step points, gives the least-squares solution of the linearised problem. BOBYQA alone
        // can stop at a dip of the jagged statistics (agents are whole) in the flat valley of the two elasticities:
        // before the Calibrator's Gauss-Newton refinement it stopped 0.0128 from this solution, beyond the noise. With
        // it, the fit and this solution differ by less than the Monte Carlo noise of the statistics in parameter units
        // (the standard error's Monte Carlo part).
        HandFit h = new HandFit();
        double[] step = h.gaussNewtonStep();
        double[] noise = h.monteCarloPart();
        for (int j = 0; j < 2; j++) {
            assertTrue(Math.abs(step[j]) < noise[j], "parameter " + j + ": the least-squares solution is "
                    + (result.fitted().parameter(j) + step[j]) + ", the fit " + result.fitted().parameter(j)
                    + ", Monte Carlo noise " + noise[j]);
        }
    }

    @Test
    void theGaussNewtonRefinementAloneReachesTheFitFromAPointOffIt() {
        // From 0.03 off in each elasticity (a quarter of a standard error, about three times the Monte Carlo part),
        // along the flat valley where BOBYQA once stopped short, the refinement's steps lower the objective and end
        // within the Monte Carlo noise of the fit; without them the point would stay where it started.
        double[] off = {result.fitted().parameter(0) - 0.03, result.fitted().parameter(1) - 0.03};
        Evaluation refined = Calibrator.refineFrom(problem, 2, off);
        HandFit h = new HandFit();
        double[] noise = h.monteCarloPart();
        for (int j = 0; j < 2; j++) {
            assertEquals(result.fitted().parameter(j), refined.parameter(j), noise[j], "parameter " + j);
        }
        assertTrue(refined.objective() <= result.fitted().objective() + 0.01, "objective " + refined.objective());
    }

    @Test
    void standardErrorsAreTheGaussNewtonCovarianceRecomputedByHand() {
        HandFit h = new HandFit();
        double[] data = h.dataVariance();
        double[] noise = h.monteCarloPart();
        for (int j = 0; j < 2; j++) {
            double se = Math.sqrt(data[j] + noise[j] * noise[j]);
            assertEquals(se, result.errors().standardErrors()[j], 1e-9 * se, "standard error " + j);
            assertEquals(noise[j], result.errors().monteCarloPart()[j], 1e-9 * noise[j], "Monte Carlo part " + j);
        }
    }

    @Test
    void fitsThePinnedValues() {
        // Pinned from this calibration as shipped: `./labourcast calibrate scenarios/leshan/calibration.yaml`, then
        // out/leshan-continuation/calibration.csv, columns fitted, standard_error, standard_error_monte_carlo
        // (docs/calibration.md shows them rounded; re-pinned on merging issue 14's schooling with its unemployment
        // spells and insurance, which change the draws: -0.768 and 0.479, standard errors 0.103 (0.0075) and 0.072
        // (0.0060); re-pinned for issue 14's households, whose help to zero-employment households places a few agents
        // a year and so changes the draws: -0.777 and 0.472, 0.104 (0.0074) and 0.072 (0.0059); re-pinned for the
        // levers and pension enrolment merged with households and for hiring by schooling drawn level by level
        // (other draws): -0.784 and 0.469, 0.104 (0.0077) and 0.073 (0.0064); re-pinned for graduates searching
        // harder (labour.education.effects.graduate_placement), which changes the matching draw and the flows:
        // -0.830 and 0.418, 0.104 (0.0074) and 0.073 (0.0060); re-pinned for base-year students taking the inactive
        // places first, which changes the base-year calibration of matching: -0.922 and 0.343, 0.115 (0.0096) and
        // 0.079 (0.0074); re-pinned for the base-year non-students' levels in shuffled order and the Gauss-Newton
        // refinement after BOBYQA, which had stopped at -0.908 and 0.355, 0.0128 short of the least-squares solution:
        // -0.931 and 0.338, 0.121 (0.0101) and 0.084 (0.0076); re-pinned for the spells' calibrated continuity, which
        // changes who is hired (BOBYQA then stops at the least-squares solution itself): -0.921 and 0.346, 0.112
        // (0.0093) and 0.076 (0.0069); the page is regenerated on merge).
        // The fitted values are held to BOBYQA's final trust region, 1e-4 of the bound widths of 4 (4e-4). The
        // standard errors come from differences over +-0.08 (jacobian_step 0.02 of the widths): moving their centre
        // by 4e-4 changes them by about 4e-4 / 0.08 = 0.5%, so they are held to 1%.
        assertEquals(-0.9209575666, result.fitted().parameter(0), 4e-4, "secondary elasticity");
        assertEquals(0.346169248404, result.fitted().parameter(1), 4e-4, "tertiary elasticity");
        assertEquals(0.111684028826, result.errors().standardErrors()[0], 0.01 * 0.1117);
        assertEquals(0.0759363872659, result.errors().standardErrors()[1], 0.01 * 0.0759);
        assertEquals(0.00926865527094, result.errors().monteCarloPart()[0], 0.01 * 0.0093);
        assertEquals(0.00686360740097, result.errors().monteCarloPart()[1], 0.01 * 0.0069);
        assertTrue(result.errors().identified());
        assertTrue(!result.atBound(0) && !result.atBound(1));
    }

    /**
     * The linearised fit done by hand: the Jacobian of the scaled residuals from the evaluations at the fitted values
     * +- the standard errors' step (found in the trace by their parameter values), JᵀJ inverted as a 2 x 2 matrix.
     */
    private static final class HandFit {
        final double[][] jacobian = new double[OBSERVED.length][2];
        final double[] residuals = new double[OBSERVED.length];
        final double[][] inverse = new double[2][2];

        HandFit() {
            Evaluation fit = result.fitted();
            for (int j = 0; j < 2; j++) {
                double h = problem.settings().jacobianStep() * problem.parameters().get(j).width();
                Evaluation up = at(fit.parameters(), j, h);
                Evaluation down = at(fit.parameters(), j, -h);
                double d = up.parameter(j) - down.parameter(j);
                for (int i = 0; i < OBSERVED.length; i++) {
                    jacobian[i][j] = Math.sqrt(WEIGHT[i]) * (up.simulated(i) - down.simulated(i)) / d / TOLERANCE[i];
                }
            }
            for (int i = 0; i < OBSERVED.length; i++) {
                residuals[i] = Math.sqrt(WEIGHT[i]) * (fit.simulated(i) - OBSERVED[i]) / TOLERANCE[i];
            }
            double a = 0;
            double b = 0;
            double c = 0;
            for (double[] row : jacobian) {
                a += row[0] * row[0];
                b += row[0] * row[1];
                c += row[1] * row[1];
            }
            double det = a * c - b * b;
            inverse[0][0] = c / det;
            inverse[0][1] = -b / det;
            inverse[1][0] = -b / det;
            inverse[1][1] = a / det;
        }

        private static Evaluation at(double[] centre, int j, double offset) {
            for (Evaluation e : result.trace()) {
                if (Math.abs(e.parameter(j) - (centre[j] + offset)) < 1e-9
                        && Math.abs(e.parameter(1 - j) - centre[1 - j]) < 1e-12) {
                    return e;
                }
            }
            throw new AssertionError("no evaluation at the fit with parameter " + j + " moved by " + offset);
        }

        /** −(JᵀJ)⁻¹ Jᵀ r. */
        double[] gaussNewtonStep() {
            double[] g = new double[2];
            for (int i = 0; i < residuals.length; i++) {
                g[0] += jacobian[i][0] * residuals[i];
                g[1] += jacobian[i][1] * residuals[i];
            }
            return new double[] {-(inverse[0][0] * g[0] + inverse[0][1] * g[1]),
                -(inverse[1][0] * g[0] + inverse[1][1] * g[1])};
        }

        /** The diagonal of (JᵀJ)⁻¹, the tolerances taken as the observations' standard deviations. */
        double[] dataVariance() {
            return new double[] {inverse[0][0], inverse[1][1]};
        }

        /** √diag((JᵀJ)⁻¹ Jᵀ M J (JᵀJ)⁻¹), M = diag(w m² / τ²), m the simulated means' Monte Carlo standard errors. */
        double[] monteCarloPart() {
            double[] out = new double[2];
            for (int k = 0; k < 2; k++) {
                double sum = 0;
                for (int i = 0; i < residuals.length; i++) {
                    // Row k of (JᵀJ)⁻¹ Jᵀ, times the scaled noise of target i.
                    double gain = inverse[k][0] * jacobian[i][0] + inverse[k][1] * jacobian[i][1];
                    double m = Math.sqrt(WEIGHT[i]) * result.fitted().monteCarloSe(i) / TOLERANCE[i];
                    sum += gain * gain * m * m;
                }
                out[k] = Math.sqrt(sum);
            }
            return out;
        }
    }

    @Test
    void theCalibratedVariantReproducesTheFitWhenRun() {
        // Written with an absolute extends: and run over the scenario's full horizon, at the calibration's settings.
        String yaml = CalibratedVariant.yaml(result, CalibrationFiles.leshanBaseline(), "calibration.yaml");
        Path file = CalibrationFiles.write(tmp, "calibrated.yaml", yaml);
        ScenarioSpec variant = new ScenarioReader().read(file).spec();
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
