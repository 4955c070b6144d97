package org.labourcast.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.Operator;
import org.labourcast.scenario.Target;

class TargetAttainmentEvaluatorTest {
    private static final double NA = Double.NaN;

    private static Target target(String indicator, int year, Operator op, double value, Target.Kind kind) {
        return new Target(indicator, year, op, value, kind, Target.Nature.EXPECTED, OptionalInt.empty(),
                OptionalDouble.empty(), "", "test");
    }

    /** One indicator, years from {@code firstYear}, one row of yearly values per run. */
    private static ReplicateValues oneIndicator(String indicator, int firstYear, double[]... runs) {
        int[] years = new int[runs[0].length];
        for (int y = 0; y < years.length; y++) {
            years[y] = firstYear + y;
        }
        double[][][] values = new double[runs.length][1][];
        for (int r = 0; r < runs.length; r++) {
            values[r][0] = runs[r];
        }
        return new ReplicateValues("s", List.of(indicator), years, values);
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
    void deterministicRunCumulativeTargetsSumThePlanPeriodAfterTheBaseYear() {
        // Like Leshan's [>20]万 new urban jobs 2021-2025: five annual values summed; the base year is not counted.
        List<IndicatorRow> rows = List.of(
                new IndicatorRow("s", "births", 2020, "value", 100),
                new IndicatorRow("s", "births", 2021, "value", 4),
                new IndicatorRow("s", "births", 2022, "value", 4),
                new IndicatorRow("s", "births", 2023, "value", 4),
                new IndicatorRow("s", "births", 2024, "value", 4),
                new IndicatorRow("s", "births", 2025, "value", 5));
        ReplicateValues one = ReplicateValues.ofSingleRun("s", rows);
        TargetAttainment r = TargetAttainmentEvaluator.evaluate(
                target("births", 2025, Operator.ABOVE, 20, Target.Kind.CUMULATIVE), one, 2020);
        assertEquals(21, r.medianProjected(), 0);
        assertEquals(1, r.runs());
        assertEquals(1.0, r.probability(), 0, "one run: certain");
        assertEquals(AttainmentStatus.ON_TRACK, r.status());
        assertEquals(OptionalInt.of(2025), r.medianFirstYearMet(), "16 after 2024, 21 after 2025");

        TargetAttainment annual = TargetAttainmentEvaluator.evaluate(
                target("births", 2025, Operator.ABOVE, 20, Target.Kind.ANNUAL), one, 2020);
        assertEquals(5, annual.medianProjected(), 0);
        assertEquals(0.0, annual.probability(), 0, "one run: impossible");
        assertEquals(AttainmentStatus.OFF_TRACK, annual.status());
        assertEquals(OptionalInt.empty(), annual.medianFirstYearMet(), "the base year's 100 does not count");
    }

    @Test
    void cumulativeTargetOverFiveYearsAcrossFourRuns() {
        // Cumulative ≥ 20 over 2021-2025; flows are NaN in the base year 2020; projection runs to 2027.
        ReplicateValues v = oneIndicator("new_jobs", 2020,
                new double[] {NA, 4, 4, 4, 4, 4, 4, 4},  // sums 4 8 12 16 20: exactly 20 in 2025, met
                new double[] {NA, 5, 5, 5, 5, 5, 5, 5},  // 5 10 15 20 (2024) 25: met, first in 2024
                new double[] {NA, 3, 3, 3, 3, 3, 3, 3},  // 15 in 2025, 21 in 2027: not met, first met 2027
                new double[] {NA, 2, 2, 2, 2, 2, 2, 2}); // 10 in 2025, 14 in 2027: never
        TargetAttainment a = TargetAttainmentEvaluator.evaluate(
                target("new_jobs", 2025, Operator.AT_LEAST, 20, Target.Kind.CUMULATIVE), v, 2020);
        assertEquals(4, a.runs());
        assertEquals(2, a.runsMet());
        assertEquals(0.5, a.probability(), 0);
        assertEquals(AttainmentStatus.AT_RISK, a.status());
        // Type 7 median of {10, 15, 20, 25}: h = 1 + 3 * 0.5 = 2.5 -> (15 + 20) / 2.
        assertEquals(17.5, a.medianProjected(), 0);
        // First years {2024, 2025, 2027, never}: the 2nd smallest (ceil(4/2)).
        assertEquals(OptionalInt.of(2025), a.medianFirstYearMet());
    }

    @Test
    void medianFirstYearIsEmptyOnlyWhenMoreThanHalfTheRunsNeverMeetIt() {
        Target t = target("rate", 2022, Operator.AT_LEAST, 0.6, Target.Kind.ANNUAL);
        double[] early = {0.5, 0.61, 0.62, 0.63};
        double[] late = {0.5, 0.55, 0.58, 0.60};
        double[] never = {0.5, 0.51, 0.52, 0.53};
        // Two of four never: the 2nd smallest of {2021, 2023, never, never} is 2023.
        TargetAttainment half = TargetAttainmentEvaluator.evaluate(t, oneIndicator("rate", 2020, early, never, late,
                never), 2020);
        assertEquals(OptionalInt.of(2023), half.medianFirstYearMet());
        assertEquals(1, half.runsMet(), "only the early run meets it in 2022");
        assertEquals(AttainmentStatus.AT_RISK, half.status());
        // Two of three never: the 2nd smallest of {2021, never, never} is never.
        TargetAttainment most = TargetAttainmentEvaluator.evaluate(t, oneIndicator("rate", 2020, never, early,
                never), 2020);
        assertEquals(OptionalInt.empty(), most.medianFirstYearMet());
        // Odd count, one never: the 2nd smallest of {2021, 2023, never}.
        TargetAttainment odd = TargetAttainmentEvaluator.evaluate(t, oneIndicator("rate", 2020, late, never,
                early), 2020);
        assertEquals(OptionalInt.of(2023), odd.medianFirstYearMet());
        // Median projected of the 2022 values {0.52, 0.58, 0.62}.
        assertEquals(0.58, odd.medianProjected(), 0);
    }

    @Test
    void firstYearMetCanPrecedeTheTargetYearEvenIfTheTargetYearFails() {
        // An "at most" target (e.g. unemployment ≤ 5.5%) met early and lost by the target year.
        Target t = target("unemployment", 2023, Operator.AT_MOST, 0.055, Target.Kind.ANNUAL);
        TargetAttainment a = TargetAttainmentEvaluator.evaluate(t,
                oneIndicator("unemployment", 2020, new double[] {0.05, 0.054, 0.056, 0.058}), 2020);
        assertEquals(0, a.runsMet());
        assertEquals(OptionalInt.of(2021), a.medianFirstYearMet());
        assertEquals(0.058, a.medianProjected(), 0);
    }

    @Test
    void statusFollowsTheThresholdsWithBoundariesInTheBetterStatus() {
        assertEquals(0.75, AttainmentStatus.ON_TRACK_FROM);
        assertEquals(0.25, AttainmentStatus.AT_RISK_FROM);
        assertEquals(AttainmentStatus.ON_TRACK, AttainmentStatus.of(1));
        assertEquals(AttainmentStatus.ON_TRACK, AttainmentStatus.of(0.75));
        assertEquals(AttainmentStatus.AT_RISK, AttainmentStatus.of(Math.nextDown(0.75)));
        assertEquals(AttainmentStatus.AT_RISK, AttainmentStatus.of(0.25));
        assertEquals(AttainmentStatus.OFF_TRACK, AttainmentStatus.of(Math.nextDown(0.25)));
        assertEquals(AttainmentStatus.OFF_TRACK, AttainmentStatus.of(0));
        assertThrows(IllegalArgumentException.class, () -> AttainmentStatus.of(1.01));
        assertThrows(IllegalArgumentException.class, () -> AttainmentStatus.of(Double.NaN));

        // Through the evaluator: 3 of 4 runs (exactly 0.75), 1 of 4 (exactly 0.25), 0 of 4.
        Target t = target("x", 2021, Operator.AT_LEAST, 1, Target.Kind.ANNUAL);
        double[] yes = {0, 1};
        double[] no = {0, 0};
        assertEquals(AttainmentStatus.ON_TRACK, TargetAttainmentEvaluator.evaluate(t,
                oneIndicator("x", 2020, yes, no, yes, yes), 2020).status());
        assertEquals(AttainmentStatus.AT_RISK, TargetAttainmentEvaluator.evaluate(t,
                oneIndicator("x", 2020, no, yes, no, no), 2020).status());
        assertEquals(AttainmentStatus.OFF_TRACK, TargetAttainmentEvaluator.evaluate(t,
                oneIndicator("x", 2020, no, no, no, no), 2020).status());
    }

    @Test
    void statusLabelsInEnglishAndChinese() {
        assertEquals("on track", AttainmentStatus.ON_TRACK.label());
        assertEquals("at risk", AttainmentStatus.AT_RISK.label());
        assertEquals("off track", AttainmentStatus.OFF_TRACK.label());
        assertEquals("有望完成", AttainmentStatus.ON_TRACK.labelZh());
        assertEquals("存在风险", AttainmentStatus.AT_RISK.labelZh());
        assertEquals("难以完成", AttainmentStatus.OFF_TRACK.labelZh());
        assertEquals("存在风险", AttainmentStatus.AT_RISK.label("zh"));
        assertEquals("at risk", AttainmentStatus.AT_RISK.label("en"));
    }

    @Test
    void missingDataIsAnErrorNotAMiss() {
        ReplicateValues v = oneIndicator("jobs", 2020, new double[] {NA, 1, 2, NA, 4});
        // Cumulative target whose period includes a NaN year.
        assertThrows(IllegalStateException.class, () -> TargetAttainmentEvaluator.evaluate(
                target("jobs", 2024, Operator.AT_LEAST, 3, Target.Kind.CUMULATIVE), v, 2020));
        // Target year beyond the projection.
        assertThrows(IllegalStateException.class, () -> TargetAttainmentEvaluator.evaluate(
                target("jobs", 2030, Operator.AT_LEAST, 3, Target.Kind.ANNUAL), v, 2020));
        // Cumulative period starting before the first projected year.
        assertThrows(IllegalStateException.class, () -> TargetAttainmentEvaluator.evaluate(
                target("jobs", 2022, Operator.AT_LEAST, 3, Target.Kind.CUMULATIVE), v, 2018));
        // Annual target in a year without a value.
        assertThrows(IllegalStateException.class, () -> TargetAttainmentEvaluator.evaluate(
                target("jobs", 2023, Operator.AT_LEAST, 3, Target.Kind.ANNUAL), v, 2020));
        // Indicator not projected.
        assertThrows(IllegalStateException.class, () -> TargetAttainmentEvaluator.evaluate(
                target("wages", 2022, Operator.AT_LEAST, 3, Target.Kind.ANNUAL), v, 2020));
        // An annual target in a year with a value is fine: the NaN year is skipped when looking for the first year.
        TargetAttainment ok = TargetAttainmentEvaluator.evaluate(
                target("jobs", 2024, Operator.AT_LEAST, 3, Target.Kind.ANNUAL), v, 2020);
        assertEquals(OptionalInt.of(2024), ok.medianFirstYearMet());
    }

    @Test
    void evaluatesEveryTargetInOrder() {
        ReplicateValues v = oneIndicator("x", 2020, new double[] {1, 2, 3});
        List<TargetAttainment> out = TargetAttainmentEvaluator.evaluate(List.of(
                target("x", 2022, Operator.AT_LEAST, 3, Target.Kind.ANNUAL),
                target("x", 2022, Operator.AT_LEAST, 6, Target.Kind.CUMULATIVE)), v, 2020);
        assertEquals(2, out.size());
        assertEquals(3, out.get(0).medianProjected(), 0);
        assertEquals(5, out.get(1).medianProjected(), 0);
        assertEquals(0, out.get(1).runsMet());
    }

    @Test
    void attainmentRejectsImpossibleCounts() {
        Target t = target("x", 2022, Operator.AT_LEAST, 3, Target.Kind.ANNUAL);
        assertThrows(IllegalArgumentException.class, () -> new TargetAttainment(t, 0, 0, 1, OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class, () -> new TargetAttainment(t, 2, 3, 1, OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class, () -> new TargetAttainment(t, 2, -1, 1, OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new TargetAttainment(t, 2, 1, Double.NaN, OptionalInt.empty()));
        assertThrows(NullPointerException.class, () -> new TargetAttainment(t, 2, 1, 1, null));
    }
}
