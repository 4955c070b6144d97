package org.labourcast.charts;

import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.LabourIndicators;

/**
 * How an indicator's values are shown: shares (stored 0–1) as percentages, persons as counts (English) or in
 * units of 10,000 (万人, Chinese), flows per year, wages in yuan a year (whole yuan in both languages).
 */
public enum ValueUnit {
    PERCENT, PERSONS, PERSONS_PER_YEAR, YUAN,
    /** Years of schooling (平均受教育年限): shown as they are, never in 万. */
    YEARS,
    /** Households (户): counts like persons, 万户 in Chinese. */
    HOUSEHOLDS, HOUSEHOLDS_PER_YEAR,
    /**
     * Households counted one by one (户, never 万户): the zero-employment households, which a city counts in hundreds
     * (乐山 183 in 2020 would read 0.018万户).
     */
    FEW_HOUSEHOLDS, FEW_HOUSEHOLDS_PER_YEAR,
    /** Persons per household: shown as they are, never in 万. */
    PERSONS_PER_HOUSEHOLD;

    /** The unit of a labourcast indicator, from {@link IndicatorCatalog}. */
    public static ValueUnit of(String indicator) {
        if (IndicatorCatalog.isShare(indicator)) {
            return PERCENT;
        }
        if (LabourIndicators.isYuan(indicator)) {
            return YUAN;
        }
        if (IndicatorCatalog.isYears(indicator)) {
            return YEARS;
        }
        if (LabourIndicators.isPersonsPerHousehold(indicator)) {
            return PERSONS_PER_HOUSEHOLD;
        }
        if (LabourIndicators.isHouseholds(indicator)) {
            boolean few = indicator.startsWith(LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS);
            if (IndicatorCatalog.isFlow(indicator)) {
                return few ? FEW_HOUSEHOLDS_PER_YEAR : HOUSEHOLDS_PER_YEAR;
            }
            return few ? FEW_HOUSEHOLDS : HOUSEHOLDS;
        }
        // A running total is a stock of persons even though, like a flow, it has no base-year value.
        if (IndicatorCatalog.isFlow(indicator) && !indicator.endsWith("_cumulative")) {
            return PERSONS_PER_YEAR;
        }
        return PERSONS;
    }

    public boolean percent() {
        return this == PERCENT;
    }

    /** Whether Chinese text shows the value in units of 万 (persons, households; not yuan, years or a few households). */
    public boolean inWan() {
        return this == PERSONS || this == PERSONS_PER_YEAR || this == HOUSEHOLDS || this == HOUSEHOLDS_PER_YEAR;
    }
}
