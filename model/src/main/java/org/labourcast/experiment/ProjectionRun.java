package org.labourcast.experiment;

import java.util.List;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.indicators.IndicatorCalculator;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.Target;
import org.labourcast.targets.TargetAttainment;
import org.labourcast.targets.TargetAttainmentEvaluator;

/**
 * A deterministic cohort-component run of a scenario: the projected years, their indicators and the targets on
 * demographic indicators (targets on labour indicators need the agent model, {@link AgentRun}).
 *
 * @param indicators the indicator rows (stat "value"), by indicator then year
 * @param replicates the same values as a single replicate, the form Monte Carlo runs share
 * @param targets    each plan target evaluated over that one run (probability 0 or 1)
 */
public record ProjectionRun(ScenarioSpec scenario, List<ProjectedYear> years, List<IndicatorRow> indicators,
                            ReplicateValues replicates, List<TargetAttainment> targets) implements ScenarioResult {

    public ProjectionRun {
        years = List.copyOf(years);
        indicators = List.copyOf(indicators);
        targets = List.copyOf(targets);
    }

    public static ProjectionRun of(ScenarioSpec spec) {
        List<ProjectedYear> years = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), spec.horizon(), new ScenarioAssumptions(spec));
        List<IndicatorRow> rows = new IndicatorCalculator(spec.workingAge()).compute(spec.id(), years);
        ReplicateValues replicates = ReplicateValues.ofSingleRun(spec.id(), rows);
        // Targets on labour indicators need the agent model (AgentRun); this engine evaluates the demographic ones.
        List<Target> demographic = spec.targets().stream()
                .filter(t -> !IndicatorCatalog.isLabour(t.indicator())).toList();
        List<TargetAttainment> targets = TargetAttainmentEvaluator.evaluate(demographic, replicates,
                spec.baseYear(), org.labourcast.targets.InputPin.of(spec));
        return new ProjectionRun(spec, years, rows, replicates, targets);
    }

    @Override
    public String engine() {
        return "cohort-component";
    }

    /** The values of one indicator by year, in year order. */
    public List<IndicatorRow> indicator(String name) {
        return indicators.stream().filter(r -> r.indicator().equals(name)).toList();
    }
}
