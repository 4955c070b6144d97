package org.labourcast.scenario;

/**
 * Rural-to-urban transfer: the age shape by {@code [sex][age]} (Rogers–Castro, scaled to a maximum of 1) and its
 * level, either given intensities over time or a target urbanization path. Exactly one of {@code intensity} and
 * {@code path} is non-null.
 *
 * @param intensity the transfer rate at the peak age, per year
 * @param maxRate   the cap on the rate at any age
 */
public record UrbanTransferAssumption(double[][] shape, double maxRate, TimeSeries intensity, UrbanizationPath path,
                                      String source) {
    public UrbanTransferAssumption {
        if ((intensity == null) == (path == null)) {
            throw new IllegalArgumentException("give exactly one of intensity and urbanization path");
        }
    }
}
