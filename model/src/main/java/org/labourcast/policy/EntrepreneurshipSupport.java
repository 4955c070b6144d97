package org.labourcast.policy;


/**
 * {@code entrepreneurship_support}: start-ups supported by training, subsidies, incubation and services (扶持创业),
 * acting on the persons who start them. Of the {@code startupsPerYear} supported start-ups (the plan's count) a share
 * {@code additionality} would not exist without the measure (the rest, deadweight, would have started anyway and are
 * already in the demand from output growth). In a year of intensity r:
 * <ul>
 *   <li>the additional founders, r × startups × additionality, start their business: drawn from the unemployed and
 *       placed in self-employment in the start-up's sector ({@link Founders#UNEMPLOYED}), or returning migrants
 *       flagged as returnee entrepreneurs ({@link Founders#RETURNEES}, whose business is their job);</li>
 *   <li>each additional start-up takes on {@code jobsPerStartup − 1} employees: a job stock in labour demand with the
 *       lever's survival ({@link JobTerms}); for unemployed founders their own jobs are a stock too, counted in demand
 *       but filled by the founders.</li>
 * </ul>
 *
 * @param startupsPerYear supported start-ups (persons starting a business) per year (≥ 0)
 * @param jobsPerStartup  jobs per start-up, the founder included (≥ 1); default 3.87 (Sichuan plan ch.1 §1)
 * @param founders        who the founders are
 */
public record EntrepreneurshipSupport(LeverInfo info, Span span, double startupsPerYear, double jobsPerStartup,
                                      JobTerms jobs, Founders founders) implements Lever {
    public static final String TYPE = "entrepreneurship_support";

    /** Who starts the supported businesses. */
    public enum Founders {
        /** Unemployed persons (城乡劳动者自主创业): each additional founder leaves unemployment for self-employment. */
        UNEMPLOYED("unemployed"),
        /** Returning migrant workers (返乡入乡创业): each additional founder is a returnee entrepreneur. */
        RETURNEES("returnees");

        /** The YAML name. */
        public final String label;

        Founders(String label) {
            this.label = label;
        }
    }

    /** Founders drawn from the unemployed. */
    public EntrepreneurshipSupport(LeverInfo info, Span span, double startupsPerYear, double jobsPerStartup,
                                   JobTerms jobs) {
        this(info, span, startupsPerYear, jobsPerStartup, jobs, Founders.UNEMPLOYED);
    }

    public EntrepreneurshipSupport {
        Checks.info(info, TYPE);
        Checks.span(span);
        Checks.atLeast(startupsPerYear, 0, "start-ups");
        Checks.atLeast(jobsPerStartup, 1, "jobs per start-up (the founder included)");
        if (jobs == null || founders == null) {
            throw new IllegalArgumentException("job terms and founders are required");
        }
    }

    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        // The employees' jobs: vacancies for ordinary matching, a stock that outlives the lever.
        jobs.contribute(span, startupsPerYear * (jobsPerStartup - 1), year, effects);
        double r = span.intensity(year);
        double supported = r * startupsPerYear;
        double additional = supported * jobs.additionality();
        if (founders == Founders.RETURNEES) {
            effects.addStartups(new StartupSupport(Checks.split(jobs.sectorShares(), 0), Checks.split(
                    jobs.sectorShares(), 0), additional, supported, supported * jobsPerStartup));
            return;
        }
        double founderJobs = year < span.from() ? 0
                : span.stock(year, startupsPerYear * jobs.additionality(), jobs.jobSurvival());
        effects.addStartups(new StartupSupport(Checks.split(jobs.sectorShares(), additional),
                Checks.split(jobs.sectorShares(), founderJobs), 0, supported, supported * jobsPerStartup));
    }
}
