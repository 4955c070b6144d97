package org.labourcast.policy;

import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.labour.SectorValues;

/**
 * What supported start-ups ({@link EntrepreneurshipSupport}, 扶持创业) ask of the engine in one year: the founders to
 * place, the stock of the founders' own jobs, and the plan's count of supported start-ups. Several levers add up.
 * Immutable.
 *
 * @param unemployedFounders persons by sector who start a business this year because of the measure (additional
 *                           start-ups, deadweight removed): drawn from the unemployed and placed in self-employment in
 *                           the sector before matching
 * @param founderJobs        the founders' own jobs still in business this year (persons by sector, a stock with the
 *                           lever's job survival): counted in labour demand so that founders are not shed, but not
 *                           offered to seekers (their founders fill them)
 * @param returneeFounders   returning migrants who start a business this year because of the measure (persons): each
 *                           flags an employed rural-hukou resident as a returnee entrepreneur, whose business is their
 *                           job, so employment does not change
 * @param supported          supported start-ups this year as the plan counts them (persons, deadweight included):
 *                           the lever's own quantity, reported as {@code supported_startups}
 * @param jobs               jobs the year's supported start-ups create as the plan counts them (persons, founders
 *                           included, deadweight included): supported × jobs per start-up
 */
public record StartupSupport(SectorValues unemployedFounders, SectorValues founderJobs, double returneeFounders,
                             double supported, double jobs) {
    /** No supported start-ups. */
    public static final StartupSupport NONE = new StartupSupport(new SectorValues(0, 0, 0), new SectorValues(0, 0, 0),
            0, 0, 0);

    public StartupSupport {
        if (unemployedFounders == null || founderJobs == null) {
            throw new IllegalArgumentException("founders and founders' jobs are required (zero for none)");
        }
        for (Sector s : Sector.values()) {
            Checks.atLeast(unemployedFounders.get(s), 0, "founders in " + s.label());
            Checks.atLeast(founderJobs.get(s), 0, "founders' jobs in " + s.label());
        }
        Checks.atLeast(returneeFounders, 0, "returnee founders");
        Checks.atLeast(supported, 0, "supported start-ups");
        Checks.atLeast(jobs, 0, "jobs of supported start-ups");
    }

    /** Both levers' start-ups in the same year: every field summed. */
    public StartupSupport and(StartupSupport o) {
        return new StartupSupport(sum(unemployedFounders, o.unemployedFounders), sum(founderJobs, o.founderJobs),
                returneeFounders + o.returneeFounders, supported + o.supported, jobs + o.jobs);
    }

    /** Founders drawn from the unemployed this year, all sectors (persons). */
    public double unemployedFounderTotal() {
        return unemployedFounders.sum();
    }

    private static SectorValues sum(SectorValues a, SectorValues b) {
        return new SectorValues(a.primary() + b.primary(), a.secondary() + b.secondary(),
                a.tertiary() + b.tertiary());
    }
}
