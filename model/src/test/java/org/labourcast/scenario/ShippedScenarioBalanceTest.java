package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.scenario.yaml.ScenarioReader;

/** Demographic balance and basic invariants on every year of every shipped scenario. */
class ShippedScenarioBalanceTest {

    static Stream<Path> scenarios() {
        List<Path> all = ShippedScenarios.all();
        assertFalse(all.isEmpty(), "no shipped scenarios found");
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void populationBalancesEveryYear(Path file) {
        ProjectionRun run = ProjectionRun.of(new ScenarioReader().read(file).spec());
        List<ProjectedYear> years = run.years();
        assertEquals(run.scenario().horizon() - run.scenario().baseYear() + 1, years.size());
        for (int i = 1; i < years.size(); i++) {
            ProjectedYear prev = years.get(i - 1);
            ProjectedYear y = years.get(i);
            double expected = prev.population().total() + y.birthsTotal() - y.deathsTotal() + y.netMigrationTotal();
            // P(t+1) = P(t) + births - deaths + net migration, to floating-point rounding: 1e-6 persons, or 1e-13 of
            // the population where that is larger (China, 1.4 billion: sums of 404 cells differ by about 1e-15).
            double tolerance = Math.max(1e-6, 1e-13 * y.population().total());
            assertEquals(expected, y.population().total(), tolerance, file + " balance in " + y.year());
            assertEquals(y.population().total(),
                    y.population().total(Residence.URBAN) + y.population().total(Residence.RURAL), tolerance,
                    file + " urban + rural = total in " + y.year());
            assertEquals(0, y.migrationShortfall(), 1e-9, file + " migration emptied a cohort in " + y.year());
            for (Sex s : Sex.values()) {
                for (Residence r : Residence.values()) {
                    for (double v : y.population().row(s, r)) {
                        assertTrue(v >= 0, "negative persons in " + y.year());
                    }
                }
            }
        }
    }
}
