package org.labourcast.demography;

import org.labourcast.ArrayValues;

/**
 * The events of one projected year cell by cell, as the agent model aligns to them. Ages are ages at the end of
 * the year: deaths at age x (x ≥ 1) are deaths among those aged x−1 at the start, at age 0 deaths of that year's
 * births, and at {@code maxAge} deaths among those aged maxAge−1 and maxAge+ at the start. Persons, fractional.
 *
 * @param births    live births by mother's residence and child's sex, {@code [sex][residence]}
 * @param deaths    {@code [sex][residence][age]}
 * @param migration net migrants actually applied, {@code [sex][residence][age]}
 * @param movers rural-to-urban movers (after migration), {@code [sex][age]}
 */
public record CohortFlows(double[][] births, double[][][] deaths, double[][][] migration, double[][] movers) {
    public CohortFlows {
        births = ArrayValues.copy(births);
        deaths = ArrayValues.copy(deaths);
        migration = ArrayValues.copy(migration);
        movers = ArrayValues.copy(movers);
    }


    /** Live births of sex {@code sex} to mothers of residence {@code residence} (ordinals), without copying. */
    public double births(int sex, int residence) {
        return births[sex][residence];
    }

    /** Deaths in one cell (ordinals, age at the end of the year), without copying the table. */
    public double deaths(int sex, int residence, int age) {
        return deaths[sex][residence][age];
    }

    /** Net migrants applied in one cell (ordinals, age at the end of the year), without copying the table. */
    public double migration(int sex, int residence, int age) {
        return migration[sex][residence][age];
    }

    /** Rural-to-urban movers of one sex and age (ordinal), without copying the table. */
    public double movers(int sex, int age) {
        return movers[sex][age];
    }

    /** No events: the base year. */
    public static CohortFlows none(int maxAge) {
        int nSex = Sex.values().length;
        int nRes = Residence.values().length;
        return new CohortFlows(new double[nSex][nRes], new double[nSex][nRes][maxAge + 1],
                new double[nSex][nRes][maxAge + 1], new double[nSex][maxAge + 1]);
    }

    @Override
    public double[][] births() {
        return ArrayValues.copy(births);
    }

    @Override
    public double[][][] deaths() {
        return ArrayValues.copy(deaths);
    }

    @Override
    public double[][][] migration() {
        return ArrayValues.copy(migration);
    }

    @Override
    public double[][] movers() {
        return ArrayValues.copy(movers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CohortFlows other && ArrayValues.equal(componentValues(), other.componentValues());
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
        return new Object[] {births, deaths, migration, movers};
    }
}
