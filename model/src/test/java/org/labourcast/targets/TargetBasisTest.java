package org.labourcast.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.Operator;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.Target;
import org.labourcast.scenario.yaml.ScenarioReader;

/** What decides a target: projected, a scenario input, or the base year (docs/comparison.md, "What decides"). */
class TargetBasisTest {
    private static Target target(String indicator, int year, Operator op, double value, Target.Kind kind) {
        return new Target(indicator, year, op, value, kind, Target.Nature.EXPECTED, OptionalInt.empty(),
                OptionalDouble.empty(), "", "test");
    }

    private static ReplicateValues oneIndicator(String indicator, double[]... runs) {
        int[] years = new int[runs[0].length];
        for (int y = 0; y < years.length; y++) {
            years[y] = 2020 + y;
        }
        double[][][] values = new double[runs.length][1][];
        for (int r = 0; r < runs.length; r++) {
            values[r][0] = runs[r];
        }
        return new ReplicateValues("s", List.of(indicator), years, values);
    }

    @Test
    void aTargetOnAPinnedIndicatorInAPinnedYearIsInputAndNamesTheInput() {
        ReplicateValues v = oneIndicator("urbanization_rate", new double[] {0.53, 0.56, 0.60});
        InputPin pin = new InputPin("urbanization_rate", 2021, 2022, InputPin.URBANIZATION_PATH);
        TargetAttainment a = TargetAttainmentEvaluator.evaluate(
                target("urbanization_rate", 2022, Operator.AT_LEAST, 0.6, Target.Kind.ANNUAL), v, 2020, List.of(pin));
        assertEquals(TargetBasis.INPUT, a.basis());
        assertEquals("rural_urban_move.urbanization_path", a.basisInput());
        // The same target after the pin's last year is projected.
        ReplicateValues longer = oneIndicator("urbanization_rate", new double[] {0.53, 0.56, 0.60, 0.61});
        assertEquals(TargetBasis.PROJECTED, TargetAttainmentEvaluator.evaluate(
                target("urbanization_rate", 2023, Operator.AT_LEAST, 0.6, Target.Kind.ANNUAL), longer, 2020,
                List.of(pin)).basis());
    }

    @Test
    void aPlanRowCountingALeversOwnQuantityIsInputEvenSummed() {
        // Taizhou table row 7, 扶持创业人数 [1.5]万 over 2021-2025: the supported start-ups are the lever's quantity.
        ReplicateValues v = oneIndicator("supported_startups", new double[] {Double.NaN, 3000, 3000, 3000, 3000, 3000});
        InputPin pin = new InputPin("supported_startups", 2021, 2035, InputPin.SUPPORTED_STARTUPS);
        TargetAttainment a = TargetAttainmentEvaluator.evaluate(
                target("supported_startups", 2025, Operator.AT_LEAST, 15_000, Target.Kind.CUMULATIVE), v, 2020,
                List.of(pin));
        assertEquals(TargetBasis.INPUT, a.basis());
        assertEquals("levers: entrepreneurship_support.startups", a.basisInput());
        // A pin that leaves out a year the sum covers does not decide the sum.
        InputPin late = new InputPin("supported_startups", 2022, 2035, InputPin.SUPPORTED_STARTUPS);
        assertEquals(TargetBasis.PROJECTED, TargetAttainmentEvaluator.evaluate(
                target("supported_startups", 2025, Operator.AT_LEAST, 15_000, Target.Kind.CUMULATIVE), v, 2020,
                List.of(late)).basis());
        // The shipped Taizhou variant carries the pins.
        var spec = new ScenarioReader().read(ShippedScenarios.root().resolve("taizhou/plan-measures.yaml"),
                List.of()).spec();
        assertEquals(List.of("levers: entrepreneurship_support.startups", "levers: graduate_internships.participants"),
                InputPin.of(spec).stream().map(InputPin::input).filter(i -> i.startsWith("levers:")).toList());
    }

    @Test
    void anAnnualTargetMetInTheBaseYearByAnIndicatorNothingMovesIsBaseYear() {
        // Two runs, both flat at the base-year 3% from 2020 to 2022: "< 4.5%" in 2022 was settled in 2020.
        ReplicateValues flat = oneIndicator("registered_unemployment_rate", new double[] {0.03, 0.03, 0.03},
                new double[] {0.03, 0.03, 0.03});
        Target t = target("registered_unemployment_rate", 2022, Operator.BELOW, 0.045, Target.Kind.ANNUAL);
        assertEquals(TargetBasis.BASE_YEAR, TargetAttainmentEvaluator.evaluate(t, flat, 2020).basis());
        // One run moves (still below the cap): the projection could have undone it, so it is projected.
        ReplicateValues moving = oneIndicator("registered_unemployment_rate", new double[] {0.03, 0.03, 0.03},
                new double[] {0.03, 0.031, 0.03});
        assertEquals(TargetBasis.PROJECTED, TargetAttainmentEvaluator.evaluate(t, moving, 2020).basis());
        // Flat but not met in the base year: projected (and never met).
        ReplicateValues high = oneIndicator("registered_unemployment_rate", new double[] {0.05, 0.05, 0.05});
        assertEquals(TargetBasis.PROJECTED, TargetAttainmentEvaluator.evaluate(t, high, 2020).basis());
    }

    @Test
    void cumulativeTargetsAreNeverSettledByTheBaseYearStock() {
        // Base-year stock far above the target; the sum only counts 2021-2022 flows.
        ReplicateValues v = oneIndicator("new_urban_jobs", new double[] {Double.NaN, 50, 50});
        assertEquals(TargetBasis.PROJECTED, TargetAttainmentEvaluator.evaluate(
                target("new_urban_jobs", 2022, Operator.ABOVE, 20, Target.Kind.CUMULATIVE), v, 2020).basis());
        // "At least 0" of a flow that cannot be negative holds with nothing summed yet.
        assertEquals(TargetBasis.BASE_YEAR, TargetAttainmentEvaluator.evaluate(
                target("new_urban_jobs", 2022, Operator.AT_LEAST, 0, Target.Kind.CUMULATIVE), v, 2020).basis());
    }

    @Test
    void aTargetTheIndicatorsRangeAlwaysMeetsIsBaseYear() {
        ReplicateValues v = oneIndicator("urbanization_rate", new double[] {0.53, 0.56, 0.58});
        assertEquals(TargetBasis.BASE_YEAR, TargetAttainmentEvaluator.evaluate(
                target("urbanization_rate", 2022, Operator.AT_MOST, 1.0, Target.Kind.ANNUAL), v, 2020).basis());
        assertEquals(TargetBasis.PROJECTED, TargetAttainmentEvaluator.evaluate(
                target("urbanization_rate", 2022, Operator.AT_MOST, 0.99, Target.Kind.ANNUAL), v, 2020).basis());
    }

    @Test
    void anInputBasisMustNameItsInput() {
        Target t = target("x", 2022, Operator.AT_LEAST, 1, Target.Kind.ANNUAL);
        assertThrows(IllegalArgumentException.class,
                () -> new TargetAttainment(t, 1, 1, 1, OptionalInt.empty(), TargetBasis.INPUT, ""));
        assertThrows(IllegalArgumentException.class,
                () -> new TargetAttainment(t, 1, 1, 1, OptionalInt.empty(), TargetBasis.PROJECTED, "x.y"));
    }

    /**
     * A variant imposing the plan's urbanization path on the Leshan baseline (as scenarios/leshan/plan-path.yaml
     * does): its 2025 urbanization target is fixed by the path, so it is classified input; without the path the
     * same target is the model's outcome.
     */
    @Test
    void aPathImposedUrbanizationTargetOfAShippedScenarioIsInput(@TempDir Path dir) throws IOException {
        // The shipped plan-path variant imposes the plan's 53% -> 60% path on the baseline's projection.
        Path variant = ShippedScenarios.root().resolve("leshan/plan-path.yaml");
        ProjectionRun run = ProjectionRun.of(new ScenarioReader().read(variant).spec());
        TargetAttainment urbanization = run.targets().stream()
                .filter(a -> a.target().indicator().equals("urbanization_rate") && a.target().year() == 2025)
                .findFirst().orElseThrow();
        assertEquals(TargetBasis.INPUT, urbanization.basis());
        assertEquals(InputPin.URBANIZATION_PATH, urbanization.basisInput());
        TargetAttainment baseline = ProjectionRun.of(new ScenarioReader().read(ShippedScenarios.leshanBaseline()).spec())
                .targets().stream().filter(a -> a.target().indicator().equals("urbanization_rate")).findFirst()
                .orElseThrow();
        assertEquals(TargetBasis.PROJECTED, baseline.basis(), "the baseline projects urbanization from history");
    }

    /**
     * The schooling block fixes the schooling indicators in every year (Leshan's binding 10.23-year target rests on the
     * Sichuan average the block borrows); a scenario without the block pins nothing but a path.
     */
    @Test
    void theSchoolingBlockPinsTheSchoolingIndicators() throws IOException {
        var spec = new ScenarioReader().read(ShippedScenarios.leshanBaseline()).spec();
        List<InputPin> pins = InputPin.of(spec).stream().filter(p -> p.input().equals(InputPin.EDUCATION)).toList();
        assertEquals(InputPin.SCHOOLING.size(), pins.size(), pins.toString());
        for (InputPin p : pins) {
            assertEquals(InputPin.EDUCATION, p.input());
            assertTrue(p.fixes(p.indicator(), 2025) && p.fixes(p.indicator(), spec.baseYear()), p.toString());
        }
        assertTrue(InputPin.of(spec.withLabour(spec.labour().withEducation(null))).stream()
                .noneMatch(p -> p.input().equals(InputPin.EDUCATION)));
    }
}
