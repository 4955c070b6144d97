package org.labourcast.scenario;

import java.util.List;

/**
 * A target path for the resident urbanization rate (year-end urban / total residents), linear between points.
 * After the last point the transfer intensity solved for that year is held.
 */
public record UrbanizationPath(List<Point> points) {
    public UrbanizationPath {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("an urbanization path needs at least one point");
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).year() <= points.get(i - 1).year()) {
                throw new IllegalArgumentException("path years must increase");
            }
        }
    }

    /** A sourced point: urbanization rate (0–1) at the end of a year. */
    public record Point(int year, double value, String source) {
    }

    public int lastYear() {
        return points.get(points.size() - 1).year();
    }

    /** The target for the end of {@code year}, which must lie within the path's years. */
    public double valueAt(int year) {
        Point first = points.get(0);
        if (year <= first.year()) {
            return first.value();
        }
        for (int i = 1; i < points.size(); i++) {
            Point b = points.get(i);
            if (year <= b.year()) {
                Point a = points.get(i - 1);
                double w = (double) (year - a.year()) / (b.year() - a.year());
                return a.value() + w * (b.value() - a.value());
            }
        }
        return points.get(points.size() - 1).value();
    }
}
