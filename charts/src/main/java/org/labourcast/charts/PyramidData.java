package org.labourcast.charts;

import org.labourcast.ArrayValues;

/**
 * What a population pyramid shows: the residents of two years by age, sex and residence, side by side.
 *
 * @param groupWidth 1 for single years of age, 5 for five-year groups (the open group stays open)
 * @param workingAge the working-age band to mark, e.g. {15, 59}, or null for none
 */
public record PyramidData(RunInfo info, PopulationTable population, int yearA, int yearB, int groupWidth,
                          int[] workingAge) {
    public PyramidData {
        if (groupWidth != 1 && groupWidth != 5) {
            throw new IllegalArgumentException("age groups must be 1 or 5 years wide, got " + groupWidth);
        }
        if (!population.hasYear(yearA) || !population.hasYear(yearB)) {
            throw new IllegalArgumentException("population has no " + yearA + " or " + yearB);
        }
        if (workingAge != null && (workingAge.length != 2 || workingAge[0] > workingAge[1])) {
            throw new IllegalArgumentException("working age must be {lowest, highest} age");
        }
        workingAge = workingAge == null ? null : workingAge.clone();
    }

    /** Start ages of the groups, youngest first; the last is the open group. */
    public int[] groupStarts() {
        int max = population.maxAge();
        int n = (max + groupWidth - 1) / groupWidth + 1; // groups of ages below max, then the open group
        int[] starts = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = Math.min(i * groupWidth, max);
        }
        return starts;
    }

    /** Persons of a group starting at {@code start} (up to the next start, the open group alone). */
    public double persons(int year, int start, int sex, int residence) {
        int max = population.maxAge();
        int end = start >= max ? max : Math.min(start + groupWidth - 1, max - 1);
        double sum = 0;
        for (int a = start; a <= end; a++) {
            sum += population.persons(year, a, sex, residence);
        }
        return sum;
    }

    @Override
    public int[] workingAge() {
        return ArrayValues.copy(workingAge);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyramidData other && ArrayValues.equal(componentValues(), other.componentValues());
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
        return new Object[] {info, population, yearA, yearB, groupWidth, workingAge};
    }
}
