package org.labourcast.labour;

import org.labourcast.demography.AgeGroup;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.demography.YearAssumptions;

/**
 * Net migration that answers the region's labour market (docs/labour-model.md, "Migration that answers the labour
 * market"). In year t, on top of the projected net migration,
 * <pre>
 *   M(t) = −μ × L(t−1) × (u(t−1) − u_n(t−1))
 * </pre>
 * persons move, L the urban labour force and u the surveyed unemployment rate of the year before, u_n the
 * neighbouring regions' rate: the region's own central course ({@link MigrationReference}), or, in a model built
 * without one, u*, the base year's rate at trend growth. The base-year distance between the region and its
 * neighbours is part of the projected trend of migration. μ is net out-migrants a year per person unemployed beyond
 * the neighbours' rate: Foschi, House, Proebsting &amp; Tesar (2023, AEA Papers and
 * Proceedings 113: 590–96) estimate 0.47 for US states. Vacancies enter through the rate: under free entry they are
 * θ × seekers, so a separate vacancy term would count the same signal twice.
 *
 * <p>The movers are urban residents of labour-migration age ({@code labour.transfer.ages}), spread over sex and single
 * age in proportion to the urban population at the start of the year. Stateless.
 */
final class MigrationResponse {
    private MigrationResponse() {
    }

    /**
     * M(t), persons (negative = net out-migration).
     *
     * @param mu               net out-migrants per person unemployed beyond the reference rate, ≥ 0
     * @param urbanLabourForce L(t−1), persons
     * @param unemployment     u(t−1)
     * @param reference        u_n(t−1)
     */
    static double migrants(double mu, double urbanLabourForce, double unemployment, double reference) {
        if (!(urbanLabourForce > 0) || Double.isNaN(unemployment)) {
            return 0;
        }
        return -mu * urbanLabourForce * (unemployment - reference);
    }

    /** The year's assumptions with {@code migrants} more net migrants, spread as the class comment says. */
    static YearAssumptions add(YearAssumptions a, double migrants, CohortTable start, AgeGroup ages) {
        if (migrants == 0) {
            return a;
        }
        double population = 0;
        for (Sex s : Sex.values()) {
            for (int x = 0; x <= start.maxAge(); x++) {
                if (ages.contains(x)) {
                    population += start.persons(s, Residence.URBAN, x);
                }
            }
        }
        if (!(population > 0)) {
            return a;
        }
        double[][][] net = new double[a.netMigrants().length][][];
        for (Sex s : Sex.values()) {
            net[s.ordinal()] = new double[a.netMigrants()[s.ordinal()].length][];
            for (Residence r : Residence.values()) {
                double[] row = a.netMigrants()[s.ordinal()][r.ordinal()].clone();
                if (r == Residence.URBAN) {
                    for (int x = 0; x < row.length; x++) {
                        if (ages.contains(x)) {
                            row[x] += migrants * start.persons(s, Residence.URBAN, x) / population;
                        }
                    }
                }
                net[s.ordinal()][r.ordinal()] = row;
            }
        }
        return new YearAssumptions(a.mx(), a.asfr(), a.sexRatioAtBirth(), net, a.move());
    }
}
