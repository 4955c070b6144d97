package org.labourcast.scenario;

import org.labourcast.TimeSeries;

/**
 * Fertility: single-year age-specific rates (births per woman per year, ages 0..maxAge) by residence, and the sex
 * ratio at birth (male births per female birth), each over time.
 */
public record FertilityAssumption(TimeSeries asfrUrban, TimeSeries asfrRural, TimeSeries sexRatioAtBirth,
                                  String source, String sexRatioSource) {
}
