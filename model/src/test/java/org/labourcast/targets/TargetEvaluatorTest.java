package org.labourcast.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.labourcast.results.IndicatorRow;

class TargetEvaluatorTest {

    private static Target target(String indicator, int year, Operator op, double value, Target.Kind kind) {
        return new Target(indicator, year, op, value, kind, Target.Nature.EXPECTED, OptionalInt.empty(),
                OptionalDouble.empty(), "", "test");
    }

    @Test
    void operatorsFollowThePlansSemanticsWithFloatingPointNoiseCountedAsEqual() {
        assertTrue(Operator.AT_LEAST.holds(0.6 - 1e-13, 0.6));
        assertFalse(Operator.AT_LEAST.holds(0.599, 0.6));
        assertFalse(Operator.ABOVE.holds(0.7 + 1e-13, 0.7), "> 70% is not met by exactly 70%");
        assertTrue(Operator.ABOVE.holds(0.7001, 0.7));
        assertTrue(Operator.BELOW.holds(0.059, 0.06));
        assertFalse(Operator.BELOW.holds(0.06, 0.06));
        assertTrue(Operator.AT_MOST.holds(0.035, 0.035));
    }

    @Test
    void cumulativeTargetsSumThePlanPeriodAfterTheBaseYear() {
        // Like Leshan's [>20]万 new urban jobs 2021-2025: five annual values summed.
        List<IndicatorRow> rows = List.of(
                new IndicatorRow("s", "births", 2020, "value", 100),
                new IndicatorRow("s", "births", 2021, "value", 4),
                new IndicatorRow("s", "births", 2022, "value", 4),
                new IndicatorRow("s", "births", 2023, "value", 4),
                new IndicatorRow("s", "births", 2024, "value", 4),
                new IndicatorRow("s", "births", 2025, "value", 5));
        TargetResult r = TargetEvaluator.evaluate(
                List.of(target("births", 2025, Operator.ABOVE, 20, Target.Kind.CUMULATIVE)), rows, 2020).get(0);
        assertEquals(21, r.projected(), 0);
        assertTrue(r.met());
        TargetResult annual = TargetEvaluator.evaluate(
                List.of(target("births", 2025, Operator.ABOVE, 20, Target.Kind.ANNUAL)), rows, 2020).get(0);
        assertEquals(5, annual.projected(), 0);
        assertEquals("not met", annual.status());
    }
}
