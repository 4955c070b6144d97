package org.labourcast.scenario;

import java.util.OptionalDouble;
import org.labourcast.ArrayValues;
import org.labourcast.TimeSeries;
import org.labourcast.demography.NetMigrationProjection;

/**
 * Net migration in persons per year, over time; negative values are net outflows. Either given by single age at the
 * end of the year (ages 0..maxAge) and sex ({@code ageRates} null), or as a total per sex (one-value series) that is
 * spread over ages in proportion to a model migration-rate schedule times the start-of-year population of each age,
 * as Rogers–Castro schedules describe rates, not counts. A total may be given, or projected from the region's
 * estimates up to the base year ({@code projection}; its median is then the series of each projected year).
 *
 * @param ageRates        the Rogers–Castro rate at each single age (evaluated at x + 0.5), or null
 * @param fixedUrbanShare the share of each age's net migrants counted as urban residents; empty means
 *                        "proportional": split like the start-of-year population of that sex and age
 * @param method          "by_age" when given by age, "rogers_castro" when a total was spread by a model schedule
 * @param maleShare       the share of a total's net migrants who are men (NaN when given by age)
 * @param projection      the fitted projection of the total, persons per year, or null when the total is given
 * @param mobileStock     persons whose moves make the region's net migration swing (its net stock of migrants:
 *                        hukou minus resident population), scaling the drawn migration deviation
 *                        (docs/uncertainty.md); NaN when the scenario states none
 */
public record MigrationAssumption(TimeSeries male, TimeSeries female, double[] ageRates, OptionalDouble fixedUrbanShare,
                                  String method, String source, double maleShare, NetMigrationProjection projection,
                                  double mobileStock) {
    public MigrationAssumption {
        ageRates = ArrayValues.copy(ageRates);
    }

    @Override
    public double[] ageRates() {
        return ArrayValues.copy(ageRates);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MigrationAssumption other && ArrayValues.equal(componentValues(), other.componentValues());
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
        return new Object[] {male, female, ageRates, fixedUrbanShare, method, source, maleShare, projection, mobileStock};
    }
}
