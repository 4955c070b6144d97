package org.labourcast.indicators;

/** An age range, both ends inclusive, e.g. 15–59 (working age as the census counts it). */
public record AgeBand(int from, int to) {
    public AgeBand {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("an age band needs 0 <= from <= to, got " + from + "-" + to);
        }
    }

    /** Suffix used in indicator names: "15_59". */
    public String suffix() {
        return from + "_" + to;
    }

    public String label() {
        return from + "-" + to;
    }
}
