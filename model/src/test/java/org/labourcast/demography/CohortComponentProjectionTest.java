package org.labourcast.demography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortComponentProjectionTest {
    private static final double EXACT = 1e-9;
    private static final int M = Sex.MALE.ordinal();
    private static final int F = Sex.FEMALE.ordinal();
    private static final int U = Residence.URBAN.ordinal();
    private static final int R = Residence.RURAL.ordinal();

    /*
     * Hand-computed case: ages 0, 1, 2+ (maxAge 2). mx = 0 at ages 0 and 1 and 0.25 in the open group, so
     * l0 = l1 = l2 = 1, L0 = L1 = 1, L2 = l2/m2 = 4, T2 = 4, T1 = 5: survival 0->1 is L1/L0 = 1 and
     * {1, 2+} -> 2+ is T2/T1 = 0.8; births survive with L0/l0 = 1.
     * ASFR 0.5 at age 1 in both residences, sex ratio at birth 1 (half the births are girls).
     * Net migration +10 men at age 1 in urban areas. Transfer: intensity 0.1 at every age.
     * Start (ages 0,1,2+): male urban 10,20,30; male rural 20,40,10; female the same.
     *
     * Year 1. Survival: urban -> [_, 10, (20+30)*0.8 = 40], 10 deaths; rural -> [_, 20, (40+10)*0.8 = 40], 10 deaths.
     * Births: urban 0.5 * (20 + 10)/2 = 7.5, rural 0.5 * (40 + 20)/2 = 15; 3.75 and 7.5 of each sex.
     * Migration: male urban age 1 -> 20. Transfer 10% of rural: rural [6.75, 18, 36];
     * male urban [3.75+0.75, 20+2, 40+4] = [4.5, 22, 44]; female urban [4.5, 12, 44].
     * Total 260 + 22.5 - 40 + 10 = 252.5.
     *
     * Year 2. Survival: male urban [_, 4.5, (22+44)*0.8 = 52.8]; female urban [_, 4.5, 44.8];
     * rural [_, 6.75, (18+36)*0.8 = 43.2]. Deaths 13.2 + 11.2 + 10.8 + 10.8 = 46.
     * Births: urban 0.5 * (12 + 4.5)/2 = 4.125, rural 0.5 * (18 + 6.75)/2 = 6.1875.
     * Migration: male urban age 1 -> 14.5. Transfer 10% of rural [3.09375, 6.75, 43.2]:
     * rural [2.784375, 6.075, 38.88]; male urban [2.371875, 15.175, 57.12]; female urban [2.371875, 5.175, 49.12].
     * Total 252.5 + 10.3125 - 46 + 10 = 226.8125.
     */
    @Test
    void handComputedTwoSteps() {
        List<ProjectedYear> years = new CohortComponentProjection().project(handStart(), 2000, 2002,
                (year, start) -> handAssumptions(new RuralUrbanMoveRule.FixedIntensity(0.1, flatShape(3), 1.0)));
        ProjectedYear y1 = years.get(1);
        assertRow(y1.population(), Sex.MALE, Residence.URBAN, 4.5, 22, 44);
        assertRow(y1.population(), Sex.MALE, Residence.RURAL, 6.75, 18, 36);
        assertRow(y1.population(), Sex.FEMALE, Residence.URBAN, 4.5, 12, 44);
        assertRow(y1.population(), Sex.FEMALE, Residence.RURAL, 6.75, 18, 36);
        assertEquals(22.5, y1.birthsTotal(), EXACT);
        assertEquals(40, y1.deathsTotal(), EXACT);
        assertEquals(10, y1.netMigrationTotal(), EXACT);
        assertEquals(0.1 * (7.5 + 20 + 40) * 2, y1.moversTotal(), EXACT); // 10% of rural after survival and births
        assertEquals(252.5, y1.population().total(), EXACT);

        ProjectedYear y2 = years.get(2);
        assertRow(y2.population(), Sex.MALE, Residence.URBAN, 2.371875, 15.175, 57.12);
        assertRow(y2.population(), Sex.MALE, Residence.RURAL, 2.784375, 6.075, 38.88);
        assertRow(y2.population(), Sex.FEMALE, Residence.URBAN, 2.371875, 5.175, 49.12);
        assertRow(y2.population(), Sex.FEMALE, Residence.RURAL, 2.784375, 6.075, 38.88);
        assertEquals(10.3125, y2.birthsTotal(), EXACT);
        assertEquals(46, y2.deathsTotal(), EXACT);
        assertEquals(226.8125, y2.population().total(), EXACT);
    }

    @Test
    void baseYearCarriesNoEvents() {
        ProjectedYear base = new CohortComponentProjection().project(handStart(), 2000, 2001,
                (year, start) -> handAssumptions(new RuralUrbanMoveRule.FixedIntensity(0, flatShape(3), 1.0))).get(0);
        assertEquals(2000, base.year());
        assertEquals(260, base.population().total(), EXACT);
        assertEquals(0, base.birthsTotal());
        assertEquals(0, base.deathsTotal());
    }

    @Test
    void targetUrbanizationIsMetExactlyAndTransferMovesOnlyResidence() {
        CohortComponentProjection engine = new CohortComponentProjection();
        YearAssumptions a = handAssumptions(new RuralUrbanMoveRule.TargetUrbanization(0.6, flatShape(3), 1.0));
        ProjectedYear y = engine.step(2001, handStart(), a, 0);
        double urban = y.population().total(Residence.URBAN);
        assertEquals(0.6, urban / y.population().total(), 1e-12);
        // Same year without transfer: the totals agree, only the split differs.
        ProjectedYear none = engine.step(2001, handStart(),
                handAssumptions(new RuralUrbanMoveRule.FixedIntensity(0, flatShape(3), 1.0)), 0);
        assertEquals(none.population().total(), y.population().total(), EXACT);
        assertEquals(urban - none.population().total(Residence.URBAN), y.moversTotal(), 1e-9);
    }

    @Test
    void targetAlreadyExceededTransfersNobody() {
        ProjectedYear y = new CohortComponentProjection().step(2001, handStart(),
                handAssumptions(new RuralUrbanMoveRule.TargetUrbanization(0.1, flatShape(3), 1.0)), 0);
        assertEquals(0, y.moversTotal());
        assertEquals(0, y.moveIntensity());
    }

    @Test
    void cappedRatesStillReachTheTargetWhenPossible() {
        double[][] shape = {{0.2, 1.0, 0.2}, {0.2, 1.0, 0.2}};
        ProjectedYear y = new CohortComponentProjection().step(2001, handStart(),
                handAssumptions(new RuralUrbanMoveRule.TargetUrbanization(0.62, shape, 0.3)), 0);
        assertEquals(0.62, y.population().total(Residence.URBAN) / y.population().total(), 1e-9);
        assertTrue(y.moveIntensity() * 1.0 > 0.3, "the peak age is capped, so the intensity exceeds the cap");
    }

    @Test
    void outMigrationLargerThanACohortEmptiesItAndReportsTheShortfall() {
        YearAssumptions base = handAssumptions(new RuralUrbanMoveRule.FixedIntensity(0, flatShape(3), 1.0));
        double[][][] migrants = new double[2][2][3];
        migrants[M][R][1] = -1000; // only 20 rural men survive to age 1
        YearAssumptions a = new YearAssumptions(base.mx(), base.asfr(), base.sexRatioAtBirth(), migrants, base.move());
        ProjectedYear y = new CohortComponentProjection().step(2001, handStart(), a, 0);
        assertEquals(0, y.population().persons(Sex.MALE, Residence.RURAL, 1));
        assertEquals(-20, y.netMigrationTotal(), EXACT);
        assertEquals(980, y.migrationShortfall(), EXACT);
        assertEquals(handStart().total() + y.birthsTotal() - y.deathsTotal() + y.netMigrationTotal(),
                y.population().total(), EXACT);
    }

    static CohortTable handStart() {
        double[][][] cells = new double[2][2][];
        cells[M][U] = new double[] {10, 20, 30};
        cells[M][R] = new double[] {20, 40, 10};
        cells[F][U] = new double[] {10, 20, 30};
        cells[F][R] = new double[] {20, 40, 10};
        return CohortTable.of(cells);
    }

    static YearAssumptions handAssumptions(RuralUrbanMoveRule transfer) {
        double[] mx = {0, 0, 0.25};
        double[][][] mxAll = {{mx, mx}, {mx, mx}};
        double[] asfr = {0, 0.5, 0};
        double[][][] migrants = new double[2][2][3];
        migrants[M][U][1] = 10;
        return new YearAssumptions(mxAll, new double[][] {asfr, asfr}, 1.0, migrants, transfer);
    }

    static double[][] flatShape(int ages) {
        double[] ones = new double[ages];
        Arrays.fill(ones, 1.0);
        return new double[][] {ones, ones.clone()};
    }

    private static void assertRow(CohortTable t, Sex s, Residence r, double... expected) {
        for (int a = 0; a < expected.length; a++) {
            assertEquals(expected[a], t.persons(s, r, a), EXACT, s.label() + " " + r.label() + " age " + a);
        }
    }
}
