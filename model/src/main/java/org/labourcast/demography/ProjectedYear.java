package org.labourcast.demography;

/**
 * The population at the end of {@code year} and the events during that year.
 * Flows are zero for the base year, which has no events.
 *
 * @param year              calendar year
 * @param population        persons at the end of the year
 * @param births            live births in the year, by sex {@code [sex]}
 * @param deaths            deaths in the year (including infants born in it) by {@code [sex][residence]}
 * @param netMigration      net migrants actually applied (after any clamp to an empty cohort) by {@code [sex][residence]}
 * @param transfers         persons moved from rural to urban residence, by sex {@code [sex]}
 * @param transferIntensity the transfer rate at the profile's peak age
 * @param migrationShortfall net out-migrants that could not be applied because a cohort was empty (persons, ≥ 0)
 * @param flows             the same events cell by cell (single age, sex, residence)
 */
public record ProjectedYear(int year, CohortTable population, double[] births, double[][] deaths,
                            double[][] netMigration, double[] transfers, double transferIntensity,
                            double migrationShortfall, CohortFlows flows) {

    public double birthsTotal() {
        return births[0] + births[1];
    }

    public double deathsTotal() {
        double sum = 0;
        for (double[] bySex : deaths) {
            for (double d : bySex) {
                sum += d;
            }
        }
        return sum;
    }

    public double netMigrationTotal() {
        double sum = 0;
        for (double[] bySex : netMigration) {
            for (double m : bySex) {
                sum += m;
            }
        }
        return sum;
    }

    public double transfersTotal() {
        return transfers[0] + transfers[1];
    }
}
