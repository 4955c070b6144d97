package org.labourcast.scenario.labour;

import org.labourcast.ArrayValues;
import org.labourcast.TimeSeries;

/**
 * The {@code labour.education:} block: how the base-year agents get their schooling (受教育程度), how young cohorts
 * finish school, and the effects schooling has. Immutable; see docs/labour-model.md (Education).
 *
 * <p>A cohort's attainment is built from continuation rates (the share of those who finished one stage who enter
 * the next): primary, junior secondary, senior secondary, higher education. The rate a cohort met is the base
 * year's rate moved back along a logistic trend in calendar year ({@code cohortTrend}, log-odds per year, an
 * assumption), shifted by {@code femaleLogOdds} for women and {@code urbanLogOdds} for urban residents, then all
 * shifted by one log-odds δ solved so that the base-year average years of schooling of residents aged 15+ (census
 * rule 0/6/9/12/16) equal {@code meanYears15Plus}.
 *
 * @param meanYears15Plus   the region's (or its province's) published 2020 census average years of schooling of
 *                          residents aged 15+ (七普 公报), 0–16: the base year is calibrated to it
 * @param primary           base-year share of children who enter primary school (age 6)
 * @param juniorSecondary   base-year share of primary pupils who enter junior secondary (age 12)
 * @param seniorSecondary   base-year share of junior-secondary pupils who enter senior secondary or 中职 (age 15)
 * @param higher            share of senior-secondary leavers who enter higher education (age 18), by year: the
 *                          base year's value calibrates the cohorts, later values are the projection's path
 * @param bachelorShare     share of higher-education entrants who enter a bachelor course (the rest 大专)
 * @param postgraduate      share of bachelor graduates who go on to postgraduate study (age 22)
 * @param cohortTrend       log-odds per calendar year of the four continuation rates (primary, junior, senior,
 *                          higher) before the base year, ≥ 0
 * @param femaleLogOdds     log-odds added to every continuation rate for women (cohorts before the base year)
 * @param urbanLogOdds      log-odds added to every continuation rate for urban residents (cohorts before the base
 *                          year)
 * @param hireLogOddsPerYear log-odds of being among a stratum's hires per year of schooling (relative to the
 *                          stratum: the number hired is unchanged)
 * @param transferLogOddsPerYear log-odds of a farm worker's transfer per year of schooling, relative to the farm
 *                          workers of the same age and skill (their expected number of transfers is unchanged)
 * @param studentsInactive  whether students in higher education stay out of the labour force until they graduate,
 *                          graduates then entering job search
 * @param graduatePlacement the share of a year's graduates of higher education in work at the year's end observed
 *                          before the base year, in (0, 1): graduates search harder than other seekers (campus
 *                          recruitment before they leave school), and the base year solves how much harder so that
 *                          this share holds at trend (docs/labour-model.md, Education); NaN when not given: graduates
 *                          search as other seekers do; used only with {@code studentsInactive}
 */
public record EducationAssumption(double meanYears15Plus, double primary, double juniorSecondary,
                                  double seniorSecondary, TimeSeries higher, double bachelorShare,
                                  double postgraduate, double[] cohortTrend, double femaleLogOdds,
                                  double urbanLogOdds, double hireLogOddsPerYear, double transferLogOddsPerYear,
                                  boolean studentsInactive, double graduatePlacement, String source) {
    /** The four continuation stages, in order. */
    public static final int STAGES = 4;

    public EducationAssumption {
        LabourAssumptions.requireRange(meanYears15Plus, 0, 16, "average years of schooling 15+");
        for (double v : new double[] {primary, juniorSecondary, seniorSecondary, bachelorShare, postgraduate}) {
            LabourAssumptions.requireShare(v, "an education continuation rate");
        }
        if (cohortTrend.length != STAGES) {
            throw new IllegalArgumentException("one cohort trend per stage (primary, junior_secondary,"
                    + " senior_secondary, higher)");
        }
        cohortTrend = cohortTrend.clone();
        for (double t : cohortTrend) {
            LabourAssumptions.requireRange(t, 0, 1, "a cohort trend (log-odds per year)");
        }
        if (!Double.isNaN(graduatePlacement) && !(graduatePlacement > 0 && graduatePlacement < 1)) {
            throw new IllegalArgumentException("graduate placement must be between 0 and 1 (exclusive), got "
                    + graduatePlacement);
        }
    }

    /**
     * Whether the year's graduates search with their own efficiency: {@code graduatePlacement} given and students
     * inactive (only then do graduates enter the labour force together, at graduation).
     */
    public boolean graduatesSearchHarder() {
        return studentsInactive && !Double.isNaN(graduatePlacement);
    }

    @Override
    public double[] cohortTrend() {
        return cohortTrend.clone();
    }

    private Object[] componentValues() {
        return new Object[] {meanYears15Plus, primary, juniorSecondary, seniorSecondary, higher, bachelorShare,
            postgraduate, cohortTrend, femaleLogOdds, urbanLogOdds, hireLogOddsPerYear, transferLogOddsPerYear,
            studentsInactive, graduatePlacement, source};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EducationAssumption other && ArrayValues.equal(componentValues(), other.componentValues());
    }

    @Override
    public int hashCode() {
        return ArrayValues.hash(componentValues());
    }

    @Override
    public String toString() {
        return ArrayValues.text(this, componentValues());
    }

    /**
     * These assumptions with the effects on hiring and transfer and the graduates' search switched off (the students
     * rule kept).
     */
    public EducationAssumption withoutEffects() {
        return new EducationAssumption(meanYears15Plus, primary, juniorSecondary, seniorSecondary, higher,
                bachelorShare, postgraduate, cohortTrend, femaleLogOdds, urbanLogOdds, 0, 0, studentsInactive,
                Double.NaN, source);
    }

    /** These assumptions with another graduate placement (NaN: graduates search as other seekers do). */
    public EducationAssumption withGraduatePlacement(double placement) {
        return new EducationAssumption(meanYears15Plus, primary, juniorSecondary, seniorSecondary, higher,
                bachelorShare, postgraduate, cohortTrend, femaleLogOdds, urbanLogOdds, hireLogOddsPerYear,
                transferLogOddsPerYear, studentsInactive, placement, source);
    }

    /** These assumptions with other effect sizes. */
    public EducationAssumption withEffects(double hire, double transfer, boolean students) {
        return new EducationAssumption(meanYears15Plus, primary, juniorSecondary, seniorSecondary, higher,
                bachelorShare, postgraduate, cohortTrend, femaleLogOdds, urbanLogOdds, hire, transfer, students,
                graduatePlacement, source);
    }
}
