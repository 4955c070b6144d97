package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;

/**
 * At one agent per person the base year reproduces the plan's stated facts exactly (乐山市"十四五"就业促进规划
 * ch.1, as in {@link LabourFixtures}): employed, employed by sector, rural labour and transferred, skilled workers.
 */
class BaseYearExactnessTest {
    @Test
    void baseYearMatchesTheStatedFactsAtScaleOne() {
        ScenarioSpec spec = LabourFixtures.leshanWith(LabourFixtures.leshanLike());
        List<ProjectedYear> cohort = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), spec.horizon(), new ScenarioAssumptions(spec));
        LabourModel model = LabourModel.of(spec, cohort, 1);
        LabourSimulation sim = new LabourSimulation(model, 1L, 2L, GroupExecutor.serial());
        LabourYear base = sim.buildBaseYear();
        assertEquals(1_784_000, base.value(LabourIndicators.EMPLOYMENT_TOTAL), 0);
        assertEquals(690_000, base.value(LabourIndicators.EMPLOYMENT_PRIMARY), 0);
        assertEquals(323_000, base.value(LabourIndicators.EMPLOYMENT_SECONDARY), 0);
        assertEquals(771_000, base.value(LabourIndicators.EMPLOYMENT_TERTIARY), 0);
        // Resident rural labour plus the calibrated stock working away (a real number of persons, so within 1).
        assertEquals(1_390_800, base.value(LabourIndicators.RURAL_LABOUR_FORCE), 1);
        assertEquals(1_025_000, base.value(LabourIndicators.RURAL_LABOUR_TRANSFERRED), 1);
        assertEquals(303_280, base.value(LabourIndicators.SKILLED_WORKERS), 0);
    }
}
