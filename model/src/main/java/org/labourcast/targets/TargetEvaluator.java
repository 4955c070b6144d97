package org.labourcast.targets;

import java.util.ArrayList;
import java.util.List;
import org.labourcast.results.IndicatorRow;

/** Compares deterministic projections with plan targets. */
public final class TargetEvaluator {
    private TargetEvaluator() {
    }

    /**
     * @param rows     indicator rows of one scenario with stat "value"
     * @param baseYear cumulative targets sum the years baseYear+1 .. target year (the plan period)
     */
    public static List<TargetResult> evaluate(List<Target> targets, List<IndicatorRow> rows, int baseYear) {
        List<TargetResult> out = new ArrayList<>();
        for (Target t : targets) {
            double projected = t.kind() == Target.Kind.CUMULATIVE
                    ? sum(rows, t.indicator(), baseYear + 1, t.year())
                    : sum(rows, t.indicator(), t.year(), t.year());
            out.add(new TargetResult(t, projected, t.operator().holds(projected, t.value())));
        }
        return out;
    }

    private static double sum(List<IndicatorRow> rows, String indicator, int from, int to) {
        double sum = 0;
        int found = 0;
        for (IndicatorRow r : rows) {
            if (r.indicator().equals(indicator) && r.year() >= from && r.year() <= to) {
                sum += r.value();
                found++;
            }
        }
        if (found != to - from + 1) {
            throw new IllegalStateException("indicator " + indicator + " lacks values for " + from + "-" + to);
        }
        return sum;
    }
}
