package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.agents.AgentColumns;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.yaml.FieldOverride;

/**
 * Households (docs/labour-model.md#households): the base year reproduces the census mean size and the one-person
 * share; every linked agent is in exactly one household and the counts balance after deaths and moves; the help
 * clears zero-employment households; results do not depend on the thread count. Checked to fail when broken: with
 * the placement in {@link Households} skipped (the {@code HELP} branch not taken) {@link #helpClearsTheStock} fails;
 * with the 60-year-olds not unlinked in {@link Households#update}, {@link #linksAndCountsBalance} fails, as it does
 * when a change to a linked agent is not reported to the pass's member counts (a removal or a status change not
 * logged in {@link AgentColumns}, tried both).
 */
class HouseholdsTest {
    /**
     * 乐山市第七次全国人口普查公报(第一号): 平均每个家庭户的人口为2.54人; 四川省第七次全国人口普查主要数据: 2.51人;
     * one-person share 25.39% (China 2020, 中国人口普查年鉴-2020), the baselines' stated stand-in. Mean within 0.02,
     * share within 2 points (the formation is exact up to rounding to whole households).
     */
    @Test
    void baseYearReproducesTheCensusSize() {
        LabourYear leshan = LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 5).buildBaseYear();
        assertEquals(2.54, leshan.value(LabourIndicators.HOUSEHOLD_SIZE_MEAN), 0.02);
        assertEquals(0.2539, leshan.value(LabourIndicators.ONE_PERSON_HOUSEHOLD_SHARE), 0.02);
        LabourYear sichuan = LabourFixtures.simulation(ShippedScenarios.baseline("sichuan"), 200).buildBaseYear();
        assertEquals(2.51, sichuan.value(LabourIndicators.HOUSEHOLD_SIZE_MEAN), 0.02);
        assertEquals(0.2539, sichuan.value(LabourIndicators.ONE_PERSON_HOUSEHOLD_SHARE), 0.02);
        LabourYear xuzhou = LabourFixtures.simulation(ShippedScenarios.baseline("xuzhou"), 50).buildBaseYear();
        assertEquals(2.79, xuzhou.value(LabourIndicators.HOUSEHOLD_SIZE_MEAN), 0.02); // 徐州市七普公报(第一号) 2.79
        assertTrue(Double.isNaN(leshan.value(LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS_HELPED)), "a flow");
    }

    /**
     * Contract, each year to 2030: exactly the urban agents aged 16–59 carry a link, each to a live record or
     * collective; records' members + children + elders = the persons the indicator counts; children and elders
     * equal the urban residents aged 0–15 and 60+ (up to the four-bit cap); nothing negative.
     */
    @Test
    void linksAndCountsBalance() {
        LabourSimulation s = LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 10);
        s.buildBaseYear();
        check(s);
        for (int y = s.year() + 1; y <= 2030; y++) {
            s.beginYear();
            for (YearlyProcess p : YearlyProcesses.inOrder()) {
                p.step(s.context());
            }
            check(s);
        }
    }

    private static void check(LabourSimulation s) {
        Households h = s.households();
        var pop = s.population();
        h.applyChanges(pop); // those made after this year's pass (placements, later processes)
        int[] members = new int[h.records()];
        int[] employed = new int[h.records()];
        long children = 0;
        long elders = 0;
        for (int slot = 0; slot < pop.slots(); slot++) {
            int age = pop.ageOf(slot);
            AgentColumns c = pop.group(slot).urban();
            boolean working = age >= Households.FIRST_AGE && age <= Households.LAST_AGE;
            assertFalse(pop.group(slot).rural().linksHouseholds(), "rural agents are never linked");
            if (!working) {
                assertFalse(c.linksHouseholds(), "age " + age + " is not linked, year " + s.year());
                if (age < Households.FIRST_AGE) {
                    children += c.size();
                } else {
                    elders += c.size();
                }
                continue;
            }
            assertTrue(c.linksHouseholds(), "age " + age);
            for (int i = 0; i < c.size(); i++) {
                int id = c.household(i);
                assertTrue(id == Households.COLLECTIVE || id >= 0 && id < h.records(),
                        "linked to one household, year " + s.year() + ": " + id);
                if (id >= 0) {
                    members[id]++;
                    employed[id] += c.status(i) == org.labourcast.agents.Status.EMPLOYED ? 1 : 0;
                }
            }
        }
        long persons = 0;
        long households = 0;
        long heldChildren = 0;
        long heldElders = 0;
        for (int id = 0; id < h.records(); id++) {
            assertTrue(h.children(id) >= 0 && h.elders(id) >= 0);
            if (h.members(id) != members[id] || h.employedMembers(id) != employed[id]) {
                // The counts the pass keeps from year to year (the columns' changes applied) against a count of the
                // links: a change not logged or not applied shows here.
                assertEquals(members[id] + " members, " + employed[id] + " employed", h.members(id) + " members, "
                        + h.employedMembers(id) + " employed", "record " + id + ", year " + s.year());
            }
            int n = members[id] + h.children(id) + h.elders(id);
            persons += n;
            households += n > 0 ? 1 : 0;
            heldChildren += h.children(id);
            heldElders += h.elders(id);
        }
        assertEquals(persons, h.persons(), "persons, year " + s.year());
        assertEquals(households, h.households(), "households, year " + s.year());
        assertEquals(children, heldChildren, children * 0.001 + 1, "children, year " + s.year());
        assertEquals(elders, heldElders, elders * 0.001 + 1, "elders, year " + s.year());
        assertTrue(h.zeroAfterHelp() >= 0 && h.helped() <= h.zeroBeforeHelp() && h.zeroBeforeHelp() <= h.eligible());
    }

    /**
     * With full help (零就业家庭动态清零) no zero-employment household found is left at a year end, every one found is
     * helped, and those helped are re-employed hard-to-employ persons; with the help switched off the stock stays.
     */
    @Test
    void helpClearsTheStock() {
        // Every eligible household found, so the help's effect stands out of the runs' noise.
        FieldOverride all = FieldOverride.parse("labour.households.found_share=1");
        ScenarioSpec on = new ScenarioReader().read(ShippedScenarios.leshanBaseline(), List.of(all)).spec();
        ScenarioSpec off = new ScenarioReader().read(ShippedScenarios.leshanBaseline(),
                List.of(all, FieldOverride.parse("labour.households.zero_employment_help=0"))).spec();
        AgentRun helped = AgentRun.of(on, new RunSettings(1, 3, 1, 20), ProgressListener.NONE);
        AgentRun none = AgentRun.of(off, new RunSettings(1, 3, 1, 20), ProgressListener.NONE);
        double[] left = values(helped, LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS, "median");
        double[] found = values(helped, LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS_BEFORE_HELP, "median");
        double[] flow = values(helped, LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS_HELPED, "median");
        double[] stays = values(none, LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS, "median");
        double[] hardOn = values(helped, LabourIndicators.HARD_TO_EMPLOY_REEMPLOYED, "median");
        double[] hardOff = values(none, LabourIndicators.HARD_TO_EMPLOY_REEMPLOYED, "median");
        for (int t = 1; t < left.length; t++) {
            assertEquals(0, left[t], "year index " + t);
            assertEquals(found[t], flow[t], "every household found is helped, year index " + t);
            assertTrue(found[t] > 0, "some households become zero-employment each year");
            assertTrue(stays[t] > 0, "without help the stock stays, year index " + t);
        }
        assertTrue(hardOn[5] > hardOff[5], "the helped are placed hard-to-employ persons: " + hardOn[5] + " vs "
                + hardOff[5]);
    }

    /**
     * One seed, 1 or 3 threads: the household indicators are identical (the pass has its own stream; at this scale,
     * 70,000 records, its scan runs by slot and its record loops in eight parts on the threads, joined in order).
     * Checked to fail with the second place of each part's children not written again after the parts.
     */
    @Test
    void theSameForAnyThreadCount() {
        ScenarioSpec spec = new ScenarioReader().read(ShippedScenarios.leshanBaseline(), List.of()).spec();
        AgentRun one = AgentRun.of(spec, new RunSettings(2, 11, 1, 10), ProgressListener.NONE);
        AgentRun three = AgentRun.of(spec, new RunSettings(2, 11, 3, 10), ProgressListener.NONE);
        for (String name : LabourIndicators.HOUSEHOLDS) {
            assertEquals(java.util.Arrays.toString(values(one, name, "median")),
                    java.util.Arrays.toString(values(three, name, "median")), name);
        }
    }

    /** An indicator's values of one statistic by year, 2020 (the base year) first; NaN where none. */
    private static double[] values(AgentRun run, String name, String stat) {
        double[] out = new double[2035 - 2020 + 1]; // Leshan's base year and horizon
        java.util.Arrays.fill(out, Double.NaN);
        for (var r : run.indicator(name, stat)) {
            out[r.year() - 2020] = r.value();
        }
        return out;
    }
}
