package org.labourcast.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.indicators.MonteCarloSummary;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.Actual;
import org.labourcast.scenario.Target;
import org.labourcast.targets.TargetAttainment;
import org.labourcast.targets.TargetAttainmentEvaluator;

/**
 * A mid-term review of a run against the scenario's {@code actuals:}: how far the projection is from each realised
 * value and, when asked, the projection re-anchored on the latest actual year of each indicator ({@link Reanchoring})
 * with the targets evaluated on it. Immutable and thread-safe.
 *
 * @param deviations one per actual, in the scenario's order
 * @param reanchored the re-anchored projection, when asked for
 */
public record ActualsReview(List<ActualDeviation> deviations, Optional<Reanchored> reanchored) {

    /**
     * A projection re-anchored on actuals.
     *
     * @param anchors    each re-anchored indicator's anchor year (its latest actual)
     * @param values     every replicate's re-anchored values
     * @param indicators summary rows as in indicators.csv (stat "value" for a deterministic run, else the Monte Carlo
     *                   statistics)
     * @param targets    the run's targets evaluated on the re-anchored values
     */
    public record Reanchored(Map<String, Integer> anchors, ReplicateValues values, List<IndicatorRow> indicators,
                             List<TargetAttainment> targets) {
        public Reanchored {
            anchors = Map.copyOf(anchors);
            indicators = List.copyOf(indicators);
            targets = List.copyOf(targets);
        }
    }

    public ActualsReview {
        deviations = List.copyOf(deviations);
        Objects.requireNonNull(reanchored, "reanchored");
    }

    /**
     * Reviews a run against its scenario's actuals (none: no deviations), re-anchoring when {@code reanchor}.
     *
     * @param actuals the actuals of the scenario that ran ({@link org.labourcast.scenario.LoadedScenario#actuals})
     */
    public static ActualsReview of(List<Actual> actuals, ScenarioResult run, boolean reanchor) {
        List<ActualDeviation> deviations = ActualDeviation.evaluate(actuals, run.replicates());
        if (!reanchor || actuals.isEmpty()) {
            return new ActualsReview(deviations, Optional.empty());
        }
        ReplicateValues values = Reanchoring.apply(run.replicates(), actuals);
        List<IndicatorRow> rows = run instanceof AgentRun ? MonteCarloSummary.summarize(values) : valueRows(values);
        List<Target> targets = run.targets().stream().map(TargetAttainment::target).toList();
        List<TargetAttainment> attainment = TargetAttainmentEvaluator.evaluate(targets, values,
                run.scenario().baseYear(), org.labourcast.targets.InputPin.of(run.scenario()));
        return new ActualsReview(deviations, Optional.of(new Reanchored(Reanchoring.anchors(actuals), values, rows,
                attainment)));
    }

    /** The rows of a single deterministic run (stat "value"), by indicator then year, without missing cells. */
    static List<IndicatorRow> valueRows(ReplicateValues values) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (String indicator : values.indicators()) {
            for (int year : values.years()) {
                double v = values.value(0, indicator, year);
                if (!Double.isNaN(v)) {
                    rows.add(new IndicatorRow(values.scenario(), indicator, year, IndicatorRow.VALUE, v));
                }
            }
        }
        return rows;
    }
}
