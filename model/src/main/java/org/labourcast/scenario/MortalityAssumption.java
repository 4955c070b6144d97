package org.labourcast.scenario;

import org.labourcast.TimeSeries;

/**
 * Mortality: single-year central death rates mx (deaths per person-year, ages 0..maxAge) by sex over time.
 *
 * @param method "mx" when rates were given, "brass_logit" when derived from life expectancy at birth
 */
public record MortalityAssumption(TimeSeries mxMale, TimeSeries mxFemale, String method, String source) {
}
