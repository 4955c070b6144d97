package org.labourcast.labour;

import java.util.ArrayList;
import java.util.List;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.YearAssumptions;
import org.labourcast.indicators.LabourIndicators;

/**
 * The cohort-component years one replicate's agents are aligned to, base year first: the model's, or the
 * replicate's own when its net migration answers its labour market ({@link MigrationResponse}).
 */
final class CohortYears {
    private final LabourModel model;
    private final List<ProjectedYear> projected = new ArrayList<>();
    /** The model's {@link MigrationReference} by year from the base year, or null. */
    private final double[] reference;
    /** u*: the base year's surveyed unemployment rate at trend growth, for {@link MigrationResponse}. */
    private double trendUnemployment = Double.NaN;

    CohortYears(LabourModel model) {
        this.model = model;
        this.projected.add(model.cohort().get(0));
        this.reference = model.reference();
    }

    ProjectedYear get(int calendarYear) {
        return projected.get(calendarYear - model.baseYear());
    }

    /**
     * Adds {@code year} to the cohort-component years: the model's own, or, when net migration answers the labour
     * market, a step of the projection from this replicate's previous year with {@link MigrationResponse}'s movers
     * added to the year's net migrants.
     *
     * @param last             the last recorded year's indicators
     * @param urbanLabourForce the urban labour force of that year (persons)
     */
    ProjectedYear advance(int year, LabourYear last, double urbanLabourForce) {
        int index = year - model.baseYear();
        double mu = model.labour().market().migrationResponse();
        if (!model.projectsOwnYears()) {
            projected.add(model.cohort().get(index));
            return projected.get(index);
        }
        ProjectedYear previous = projected.get(index - 1);
        CohortTable start = previous.population();
        double movers = MigrationResponse.migrants(mu, urbanLabourForce,
                last.value(LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE), referenceUnemployment(year - 1));
        YearAssumptions a = MigrationResponse.add(model.demography().forYear(year, start), movers, start,
                model.labour().transfer().ages());
        projected.add(new CohortComponentProjection().step(year, start, a, previous.moveIntensity()));
        return projected.get(index);
    }

    /** Sets u*, found once the base year is recorded. */
    void setTrendUnemployment(double rate) {
        trendUnemployment = rate;
    }

    /**
     * The neighbours' rate in a year that {@link MigrationResponse} answers: the model's {@link MigrationReference}
     * when it has one, else u*, the base year's rate at trend growth (NaN before the base year is built).
     */
    double referenceUnemployment(int calendarYear) {
        return reference != null ? reference[calendarYear - model.baseYear()] : trendUnemployment;
    }

    List<ProjectedYear> all() {
        return List.copyOf(projected);
    }
}
