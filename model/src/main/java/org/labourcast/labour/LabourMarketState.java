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
    /** The same in secondary and tertiary (agents, not rounded), for {@link GraduateInternshipPlacement}. */
    private final double[] unfilledBySector = new double[2];
    /** Founders of supported start-ups placed from the unemployed this year (agents), see {@link SupportedStartups}. */
    private long startupFounders;
    /** Interns placed by the internships' gain this year (agents), see {@link GraduateInternshipPlacement}. */
    private long internshipPlacements;
    /** Interns taking part this year (agents), see {@link GraduateInternshipPlacement}. */
    private long internshipParticipants;
    /** Urban labour force of the last recorded year (persons), for {@link MigrationResponse}. */
    private double urbanLabourForce;
    /** Insurance enrolment: new hires' probabilities and the enrolled counts; null when the scenario has none. */
    private InsuranceEnrolment.Coverage insurance;
    /** Basic pension enrolment: the entry probability and the enrolled count; null when the scenario has none. */
    private PensionEnrolment.Coverage pension;

    /** The share of unemployed stayers whose spell continues ({@link SpellContinuity}); NaN until it is set. */
    private double spellContinuity = Double.NaN;

    /** Family households and their members' links; null when the scenario has no {@code labour.households}. */
    private Households households;

    /** Labour-productivity index by sector ordinal, 1 in the base year (see {@link Wages}); grown by the recorder. */
    private final double[] productivity = {1, 1, 1};
    /** The wage constant fitted in the base year (yuan per unit of wage factor); NaN before. */
    private double wageScale = Double.NaN;

    LabourMarketState(int maxAge) {
        this.away = new double[Sex.values().length][maxAge + 1];
    }

    double spellContinuity() {
        return spellContinuity;
    }

    void setSpellContinuity(double share) {
        spellContinuity = share;
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
        unfilledBySector[0] = 0;
        unfilledBySector[1] = 0;
        startupFounders = 0;
        internshipPlacements = 0;
        internshipParticipants = 0;
    }

    /** Unfilled vacancies in secondary (0) and tertiary (1) after matching (agents). */
    double[] unfilledBySector() {
        return unfilledBySector.clone();
    }

    void setUnfilledBySector(double secondary, double tertiary) {
        unfilledBySector[0] = secondary;
        unfilledBySector[1] = tertiary;
    }

    long startupFounders() {
        return startupFounders;
    }

    void addStartupFounders(long agents) {
        startupFounders += agents;
    }

    long internshipPlacements() {
        return internshipPlacements;
    }

    long internshipParticipants() {
        return internshipParticipants;
    }

    /** Records the year's interns and those placed by the internships' gain (agents). */
    void setInternships(long participants, long placements) {
        internshipParticipants = participants;
        internshipPlacements = placements;
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

    /** Basic pension enrolment; null when the scenario models none. */
    PensionEnrolment.Coverage pension() {
        return pension;
    }

    void setPension(PensionEnrolment.Coverage coverage) {
        pension = coverage;
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
