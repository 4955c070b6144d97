package org.labourcast.labour;

import java.util.Arrays;
import org.labourcast.ArrayValues;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.indicators.LabourIndicators;

/**
 * One replicate's year: the agents' demography (persons = agents × scale, with the year's aligned events) and the
 * labour indicators in {@link LabourIndicators#NAMES} order (NaN for flows in the base year).
 */
public record LabourYear(int year, ProjectedYear demography, double[] labour) {
    public LabourYear {
        if (labour.length != LabourIndicators.NAMES.size()) {
            throw new IllegalArgumentException("expected " + LabourIndicators.NAMES.size() + " labour values");
        }
        labour = labour.clone();
    }

    public double value(String indicator) {
        int i = LabourIndicators.NAMES.indexOf(indicator);
        if (i < 0) {
            throw new IllegalArgumentException("unknown labour indicator " + indicator);
        }
        return labour[i];
    }

    @Override
    public double[] labour() {
        return labour.clone();
    }

    @Override
    public String toString() {
        return "LabourYear[" + year + ", " + Arrays.toString(labour) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabourYear other && ArrayValues.equal(componentValues(), other.componentValues());
    }

    @Override
    public int hashCode() {
        return ArrayValues.hash(componentValues());
    }

    private Object[] componentValues() {
        return new Object[] {year, demography, labour};
    }
}
