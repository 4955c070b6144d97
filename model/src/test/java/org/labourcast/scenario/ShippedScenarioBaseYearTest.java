package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * Every shipped scenario with a labour section runs through the agent-based model at a coarse scale (one agent per
 * {@value #SCALE} residents) and its base year reproduces the scenario's stated base facts to the nearest agent:
 * employment, employment by sector, rural labour and its transfer, skilled workers, and the two urban unemployment
 * rates to within what whole agents allow. The run goes to the horizon, so every later year runs too.
 */
class ShippedScenarioBaseYearTest {
    private static final int SCALE = 500;

    static Stream<Path> scenarios() {
        List<Path> withLabour = ShippedScenarios.all().stream()
                .filter(p -> new ScenarioReader().read(p).spec().labour() != null).toList();
        assertFalse(withLabour.isEmpty(), "no shipped scenario has a labour section");
        return withLabour.stream();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void baseYearReproducesTheStatedFacts(Path file) {
        ScenarioSpec spec = new ScenarioReader().read(file).spec();
        AgentRun run = AgentRun.of(spec, new RunSettings(1, 20201101L, 2, SCALE), ProgressListener.NONE);
        LabourAssumptions.BaseYearFacts base = spec.labour().base();
        int year = spec.baseYear();
        String name = file.getParent().getFileName().toString();
        // Employment: round(stated / scale) agents.
        assertEquals(base.employed(), value(run, LabourIndicators.EMPLOYMENT_TOTAL, year), SCALE / 2.0,
                name + " employed");
        // Sectors: whole agents summing to the employed agents, each within one agent of the stated count.
        assertEquals(base.employedBySector().primary(), value(run, LabourIndicators.EMPLOYMENT_PRIMARY, year), SCALE,
                name + " primary");
        assertEquals(base.employedBySector().secondary(), value(run, LabourIndicators.EMPLOYMENT_SECONDARY, year),
                SCALE, name + " secondary");
        assertEquals(base.employedBySector().tertiary(), value(run, LabourIndicators.EMPLOYMENT_TERTIARY, year), SCALE,
                name + " tertiary");
        // Rural labour: residents found plus those away (a fraction of an agent) equal the stated force exactly.
        assertEquals(base.ruralLabourForce(), value(run, LabourIndicators.RURAL_LABOUR_FORCE, year),
                1e-6 * base.ruralLabourForce(), name + " rural labour force");
        assertEquals(base.ruralLabourTransferred(), value(run, LabourIndicators.RURAL_LABOUR_TRANSFERRED, year),
                SCALE / 2.0, name + " rural labour transferred");
        assertTrue(value(run, LabourIndicators.RURAL_LABOUR_AWAY, year) >= 0, name + " labour away");
        assertEquals(base.skilledWorkers(), value(run, LabourIndicators.SKILLED_WORKERS, year), SCALE / 2.0,
                name + " skilled");
        assertEquals(base.surveyedUnemploymentRate(), value(run, LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE, year),
                1e-3, name + " surveyed unemployment rate");
        assertEquals(base.registeredUnemploymentRate(),
                value(run, LabourIndicators.REGISTERED_UNEMPLOYMENT_RATE, year), 1e-3,
                name + " registered unemployment rate");
        for (IndicatorRow r : run.indicator(LabourIndicators.EMPLOYMENT_TOTAL, "median")) {
            assertTrue(r.value() > 0, name + " employment in " + r.year());
        }
    }

    private static double value(AgentRun run, String indicator, int year) {
        return run.indicator(indicator, "median").stream().filter(r -> r.year() == year)
                .mapToDouble(IndicatorRow::value).findFirst().orElseThrow();
    }
}
