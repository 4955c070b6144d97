package org.labourcast.charts;

/** A range of values in one year, e.g. the 10th to 90th percentile of the runs; {@code lo <= hi}, both finite. */
public record YearBand(int year, double lo, double hi) {
    public YearBand {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi) {
            throw new IllegalArgumentException("band for " + year + " must be finite with lo <= hi: " + lo + ", " + hi);
        }
    }
}
