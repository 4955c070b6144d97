package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentTraits;
import org.labourcast.demography.Residence;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.yaml.FieldOverride;

/**
 * Social-insurance enrolment (docs/labour-model.md#social-insurance): the base year reproduces the published counts,
 * enrolment follows non-farm employment, new hires enrol at the base year's rates, and the insurance-expansion lever
 * raises enrolment. Checked to fail when broken: removing the clearing of enrolment on leaving employment fails
 * {@link #enrolmentEndsWithTheJobAndStartsWithANewOne} (agents outside work keep bits); removing the draw on hire
 * fails it too (the hires' enrolled share falls out of its binomial interval); removing the lever's uptake fails
 * {@link #insuranceExpansionRaisesEnrolment}.
 */
class InsuranceEnrolmentTest {
    private static final int[] BITS = {AgentTraits.UNEMPLOYMENT_INSURED, AgentTraits.INJURY_INSURED};

    /**
     * Leshan 2020, one agent per person: "工伤保险、失业保险参保人数分别达到42.6万人、26.8万人" (乐山市"十四五"就业促进
     * 规划, ch.1 §1). The indicator and a recount of the agents' bits both give the published counts exactly.
     */
    @Test
    void leshanBaseYearReproducesThePublishedCounts() {
        LabourSimulation sim = LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 1);
        LabourYear base = sim.buildBaseYear();
        assertEquals(268_000, base.value(LabourIndicators.UNEMPLOYMENT_INSURED), 0);
        assertEquals(426_000, base.value(LabourIndicators.INJURY_INSURED), 0);
        assertArrayEquals(new long[] {268_000, 426_000}, recount(sim));
        // Coverage of non-farm employment: 26.8 / (32.3 + 77.1) and 42.6 / 109.4 (the plan's employment by sector).
        assertEquals(268_000 / 1_094_000.0, base.value(LabourIndicators.UNEMPLOYMENT_INSURED_SHARE), 1e-12);
        assertEquals(426_000 / 1_094_000.0, base.value(LabourIndicators.INJURY_INSURED_SHARE), 1e-12);
    }

    /**
     * Taizhou 2020, one agent per 10 persons: 失业保险参保人数 112.78万 (台州市就业"十四五"规划, table
     * 表"十四五"时期台州就业发展主要指标, row 5, 2020 column).
     */
    @Test
    void taizhouBaseYearReproducesThePublishedCount() {
        LabourSimulation sim = LabourFixtures.simulation(ShippedScenarios.baseline("taizhou"), 10);
        LabourYear base = sim.buildBaseYear();
        assertEquals(1_127_800, base.value(LabourIndicators.UNEMPLOYMENT_INSURED), 0);
        assertEquals(112_780, recount(sim)[0]);
    }

    @Test
    void enrolmentEndsWithTheJobAndStartsWithANewOne() {
        // Without the drift, a hire's enrolment is the hire rule's alone (with it: p + (1 − p) × uptake).
        LabourSimulation sim = LabourFixtures.simulation(ShippedScenarios.leshanBaseline(), 5,
                "labour.insurance.unemployment.uptake=0", "labour.insurance.injury.uptake=0");
        sim.buildBaseYear();
        double[][] p = sim.context().market().insurance().probability();
        // Rural-hukou workers at the NBS coverage (8.4%, 24%); urban-hukou ones calibrated well above it.
        assertEquals(0.084, p[0][1], 0.002);
        assertEquals(0.24, p[1][1], 0.002);
        assertTrue(p[0][0] > p[0][1] && p[1][0] > p[1][1], "urban-hukou coverage above rural-hukou");
        List<YearlyProcess> processes = YearlyProcesses.inOrder();
        long[][] hires = new long[2][2];
        long[][][] enrolledHires = new long[2][2][2];
        for (int y = 2021; y <= 2025; y++) {
            sim.beginYear();
            for (YearlyProcess step : processes) {
                step.step(sim.context());
                if (step instanceof InsuranceEnrolment) {
                    checkYear(sim, hires, enrolledHires, y);
                    assertArrayEquals(recount(sim), sim.context().market().insurance().enrolled(), "year " + y + ": tally = recount");
                }
            }
        }
        for (int s = 0; s < 2; s++) {
            for (int h = 0; h < 2; h++) {
                long n = hires[s][h];
                double share = (double) enrolledHires[s][h][1] / n;
                // 99.9% binomial interval around the calibrated probability (z = 3.29).
                double half = 3.29 * Math.sqrt(p[s][h] * (1 - p[s][h]) / n);
                assertTrue(n > 1000, "enough hires: " + n);
                assertEquals(p[s][h], share, half, "scheme " + s + ", hukou " + h + ": enrolled share of " + n
                        + " new hires");
            }
        }
    }

    /** No one outside non-farm employment is enrolled; counts this year's non-farm hires and the enrolled among them. */
    private static void checkYear(LabourSimulation sim, long[][] hires, long[][][] enrolled, int year) {
        for (int slot = 0; slot < sim.population().slots(); slot++) {
            for (Residence r : Residence.values()) {
                AgentColumns c = sim.population().group(slot).residents(r);
                for (int i = 0; i < c.size(); i++) {
                    int t = c.traits(i);
                    boolean covered = InsuranceEnrolment.covered(c.status(i), c.sector(i));
                    if (!covered) {
                        assertEquals(0, t & (BITS[0] | BITS[1]), "year " + year + ": enrolled outside non-farm work");
                        continue;
                    }
                    if (c.years(i) == 0) {
                        int h = c.has(i, AgentColumns.F_URBAN_HUKOU) ? 0 : 1;
                        for (int s = 0; s < 2; s++) {
                            hires[s][h]++;
                            enrolled[s][h][AgentTraits.has(t, BITS[s]) ? 1 : 0]++;
                        }
                    }
                }
            }
        }
    }

    private static long[] recount(LabourSimulation sim) {
        long[] n = new long[2];
        for (int slot = 0; slot < sim.population().slots(); slot++) {
            for (Residence r : Residence.values()) {
                AgentColumns c = sim.population().group(slot).residents(r);
                for (int i = 0; i < c.size(); i++) {
                    for (int s = 0; s < 2; s++) {
                        n[s] += AgentTraits.has(c.traits(i), BITS[s]) ? 1 : 0;
                    }
                }
            }
        }
        return n;
    }

    /**
     * A drive enrolling 10% of uncovered rural-hukou employees a year in unemployment insurance (and none in injury
     * insurance) over 2021–2025 raises 2025 unemployment enrolment by tens of thousands (Leshan has some 50万
     * uncovered rural-hukou non-farm workers), leaves injury enrolment alone but for noise, and the rest of the labour
     * market exactly unchanged (common random numbers: enrolment draws come after every other process).
     */
    @Test
    void insuranceExpansionRaisesEnrolment() {
        AgentRun base = leshan();
        AgentRun drive = leshan("levers=[{type: insurance_expansion, source: test, from: 2021, to: 2025,"
                + " group: rural_hukou, unemployment_uptake: 0.1, injury_uptake: 0}]");
        // Injury enrolment moves only by sampling noise: the extra draws shift the stream its hire draws come from.
        assertOnlyUnemploymentEnrolmentRises(base, drive, 20_000);
    }

    /** Two replicates of Leshan at 40 persons per agent, seed 7, with the overrides. */
    private static AgentRun leshan(String... overrides) {
        return AgentRun.of(new ScenarioReader().read(ShippedScenarios.leshanBaseline(),
                java.util.Arrays.stream(overrides).map(FieldOverride::parse).toList()).spec(),
                new RunSettings(2, 7, 2, 40), ProgressListener.NONE);
    }

    /**
     * 2025 unemployment enrolment higher by more than {@code atLeast} with the change, injury enrolment within 1%
     * (sampling noise), employment exactly the same.
     */
    private static void assertOnlyUnemploymentEnrolmentRises(AgentRun without, AgentRun with, double atLeast) {
        double d = median(with, LabourIndicators.UNEMPLOYMENT_INSURED, 2025)
                - median(without, LabourIndicators.UNEMPLOYMENT_INSURED, 2025);
        assertTrue(d > atLeast, "unemployment enrolment +" + d);
        double injury = median(without, LabourIndicators.INJURY_INSURED, 2025);
        assertEquals(injury, median(with, LabourIndicators.INJURY_INSURED, 2025), 0.01 * injury);
        assertEquals(median(without, LabourIndicators.EMPLOYMENT_TOTAL, 2025),
                median(with, LabourIndicators.EMPLOYMENT_TOTAL, 2025), 0);
    }

    /**
     * A scheme's {@code uptake} (coverage drifting up as before the base year): at 0.05 a year for unemployment
     * insurance against none, Leshan's 2025 unemployment enrolment is higher by more than a tenth of its some 80万
     * uncovered non-farm employees (1 − 0.95⁵ = 23% of them at a time, less what job changes undo), injury enrolment
     * moves only by the shifted stream's noise, and the rest of the labour market not at all. Checked to fail when
     * broken: leaving the scheme's uptake out of InsuranceEnrolment's chances.
     */
    @Test
    void coverageDriftsWithTheSchemesUptake() {
        AgentRun none = leshan("labour.insurance.unemployment.uptake=0", "labour.insurance.injury.uptake=0");
        AgentRun drift = leshan("labour.insurance.unemployment.uptake=0.05", "labour.insurance.injury.uptake=0");
        assertOnlyUnemploymentEnrolmentRises(none, drift, 80_000);
    }

    /** One seed, 1 or 3 threads: the enrolment indicators are identical (draws from the group streams). */
    @Test
    void enrolmentIsTheSameForAnyThreadCount() {
        ScenarioSpec spec = new ScenarioReader().read(ShippedScenarios.leshanBaseline(), List.of()).spec();
        AgentRun one = AgentRun.of(spec, new RunSettings(2, 11, 1, 80), ProgressListener.NONE);
        AgentRun three = AgentRun.of(spec, new RunSettings(2, 11, 3, 80), ProgressListener.NONE);
        for (String name : List.of(LabourIndicators.UNEMPLOYMENT_INSURED, LabourIndicators.INJURY_INSURED)) {
            for (String stat : List.of("median", "p10", "p90")) {
                assertEquals(one.indicator(name, stat), three.indicator(name, stat), name + " " + stat);
            }
        }
    }

    private static double median(AgentRun r, String indicator, int year) {
        return r.indicator(indicator, "median").stream().filter(x -> x.year() == year).findFirst().orElseThrow()
                .value();
    }
}
