package org.labourcast.policy;

/**
 * A policy measure of a plan, as a scenario's {@code levers:} entry: which model rates it changes, by how much, and
 * when. Each type is a small immutable record, read by the scenario reader (org.labourcast.scenario.yaml.LeverCatalog
 * names its parser) and documented in docs/levers.md (the plan measures it represents, its parameters and units, its
 * response function, the evidence behind default effect sizes, and its timing). Implementations are immutable and thread-safe.
 */
public sealed interface Lever permits VocationalTraining, StartupGuaranteeLoans, EntrepreneurshipSupport,
        NewMarketEntities, PublicEmploymentServices, PublicWelfarePosts, GraduateEmployment, JobRetentionRefund,
        HukouEasing, RetirementReform, SectorClusterGrowth, InsuranceExpansion, GraduateInternships {

    /** Type, optional name and the plan measure the lever represents. */
    LeverInfo info();

    /** The YAML type, e.g. {@code vocational_training}. */
    default String type() {
        return info().type();
    }

    /**
     * Adds this lever's effect in calendar year {@code year} to {@code effects}; adds nothing in years it has no
     * effect. Deterministic: the same year always adds the same amounts.
     */
    void contribute(int year, PolicyEffects.Builder effects);
}
