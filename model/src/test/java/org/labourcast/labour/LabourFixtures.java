package org.labourcast.labour;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.experiment.BuiltInLabour;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.yaml.FieldOverride;

/**
 * Labour assumptions for engine tests, built in code so each test can vary one parameter. The base facts are
 * Leshan's 2020 figures (乐山市"十四五"就业促进规划 ch.1); the behavioural parameters are test values, not the
 * shipped scenario's. They are the benchmark's built-in configuration ({@link BuiltInLabour#leshan()}).
 */
public final class LabourFixtures {
    private LabourFixtures() {
    }

    public static LabourAssumptions leshanLike() {
        return BuiltInLabour.leshan();
    }

    /**
     * One replicate of a scenario file on one thread, at {@code scale} persons per agent, with {@code --set}
     * overrides: the fixture of the tests of one agent attribute (insurance, wages, returnees, pension, households).
     */
    public static LabourSimulation simulation(Path scenario, int scale, String... sets) {
        ScenarioSpec spec = new ScenarioReader().read(scenario, Arrays.stream(sets).map(FieldOverride::parse)
                .toList()).spec();
        List<ProjectedYear> cohort = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), spec.horizon(), new ScenarioAssumptions(spec));
        return new LabourSimulation(LabourModel.of(spec, cohort, scale), 5L, 6L, GroupExecutor.serial());
    }

    /** The shipped Leshan baseline with the given labour assumptions. */
    public static ScenarioSpec leshanWith(LabourAssumptions labour) {
        var path = ShippedScenarios.leshanBaseline();
        return BuiltInLabour.withLabour(new ScenarioReader().read(path).spec(), labour);
    }
}
