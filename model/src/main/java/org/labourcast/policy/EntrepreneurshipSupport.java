package org.labourcast.policy;


/**
 * {@code entrepreneurship_support}: start-ups supported by training, subsidies, incubation and services (扶持创业).
 * Gross jobs a year at full strength are {@code startupsPerYear × jobsPerStartup}; they join labour demand as a
 * stock ({@link JobTerms}).
 *
 * @param startupsPerYear supported start-ups (persons starting a business) per year (≥ 0)
 * @param jobsPerStartup  jobs per start-up, the founder included (≥ 0); default 3.87 (Sichuan plan ch.1 §1)
 */
public record EntrepreneurshipSupport(LeverInfo info, Span span, double startupsPerYear, double jobsPerStartup,
                                      JobTerms jobs) implements Lever {
    public static final String TYPE = "entrepreneurship_support";

    public EntrepreneurshipSupport {
        Checks.info(info, TYPE);
        Checks.span(span);
        Checks.atLeast(startupsPerYear, 0, "start-ups");
        Checks.atLeast(jobsPerStartup, 0, "jobs per start-up");
        if (jobs == null) {
            throw new IllegalArgumentException("job terms are required");
        }
    }

    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        jobs.contribute(span, startupsPerYear * jobsPerStartup, year, effects);
    }
}
