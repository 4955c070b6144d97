package org.labourcast.labour;

import org.labourcast.demography.Sex;
import org.labourcast.scenario.labour.Sector;

/**
 * The labour-market state one process leaves for another, named rather than kept as loose fields of the
 * simulation: sector demand (carried from year to year), this year's sector targets, the stock of rural labour
 * working away, the year's job tallies, the urban labour force last recorded and insurance coverage. One instance per replicate.
 */
final class LabourMarketState {
    /** Labour demand by sector (agents), index = sector ordinal. */
    private final double[] demand = new double[Sector.values().length];
    /** This year's sector targets (agents), set by {@link SectorDemandProcess} for {@link JobMatchingProcess}. */
    private double[] targets = new double[Sector.values().length];
    /** Rural labour working outside the region, in agents, by {@code [sex][age]}. */
    private final double[][] away;
    /** Hires of urban residents into non-farm jobs this year (agents): 城镇累计新就业人数. */
    private long newUrbanJobs;
    /**
     * Natural attrition (自然减员) this year (agents): urban residents in non-farm work who retired, died or left the
     * labour force for age (50+).
     */
    private long urbanAttrition;
    /** Returnee start-ups this year (agents): 返乡入乡创业 new in the year, see {@link ReturneeStartups}. */
    private long returneeStartups;
    /** Vacancies left unfilled after matching this year (agents). */
    private long unfilledVacancies;
    /** Urban labour force of the last recorded year (persons), for {@link MigrationResponse}. */
    private double urbanLabourForce;
    /** Insurance enrolment: new hires' probabilities and the enrolled counts; null when the scenario has none. */
    private InsuranceEnrolment.Coverage insurance;

    /** Family households and their members' links; null when the scenario has no {@code labour.households}. */
    private Households households;

    /** Labour-productivity index by sector ordinal, 1 in the base year (see {@link Wages}); grown by the recorder. */
    private final double[] productivity = {1, 1, 1};
    /** The wage constant fitted in the base year (yuan per unit of wage factor); NaN before. */
    private double wageScale = Double.NaN;

    LabourMarketState(int maxAge) {
        this.away = new double[Sex.values().length][maxAge + 1];
    }

    /** Labour demand of a sector (agents). */
    double demand(Sector s) {
        return demand[s.ordinal()];
    }

    void setDemand(Sector s, double agents) {
        demand[s.ordinal()] = agents;
    }

    /** The employment a sector is measured against this year (agents), see {@link YearContext#sectorTargets}. */
    double target(Sector s) {
        return targets[s.ordinal()];
    }

    /** This year's targets by sector ordinal (agents); kept, not copied. */
    void setTargets(double[] bySector) {
        targets = bySector;
    }

    /** Rural labour of one sex working away, by single age (agents): the live row, changed in place. */
    double[] away(Sex s) {
        return away[s.ordinal()];
    }

    /** All rural labour working away (agents), summed by sex, then age. */
    double awayTotal() {
        double total = 0;
        for (double[] bySex : away) {
            for (double a : bySex) {
                total += a;
            }
        }
        return total;
    }

    long newUrbanJobs() {
        return newUrbanJobs;
    }

    void addNewUrbanJobs(long agents) {
        newUrbanJobs += agents;
    }

    long urbanAttrition() {
        return urbanAttrition;
    }

    void addUrbanAttrition(long agents) {
        urbanAttrition += agents;
    }

    long unfilledVacancies() {
        return unfilledVacancies;
    }

    void setUnfilledVacancies(long agents) {
        unfilledVacancies = agents;
    }

    /** The engine's part of beginning a year: the year's job tallies start at zero. */
    void resetTallies() {
        newUrbanJobs = 0;
        urbanAttrition = 0;
        unfilledVacancies = 0;
        returneeStartups = 0;
    }

    long returneeStartups() {
        return returneeStartups;
    }

    void addReturneeStartups(long agents) {
        returneeStartups += agents;
    }

    double urbanLabourForce() {
        return urbanLabourForce;
    }

    void setUrbanLabourForce(double persons) {
        urbanLabourForce = persons;
    }

    InsuranceEnrolment.Coverage insurance() {
        return insurance;
    }

    void setInsurance(InsuranceEnrolment.Coverage coverage) {
        insurance = coverage;
    }

    /** The productivity indices by sector ordinal: the live array, changed in place by {@link Wages}. */
    double[] productivity() {
        return productivity;
    }

    Households households() {
        return households;
    }

    void setHouseholds(Households value) {
        households = value;
    }

    double wageScale() {
        return wageScale;
    }

    void setWageScale(double yuanPerFactor) {
        wageScale = yuanPerFactor;
    }
}
