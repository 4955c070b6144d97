package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentKeys;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;
import sim.engine.Steppable;

/**
 * Every process counts agents from the histograms of keys that {@link AgentColumns} maintains as agents change, so
 * those histograms must equal a recount of the agents after the base year and after every process of every year.
 */
class KeyHistogramTest {
    @Test
    void maintainedHistogramsEqualARecountAfterEveryStep() {
        ScenarioSpec spec = LabourFixtures.leshanWith(LabourFixtures.leshanLike());
        List<ProjectedYear> cohort = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), spec.horizon(), new ScenarioAssumptions(spec));
        LabourSimulation sim = new LabourSimulation(LabourModel.of(spec, cohort, 40), 3L, 4L, GroupExecutor.serial());
        sim.buildBaseYear();
        assertRecounted(sim.population(), "base year");
        // The processes in the schedule's order, stepped one at a time so each is checked.
        Steppable[] processes = {new DemographyProcess(), new HukouSettlementProcess(), new RetirementProcess(),
            new ParticipationProcess(), new SkillsProcess(), new SeparationProcess(), new RuralTransferProcess(),
            new SectorDemandProcess(), new JobMatchingProcess(), new IndicatorRecorder()};
        for (int y = spec.baseYear() + 1; y <= spec.horizon(); y++) {
            for (Steppable p : processes) {
                p.step(sim);
                assertRecounted(sim.population(), "year " + y + ", after " + p.getClass().getSimpleName());
            }
        }
    }

    private static void assertRecounted(AgentPopulation pop, String when) {
        for (int slot = 0; slot < pop.slots(); slot++) {
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                int[] recount = new int[AgentKeys.COUNT];
                AgentKeys.histogram(c, recount, 0);
                int[] kept = new int[AgentKeys.COUNT];
                for (int key = 0; key < AgentKeys.COUNT; key++) {
                    kept[key] = c.count(key);
                }
                assertArrayEquals(recount, kept, when + ", slot " + slot + " " + r);
            }
        }
    }
}
