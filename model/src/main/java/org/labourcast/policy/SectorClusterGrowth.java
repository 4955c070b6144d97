package org.labourcast.policy;

import org.labourcast.scenario.labour.Sector;

/**
 * {@code sector_cluster_growth}: a named industrial cluster that grows beyond the scenario's output growth (e.g.
 * Leshan's 千亿产业、万人就业 clusters). Adds {@code intensity × netJobsPerYear} persons of net labour demand a year in
 * {@code sector}; the demand accumulates (it is net, so no survival applies) and stays after the lever ends.
 *
 * @param sector         the sector of the cluster
 * @param netJobsPerYear net additional labour demand per year at full strength (persons, ≥ 0)
 */
public record SectorClusterGrowth(LeverInfo info, Span span, Sector sector, double netJobsPerYear) implements Lever {
    public static final String TYPE = "sector_cluster_growth";

    public SectorClusterGrowth {
        Checks.info(info, TYPE);
        Checks.span(span);
        if (sector == null) {
            throw new IllegalArgumentException("a sector is required");
        }
        Checks.atLeast(netJobsPerYear, 0, "net jobs per year");
    }

    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        if (year >= span.from()) {
            double stock = span.stock(year, netJobsPerYear, 1.0);
            if (stock > 0) {
                effects.addLabourDemand(sector, stock);
            }
        }
    }
}
