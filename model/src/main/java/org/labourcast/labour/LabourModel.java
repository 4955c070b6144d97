package org.labourcast.labour;

import java.util.List;
import org.labourcast.ArrayValues;
import org.labourcast.demography.DemographicAssumptions;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.policy.Levers;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.labour.LabourAssumptions;

/**
 * What every replicate of a scenario shares: the scenario, its cohort-component projection (the demographic
 * totals agents are aligned to), the scale (persons per agent) and the schedules derived once from the
 * assumptions. Immutable and thread-safe.
 *
 * @param cohort     the projection, base year first, one entry per year to the horizon
 * @param scale      persons per agent, ≥ 1
 * @param policy     the scenario's levers with their yearly effects precomputed
 * @param demography the assumptions {@code cohort} was projected with: a replicate whose net migration answers its
 *                   labour market ({@code labour.market.migration_response} above 0) projects its own years from them
 * @param reference  the neighbours' surveyed unemployment rate by year from the base year, which migration answers
 *                   ({@link MigrationReference}), or null to take the base year's rate at trend growth
 */
public record LabourModel(ScenarioSpec spec, List<ProjectedYear> cohort, int scale, ParticipationProfiles profiles,
                          RetirementAgeSchedule retirement, Levers policy, DemographicAssumptions demography,
                          double[] reference) {
    public LabourModel {
        if (spec.labour() == null) {
            throw new IllegalArgumentException("scenario " + spec.id() + " has no labour section");
        }
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be >= 1");
        }
        if (demography == null) {
            throw new IllegalArgumentException("the demographic assumptions are needed");
        }
        cohort = List.copyOf(cohort);
        reference = reference == null ? null : reference.clone();
    }

    /** This model with the neighbours' unemployment rate by year ({@link MigrationReference}). */
    public LabourModel withReference(double[] rates) {
        return new LabourModel(spec, cohort, scale, profiles, retirement, policy, demography, rates);
    }

    @Override
    public double[] reference() {
        return reference == null ? null : reference.clone();
    }

    /** {@link #of(ScenarioSpec, List, int, DemographicAssumptions)} with the scenario's own central assumptions. */
    public static LabourModel of(ScenarioSpec spec, List<ProjectedYear> cohort, int scale) {
        return of(spec, cohort, scale, new ScenarioAssumptions(spec));
    }

    /**
     * Derives the participation profiles and the retirement schedule from the scenario.
     *
     * @param demography the assumptions {@code cohort} was projected with (drawn ones for a Monte Carlo replicate)
     */
    public static LabourModel of(ScenarioSpec spec, List<ProjectedYear> cohort, int scale,
                                 DemographicAssumptions demography) {
        LabourAssumptions la = spec.labour();
        if (la == null) {
            throw new IllegalArgumentException("scenario " + spec.id() + " has no labour section");
        }
        LabourAssumptions.ParticipationAssumption p = la.participation();
        ParticipationProfiles profiles = new ParticipationProfiles(
                ParticipationProfile.fromGroups(p.ages(), p.male(), spec.maxAge()),
                ParticipationProfile.fromGroups(p.ages(), p.female(), spec.maxAge()));
        Levers policy = spec.policy();
        // A retirement_reform lever overrides the scenario's retirement assumption.
        LabourAssumptions.RetirementAssumption r = policy.retirement(la.retirement());
        RetirementAgeSchedule retirement = r.reform()
                ? RetirementAgeSchedule.reform(r.reformStart())
                : RetirementAgeSchedule.noReform();
        return new LabourModel(spec, cohort, scale, profiles, retirement, policy, demography, null);
    }

    public LabourAssumptions labour() {
        return spec.labour();
    }

    public int baseYear() {
        return spec.baseYear();
    }

    /**
     * The last year simulated: the last year of the cohort projection (the scenario's horizon unless a shorter
     * projection was given), or the scenario's horizon for a model given only its base year whose replicates project
     * their own years (net migration answering the labour market, {@link #projectsOwnYears()}).
     */
    public int horizon() {
        return projectsOwnYears() && cohort.size() == 1 ? spec.horizon() : spec.baseYear() + cohort.size() - 1;
    }

    /** Whether each replicate steps its own cohort-component years: its net migration answers its labour market. */
    public boolean projectsOwnYears() {
        return spec.labour().market().migrationAnswersMarket();
    }

    public int maxAge() {
        return spec.maxAge();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabourModel other && ArrayValues.equal(componentValues(), other.componentValues());
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
        return new Object[] {spec, cohort, scale, profiles, retirement, policy, demography, reference};
    }
}
