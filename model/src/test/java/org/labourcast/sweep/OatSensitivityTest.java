package org.labourcast.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.sweep.definition.Design;
import org.labourcast.sweep.definition.Domain;
import org.labourcast.sweep.definition.ParameterValue;
import org.labourcast.sweep.definition.SensitivitySpec;
import org.labourcast.sweep.definition.SweepParameter;

/** One-at-a-time elasticities and tornado rows on functions whose elasticities are known. */
class OatSensitivityTest {

    /**
     * y = 3 · x₁^0.5 · x₂^−2 · x₃ has constant elasticities 0.5, −2 and 1: the log central difference is exact for a
     * power function, so the estimate equals them to rounding, whatever δ.
     */
    @Test
    void powerFunctionElasticitiesAreItsExponents() {
        List<SweepParameter> p = List.of(
                TestPlans.parameter("x1", new Domain.Values(List.of(ParameterValue.of(1), ParameterValue.of(4))), 2),
                TestPlans.parameter("x2", new Domain.Uniform(0.5, 1.5), 1),
                TestPlans.parameter("x3", Domain.Normal.untruncated(10, 2), 10));
        SweepPlan plan = TestPlans.plan(TestPlans.definition(Design.OAT, 0, 1, p,
                TestPlans.spec(SensitivitySpec.Method.OAT, 0)));
        SensitivityAnalysis.Result r = SensitivityAnalysis.analyse(plan, TestPlans.evaluate(plan,
                x -> 3 * Math.sqrt(x[0]) * Math.pow(x[1], -2) * x[2]));
        double[] exponents = {0.5, -2, 1};
        for (int i = 0; i < 3; i++) {
            assertEquals("elasticity", r.rows().get(i).measure());
            assertEquals(exponents[i], r.rows().get(i).value(), 1e-9, "x" + (i + 1));
        }
        // The tornado: baseline y(2, 1, 10) = 3·√2·10; x1's bar from its listed values 1 and 4.
        SensitivityAnalysis.Tornado t = r.tornadoes().get(0);
        assertEquals(30 * Math.sqrt(2), t.baseline(), 1e-9);
        SensitivityAnalysis.TornadoRow x1 = t.rows().get(0);
        assertEquals("1", x1.lowSetting());
        assertEquals("4", x1.highSetting());
        assertEquals(30, x1.outcomeLow(), 1e-9);
        assertEquals(60, x1.outcomeHigh(), 1e-9);
        // A normal parameter's bar spans its 5th to 95th percentile: 10 ∓ 1.6449·2.
        SensitivityAnalysis.TornadoRow x3 = t.rows().get(2);
        assertEquals(10 - 1.644854 * 2, Double.parseDouble(x3.lowSetting()), 1e-5);
        assertEquals(10 + 1.644854 * 2, Double.parseDouble(x3.highSetting()), 1e-5);
    }

    @Test
    void linearFunctionElasticityIsItsShareAtTheBaselineToSecondOrder() {
        // y = x1 + x2 at (1, 3): d ln y / d ln x1 = x1 / y = 0.25; the central difference of logs is within δ².
        List<SweepParameter> p = List.of(TestPlans.parameter("x1", new Domain.Uniform(0, 2), 1),
                TestPlans.parameter("x2", new Domain.Uniform(2, 4), 3));
        SweepPlan plan = TestPlans.plan(TestPlans.definition(Design.OAT, 0, 1, p,
                TestPlans.spec(SensitivitySpec.Method.OAT, 0)));
        SensitivityAnalysis.Result r = SensitivityAnalysis.analyse(plan, TestPlans.evaluate(plan, x -> x[0] + x[1]));
        assertEquals(0.25, r.rows().get(0).value(), 0.01);
        assertEquals(0.75, r.rows().get(1).value(), 0.01);
    }

    @Test
    void elasticityHandlesSignsAndIsUndefinedAcrossZero() {
        // Negative x and y (net migration): ln|·| gives dy/dx · x/y.
        assertEquals(2, SensitivityAnalysis.elasticity(-0.9, -1.1, -0.81, -1.21), 1e-12);
        assertTrue(Double.isNaN(SensitivityAnalysis.elasticity(0.9, 1.1, -1, 1)), "y changes sign");
        assertTrue(Double.isNaN(SensitivityAnalysis.elasticity(0.9, 1.1, 0, 1)), "y is zero");
    }

    @Test
    void oatPointsAreAddedOnceAndReuseDesignPoints() {
        // A grid whose values include the baseline, low and high: only the ±δ points are new.
        List<SweepParameter> p = List.of(
                TestPlans.parameter("a", new Domain.Values(List.of(ParameterValue.of(1), ParameterValue.of(2),
                        ParameterValue.of(3))), 2),
                TestPlans.parameter("b", new Domain.Values(List.of(ParameterValue.of(10), ParameterValue.of(20))), 10));
        SweepPlan plan = TestPlans.plan(TestPlans.definition(Design.GRID, 0, 1, p,
                TestPlans.spec(SensitivitySpec.Method.OAT, 0)));
        assertEquals(6 + 4, plan.size());
        assertEquals(2, plan.oatBaseline(), "(2, 10) is grid point 2");
        OatLayout a = plan.oat().get(0);
        assertEquals(0, a.lowPoint());
        assertEquals(4, a.highPoint());
        assertEquals("oat minus a", plan.points().get(a.minusPoint()).block());
        assertEquals("1.8", plan.points().get(a.minusPoint()).values().get(0).text());
        assertEquals("2.2", plan.points().get(a.plusPoint()).values().get(0).text());
    }
}
