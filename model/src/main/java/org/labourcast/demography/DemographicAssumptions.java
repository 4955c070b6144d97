package org.labourcast.demography;

/** Supplies the assumptions for each projected year. Implementations must be deterministic. */
@FunctionalInterface
public interface DemographicAssumptions {
    /**
     * @param year  the calendar year whose events are projected (from the end of {@code year - 1} to the end of {@code year})
     * @param start the population at the end of {@code year - 1}
     */
    YearAssumptions forYear(int year, CohortTable start);
}
