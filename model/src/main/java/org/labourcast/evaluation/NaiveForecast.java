package org.labourcast.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.labourcast.scenario.HistorySeries;

/**
 * The two rulers a projection must beat (Gneiting &amp; Raftery 2007 judge forecasts against such references), made
 * only from what was observed up to the base year. Both are point forecasts, so their CRPS is their absolute error
 * (no spread is invented for them). Stateless and thread-safe.
 */
public final class NaiveForecast {
    /** How many of the last observed points the linear trend is fitted to. */
    public static final int TREND_POINTS = 5;

    private NaiveForecast() {
    }

    /**
     * The last observed value: the history's latest point at or before the base year, else {@code baseValue} (the
     * scenario's own base-year value, which is data of that year) when it is finite, else empty.
     */
    public static OptionalDouble lastValue(HistorySeries history, int baseYear, double baseValue) {
        if (history != null) {
            for (int i = history.points().size() - 1; i >= 0; i--) {
                HistorySeries.Point p = history.points().get(i);
                if (p.year() <= baseYear) {
                    return OptionalDouble.of(p.value());
                }
            }
        }
        return Double.isFinite(baseValue) ? OptionalDouble.of(baseValue) : OptionalDouble.empty();
    }

    /**
     * The ordinary least-squares line through the last {@value #TREND_POINTS} observed points at or before the base
     * year (all of them when the history has fewer, at least two; gaps between years are allowed), extended to
     * {@code year}. Empty without a history or with fewer than two points by the base year.
     */
    public static OptionalDouble linearTrend(HistorySeries history, int baseYear, int year) {
        if (history == null) {
            return OptionalDouble.empty();
        }
        List<HistorySeries.Point> upTo = new ArrayList<>();
        for (HistorySeries.Point p : history.points()) {
            if (p.year() <= baseYear) {
                upTo.add(p);
            }
        }
        if (upTo.size() < 2) {
            return OptionalDouble.empty();
        }
        List<HistorySeries.Point> last = upTo.subList(Math.max(0, upTo.size() - TREND_POINTS), upTo.size());
        double meanT = 0;
        double meanV = 0;
        for (HistorySeries.Point p : last) {
            meanT += p.year();
            meanV += p.value();
        }
        meanT /= last.size();
        meanV /= last.size();
        double sxy = 0;
        double sxx = 0;
        for (HistorySeries.Point p : last) {
            sxy += (p.year() - meanT) * (p.value() - meanV);
            sxx += (p.year() - meanT) * (p.year() - meanT);
        }
        return OptionalDouble.of(meanV + sxy / sxx * (year - meanT));
    }
}
