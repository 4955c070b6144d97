package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.labourcast.scenario.Operator;
import org.labourcast.scenario.Target;
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
        assertEquals("  target births ≥ 100,000 summed over 2021–2025: met in 62.5% of 8 runs (95% interval 31%–86%),"
                        + " median 101,234, "
                        + "first met 2025 — at risk",
                RunSummary.targetLine(new TargetAttainment(births, 8, 5, 101_234.4, OptionalInt.of(2025)), 2020));
        Target rate = new Target("urbanization_rate", 2025, Operator.AT_LEAST, 0.6, Target.Kind.ANNUAL,
                Target.Nature.EXPECTED, OptionalInt.empty(), OptionalDouble.empty(), "", "test");
        assertEquals("  target urbanization_rate ≥ 60.00% in 2025: met in 0% of 1 run, median 58.10%, "
                        + "not met by most runs — off track",
                RunSummary.targetLine(new TargetAttainment(rate, 1, 0, 0.581, OptionalInt.empty()), 2020));
        TargetAttainment pinned = new TargetAttainment(rate, 1, 1, 0.6, OptionalInt.of(2025),
                org.labourcast.targets.TargetBasis.INPUT, "rural_urban_move.urbanization_path");
        assertEquals("  target urbanization_rate ≥ 60.00% in 2025: met in 100% of 1 run, median 60.00%, "
                        + "first met 2025 — on track [fixed by input rural_urban_move.urbanization_path]",
                RunSummary.targetLine(pinned, 2020));
        assertEquals("warning: target urbanization_rate ≥ 60.00% in 2025 is fixed by the scenario input"
                        + " rural_urban_move.urbanization_path; its probability restates that input, not a projection"
                        + System.lineSeparator() + "警告：目标 urbanization_rate ≥ 60.00%（2025年）由情景输入"
                        + " rural_urban_move.urbanization_path 决定，其达成概率只是复述该输入，并非模型预测",
                RunSummary.inputWarning(pinned).orElseThrow());
        assertTrue(RunSummary.inputWarning(new TargetAttainment(rate, 1, 0, 0.581, OptionalInt.empty())).isEmpty());
    }

    /** drivers.csv needs p + 2 runs for p drawn inputs; fewer runs get a note saying how many. */
    @Test
    void tooFewRunsForTheDriversGetANote() {
        java.util.List<org.labourcast.uncertainty.UncertaintySource> sources = java.util.List.of(
                org.labourcast.uncertainty.UncertaintySource.PARAMETER,
                org.labourcast.uncertainty.UncertaintySource.FERTILITY);
        double[][] three = {{0.1, 0.3}, {0.2, 0.1}, {0.4, 0.2}};
        double[][] four = {{0.1, 0.3}, {0.2, 0.1}, {0.4, 0.2}, {0.3, 0.5}};
        String note = RunSummary.driversNote(result(new org.labourcast.uncertainty.InputDraws(
                java.util.List.of("a", "b"), sources, three))).orElseThrow();
        assertTrue(note.startsWith("note: drivers.csv is empty: 3 runs cannot split the variance among 2 drawn"
                + " inputs; use --runs 4 or more"), note);
        assertTrue(RunSummary.driversNote(result(new org.labourcast.uncertainty.InputDraws(
                java.util.List.of("a", "b"), sources, four))).isEmpty());
        assertTrue(RunSummary.driversNote(result(org.labourcast.uncertainty.InputDraws.none(3))).isEmpty(),
                "nothing drawn, nothing to attribute");
    }

    private static org.labourcast.experiment.ScenarioResult result(org.labourcast.uncertainty.InputDraws draws) {
        return (org.labourcast.experiment.ScenarioResult) java.lang.reflect.Proxy.newProxyInstance(
                RunSummaryTest.class.getClassLoader(), new Class<?>[] {org.labourcast.experiment.ScenarioResult.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("inputs")) {
                        return draws;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
