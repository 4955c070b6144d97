package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.demography.AgeGroup;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.demography.RuralUrbanMoveRule;
import org.labourcast.demography.Sex;
import org.labourcast.demography.YearAssumptions;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.yaml.FieldOverride;

/** Net migration answers the labour market (issue 12): M(t) = −μ L(t−1) (u(t−1) − u*), see {@link MigrationResponse}. */
class MigrationResponseTest {

    @Test
    void moversAreTheResponseTimesTheExcessUnemployed() {
        // 1,000,000 urban workers, 7% unemployed against a 5% reference: 20,000 excess, 0.3 of whom leave.
        assertEquals(-6000, MigrationResponse.migrants(0.3, 1_000_000, 0.07, 0.05), 1e-9);
        assertEquals(3000, MigrationResponse.migrants(0.3, 1_000_000, 0.04, 0.05), 1e-9);
        assertEquals(0, MigrationResponse.migrants(0.3, 0, 0.07, 0.05));
    }

    @Test
    void moversAreUrbanResidentsOfMigrationAgeInProportionToTheirNumbers() {
        double[][][] cells = new double[2][2][6];
        cells[Sex.MALE.ordinal()][Residence.URBAN.ordinal()] = new double[] {10, 100, 300, 0, 50, 5};
        cells[Sex.FEMALE.ordinal()][Residence.URBAN.ordinal()] = new double[] {10, 100, 100, 0, 50, 5};
        cells[Sex.MALE.ordinal()][Residence.RURAL.ordinal()] = new double[] {10, 100, 100, 100, 50, 5};
        CohortTable start = CohortTable.of(cells);
        double[][][] net = new double[2][2][6];
        net[Sex.FEMALE.ordinal()][Residence.URBAN.ordinal()][2] = -7;
        YearAssumptions a = new YearAssumptions(new double[2][2][6], new double[2][6], 1.05, net,
                new RuralUrbanMoveRule.FixedIntensity(0, new double[2][6], 1));
        YearAssumptions b = MigrationResponse.add(a, -600, start, AgeGroup.closed(1, 3));
        // Urban ages 1-3 hold 100 + 300 + 0 men and 100 + 100 + 0 women: 600 persons, one mover per person.
        assertEquals(-100, b.netMigrants()[Sex.MALE.ordinal()][Residence.URBAN.ordinal()][1], 1e-12);
        assertEquals(-300, b.netMigrants()[Sex.MALE.ordinal()][Residence.URBAN.ordinal()][2], 1e-12);
        assertEquals(-107, b.netMigrants()[Sex.FEMALE.ordinal()][Residence.URBAN.ordinal()][2], 1e-12);
        assertEquals(0, b.netMigrants()[Sex.MALE.ordinal()][Residence.URBAN.ordinal()][4]);
        assertEquals(0, b.netMigrants()[Sex.MALE.ordinal()][Residence.RURAL.ordinal()][2]);
        assertEquals(-7, a.netMigrants()[Sex.FEMALE.ordinal()][Residence.URBAN.ordinal()][2], "input untouched");
    }

    /**
     * On the Leshan baseline with μ = 0.47 the replicate projects its own years: each year's net migration differs
     * from the projected one by exactly −μ L(t−1)(u(t−1) − u*), L and u recomputed from the recorded indicators, and
     * the balance P(t) = P(t−1) + births − deaths + net migration still holds.
     */
    @Test
    void aReplicateMovesWithItsOwnUnemploymentGap() {
        ScenarioSpec spec = new ScenarioReader().read(ShippedScenarios.leshanBaseline(),
                List.of(FieldOverride.parse("labour.market.migration_response=0.47"))).spec();
        List<ProjectedYear> cohort = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), spec.horizon(), new ScenarioAssumptions(spec));
        LabourSimulation sim = new LabourSimulation(LabourModel.of(spec, cohort, 40), 3L, 4L, GroupExecutor.serial());
        List<LabourYear> run = sim.run();
        List<ProjectedYear> own = sim.cohortYears();
        assertEquals(cohort.size(), own.size());
        int responded = 0;
        for (int i = 1; i < own.size(); i++) {
            LabourYear last = run.get(i - 1);
            double u = last.value(LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE);
            double urbanEmployed = last.value(LabourIndicators.EMPLOYMENT_TOTAL)
                    * last.value(LabourIndicators.URBAN_EMPLOYMENT_SHARE);
            double expected = -0.47 * urbanEmployed / (1 - u) * (u - sim.referenceUnemployment(spec.baseYear() + i - 1));
            ProjectedYear mine = own.get(i);
            double projected = total(new ScenarioAssumptions(spec).forYear(mine.year(), own.get(i - 1).population()));
            assertEquals(expected, total(mine.netMigration()) - projected, 1e-6 * Math.abs(projected),
                    mine.year() + ": movers");
            double balance = own.get(i - 1).population().total() + sum(mine.births()) - total(mine.deaths())
                    + total(mine.netMigration());
            assertEquals(balance, mine.population().total(), 1e-6, mine.year() + ": balance");
            responded += Math.abs(expected) > 100 ? 1 : 0;
        }
        assertTrue(responded >= 5, "the gap moved net migration by more than 100 persons in only " + responded
                + " years");
    }

    /**
     * With the reference course (the same scenario without levers and without the response) run on the same keys, a
     * replicate stays on that course: its unemployment equals the neighbours' every year, so nobody moves and its
     * net migration is the projected one exactly. Ageing and urbanization, which the neighbours share, set off no
     * migration.
     */
    @Test
    void aReplicateOnTheReferenceCourseMovesNobody() {
        ScenarioSpec spec = new ScenarioReader().read(ShippedScenarios.leshanBaseline(),
                List.of(FieldOverride.parse("labour.market.migration_response=0.47"))).spec();
        List<ProjectedYear> cohort = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), spec.horizon(), new ScenarioAssumptions(spec));
        assertTrue(MigrationReference.needed(spec));
        double[] reference = MigrationReference.of(spec, cohort, 40, 5L, 6L, GroupExecutor.serial());
        LabourSimulation sim = new LabourSimulation(LabourModel.of(spec, cohort, 40).withReference(reference), 5L, 6L,
                GroupExecutor.serial());
        List<LabourYear> run = sim.run();
        for (int i = 1; i < cohort.size(); i++) {
            assertEquals(reference[i], run.get(i).value(LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE), 0);
            assertEquals(total(cohort.get(i).netMigration()), total(sim.cohortYears().get(i).netMigration()), 0);
        }
        // Against u*, the base year's rate at trend growth, the same course drifts and sets off migration.
        LabourSimulation drifting = new LabourSimulation(LabourModel.of(spec, cohort, 40), 5L, 6L,
                GroupExecutor.serial());
        drifting.run();
        double moved = 0;
        for (int i = 1; i < cohort.size(); i++) {
            moved += Math.abs(total(drifting.cohortYears().get(i).netMigration()) - total(cohort.get(i).netMigration()));
        }
        assertTrue(moved > 10_000, "the drift against u* moved " + moved);
    }

    private static double total(YearAssumptions a) {
        double t = 0;
        for (double[][] bySex : a.netMigrants()) {
            for (double[] row : bySex) {
                t += sum(row);
            }
        }
        return t;
    }

    private static double total(double[][] m) {
        return sum(m[0]) + sum(m[1]);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
