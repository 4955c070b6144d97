package org.labourcast.targets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.Target;
import org.labourcast.stats.Quantiles;

/**
 * Evaluates plan targets over the runs of a scenario: the share of runs meeting each target, the median projected
 * value and the median year it is first met. One deterministic run is the case of a single replicate.
 *
 * <p>A pure function of its inputs; stateless and thread-safe.
 */
public final class TargetAttainmentEvaluator {
    // The first year met of a run that never meets the target: sorts after every real year.
    private static final int NEVER = Integer.MAX_VALUE;

    private TargetAttainmentEvaluator() {
    }

    /** {@link #evaluate(Target, ReplicateValues, int)} for each target, in order, with no input pins. */
    public static List<TargetAttainment> evaluate(List<Target> targets, ReplicateValues replicates, int baseYear) {
        return evaluate(targets, replicates, baseYear, List.of());
    }

    /**
     * Each target, in order, classified against the scenario's input pins ({@link InputPin#of}) as well.
     *
     * @param pins inputs that fix an indicator over some years: a target on it in those years is {@code input}
     */
    public static List<TargetAttainment> evaluate(List<Target> targets, ReplicateValues replicates, int baseYear,
                                                  List<InputPin> pins) {
        List<TargetAttainment> out = new ArrayList<>(targets.size());
        for (Target t : targets) {
            out.add(evaluate(t, replicates, baseYear, pins));
        }
        return List.copyOf(out);
    }

    /** One target, classified against {@code pins} ({@link TargetBasis}). */
    public static TargetAttainment evaluate(Target target, ReplicateValues replicates, int baseYear,
                                            List<InputPin> pins) {
        TargetAttainment a = evaluate(target, replicates, baseYear);
        InputPin pin = BasisClassifier.pinOf(target, pins, baseYear);
        return pin != null ? a.withBasis(TargetBasis.INPUT, pin.input()) : a;
    }

    /**
     * The basis is {@code base-year} or {@code projected} ({@link TargetBasis}); no input pins are consulted.
     *
     * @param baseYear cumulative targets sum the years baseYear+1 .. target year (the plan period); first years met
     *                 are searched from baseYear+1 to the last projected year
     * @throws IllegalStateException if the indicator is not projected, or a value needed for the target year (for
     *                               cumulative targets: any year of the plan period up to it) is missing or NaN
     */
    public static TargetAttainment evaluate(Target target, ReplicateValues replicates, int baseYear) {
        String indicator = target.indicator();
        if (!replicates.hasIndicator(indicator)) {
            throw new IllegalStateException("target indicator " + indicator + " is not projected in scenario "
                    + replicates.scenario());
        }
        boolean cumulative = target.kind() == Target.Kind.CUMULATIVE;
        int from = cumulative ? baseYear + 1 : target.year();
        if (from > target.year()) {
            throw new IllegalStateException("cumulative target " + indicator + " in " + target.year()
                    + " ends before the plan period starts in " + from);
        }
        requireYears(replicates, indicator, from, target.year());
        int firstYear = replicates.firstYear();
        int runs = replicates.runs();
        double[] projected = new double[runs];
        int[] firstMet = new int[runs];
        int met = 0;
        for (int run = 0; run < runs; run++) {
            double[] series = replicates.series(run, indicator);
            double value = 0;
            for (int y = from; y <= target.year(); y++) {
                value += present(series[y - firstYear], indicator, y, run);
            }
            projected[run] = value;
            if (target.operator().holds(value, target.value())) {
                met++;
            }
            firstMet[run] = firstYearMet(target, series, firstYear, baseYear, run);
        }
        Arrays.sort(projected);
        Arrays.sort(firstMet);
        // The lower median of the years: a fractional year would mean nothing, and never-met runs sort last.
        int lowerMedian = firstMet[(runs + 1) / 2 - 1];
        OptionalInt medianFirstYear = lowerMedian == NEVER ? OptionalInt.empty() : OptionalInt.of(lowerMedian);
        TargetBasis basis = BasisClassifier.baseYearSettled(target, replicates, baseYear) ? TargetBasis.BASE_YEAR
                : TargetBasis.PROJECTED;
        return new TargetAttainment(target, runs, met, Quantiles.type7(projected, 0.5), medianFirstYear, basis, "");
    }

    /**
     * Each run's projected value of the target: the indicator in the target year (annual) or its sum over
     * baseYear+1 .. target year (cumulative), in run order — what is compared with the target value.
     *
     * @throws IllegalStateException as {@link #evaluate(Target, ReplicateValues, int)}
     */
    public static double[] projectedValues(Target target, ReplicateValues replicates, int baseYear) {
        String indicator = target.indicator();
        if (!replicates.hasIndicator(indicator)) {
            throw new IllegalStateException("target indicator " + indicator + " is not projected in scenario "
                    + replicates.scenario());
        }
        int from = target.kind() == Target.Kind.CUMULATIVE ? baseYear + 1 : target.year();
        requireYears(replicates, indicator, from, target.year());
        double[] out = new double[replicates.runs()];
        for (int run = 0; run < out.length; run++) {
            double sum = 0;
            for (int y = from; y <= target.year(); y++) {
                sum += present(replicates.value(run, indicator, y), indicator, y, run);
            }
            out[run] = sum;
        }
        return out;
    }

    /**
     * The first year y in baseYear+1 .. last year whose value (annual) or sum since baseYear+1 (cumulative) meets
     * the target, or NEVER. Annual years without a value are skipped; a cumulative sum cannot skip one.
     */
    private static int firstYearMet(Target target, double[] series, int firstYear, int baseYear, int run) {
        boolean cumulative = target.kind() == Target.Kind.CUMULATIVE;
        double sum = 0;
        for (int y = Math.max(baseYear + 1, firstYear); y < firstYear + series.length; y++) {
            double v = series[y - firstYear];
            if (cumulative) {
                sum += present(v, target.indicator(), y, run);
                if (target.operator().holds(sum, target.value())) {
                    return y;
                }
            } else if (!Double.isNaN(v) && target.operator().holds(v, target.value())) {
                return y;
            }
        }
        return NEVER;
    }

    private static void requireYears(ReplicateValues replicates, String indicator, int from, int to) {
        if (!replicates.hasYear(from) || !replicates.hasYear(to)) {
            throw new IllegalStateException("indicator " + indicator + " lacks values for " + from + "-" + to
                    + " (projected " + replicates.firstYear() + "-" + replicates.lastYear() + ")");
        }
    }

    private static double present(double v, String indicator, int year, int run) {
        if (Double.isNaN(v)) {
            throw new IllegalStateException("indicator " + indicator + " has no value in " + year + " (run "
                    + (run + 1) + ")");
        }
        return v;
    }
}
