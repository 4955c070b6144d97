package org.labourcast.targets;

import java.util.List;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.Operator;
import org.labourcast.scenario.Target;

/**
 * Classifies what decides a target ({@link TargetBasis}, whose Javadoc gives the rules and docs/comparison.md the
 * reasons). A pure function of its inputs; stateless and thread-safe.
 */
final class BasisClassifier {
    private BasisClassifier() {
    }

    /**
     * The pin that fixes the target's indicator in its year, or for a cumulative target in every year it sums
     * (baseYear+1 .. year), if any (the first in {@code pins}' order).
     */
    static InputPin pinOf(Target target, List<InputPin> pins, int baseYear) {
        for (InputPin p : pins) {
            boolean window = target.kind() == Target.Kind.ANNUAL || p.fixes(target.indicator(), baseYear + 1);
            if (window && p.fixes(target.indicator(), target.year())) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether the target already holds in the base year and nothing projected can undo it (see
     * {@link TargetBasis#BASE_YEAR}).
     */
    static boolean baseYearSettled(Target target, ReplicateValues replicates, int baseYear) {
        String indicator = target.indicator();
        boolean counted = !IndicatorCatalog.isShare(indicator) && !indicator.equals(IndicatorCatalog.NET_MIGRATION);
        if (target.kind() == Target.Kind.CUMULATIVE) {
            // The sum over the plan period starts at 0 and only grows when the flow cannot be negative.
            return counted && isLowerBound(target.operator()) && target.operator().holds(0, target.value());
        }
        if (holdsOverRange(target, counted)) {
            return true;
        }
        if (!replicates.hasYear(baseYear) || !replicates.hasYear(target.year())) {
            return false;
        }
        for (int run = 0; run < replicates.runs(); run++) {
            double base = replicates.value(run, indicator, baseYear);
            if (Double.isNaN(base) || !target.operator().holds(base, target.value())) {
                return false;
            }
            double eps = Operator.EQUAL_TOLERANCE * Math.max(1.0, Math.abs(base));
            for (int y = baseYear + 1; y <= target.year(); y++) {
                double v = replicates.value(run, indicator, y);
                if (Double.isNaN(v) || Math.abs(v - base) > eps) {
                    return false;
                }
            }
        }
        return true;
    }

    // A share lies in [0, 1], a count of persons is not negative: a target at or beyond those bounds always holds.
    private static boolean holdsOverRange(Target target, boolean counted) {
        double v = target.value();
        boolean share = IndicatorCatalog.isShare(target.indicator());
        return switch (target.operator()) {
            case AT_LEAST -> (share || counted) && v <= 0;
            case ABOVE -> (share || counted) && v < 0;
            case AT_MOST -> share && v >= 1;
            case BELOW -> share && v > 1;
        };
    }

    private static boolean isLowerBound(Operator op) {
        return op == Operator.AT_LEAST || op == Operator.ABOVE;
    }
}
