package org.labourcast.experiment;

import java.util.List;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.indicators.MonteCarloSummary;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.targets.TargetAttainment;

/**
 * What any run of a scenario gives the writers and charts: the cohort-component projection, indicator rows, every
 * replicate's values and the targets' attainment. Implemented by the deterministic {@link ProjectionRun} and the
 * Monte Carlo {@link AgentRun}.
 */
public interface ScenarioResult {
    ScenarioSpec scenario();

    /** The cohort-component projection (the demographic totals; agents are aligned to it). */
    List<ProjectedYear> years();

    /** Tidy rows: stat "value" for a deterministic run, mean/median/percentiles for Monte Carlo. */
    List<IndicatorRow> indicators();

    ReplicateValues replicates();

    List<TargetAttainment> targets();

    /**
     * The inputs each replicate drew (what drivers.csv attributes variance to); a deterministic projection drew none.
     */
    default org.labourcast.uncertainty.InputDraws inputs() {
        return org.labourcast.uncertainty.InputDraws.none(replicates().runs());
    }

    /** A short name of the engine for manifests, e.g. "cohort-component". */
    String engine();

    /** The central value of an indicator by year: the value of a deterministic run, else the median. */
    default List<IndicatorRow> central(String indicator) {
        String stat = replicates().runs() == 1 && indicators().stream().anyMatch(r -> r.stat().equals(IndicatorRow.VALUE))
                ? IndicatorRow.VALUE : MonteCarloSummary.MEDIAN;
        return indicators().stream().filter(r -> r.indicator().equals(indicator) && r.stat().equals(stat)).toList();
    }
}
