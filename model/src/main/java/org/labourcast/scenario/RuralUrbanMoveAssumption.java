package org.labourcast.scenario;

import org.labourcast.ArrayValues;
import org.labourcast.TimeSeries;
import org.labourcast.demography.UrbanizationProjection;

/**
 * The rural-urban move (a change of residence, not of work): the age shape by {@code [sex][age]} (Rogers–Castro, scaled to a maximum of 1) and its
 * level, in one of three forms: given intensities over time, a target urbanization path (a policy path, e.g. a
 * plan's), or an urbanization rate projected from the region's own history ({@link UrbanizationProjection}, the
 * move being solved each year to follow its median, or a drawn path). Exactly one of {@code intensity},
 * {@code path} and {@code projection} is non-null.
 *
 * @param intensity  the move rate at the peak age, per year
 * @param maxRate    the cap on the rate at any age
 * @param projection the fitted projection of the urbanization rate, with {@code projectionSource} saying why its
 *                   given parameters (long-run URGD, persistence) were chosen
 */
public record RuralUrbanMoveAssumption(double[][] shape, double maxRate, TimeSeries intensity, UrbanizationPath path,
                                      UrbanizationProjection projection, String source) {
    public RuralUrbanMoveAssumption {
        shape = ArrayValues.copy(shape);
        int given = (intensity == null ? 0 : 1) + (path == null ? 0 : 1) + (projection == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("give exactly one of intensity, urbanization path and projection");
        }
    }

    @Override
    public double[][] shape() {
        return ArrayValues.copy(shape);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuralUrbanMoveAssumption other && ArrayValues.equal(componentValues(), other.componentValues());
    }

    @Override
    public int hashCode() {
        return ArrayValues.hash(componentValues());
    }

    @Override
    public String toString() {
        return ArrayValues.text(this, componentValues());
    }

    private Object[] componentValues() {
        return new Object[] {shape, maxRate, intensity, path, projection, source};
    }
}
