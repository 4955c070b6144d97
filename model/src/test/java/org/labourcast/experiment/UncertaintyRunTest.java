package org.labourcast.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.uncertainty.InputDraws;
import org.labourcast.uncertainty.UncertaintySource;
import org.labourcast.yaml.FieldOverride;

/**
 * Issue 13's run tests on the Leshan baseline at 200 persons per agent: with every source off the run is the
 * sampling-only run; with one source on only what depends on it varies; the same seed gives the same outputs and
 * draws on 1 and 2 threads and in blocks; a source's draws do not depend on which others are drawn.
 */
class UncertaintyRunTest {
    /**
     * Without migration that answers the labour market ({@code labour.market.migration_response = 0}), so that the
     * demography depends on the demographic sources alone; {@link #theMigrationResponseCouplesDemographyToTheMarket}
     * checks the shipped coupling.
     */
    private static final ScenarioSpec SPEC = new ScenarioReader().read(ShippedScenarios.leshanBaseline(),
            List.of(FieldOverride.parse("labour.market.migration_response=0"))).spec();
    private static final int RUNS = 3;

    private static AgentRun run(Set<UncertaintySource> sources, int threads) {
        return AgentRun.of(SPEC, new RunSettings(RUNS, 11, threads, 200, sources), ProgressListener.NONE);
    }

    private static AgentRun only(UncertaintySource s) {
        return run(EnumSet.of(s), 1);
    }

    /** True when the indicator has the same value in every replicate and year. */
    private static boolean sameInEveryReplicate(ReplicateValues v, String indicator) {
        double[] first = v.series(0, indicator);
        for (int r = 1; r < v.runs(); r++) {
            if (!java.util.Arrays.equals(first, v.series(r, indicator))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everySourceOffIsTheSamplingOnlyRun() {
        AgentRun off = run(Set.of(), 1);
        assertEquals(0, off.inputs().names().size());
        assertEquals(RUNS, off.inputs().runs());
        AgentRun earlier = AgentRun.of(SPEC, new RunSettings(RUNS, 11, 1, 200), ProgressListener.NONE);
        assertEquals(earlier.replicates(), off.replicates());
        assertTrue(sameInEveryReplicate(off.replicates(), "births"), "sampling alone leaves demography fixed");
        assertTrue(sameInEveryReplicate(off.replicates(), "population_total"));
    }

    /**
     * With the shipped response, the agents' own chance events move unemployment and so net migration and the
     * population; the year's births, which come before any labour-market outcome of the run, do not move in 2021.
     */
    @Test
    void theMigrationResponseCouplesDemographyToTheMarket() {
        ScenarioSpec shipped = new ScenarioReader().read(ShippedScenarios.leshanBaseline(),
                List.of(FieldOverride.parse("labour.market.migration_response=0.47"))).spec();
        ReplicateValues v = AgentRun.of(shipped, new RunSettings(RUNS, 11, 1, 200, Set.of()), ProgressListener.NONE)
                .replicates();
        assertFalse(sameInEveryReplicate(v, "net_migration"), "net migration answers each replicate's market");
        assertFalse(sameInEveryReplicate(v, "population_total"));
        for (int r = 1; r < v.runs(); r++) {
            assertEquals(v.value(0, "births", 2021), v.value(r, "births", 2021));
        }
    }

    @Test
    void fertilityMovesBirthsButNotThoseAlreadyBorn() {
        AgentRun off = run(Set.of(), 1);
        AgentRun fert = only(UncertaintySource.FERTILITY);
        assertEquals(List.of("fertility.log_tfr_deviation"), fert.inputs().names());
        assertEquals(List.of(UncertaintySource.FERTILITY), fert.inputs().sources());
        assertTrue(!sameInEveryReplicate(fert.replicates(), "births"), "births vary with fertility");
        assertTrue(!sameInEveryReplicate(fert.replicates(), "population_total"));
        // The level of net migration is untouched (only its age split, which follows the population, moves), and
        // deaths move only through the infants: in 2021, the first drawn year, deaths above age 0 are those of the
        // sampling-only run, so total deaths differ by at most the infants' share (under 2% in China's WPP 2024 mx).
        for (int r = 0; r < RUNS; r++) {
            double[] a = off.replicates().series(r, "net_migration");
            double[] b = fert.replicates().series(r, "net_migration");
            for (int y = 1; y < a.length; y++) {
                assertEquals(a[y], b[y], 1e-9 * Math.abs(a[y]), "replicate " + r + ", year " + (SPEC.baseYear() + y));
            }
            assertEquals(off.replicates().series(r, "deaths")[1], fert.replicates().series(r, "deaths")[1],
                    0.02 * off.replicates().series(r, "deaths")[1]);
        }
        assertTrue(sameInEveryReplicate(fert.replicates(), "population_total") == false);
    }

    @Test
    void mortalityMovesDeathsAndMigrationMovesNetMigration() {
        AgentRun mort = only(UncertaintySource.MORTALITY);
        assertEquals(List.of("mortality.e0_deviation"), mort.inputs().names());
        assertTrue(!sameInEveryReplicate(mort.replicates(), "deaths"));
        AgentRun mig = only(UncertaintySource.MIGRATION);
        assertTrue(!sameInEveryReplicate(mig.replicates(), "net_migration"));
    }

    @Test
    void urbanizationMovesTheUrbanShareButNotThePopulation() {
        AgentRun off = run(Set.of(), 1);
        AgentRun urb = only(UncertaintySource.URBANIZATION);
        assertEquals(java.util.List.of(ReplicateDraws.URBANIZATION_COLUMN), urb.inputs().names());
        assertFalse(sameInEveryReplicate(urb.replicates(), "urbanization_rate"));
        // Moving people between residences leaves the total (the same rates apply in both) up to summation order.
        for (int r = 0; r < RUNS; r++) {
            assertArrayEquals(off.replicates().series(0, "population_total"),
                    urb.replicates().series(r, "population_total"), 1e-3);
        }
        // The base year is observed, not drawn.
        for (int r = 0; r < RUNS; r++) {
            assertEquals(0.53, urb.replicates().value(r, "urbanization_rate", 2020), 1e-9);
        }
    }

    @Test
    void outputGrowthMovesUnemploymentButNotTheDemography() {
        AgentRun off = run(Set.of(), 1);
        AgentRun eco = only(UncertaintySource.ECONOMIC);
        assertEquals(java.util.List.of(ReplicateDraws.ECONOMIC_COLUMN), eco.inputs().names());
        assertTrue(sameInEveryReplicate(eco.replicates(), "population_total"));
        assertTrue(sameInEveryReplicate(eco.replicates(), "urbanization_rate"));
        assertArrayEquals(off.replicates().series(0, "urbanization_rate"),
                eco.replicates().series(0, "urbanization_rate"));
        assertFalse(sameInEveryReplicate(eco.replicates(), "surveyed_unemployment_rate"));
        // (The direction of the effect, Okun's law, is LabourMarketClosureTest's.)
    }

    @Test
    void parametersMoveTheLabourMarketButNotTheDemography() {
        AgentRun off = run(Set.of(), 1);
        AgentRun par = only(UncertaintySource.PARAMETER);
        assertTrue(par.inputs().names().contains("labour.transfer.base_rate"), par.inputs().names().toString());
        assertTrue(par.inputs().sources().stream().allMatch(s -> s == UncertaintySource.PARAMETER));
        assertTrue(sameInEveryReplicate(par.replicates(), "population_total"));
        assertArrayEquals(off.replicates().series(0, "population_total"),
                par.replicates().series(0, "population_total"));
        assertNotEquals(java.util.Arrays.toString(off.replicates().series(0, "rural_labour_transferred")),
                java.util.Arrays.toString(par.replicates().series(0, "rural_labour_transferred")));
    }

    @Test
    void identicalOnOneAndTwoThreadsWithEverySource() {
        AgentRun one = run(RunSettings.allSources(), 1);
        AgentRun two = run(RunSettings.allSources(), 2);
        assertEquals(one.replicates(), two.replicates());
        assertEquals(one.summary(), two.summary());
        assertEquals(one.inputs(), two.inputs());
        assertTrue(one.inputs().names().size() > 3);
    }

    @Test
    void blocksJoinToTheWholeRun() {
        RunSettings s = new RunSettings(RUNS, 11, 1, 200, RunSettings.allSources());
        AgentRun whole = AgentRun.of(SPEC, s, ProgressListener.NONE);
        AgentRun.Replicates a = AgentRun.replicates(SPEC, s, 0, 1, ProgressListener.NONE);
        AgentRun.Replicates b = AgentRun.replicates(SPEC, s, 1, RUNS, ProgressListener.NONE);
        InputDraws joined = AgentRun.joinInputs(List.of(a, b));
        assertEquals(whole.inputs(), joined);
        assertArrayEquals(whole.replicates().values()[2][0], b.values()[1][0]);
    }

    @Test
    void aSourceDrawsTheSameWhicheverOthersAreDrawn() {
        AgentRun fert = only(UncertaintySource.FERTILITY);
        AgentRun all = run(RunSettings.allSources(), 1);
        int column = all.inputs().names().indexOf("fertility.log_tfr_deviation");
        assertArrayEquals(fert.inputs().column(0), all.inputs().column(column));
        AgentRun par = only(UncertaintySource.PARAMETER);
        int rate = all.inputs().names().indexOf("labour.transfer.base_rate");
        assertArrayEquals(par.inputs().column(par.inputs().names().indexOf("labour.transfer.base_rate")),
                all.inputs().column(rate));
    }
}
