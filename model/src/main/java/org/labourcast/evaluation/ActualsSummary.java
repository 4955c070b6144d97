package org.labourcast.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code actuals_summary.csv}: how good the projection's bands were against what happened, per indicator and over
 * all actuals ({@link #ALL}). Immutable and thread-safe.
 *
 * @param indicator       an indicator, or {@value #ALL}
 * @param actuals         number of actuals scored
 * @param inBand80        share of them inside the 80% band [p10, p90], 0–1
 * @param inBand90        share inside the 90% band [p05, p95], 0–1
 * @param crps            mean ensemble CRPS, in the indicator's unit; {@code NaN} on the {@value #ALL} row (units
 *                        differ)
 * @param crpsLastValue   mean CRPS of the last-observed-value forecast; {@code NaN} when unavailable
 * @param crpsLinearTrend mean CRPS of the five-point linear trend; {@code NaN} when unavailable
 * @param skillLastValue  1 − crps / crpsLastValue (positive: the model beats the ruler; scale-free); on the
 *                        {@value #ALL} row 1 − the geometric mean over indicators of crps / crpsLastValue
 * @param skillLinearTrend as {@code skillLastValue}, against the linear trend
 */
public record ActualsSummary(String indicator, int actuals, double inBand80, double inBand90, double crps,
                             double crpsLastValue, double crpsLinearTrend, double skillLastValue,
                             double skillLinearTrend) {
    /** The indicator name of the row over all actuals. */
    public static final String ALL = "all";

    /**
     * One row per indicator (in order of first appearance) and the {@value #ALL} row last; empty for no scores. A
     * naive forecast's mean and skill are given for an indicator only when every one of its actuals has that
     * forecast (then both means are over the same actuals); a skill is {@code NaN} when the naive CRPS is 0.
     */
    public static List<ActualsSummary> of(List<ActualScore> scores) {
        if (scores.isEmpty()) {
            return List.of();
        }
        Map<String, List<ActualScore>> byIndicator = new LinkedHashMap<>();
        for (ActualScore s : scores) {
            byIndicator.computeIfAbsent(s.actual().indicator(), k -> new ArrayList<>()).add(s);
        }
        List<ActualsSummary> out = new ArrayList<>();
        double logLast = 0;
        int nLast = 0;
        double logTrend = 0;
        int nTrend = 0;
        for (var e : byIndicator.entrySet()) {
            List<ActualScore> s = e.getValue();
            double crps = mean(s, ActualScore::crps);
            double last = mean(s, ActualScore::crpsLastValue);
            double trend = mean(s, ActualScore::crpsLinearTrend);
            double skillLast = skill(crps, last);
            double skillTrend = skill(crps, trend);
            if (!Double.isNaN(skillLast) && crps > 0) {
                logLast += Math.log(crps / last);
                nLast++;
            }
            if (!Double.isNaN(skillTrend) && crps > 0) {
                logTrend += Math.log(crps / trend);
                nTrend++;
            }
            out.add(new ActualsSummary(e.getKey(), s.size(), share(s, true), share(s, false), crps, last, trend,
                    skillLast, skillTrend));
        }
        out.add(new ActualsSummary(ALL, scores.size(), share(scores, true), share(scores, false), Double.NaN,
                Double.NaN, Double.NaN, nLast == 0 ? Double.NaN : 1 - Math.exp(logLast / nLast),
                nTrend == 0 ? Double.NaN : 1 - Math.exp(logTrend / nTrend)));
        return List.copyOf(out);
    }

    private static double share(List<ActualScore> s, boolean eighty) {
        long inside = s.stream().filter(x -> eighty ? x.inBand80() : x.inBand90()).count();
        return (double) inside / s.size();
    }

    // The mean, or NaN when any value is NaN (the forecast is missing for some actual).
    private static double mean(List<ActualScore> s, java.util.function.ToDoubleFunction<ActualScore> f) {
        double sum = 0;
        for (ActualScore x : s) {
            sum += f.applyAsDouble(x);
        }
        return sum / s.size();
    }

    private static double skill(double model, double naive) {
        return Double.isNaN(naive) || naive == 0 ? Double.NaN : 1 - model / naive;
    }
}
