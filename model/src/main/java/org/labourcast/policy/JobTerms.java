package org.labourcast.policy;

import org.labourcast.scenario.labour.SectorValues;

/**
 * How the jobs a start-up lever creates enter labour demand: the share that is additional, the sectors they are in,
 * and how many survive from one year to the next. The stock in year t is the sum over the lever's years s ≤ t of
 * intensity(s) × grossJobsPerYear × additionality × jobSurvival^(t − s) ({@link Span#stock}), split by
 * {@code sectorShares}.
 *
 * @param additionality share of the jobs that would not exist without the measure (0–1): 1 minus deadweight and
 *                      displacement; required, since the plans count every supported job and no evaluation for
 *                      these programmes was found
 * @param sectorShares  share of the jobs in each sector (summing to 1)
 * @param jobSurvival   share of the jobs kept from one year to the next (0–1); default 0.93 (SAIC 2013, see
 *                      docs/levers.md)
 */
public record JobTerms(double additionality, SectorValues sectorShares, double jobSurvival) {
    public JobTerms {
        Checks.share(additionality, "additionality");
        Checks.sectorShares(sectorShares);
        Checks.share(jobSurvival, "job survival");
    }

    /** Adds the stock of jobs in {@code year} created by {@code grossJobsPerYear} a year over {@code span}. */
    void contribute(Span span, double grossJobsPerYear, int year, PolicyEffects.Builder effects) {
        if (year < span.from()) {
            return;
        }
        double stock = span.stock(year, grossJobsPerYear * additionality, jobSurvival);
        if (stock > 0) {
            effects.addLabourDemand(Checks.split(sectorShares, stock));
        }
    }
}
