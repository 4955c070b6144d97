package org.labourcast.experiment;

import java.util.List;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.indicators.IndicatorCalculator;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.results.IndicatorRow;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.targets.Target;
import org.labourcast.targets.TargetEvaluator;
import org.labourcast.targets.TargetResult;

/**
 * A deterministic cohort-component run of a scenario: the projected years, their indicators and the targets on
 * demographic indicators. Targets on labour indicators ({@link IndicatorCatalog#isLabour}) need the labour model and
 * are not evaluated here. This is the entry point the CLI and scripts use.
 */
public record ProjectionRun(ScenarioSpec scenario, List<ProjectedYear> years, List<IndicatorRow> indicators,
                            List<TargetResult> targets) {

    public static ProjectionRun of(ScenarioSpec spec) {
        List<ProjectedYear> years = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), spec.horizon(), new ScenarioAssumptions(spec));
        List<IndicatorRow> rows = new IndicatorCalculator(spec.workingAge()).compute(spec.id(), years);
        List<Target> demographic = spec.targets().stream()
                .filter(t -> !IndicatorCatalog.isLabour(t.indicator())).toList();
        List<TargetResult> targets = TargetEvaluator.evaluate(demographic, rows, spec.baseYear());
        return new ProjectionRun(spec, List.copyOf(years), List.copyOf(rows), List.copyOf(targets));
    }

    /** The values of one indicator by year, in year order. */
    public List<IndicatorRow> indicator(String name) {
        return indicators.stream().filter(r -> r.indicator().equals(name)).toList();
    }
}
