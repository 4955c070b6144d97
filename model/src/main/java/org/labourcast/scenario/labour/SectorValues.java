package org.labourcast.scenario.labour;

/** One number per sector (persons, shares, rates or elasticities, as the field using it says). Finite values only. */
public record SectorValues(double primary, double secondary, double tertiary) {
    public SectorValues {
        if (!Double.isFinite(primary) || !Double.isFinite(secondary) || !Double.isFinite(tertiary)) {
            throw new IllegalArgumentException("sector values must be finite");
        }
    }

    public static SectorValues of(double[] bySector) {
        if (bySector.length != 3) {
            throw new IllegalArgumentException("expected 3 sector values, got " + bySector.length);
        }
        return new SectorValues(bySector[0], bySector[1], bySector[2]);
    }

    public double get(Sector s) {
        return switch (s) {
            case PRIMARY -> primary;
            case SECONDARY -> secondary;
            case TERTIARY -> tertiary;
        };
    }

    public double sum() {
        return primary + secondary + tertiary;
    }

    public double[] toArray() {
        return new double[] {primary, secondary, tertiary};
    }
}
