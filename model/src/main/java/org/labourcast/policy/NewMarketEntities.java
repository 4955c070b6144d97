package org.labourcast.policy;


/**
 * {@code new_market_entities}: new market entities (新增市场主体: firms, sole proprietors, cooperatives) the measure
 * adds. Gross jobs a year at full strength are {@code entitiesPerYear × jobsPerEntity}; they join labour demand as a
 * stock ({@link JobTerms}).
 *
 * @param entitiesPerYear new market entities per year (≥ 0)
 * @param jobsPerEntity   jobs per entity (≥ 0); default 2 (Xiangtan measure 十一: 1萬個 entities, 2萬人 jobs)
 */
public record NewMarketEntities(LeverInfo info, Span span, double entitiesPerYear, double jobsPerEntity,
                                JobTerms jobs) implements Lever {
    public static final String TYPE = "new_market_entities";

    public NewMarketEntities {
        Checks.info(info, TYPE);
        Checks.span(span);
        Checks.atLeast(entitiesPerYear, 0, "market entities");
        Checks.atLeast(jobsPerEntity, 0, "jobs per entity");
        if (jobs == null) {
            throw new IllegalArgumentException("job terms are required");
        }
    }

    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        jobs.contribute(span, entitiesPerYear * jobsPerEntity, year, effects);
    }
}
