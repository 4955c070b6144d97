package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.labourcast.targets.Operator;
import org.labourcast.targets.Target;
import org.labourcast.targets.TargetAttainment;

class RunSummaryTest {

    @Test
    void percentagesNeverRoundToCertainty() {
        assertEquals("0%", RunSummary.percent(0, 3));
        assertEquals("100%", RunSummary.percent(3, 3));
        assertEquals("25%", RunSummary.percent(1, 4));
        assertEquals("33.3%", RunSummary.percent(1, 3));
        assertEquals("99.9%", RunSummary.percent(9999, 10000), "not 100%: one run missed");
        assertEquals("0.1%", RunSummary.percent(1, 10000), "not 0%: one run met it");
    }

    @Test
    void targetLineForAMonteCarloCumulativeTarget() {
        Target births = new Target("births", 2025, Operator.AT_LEAST, 100_000, Target.Kind.CUMULATIVE,
                Target.Nature.BINDING, OptionalInt.empty(), OptionalDouble.empty(), "", "test");
        assertEquals("  target births ≥ 100,000 summed over 2021–2025: met in 62.5% of 8 runs, median 101,234, "
                        + "first met 2025 — at risk",
                RunSummary.targetLine(new TargetAttainment(births, 8, 5, 101_234.4, OptionalInt.of(2025)), 2020));
        Target rate = new Target("urbanization_rate", 2025, Operator.AT_LEAST, 0.6, Target.Kind.ANNUAL,
                Target.Nature.EXPECTED, OptionalInt.empty(), OptionalDouble.empty(), "", "test");
        assertEquals("  target urbanization_rate ≥ 60.00% in 2025: met in 0% of 1 run, median 58.10%, "
                        + "not met by most runs — off track",
                RunSummary.targetLine(new TargetAttainment(rate, 1, 0, 0.581, OptionalInt.empty()), 2020));
    }
}
