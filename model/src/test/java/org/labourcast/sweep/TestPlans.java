package org.labourcast.sweep;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;
import org.labourcast.Location;
import org.labourcast.sweep.definition.Design;
import org.labourcast.sweep.definition.Domain;
import org.labourcast.sweep.definition.ParameterValue;
import org.labourcast.sweep.definition.SensitivitySpec;
import org.labourcast.sweep.definition.SweepDefinition;
import org.labourcast.sweep.definition.SweepParameter;

/** Sweep plans over plain functions, for testing designs and estimators without running the model. */
final class TestPlans {
    private TestPlans() {
    }

    static SweepParameter parameter(String name, Domain domain, double baseline) {
        return new SweepParameter(name, name, List.of(), domain, Double.isNaN(baseline) ? OptionalDouble.empty()
                : OptionalDouble.of(baseline), new Location("test.yaml", 1, 1), "sweep.parameters[0].path");
    }

    static SweepDefinition definition(Design design, int points, long seed, List<SweepParameter> parameters,
                                       SensitivitySpec sensitivity) {
        return new SweepDefinition(parameters, design, points, seed, OptionalInt.empty(),
                SweepDefinition.Outputs.ALL, Optional.ofNullable(sensitivity));
    }

    static SweepPlan plan(SweepDefinition def) {
        SweepPlanner.Layout l = SweepPlanner.points(def);
        return new SweepPlan(new SweepPlan.ScenarioInfo("test", "0", "test", "test", "region", "region", 2020, 2030),
                "test", false, 1, 1, 1, def.design(), def.points(), def.seed(),
                def.parameters().stream().map(SweepParameter::name).toList(), l.points(), def.outputs(),
                def.sensitivity(), l.oat(), l.oatBaseline());
    }

    /** One outcome: f at every point of the plan. */
    static double[][] evaluate(SweepPlan plan, ToDoubleFunction<double[]> f) {
        double[][] values = new double[1][plan.size()];
        for (SweepPoint p : plan.points()) {
            values[0][p.index()] = f.applyAsDouble(p.values().stream().mapToDouble(ParameterValue::number).toArray());
        }
        return values;
    }

    static SensitivitySpec spec(SensitivitySpec.Method method, int bootstrap) {
        return new SensitivitySpec(method, List.of("y"), List.of(2030), "value", SensitivitySpec.DEFAULT_DELTA,
                bootstrap, SensitivitySpec.DEFAULT_CONFIDENCE);
    }
}
