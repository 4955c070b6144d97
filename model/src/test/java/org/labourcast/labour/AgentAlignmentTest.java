package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;

/** Agents and the cohort-component projection never disagree: every cell, every year. */
class AgentAlignmentTest {
    private static final int SCALE = 20;
    private static ScenarioSpec spec;
    private static List<ProjectedYear> cohort;
    private static List<LabourYear> agents;

    @BeforeAll
    static void run() {
        spec = LabourFixtures.leshanWith(LabourFixtures.leshanLike());
        cohort = new CohortComponentProjection().project(spec.population().persons(), spec.baseYear(),
                spec.horizon(), new ScenarioAssumptions(spec));
        LabourSimulation sim = new LabourSimulation(LabourModel.of(spec, cohort, SCALE), 11L, 22L,
                GroupExecutor.serial());
        agents = sim.run();
    }

    @Test
    void everyCellIsTheCohortCountRoundedToWholeAgents() {
        assertEquals(cohort.size(), agents.size());
        for (int y = 0; y < cohort.size(); y++) {
            var c = cohort.get(y).population();
            var a = agents.get(y).demography().population();
            for (Sex s : Sex.values()) {
                for (Residence r : Residence.values()) {
                    for (int age = 0; age <= spec.maxAge(); age++) {
                        double expected = Math.round(c.persons(s, r, age) / SCALE) * (double) SCALE;
                        assertEquals(expected, a.persons(s, r, age), 0.0,
                                () -> "year " + cohort.get(0).year() + " cell differs");
                    }
                }
            }
        }
    }

    @Test
    void agentEventsBalanceExactly() {
        for (int y = 1; y < agents.size(); y++) {
            ProjectedYear prev = agents.get(y - 1).demography();
            ProjectedYear now = agents.get(y).demography();
            double expected = prev.population().total() + now.birthsTotal() - now.deathsTotal()
                    + now.netMigrationTotal();
            assertEquals(expected, now.population().total(), 0.0, "balance in " + now.year());
            assertEquals(now.population().total(),
                    now.population().total(Residence.URBAN) + now.population().total(Residence.RURAL), 0.0);
        }
    }

    @Test
    void agentFlowsStayCloseToTheCohortModel() {
        // Events are the cohort's expected counts rounded per cell; migration absorbs the rounding, so each total is
        // within (cells × scale) of the cohort model's, and far closer in practice.
        for (int y = 1; y < agents.size(); y++) {
            ProjectedYear c = cohort.get(y);
            ProjectedYear a = agents.get(y).demography();
            double cells = 2.0 * 2 * (spec.maxAge() + 1);
            assertTrue(Math.abs(c.deathsTotal() - a.deathsTotal()) <= cells * SCALE / 2, "deaths " + c.year());
            assertTrue(Math.abs(c.moversTotal() - a.moversTotal()) <= cells * SCALE / 2, "movers");
            assertTrue(Math.abs(c.netMigrationTotal() - a.netMigrationTotal()) <= 2 * cells * SCALE, "migration");
        }
    }
}
