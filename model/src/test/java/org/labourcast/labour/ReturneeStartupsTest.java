package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.Status;
import org.labourcast.demography.Residence;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * Returning migrants' start-ups (docs/labour-model.md#returnee-entrepreneurs): the base year reproduces the plans'
 * stocks, start-ups follow the start-up share, and nobody is counted twice. Checked to fail when broken: setting the
 * yearly draw's expected count to 0 in {@link ReturneeStartups#step} fails {@link #startupsFollowTheShare} (no
 * start-ups with the shipped share); dropping the "not yet flagged" condition fails {@link #startupsFollowTheShare}
 * (the tally exceeds the stock's growth).
 */
class ReturneeStartupsTest {
    /**
     * 乐山市"十四五"就业促进规划 ch.1 §1: 到2020年末,全市返乡下乡创业人员累计达到1.9万人; 四川省"十四五"就业促进规划
     * ch.1 §1: 到2020年末,全省返乡入乡创业人员累计达81.4万人. Indicator and a recount of the bits give them exactly.
     */
    @Test
    void baseYearReproducesThePlansStocks() {
        LabourSimulation leshan = LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 5);
        LabourYear base = leshan.buildBaseYear();
        assertEquals(19_000, base.value(LabourIndicators.RETURNEE_ENTREPRENEURS), 0);
        assertEquals(19_000 / 5, ReturneeStartups.stock(leshan.population()));
        assertTrue(Double.isNaN(base.value(LabourIndicators.RETURNEE_STARTUPS)), "a flow has no base-year value");
        LabourSimulation sichuan = LabourFixtures.simulation(ShippedScenarios.baseline("sichuan"), 200);
        assertEquals(814_000, sichuan.buildBaseYear().value(LabourIndicators.RETURNEE_ENTREPRENEURS), 0);
    }

    /** Every flagged agent of the base year is an employed rural-hukou resident. */
    @Test
    void theBaseYearFlagsEmployedRuralHukouResidents() {
        LabourSimulation sim = LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 10);
        sim.buildBaseYear();
        forEachAgent(sim, (c, i) -> {
            if (AgentTraits.has(c.traits(i), AgentTraits.RETURNED_MIGRANT)) {
                assertEquals(Status.EMPLOYED, c.status(i));
                assertTrue(!c.has(i, AgentColumns.F_URBAN_HUKOU));
            }
        });
    }

    /**
     * With the shipped share, the year's start-ups match the flagged agents added by the step (nobody flagged twice),
     * are near share × return rate × stock away, and leave employment unchanged (the business is the returnee's job);
     * with the share at 0 there is none.
     */
    @Test
    void startupsFollowTheShare() {
        long shipped = startups(LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 5), true);
        long none = startups(LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 5, "labour.returnees.startup_share=0"), false);
        assertTrue(shipped > 5 * 400, "Leshan 2021-2025 start-ups (agents of 5): " + shipped);
        assertEquals(0, none);
    }

    private static long startups(LabourSimulation sim, boolean nearExpected) {
        sim.buildBaseYear();
        long total = 0;
        for (int y = 2021; y <= 2025; y++) {
            sim.beginYear();
            for (YearlyProcess step : YearlyProcesses.inOrder()) {
                if (!(step instanceof ReturneeStartups)) {
                    step.step(sim.context());
                    continue;
                }
                long stockBefore = ReturneeStartups.stock(sim.population());
                long employedBefore = employed(sim);
                double away = sim.context().market().awayTotal();
                step.step(sim.context());
                long n = sim.context().market().returneeStartups();
                assertEquals(stockBefore + n, ReturneeStartups.stock(sim.population()), "year " + y);
                assertEquals(employedBefore, employed(sim), "year " + y + ": employment unchanged");
                if (nearExpected) {
                    var r = sim.context().assumptions().returnees();
                    double expected = r.returnRate() * r.startupShare() * away;
                    assertEquals(expected, n, 4 * Math.sqrt(expected) + 1, "year " + y);
                }
                total += n;
            }
        }
        return total;
    }

    /** One seed, 1 or 3 threads: the returnee indicators are identical (draws from the group streams). */
    @Test
    void theSameForAnyThreadCount() {
        ScenarioSpec spec = new ScenarioReader().read(ShippedScenarios.leshanBaseline(), List.of()).spec();
        AgentRun one = AgentRun.of(spec, new RunSettings(2, 11, 1, 80), ProgressListener.NONE);
        AgentRun three = AgentRun.of(spec, new RunSettings(2, 11, 3, 80), ProgressListener.NONE);
        for (String name : List.of(LabourIndicators.RETURNEE_ENTREPRENEURS, LabourIndicators.RETURNEE_STARTUPS)) {
            assertEquals(one.indicator(name, "median"), three.indicator(name, "median"), name);
        }
    }

    private static long employed(LabourSimulation sim) {
        long[] n = new long[1];
        forEachAgent(sim, (c, i) -> n[0] += c.status(i) == Status.EMPLOYED ? 1 : 0);
        return n[0];
    }

    private interface AgentVisitor {
        void visit(AgentColumns c, int i);
    }

    private static void forEachAgent(LabourSimulation sim, AgentVisitor v) {
        for (int slot = 0; slot < sim.population().slots(); slot++) {
            for (Residence r : Residence.values()) {
                AgentColumns c = sim.population().group(slot).residents(r);
                for (int i = 0; i < c.size(); i++) {
                    v.visit(c, i);
                }
            }
        }
    }
}
