package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.sweep.PointScenarios;
import org.labourcast.sweep.SweepPlan;
import org.labourcast.sweep.definition.Design;
import org.labourcast.sweep.definition.Domain;
import org.labourcast.sweep.definition.SweepDefinition;
import org.labourcast.sweep.definition.SweepParameter;

/**
 * The {@code sweep:} section as a user writes it (docs/sweeps.md): read strictly with located errors, its paths and
 * values checked by applying them to the scenario, baselines found in the scenario.
 */
class SweepSectionTest {
    @TempDir
    Path dir;

    /** A variant of the Leshan baseline with {@code sweep} as its sweep section (indented by two spaces). */
    private Path sweepFile(String sweep) throws IOException {
        Path f = dir.resolve("sweep.yaml");
        Files.writeString(f, "extends: " + ShippedScenarios.leshanBaseline() + "\n"
                + "id: leshan-sweep-test\n"
                + "title: {en: sweep test, zh: 扫描测试}\n"
                + "sweep:\n" + sweep);
        return f;
    }

    private static final String PARAMETERS = """
              parameters:
                - path: labour.transfer.base_rate
                  values: [0.04, 0.06]
                - path: labour.skills.trainees
                  range: {from: 10000, to: 30000, step: 10000}
                - name: fertility_scale
                  scale:
                    - fertility.schedules[1].asfr
                  values: [0.8, 1.2]
            """;

    private InputException fails(String sweep) throws IOException {
        Path f = sweepFile(sweep);
        return assertThrows(InputException.class, () -> {
            PointScenarios s = PointScenarios.read(f, OptionalInt.empty());
            s.validate(s.plan("test").points());
        });
    }

    @Test
    void readsDesignParametersAndBaselines() throws IOException {
        Path f = sweepFile("  design: grid\n  runs_per_point: 3\n" + PARAMETERS);
        LoadedScenario s = new ScenarioReader().read(f);
        SweepDefinition d = s.sweepDefinition().orElseThrow();
        assertEquals(Design.GRID, d.design());
        assertEquals(OptionalInt.of(3), d.runsPerPoint());
        SweepParameter rate = d.parameters().get(0);
        assertEquals("labour.transfer.base_rate", rate.name());
        assertEquals(0.05, rate.baseline().getAsDouble(), 0, "from base_rate: {value: 0.05, source: …}");
        assertEquals(20000, d.parameters().get(1).baseline().getAsDouble(), 0);
        assertEquals(3, ((Domain.Values) d.parameters().get(1).domain()).values().size());
        assertEquals(1, d.parameters().get(2).baseline().getAsDouble(), 0, "a scale parameter's baseline is 1");
        SweepPlan plan = PointScenarios.read(f, OptionalInt.empty()).plan("test");
        assertEquals(2 * 3 * 2, plan.size());
        assertEquals(3, plan.runsPerPoint());
    }

    @Test
    void scaleMultipliesEveryNumberOfTheFieldsAndPathsSetValues() throws IOException {
        Path f = sweepFile("  design: grid\n" + PARAMETERS);
        PointScenarios s = PointScenarios.read(f, OptionalInt.of(50));
        SweepPlan plan = s.plan("test");
        LoadedScenario first = s.at(plan.points().get(0));
        assertEquals(List.of("sweep=~", "simulation.scale=50", "labour.transfer.base_rate=0.04", "labour.skills.trainees=10000",
                "fertility.schedules[1].asfr=[0.004452, 0.0392168, 0.0591712, 0.041708, 0.0187248, 0.0049008, "
                        + "0.0014904]"), first.source().overrides());
        assertEquals(50, first.run().scale());
        assertTrue(first.sweepDefinition().isEmpty(), "a point is the scenario without its sweep");
    }

    @Test
    void aMisspeltPathIsAnErrorAtTheParameterWithASuggestion() throws IOException {
        InputException e = fails("""
                  design: grid
                  parameters:
                    - path: labour.transfer.base_rat
                      values: [0.04, 0.06]
                """);
        assertEquals(7, e.location().line(), e.getMessage());
        assertTrue(e.getMessage().contains("unknown field 'base_rat'"), e.getMessage());
        assertEquals("did you mean 'base_rate'?", e.hint());
        assertEquals("sweep.parameters[0].path", e.fieldPath());
    }

    @Test
    void aValueTheScenarioRefusesIsAnErrorAtTheParameter() throws IOException {
        InputException e = fails("""
                  design: grid
                  parameters:
                    - path: labour.transfer.base_rate
                      values: [0.05, 1.2]
                """);
        assertEquals(7, e.location().line(), e.getMessage());
        assertTrue(e.getMessage().contains("with labour.transfer.base_rate = 1.2"), e.getMessage());
    }

    @Test
    void formErrorsAreLocatedWithSuggestions() throws IOException {
        InputException design = fails("  design: gird\n" + PARAMETERS);
        assertEquals("did you mean 'grid'?", design.hint());
        assertEquals(5, design.location().line());

        InputException distribution = fails("""
                  design: grid
                  parameters:
                    - path: labour.transfer.base_rate
                      distribution: {uniform: [0.03, 0.07]}
                """);
        assertTrue(distribution.getMessage().contains("needs a sampled design"), distribution.getMessage());

        InputException points = fails("  design: random\n" + PARAMETERS);
        assertTrue(points.getMessage().contains("points"), points.getMessage());

        InputException indicator = fails("  design: grid\n" + PARAMETERS + """
                  sensitivity:
                    method: oat
                    indicators: [skilled_worker]
                    years: [2025]
                """);
        assertEquals("did you mean 'skilled_workers'?", indicator.hint());

        InputException sobol = fails("  design: grid\n" + PARAMETERS + """
                  sensitivity: {method: sobol, indicators: [skilled_workers], years: [2025]}
                """);
        assertTrue(sobol.getMessage().contains("design: sobol"), sobol.getMessage());

        InputException scale = fails("""
                  design: grid
                  parameters:
                    - name: f
                      scale: [fertility.sex_ratio]
                      values: [0.9, 1.1]
                """);
        assertTrue(scale.getMessage().contains("no field 'fertility.sex_ratio'"), scale.getMessage());

        InputException overlap = fails("""
                  design: grid
                  parameters:
                    - path: labour.transfer
                      values: [1]
                    - path: labour.transfer.base_rate
                      values: [0.04]
                """);
        assertTrue(overlap.getMessage().contains("overlap"), overlap.getMessage());
        assertEquals(9, overlap.location().line());

        InputException reserved = fails("""
                  design: grid
                  parameters:
                    - path: labour.transfer.base_rate
                      name: year
                      values: [0.04]
                """);
        assertTrue(reserved.getMessage().contains("column"), reserved.getMessage());
    }

    @Test
    void aScenarioWithoutSweepSectionIsRefusedBySweep() {
        InputException e = assertThrows(InputException.class,
                () -> PointScenarios.read(ShippedScenarios.leshanBaseline(), OptionalInt.empty()));
        assertTrue(e.getMessage().contains("has no sweep: section"), e.getMessage());
    }

    @Test
    void theShippedSweepReadsAndPlansItsDefaultDesign() {
        Path f = ShippedScenarios.root().resolve("leshan/sweep.yaml");
        PointScenarios s = PointScenarios.read(f, OptionalInt.empty());
        SweepPlan plan = s.plan("test");
        s.validate(plan.points());
        assertEquals(27 + 6, plan.size(), "a 3 x 3 x 3 grid and the six ±10% points");
        assertEquals(10, plan.runsPerPoint());
        assertEquals(10, plan.scale());
        assertTrue(plan.agents());
    }
}
