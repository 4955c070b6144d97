package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.yaml.FieldOverride;

/**
 * The determinism contract with the processes added for issue 14 item 4 and pension enrolment: the Leshan baseline
 * (which carries labour.insurance.pension) with supported start-ups from the unemployed and from returnees and
 * graduate internships gives identical replicates for 1, 2 and 3 threads.
 */
class AgentLeverDeterminismTest {
    private static final ScenarioSpec SPEC = new ScenarioReader().read(ShippedScenarios.leshanBaseline(), List.of(
            FieldOverride.parse("levers=[{type: entrepreneurship_support, source: test, from: 2021, to: 2024,"
                    + " startups: 3000, additionality: 0.5, sector_shares: {primary: 0.05, secondary: 0.15,"
                    + " tertiary: 0.8}}, {type: entrepreneurship_support, source: test, from: 2022, startups: 1000,"
                    + " founders: returnees, additionality: 0.5, sector_shares: {primary: 0, secondary: 0,"
                    + " tertiary: 1}}, {type: graduate_internships, source: test, from: 2021, participants: 3000,"
                    + " placement_gain: 0.1}]"))).spec();

    private static AgentRun run(int runs, int threads) {
        return AgentRun.of(SPEC, new RunSettings(runs, 20201101L, threads, 50), ProgressListener.NONE);
    }

    @Test
    void replicatesAreIdenticalForOneTwoAndThreeThreads() {
        AgentRun one = run(2, 1);
        assertEquals(one.replicates(), run(2, 2).replicates());
        assertEquals(one.replicates(), run(2, 3).replicates());
        double founders = one.indicator(LabourIndicators.SUPPORTED_STARTUP_FOUNDERS, "median").stream()
                .filter(x -> x.year() == 2022).findFirst().orElseThrow().value();
        assertTrue(founders > 0, "the levers act: " + founders);
        double pension = one.indicator(LabourIndicators.PENSION_INSURED, "median").stream()
                .filter(x -> x.year() == 2025).findFirst().orElseThrow().value();
        assertTrue(pension > 2_000_000, "pension enrolment is modelled: " + pension);
        // No negative count (p05 of 2 runs: near the lower one); the share and the placements within their bounds.
        for (String name : List.of(LabourIndicators.SUPPORTED_STARTUPS, LabourIndicators.SUPPORTED_STARTUP_FOUNDERS,
                LabourIndicators.SUPPORTED_STARTUP_JOBS, LabourIndicators.INTERNS, LabourIndicators.INTERN_PLACEMENTS,
                LabourIndicators.PENSION_INSURED, LabourIndicators.PENSION_INSURED_SHARE)) {
            for (var x : one.indicator(name, "p05")) {
                assertTrue(Double.isNaN(x.value()) || x.value() >= 0, name + " " + x.year() + ": " + x.value());
            }
        }
        for (var x : one.indicator(LabourIndicators.PENSION_INSURED_SHARE, "p95")) {
            assertTrue(x.value() <= 1, "share " + x.value());
        }
        for (var x : one.indicator(LabourIndicators.INTERN_PLACEMENTS, "p95")) {
            double interns = one.indicator(LabourIndicators.INTERNS, "p05").stream()
                    .filter(y -> y.year() == x.year()).findFirst().orElseThrow().value();
            assertTrue(Double.isNaN(x.value()) || x.value() <= 0.1 * interns + 50, x.year() + ": " + x.value());
        }
    }
}
