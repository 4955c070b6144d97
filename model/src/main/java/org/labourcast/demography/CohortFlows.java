package org.labourcast.demography;

/**
 * The events of one projected year cell by cell, as the agent model aligns to them. Ages are ages at the end of
 * the year: deaths at age x (x ≥ 1) are deaths among those aged x−1 at the start, at age 0 deaths of that year's
 * births, and at {@code maxAge} deaths among those aged maxAge−1 and maxAge+ at the start. Persons, fractional.
 *
 * @param births    live births by mother's residence and child's sex, {@code [sex][residence]}
 * @param deaths    {@code [sex][residence][age]}
 * @param migration net migrants actually applied, {@code [sex][residence][age]}
 * @param transfers rural-to-urban transfers (after migration), {@code [sex][age]}
 */
public record CohortFlows(double[][] births, double[][][] deaths, double[][][] migration, double[][] transfers) {

    /** No events: the base year. */
    public static CohortFlows none(int maxAge) {
        int nSex = Sex.values().length;
        int nRes = Residence.values().length;
        return new CohortFlows(new double[nSex][nRes], new double[nSex][nRes][maxAge + 1],
                new double[nSex][nRes][maxAge + 1], new double[nSex][maxAge + 1]);
    }
}
