package org.labourcast.demography;

import org.labourcast.ArrayValues;

/**
 * The population at the end of {@code year} and the events during that year.
 * Flows are zero for the base year, which has no events.
 *
 * @param year              calendar year
 * @param population        persons at the end of the year
 * @param births            live births in the year, by sex {@code [sex]}
 * @param deaths            deaths in the year (including infants born in it) by {@code [sex][residence]}
 * @param netMigration      net migrants actually applied (after any clamp to an empty cohort) by {@code [sex][residence]}
 * @param movers         persons moved from rural to urban residence, by sex {@code [sex]}
 * @param moveIntensity the transfer rate at the profile's peak age
 * @param migrationShortfall net out-migrants that could not be applied because a cohort was empty (persons, ≥ 0)
 * @param flows             the same events cell by cell (single age, sex, residence)
 */
public record ProjectedYear(int year, CohortTable population, double[] births, double[][] deaths,
                            double[][] netMigration, double[] movers, double moveIntensity,
                            double migrationShortfall, CohortFlows flows) {
    public ProjectedYear {
        births = ArrayValues.copy(births);
        deaths = ArrayValues.copy(deaths);
        netMigration = ArrayValues.copy(netMigration);
        movers = ArrayValues.copy(movers);
    }


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

    public double moversTotal() {
        return movers[0] + movers[1];
    }

    @Override
    public double[] births() {
        return ArrayValues.copy(births);
    }

    @Override
    public double[][] deaths() {
        return ArrayValues.copy(deaths);
    }

    @Override
    public double[][] netMigration() {
        return ArrayValues.copy(netMigration);
    }

    @Override
    public double[] movers() {
        return ArrayValues.copy(movers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectedYear other && ArrayValues.equal(componentValues(), other.componentValues());
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
        return new Object[] {year, population, births, deaths, netMigration, movers, moveIntensity, migrationShortfall, flows};
    }
}
