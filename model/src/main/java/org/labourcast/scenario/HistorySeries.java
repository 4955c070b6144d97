package org.labourcast.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Observed values of one indicator up to the base year, from a scenario's {@code history:} section: the data the
 * forecasting models are fitted to (docs/forecasting.md). Values are in the indicator's unit (persons, or shares
 * 0–1). Immutable and thread-safe.
 *
 * @param indicator an indicator the scenario produces (see {@link org.labourcast.indicators.IndicatorCatalog})
 * @param points    observations, years strictly increasing (gaps allowed), at least two
 * @param source    where the series comes from
 */
public record HistorySeries(String indicator, List<Point> points, String source) {
    public HistorySeries {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(source, "source");
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a history series needs at least two points, got " + points.size());
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).year() <= points.get(i - 1).year()) {
                throw new IllegalArgumentException("history years must increase: " + points.get(i - 1).year()
                        + " then " + points.get(i).year());
            }
        }
    }

    /**
     * One observation.
     *
     * @param source where this value comes from, or empty when the series' source covers it
     */
    public record Point(int year, double value, String source) {
        public Point {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("history value for " + year + " must be finite: " + value);
            }
            source = source == null ? "" : source;
        }
    }

    public int[] years() {
        return points.stream().mapToInt(Point::year).toArray();
    }

    public double[] values() {
        return points.stream().mapToDouble(Point::value).toArray();
    }
}
