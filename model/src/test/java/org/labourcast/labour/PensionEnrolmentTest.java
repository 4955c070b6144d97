package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.Status;
import org.labourcast.demography.Residence;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.ShippedScenarios;

/**
 * Basic pension enrolment (docs/labour-model.md#basic-pension): the base year reproduces the plans' counts, the
 * enrolled are eligible, every retired person is enrolled, and enrolment moves with new jobs. Checked to fail when
 * broken: dropping the new-employee rule in {@link PensionEnrolment} fails {@link #newJobsEnrol}; dropping the
 * retirees' rule fails {@link #everyRetiredPersonIsEnrolledAndNoStudent}.
 */
class PensionEnrolmentTest {
    /**
     * 乐山市"十四五"就业促进规划 ch.1 §1: 基本养老保险参保人数从2015年的220.3万人增加到2020年的249.4万人; 四川省"十四五"
     * 就业促进规划 ch.1 §1: 基本养老保险覆盖超6000万人 (2020, a lower bound the baseline starts from). The indicator and a
     * recount of the bits give them exactly.
     */
    @Test
    void baseYearReproducesThePlansCounts() {
        LabourSimulation leshan = LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 10);
        LabourYear base = leshan.buildBaseYear();
        assertEquals(2_494_000, base.value(LabourIndicators.PENSION_INSURED), 0);
        assertEquals(249_400, enrolled(leshan.population()));
        double share = base.value(LabourIndicators.PENSION_INSURED_SHARE);
        assertTrue(share > 0.8 && share < 1, "Leshan's enrolled share of residents 16+ outside school: " + share);
        LabourSimulation sichuan = LabourFixtures.simulation(ShippedScenarios.baseline("sichuan"), 200);
        assertEquals(60_000_000, sichuan.buildBaseYear().value(LabourIndicators.PENSION_INSURED), 0);
    }

    /** After each projected year: every retired person is enrolled, no student and nobody under 16 is. */
    @Test
    void everyRetiredPersonIsEnrolledAndNoStudent() {
        LabourSimulation sim = LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 20);
        sim.buildBaseYear();
        sim.start();
        for (int y = 0; y < 3; y++) {
            sim.schedule.step(sim);
            AgentPopulation pop = sim.population();
            long[] seen = new long[2];
            for (int slot = 0; slot < pop.slots(); slot++) {
                int age = pop.ageOf(slot);
                for (Residence r : Residence.values()) {
                    AgentColumns c = pop.group(slot).residents(r);
                    for (int i = 0; i < c.size(); i++) {
                        boolean enrolled = AgentTraits.has(c.traits(i), AgentTraits.PENSION_INSURED);
                        if (c.status(i) == Status.RETIRED) {
                            assertTrue(enrolled, "a retired person draws a pension");
                            seen[0]++;
                        }
                        if (age < PensionEnrolment.ELIGIBLE_AGE
                                || Schooling.student(AgentTraits.education(c.traits(i)), age)) {
                            assertTrue(!enrolled, "not eligible: age " + age);
                        }
                        seen[1] += enrolled ? 1 : 0;
                    }
                }
            }
            assertTrue(seen[0] > 0, "retired persons exist");
            LabourYear last = sim.recorded().get(sim.recorded().size() - 1);
            assertEquals(seen[1] * 20, last.value(LabourIndicators.PENSION_INSURED), 0, "the indicator recounts");
            assertTrue(last.value(LabourIndicators.PENSION_INSURED_SHARE) <= 1);
        }
    }

    /** Enrolment moves with new jobs: without the employer's enrolment of new employees it is lower. */
    @Test
    void newJobsEnrol() {
        double shipped = after(LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 20), 5);
        double none = after(LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 20,
                "labour.insurance.pension.new_employee_enrolment=0"), 5);
        double all = after(LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 20,
                "labour.insurance.pension.new_employee_enrolment=1"), 5);
        assertTrue(none < shipped && shipped < all, none + " < " + shipped + " < " + all);
    }

    /**
     * An enrolment drive with {@code pension_uptake} 1 for rural-hukou workers enrols, by the end of its first year,
     * every employed rural-hukou person eligible for the count, while urban-hukou employed persons stay as uncovered as
     * without it; a drive that names no pension uptake (and no other uptake) leaves the count exactly as without a
     * lever: it adds no draw. Checked to fail when broken: skipping the drive's draw in {@link PensionEnrolment}
     * leaves uncovered rural-hukou workers.
     */
    @Test
    void aDriveEnrolsTheUncoveredEmployedOfItsGroup() {
        String drive = "levers=[{type: insurance_expansion, source: test, from: 2021, to: 2021, group: rural_hukou,"
                + " unemployment_uptake: 0, injury_uptake: 0%s}]";
        LabourSimulation base = LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 20);
        LabourSimulation full = LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 20,
                String.format(drive, ", pension_uptake: 1"));
        LabourSimulation none = LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 20,
                String.format(drive, ""));
        double baseCount = after(base, 1);
        double fullCount = after(full, 1);
        assertEquals(baseCount, after(none, 1), 0, "a drive without pension_uptake");
        long[] withDrive = uncoveredEmployed(full.population());
        long[] without = uncoveredEmployed(base.population());
        assertEquals(0, withDrive[0], "uncovered rural-hukou employed after a drive of uptake 1");
        assertTrue(without[0] > 1000, "uncovered rural-hukou employed without it: " + without[0]);
        assertEquals(without[1], withDrive[1], 0.05 * without[1], "urban-hukou employed are not the drive's group");
        assertTrue(fullCount > baseCount + 0.9 * without[0] * 20, fullCount + " against " + baseCount);
    }

    /** Employed persons eligible for the count (16+, not students) not enrolled: rural hukou, urban hukou. */
    private static long[] uncoveredEmployed(AgentPopulation pop) {
        long[] n = new long[2];
        for (int slot = 0; slot < pop.slots(); slot++) {
            int age = pop.ageOf(slot);
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                for (int i = 0; i < c.size(); i++) {
                    int t = c.traits(i);
                    if (age >= PensionEnrolment.ELIGIBLE_AGE && c.status(i) == Status.EMPLOYED
                            && !Schooling.student(AgentTraits.education(t), age)
                            && !AgentTraits.has(t, AgentTraits.PENSION_INSURED)) {
                        n[c.has(i, AgentColumns.F_URBAN_HUKOU) ? 1 : 0]++;
                    }
                }
            }
        }
        return n;
    }

    private static double after(LabourSimulation sim, int years) {
        sim.buildBaseYear();
        sim.start();
        for (int y = 0; y < years; y++) {
            sim.schedule.step(sim);
        }
        return sim.recorded().get(sim.recorded().size() - 1).value(LabourIndicators.PENSION_INSURED);
    }

    private static long enrolled(AgentPopulation pop) {
        long n = 0;
        for (int slot = 0; slot < pop.slots(); slot++) {
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                for (int i = 0; i < c.size(); i++) {
                    n += AgentTraits.has(c.traits(i), AgentTraits.PENSION_INSURED) ? 1 : 0;
                }
            }
        }
        return n;
    }
}
