package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;

/**
 * One contract both engines pass: no negative counts, the demographic balance every year, urban + rural = total,
 * and (where an engine reports them) sector shares summing to 1 and rates within [0, 1].
 */
class EngineContractTest {

    /** What an engine exposes to the contract. */
    abstract static class Contract {
        abstract List<ProjectedYear> years();

        /** Labour indicators by year, if the engine has them. */
        Optional<List<LabourYear>> labour() {
            return Optional.empty();
        }

        /** Absolute tolerance of the balance, persons. */
        abstract double balanceTolerance();

        @Test
        void noNegativeCounts() {
            for (ProjectedYear y : years()) {
                for (Sex s : Sex.values()) {
                    for (Residence r : Residence.values()) {
                        for (double v : y.population().row(s, r)) {
                            assertTrue(v >= 0, "negative count in " + y.year());
                        }
                    }
                }
            }
        }

        @Test
        void balanceHoldsEveryYear() {
            List<ProjectedYear> ys = years();
            for (int i = 1; i < ys.size(); i++) {
                ProjectedYear p = ys.get(i - 1);
                ProjectedYear y = ys.get(i);
                assertEquals(p.population().total() + y.birthsTotal() - y.deathsTotal() + y.netMigrationTotal(),
                        y.population().total(), balanceTolerance(), "balance in " + y.year());
                assertEquals(y.population().total(),
                        y.population().total(Residence.URBAN) + y.population().total(Residence.RURAL), 1e-6);
            }
        }

        @Test
        void sharesSumToOneAndRatesAreShares() {
            labour().ifPresent(years -> {
                for (LabourYear y : years) {
                    double sum = y.value(LabourIndicators.SECTOR_SHARE_PRIMARY)
                            + y.value(LabourIndicators.SECTOR_SHARE_SECONDARY)
                            + y.value(LabourIndicators.SECTOR_SHARE_TERTIARY);
                    assertEquals(1.0, sum, 1e-12, "sector shares in " + y.year());
                    assertEquals(y.value(LabourIndicators.EMPLOYMENT_TOTAL),
                            y.value(LabourIndicators.EMPLOYMENT_PRIMARY) + y.value(LabourIndicators.EMPLOYMENT_SECONDARY)
                                    + y.value(LabourIndicators.EMPLOYMENT_TERTIARY), 1e-6);
                    for (String rate : List.of(LabourIndicators.RURAL_LABOUR_TRANSFER_RATE,
                            LabourIndicators.URBAN_EMPLOYMENT_SHARE, LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE,
                            LabourIndicators.REGISTERED_UNEMPLOYMENT_RATE)) {
                        double v = y.value(rate);
                        assertTrue(v >= 0 && v <= 1, rate + " = " + v + " in " + y.year());
                    }
                    assertTrue(y.value(LabourIndicators.EMPLOYMENT_TOTAL) <= y.value(LabourIndicators.LABOUR_FORCE));
                    assertTrue(y.value(LabourIndicators.LABOUR_FORCE) <= y.demography().population().total());
                }
            });
        }
    }

    private static ScenarioSpec spec() {
        return LabourFixtures.leshanWith(LabourFixtures.leshanLike());
    }

    private static List<ProjectedYear> cohort(ScenarioSpec spec) {
        return new CohortComponentProjection().project(spec.population().persons(), spec.baseYear(), spec.horizon(),
                new ScenarioAssumptions(spec));
    }

    @Nested
    class CohortComponentEngine extends Contract {
        private final List<ProjectedYear> years = cohort(spec());

        @Override
        List<ProjectedYear> years() {
            return years;
        }

        @Override
        double balanceTolerance() {
            return 1e-6;
        }
    }

    @Nested
    class AgentEngine extends Contract {
        private final List<LabourYear> run;

        AgentEngine() {
            ScenarioSpec spec = spec();
            run = new LabourSimulation(LabourModel.of(spec, cohort(spec), 25), 1L, 2L, GroupExecutor.serial()).run();
        }

        @Override
        List<ProjectedYear> years() {
            return run.stream().map(LabourYear::demography).toList();
        }

        @Override
        Optional<List<LabourYear>> labour() {
            return Optional.of(run);
        }

        @Override
        double balanceTolerance() {
            return 0;
        }
    }
}
