package org.labourcast.labour;

import java.util.List;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.labour.LabourAssumptions;

/**
 * The neighbours' surveyed unemployment rate that a region's net migration answers ({@link MigrationResponse}):
 * the region's own labour market on its central course — the scenario's central values, output at its trend, without
 * the region's levers and without the migration response — one replicate at the run's scale. Unemployment that moves
 * with the region's own ageing and urbanization moves the neighbours' too (they share those trends), so it sets off
 * no migration; what does is the region's own departure from that course: its cycle, its measures and its drawn
 * parameters.
 */
public final class MigrationReference {
    private MigrationReference() {
    }

    /** Whether replicates of the scenario can answer a reference: the central migration response is above 0. */
    public static boolean needed(ScenarioSpec spec) {
        return spec.labour() != null && spec.labour().market().migrationAnswersMarket();
    }

    /**
     * The reference rate by year, base year first.
     *
     * @param cohort the scenario's central cohort-component projection
     * @param key0   the reference run's key, first word (a stream of its own, apart from every replicate's)
     */
    public static double[] of(ScenarioSpec spec, List<ProjectedYear> cohort, int scale, long key0, long key1,
                              GroupExecutor executor) {
        LabourAssumptions la = spec.labour();
        ScenarioSpec course = spec.withoutLevers().withLabour(la.withMarket(la.market().withMigrationResponse(0)));
        List<LabourYear> run = new LabourSimulation(LabourModel.of(course, cohort, scale), key0, key1, executor)
                .run();
        double[] rates = new double[run.size()];
        for (int y = 0; y < rates.length; y++) {
            rates[y] = run.get(y).value(LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE);
        }
        return rates;
    }
}
