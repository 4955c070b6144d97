package org.labourcast.labour;

import org.labourcast.experiment.BuiltInLabour;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.yaml.ScenarioReader;

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

    /** The shipped Leshan baseline with the given labour assumptions. */
    public static ScenarioSpec leshanWith(LabourAssumptions labour) {
        var path = ShippedScenarios.leshanBaseline();
        return BuiltInLabour.withLabour(new ScenarioReader().read(path).spec(), labour);
    }
}
