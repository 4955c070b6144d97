package org.labourcast.charts;

/**
 * One point of a yearly series: a calendar year and a finite value in the chart's unit
 * (persons, or a share 0–1 for a percent chart).
 */
public record YearValue(int year, double value) {
    public YearValue {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value for " + year + " must be finite: " + value);
        }
    }
}
