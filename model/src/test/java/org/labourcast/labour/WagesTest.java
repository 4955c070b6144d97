package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.TimeAnchor;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.CohortGroup;
import org.labourcast.agents.Status;
import org.labourcast.demography.Sex;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.labour.WageAssumption;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * Wages (docs/labour-model.md#wages): the base year reproduces the plan's average wage, and the average grows with
 * sector labour productivity. Checked to fail when broken: making {@link Wages#average} leave the productivity
 * indices at 1 fails {@link #theAverageGrowsWithSectorProductivity} (the ratio of the two runs is 1); dropping the
 * fitted constant fails {@link #leshanBaseYearReproducesThePlansAverageWage}.
 */
class WagesTest {
    /**
     * Leshan 2020: "城镇全部单位就业人员平均工资年均增长7.7%,2020年达到68960元" (乐山市"十四五"就业促进规划, ch.1 §1).
     * The base year's average over the agents is that figure; its growth has no value in the base year.
     */
    @Test
    void leshanBaseYearReproducesThePlansAverageWage() {
        LabourYear base = LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 20).buildBaseYear();
        assertEquals(68_960, base.value(LabourIndicators.AVERAGE_WAGE), 1e-6);
        assertTrue(Double.isNaN(base.value(LabourIndicators.AVERAGE_WAGE_GROWTH)));
    }

    /**
     * Sichuan 2020: "城镇全部单位就业人员平均工资年均增长8.1%,2020年达到74520元" (四川省"十四五"就业促进规划, ch.1 §1),
     * on the same basis as Leshan's.
     */
    @Test
    void sichuanBaseYearReproducesThePlansAverageWage() {
        LabourYear base = LabourFixtures.simulation(ShippedScenarios.baseline("sichuan"), 200).buildBaseYear();
        assertEquals(74_520, base.value(LabourIndicators.AVERAGE_WAGE), 1e-6);
    }

    /**
     * With {@code labour.education} level 0 is 未上学 and counts 0 years in the wage; without it every agent reads 0,
     * meaning "not known", and gets the mean schooling. Checked to fail when broken: giving level 0 the mean schooling
     * whatever the block fails the first assertion.
     */
    @Test
    void levelZeroIsNoSchoolingOnlyWhenLevelsAreAssigned() {
        WageAssumption w = new ScenarioReader().read(ShippedScenarios.leshanBaseline(), List.of()).spec().labour()
                .wages();
        CohortGroup g = new CohortGroup(Sex.MALE, 1, 0);
        g.urban().addIdentical(1, Status.EMPLOYED, Sector.TERTIARY.code(), 0);
        g.urban().setTraits(0, AgentTraits.withEducation(g.urban().traits(0), AgentTraits.Education.NONE));
        double[] known = new double[Wages.SIZE];
        Wages.sum(w, g, 30, true, known);
        assertEquals(w.personFactor(0, 30) * w.ratio(Sector.TERTIARY), known[Wages.TERTIARY], 1e-12);
        double[] unknown = new double[Wages.SIZE];
        Wages.sum(w, g, 30, false, unknown);
        assertEquals(w.personFactor(w.meanSchooling(), 30) * w.ratio(Sector.TERTIARY), unknown[Wages.TERTIARY],
                1e-12);
        assertEquals(1, known[Wages.COUNT]);
    }

    @Test
    void withoutTheBlockTheWageIndicatorsAreMissing() {
        LabourYear base = LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 20, "labour.wages=~",
                "targets=[{indicator: urbanization_rate, year: 2025, operator: \">=\", value: 0.6, kind: annual,"
                        + " nature: expected, source: test}]").buildBaseYear();
        assertTrue(Double.isNaN(base.value(LabourIndicators.AVERAGE_WAGE)));
    }

    /**
     * Wages do not act on the agents, so runs with the same seed and productivity pass-through 1 and 0 have the same
     * agents; the ratio of their averages in the first projected year is the non-farm average of the two sectors'
     * productivity growth (output growth × last year's employment / this year's), so it lies between them, and
     * above 1 for Leshan (output +7.4% a year, non-farm employment growing more slowly).
     */
    @Test
    void theAverageGrowsWithSectorProductivity() {
        Path leshan = ShippedScenarios.leshanBaseline();
        List<LabourYear> with = years(LabourFixtures.simulation(leshan, 20, "horizon=2025"));
        List<LabourYear> without = years(LabourFixtures.simulation(leshan, 20, "horizon=2025",
                "labour.wages.productivity_pass_through=0"));
        ScenarioSpec spec = new ScenarioReader().read(leshan, List.of()).spec();
        double[] g = spec.labour().sectors().outputGrowth().at(TimeAnchor.midYear(2021));
        LabourYear y0 = with.get(0);
        LabourYear y1 = with.get(1);
        assertEquals(2021, y1.year());
        assertEquals(y1.value(LabourIndicators.EMPLOYMENT_TERTIARY),
                without.get(1).value(LabourIndicators.EMPLOYMENT_TERTIARY), 0, "same agents");
        double secondary = (1 + g[Sector.SECONDARY.ordinal()]) * y0.value(LabourIndicators.EMPLOYMENT_SECONDARY)
                / y1.value(LabourIndicators.EMPLOYMENT_SECONDARY);
        double tertiary = (1 + g[Sector.TERTIARY.ordinal()]) * y0.value(LabourIndicators.EMPLOYMENT_TERTIARY)
                / y1.value(LabourIndicators.EMPLOYMENT_TERTIARY);
        double ratio = y1.value(LabourIndicators.AVERAGE_WAGE) / without.get(1).value(LabourIndicators.AVERAGE_WAGE);
        assertTrue(ratio >= Math.min(secondary, tertiary) - 1e-12 && ratio <= Math.max(secondary, tertiary) + 1e-12,
                ratio + " between " + secondary + " and " + tertiary);
        assertTrue(ratio > 1.03, "productivity raises the average wage: " + ratio);
        // Without the pass-through only the workforce's composition moves the average.
        assertTrue(Math.abs(without.get(1).value(LabourIndicators.AVERAGE_WAGE_GROWTH)) < 0.02,
                "composition alone: " + without.get(1).value(LabourIndicators.AVERAGE_WAGE_GROWTH));
        assertEquals(y1.value(LabourIndicators.AVERAGE_WAGE) / y0.value(LabourIndicators.AVERAGE_WAGE) - 1,
                y1.value(LabourIndicators.AVERAGE_WAGE_GROWTH), 1e-12);
    }

    private static List<LabourYear> years(LabourSimulation sim) {
        return sim.run();
    }
}
