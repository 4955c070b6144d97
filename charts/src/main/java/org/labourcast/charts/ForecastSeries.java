package org.labourcast.charts;

import java.util.List;

/**
 * A time-series forecast of one indicator by one model, as the forecasting module writes it
 * ({@code indicator, model, year, point, lo80, hi80, lo95, hi95}), in the indicator's unit.
 */
public record ForecastSeries(String indicator, String model, List<Point> points) {

    /** One forecast year; interval bounds are NaN when the model gives none. */
    public record Point(int year, double point, double lo80, double hi80, double lo95, double hi95) {
        public Point {
            if (!Double.isFinite(point)) {
                throw new IllegalArgumentException("forecast point for " + year + " must be finite: " + point);
            }
        }

        public boolean has80() {
            return Double.isFinite(lo80) && Double.isFinite(hi80);
        }

        public boolean has95() {
            return Double.isFinite(lo95) && Double.isFinite(hi95);
        }
    }

    public ForecastSeries {
        if (indicator == null || indicator.isBlank() || model == null || model.isBlank()) {
            throw new IllegalArgumentException("forecast indicator and model must not be blank");
        }
        points = List.copyOf(points);
    }
}
