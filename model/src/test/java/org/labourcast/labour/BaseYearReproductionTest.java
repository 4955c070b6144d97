package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;

/**
 * The base year reproduces the Leshan plan's 2020 facts (乐山市"十四五"就业促进规划, ch.1 §1): 178.4万 employed,
 * 69 / 32.3 / 77.1万 by sector, rural labour 139.08万 of which 102.5万 transferred; 17% skilled (30.328万); and the
 * fixture's unemployment rates — each to the nearest agent.
 */
class BaseYearReproductionTest {
    private static final int SCALE = 10;
    private static LabourYear base;

    @BeforeAll
    static void run() {
        ScenarioSpec spec = LabourFixtures.leshanWith(LabourFixtures.leshanLike());
        List<ProjectedYear> cohort = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), spec.baseYear() + 1, new ScenarioAssumptions(spec));
        base = new LabourSimulation(LabourModel.of(spec, cohort, SCALE), 5L, 6L, GroupExecutor.serial()).run().get(0);
    }

    @Test
    void employmentBySector() {
        assertEquals(1_784_000, base.value(LabourIndicators.EMPLOYMENT_TOTAL), 0.0);
        assertEquals(690_000, base.value(LabourIndicators.EMPLOYMENT_PRIMARY), 0.0);
        assertEquals(323_000, base.value(LabourIndicators.EMPLOYMENT_SECONDARY), 0.0);
        assertEquals(771_000, base.value(LabourIndicators.EMPLOYMENT_TERTIARY), 0.0);
        assertEquals(0.387, base.value(LabourIndicators.SECTOR_SHARE_PRIMARY), 0.0005); // plan: 38.7
        assertEquals(0.181, base.value(LabourIndicators.SECTOR_SHARE_SECONDARY), 0.0005); // 18.1
        assertEquals(0.432, base.value(LabourIndicators.SECTOR_SHARE_TERTIARY), 0.0005); // 43.2
    }

    @Test
    void ruralLabourAndTransfer() {
        assertEquals(1_390_800, base.value(LabourIndicators.RURAL_LABOUR_FORCE), 1e-6);
        assertEquals(1_025_000, base.value(LabourIndicators.RURAL_LABOUR_TRANSFERRED), SCALE / 2.0);
        assertEquals(102.5 / 139.08, base.value(LabourIndicators.RURAL_LABOUR_TRANSFER_RATE), 1e-5); // 73.7%
    }

    @Test
    void skillsAndUnemployment() {
        assertEquals(303_280, base.value(LabourIndicators.SKILLED_WORKERS), SCALE / 2.0);
        assertEquals(0.056, base.value(LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE), 1e-4);
        assertEquals(0.040, base.value(LabourIndicators.REGISTERED_UNEMPLOYMENT_RATE), 1e-4);
        assertEquals(Double.NaN, base.value(LabourIndicators.NEW_URBAN_JOBS));
    }
}
