package org.labourcast.scenario;

import java.util.OptionalDouble;

/**
 * Net migration in persons per year by single age at the end of the year (ages 0..maxAge) and sex, over time;
 * negative values are net outflows.
 *
 * @param fixedUrbanShare the share of each age's net migrants counted as urban residents; empty means
 *                        "proportional": split like the start-of-year population of that sex and age
 * @param method          "by_age" when given by age, "rogers_castro" when a total was spread by a model schedule
 */
public record MigrationAssumption(TimeSeries male, TimeSeries female, OptionalDouble fixedUrbanShare,
                                  String method, String source) {
}
