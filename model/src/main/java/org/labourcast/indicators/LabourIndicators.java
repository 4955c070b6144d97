package org.labourcast.indicators;

import java.util.List;

/**
 * Names of the labour-market indicators, in output order. Units: persons for counts and flows, shares 0–1 for
 * rates. Definitions follow the plans' statistics (see docs/labour-model.md):
 * <ul>
 *   <li>{@code rural_labour_force}: rural-hukou persons of rural-labour age in the labour force, residents plus those
 *       working away (农村劳动力); {@code rural_labour_transferred}: of whom in non-farm work, locally or away
 *       (转移就业); {@code rural_labour_transfer_rate} the ratio;</li>
 *   <li>{@code employment_*}: employed residents (城乡就业人员) by sector; {@code sector_share_*} their shares;</li>
 *   <li>{@code urban_employment_share}: employed urban residents / employed (城镇就业占比);</li>
 *   <li>{@code new_urban_jobs}: new urban jobs as MOHRSS counts them (城镇新增就业 = 城镇累计新就业人数 − 自然减员人数):
 *       hires of urban residents into non-farm jobs in the year minus natural attrition, the urban residents who left
 *       non-farm work by retiring, dying or (aged 50+) leaving the labour force; {@code new_urban_jobs_cumulative}
 *       summed from the year after the base year; {@code urban_hires} the gross hires alone;</li>
 *   <li>{@code surveyed_unemployment_rate}: unemployed / labour force among urban residents (城镇调查失业率);
 *       {@code registered_unemployment_rate}: registered unemployed (urban hukou) / (urban employed + registered
 *       unemployed) (城镇登记失业率);</li>
 *   <li>{@code skilled_workers}: employed persons with a qualification (技能劳动者);</li>
 *   <li>{@code labour_force}: employed + unemployed; {@code rural_labour_away}: rural labour working outside the
 *       region; {@code unfilled_vacancies}: non-farm vacancies left after matching (劳动力缺口);</li>
 *   <li>schooling ({@code labour.education}; NaN without it): {@code mean_years_schooling_16_59} (劳动年龄人口平均受教育
 *       年限, 0/6/9/12/15/16/19 years), {@code mean_years_schooling_15_plus} (census rule, 大专及以上 16),
 *       {@code higher_education_share_16_59}; the year's higher-education {@code graduates}, the share employed at
 *       the year's end ({@code graduate_placement_rate}) and those unemployed ({@code graduates_unemployed},
 *       离校未就业).</li>
 *   <li>{@code long_term_unemployed}: urban unemployed residents unemployed a year or more (长期失业人员) at the year
 *       end, {@code long_term_unemployment_share} their share of the urban unemployed; {@code hard_to_employ}: the
 *       registered unemployed who are hard to employ (就业困难人员: long-term unemployed, women 40+ and men 50+, or
 *       disabled) at the year end; {@code unemployed_reemployed}: registered unemployed who found work in the year
 *       (失业人员再就业), {@code hard_to_employ_reemployed} those of them hard to employ (就业困难人员实现就业), and
 *       {@code hard_to_employ_placement_rate} = placed / (placed + hard to employ at the year end);</li>
 *   <li>{@code returnee_entrepreneurs}: returning migrants who started a business (返乡入乡创业人员累计), living at the
 *       year end; {@code returnee_startups}: those who started one in the year (both need {@code labour.returnees});</li>
 *   <li>levers acting on agents (0 without such a lever): {@code supported_startups}, the supported start-ups of the
 *       year as the plan counts them (扶持创业, the lever's own quantity); {@code supported_startup_founders}, those of
 *       them due to the measure whose founders started in the year; {@code supported_startup_jobs}, the jobs those
 *       create, founders included; {@code interns}, the year's graduates in internships (就业见习, the lever's quantity,
 *       at most the graduates seeking work); {@code intern_placements}, interns placed by the year's end because they
 *       took part;</li>
 *   <li>{@code unemployment_insured}, {@code injury_insured}: employed persons enrolled in unemployment / work-injury
 *       insurance at the year end (失业保险、工伤保险参保人数); {@code *_insured_share} the same over non-farm employed
 *       persons. NaN for scenarios without {@code labour.insurance}. {@code pension_insured}: persons enrolled in a
 *       basic pension scheme, employees' or residents' (基本养老保险参保人数), {@code pension_insured_share} over
 *       residents aged 16+ outside higher education; NaN without {@code labour.insurance.pension}.</li>
 *   <li>{@code average_wage}: average yearly wage of urban residents employed in non-farm work (城镇全部单位就业人员
 *       平均工资), yuan a year in base-year prices (real), computed from each agent's schooling, experience, skill and
 *       sector and the sector's labour productivity; {@code average_wage_growth} its growth over the previous year.
 *       NaN for scenarios without {@code labour.wages}.</li>
 * </ul>
 */
public final class LabourIndicators {
    public static final String RURAL_LABOUR_FORCE = "rural_labour_force";
    public static final String RURAL_LABOUR_TRANSFERRED = "rural_labour_transferred";
    public static final String RURAL_LABOUR_TRANSFER_RATE = "rural_labour_transfer_rate";
    public static final String RURAL_LABOUR_AWAY = "rural_labour_away";
    public static final String LABOUR_FORCE = "labour_force";
    public static final String EMPLOYMENT_TOTAL = "employment_total";
    public static final String EMPLOYMENT_PRIMARY = "employment_primary";
    public static final String EMPLOYMENT_SECONDARY = "employment_secondary";
    public static final String EMPLOYMENT_TERTIARY = "employment_tertiary";
    public static final String SECTOR_SHARE_PRIMARY = "sector_share_primary";
    public static final String SECTOR_SHARE_SECONDARY = "sector_share_secondary";
    public static final String SECTOR_SHARE_TERTIARY = "sector_share_tertiary";
    public static final String URBAN_EMPLOYMENT_SHARE = "urban_employment_share";
    public static final String NEW_URBAN_JOBS = "new_urban_jobs";
    public static final String NEW_URBAN_JOBS_CUMULATIVE = "new_urban_jobs_cumulative";
    public static final String URBAN_HIRES = "urban_hires";
    public static final String SURVEYED_UNEMPLOYMENT_RATE = "surveyed_unemployment_rate";
    public static final String REGISTERED_UNEMPLOYMENT_RATE = "registered_unemployment_rate";
    public static final String SKILLED_WORKERS = "skilled_workers";
    public static final String UNFILLED_VACANCIES = "unfilled_vacancies";
    /** 劳动年龄人口平均受教育年限: residents aged 16-59, levels at 0/6/9/12/15/16/19 years. */
    public static final String MEAN_YEARS_SCHOOLING_16_59 = "mean_years_schooling_16_59";
    /** 15岁及以上人口平均受教育年限, census rule 0/6/9/12/16 (大专及以上 16). */
    public static final String MEAN_YEARS_SCHOOLING_15_PLUS = "mean_years_schooling_15_plus";
    /** Residents aged 16-59 with higher education (大专及以上) / residents aged 16-59. */
    public static final String HIGHER_EDUCATION_SHARE_16_59 = "higher_education_share_16_59";
    /** Higher-education graduates of the year (大专, 本科, 研究生) living in the region. */
    public static final String GRADUATES = "graduates";
    /** The year's graduates employed at the year's end / the year's graduates (年末去向落实率, employment only). */
    public static final String GRADUATE_PLACEMENT_RATE = "graduate_placement_rate";
    /** The year's graduates unemployed at the year's end (离校未就业高校毕业生). */
    public static final String GRADUATES_UNEMPLOYED = "graduates_unemployed";
    public static final String LONG_TERM_UNEMPLOYED = "long_term_unemployed";
    public static final String LONG_TERM_UNEMPLOYMENT_SHARE = "long_term_unemployment_share";
    public static final String HARD_TO_EMPLOY = "hard_to_employ";
    public static final String UNEMPLOYED_REEMPLOYED = "unemployed_reemployed";
    public static final String HARD_TO_EMPLOY_REEMPLOYED = "hard_to_employ_reemployed";
    public static final String HARD_TO_EMPLOY_PLACEMENT_RATE = "hard_to_employ_placement_rate";
    public static final String UNEMPLOYMENT_INSURED = "unemployment_insured";
    public static final String INJURY_INSURED = "injury_insured";
    public static final String UNEMPLOYMENT_INSURED_SHARE = "unemployment_insured_share";
    public static final String INJURY_INSURED_SHARE = "injury_insured_share";
    /** Persons enrolled in a basic pension scheme (基本养老保险参保人数, both schemes) at the year end. */
    public static final String PENSION_INSURED = "pension_insured";
    /** The same over residents aged 16+ outside higher education (the persons who may be enrolled). */
    public static final String PENSION_INSURED_SHARE = "pension_insured_share";
    public static final String AVERAGE_WAGE = "average_wage";
    public static final String AVERAGE_WAGE_GROWTH = "average_wage_growth";
    public static final String RETURNEE_ENTREPRENEURS = "returnee_entrepreneurs";
    public static final String RETURNEE_STARTUPS = "returnee_startups";
    /** Supported start-ups of the year as the plan counts them: the entrepreneurship_support levers' quantity. */
    public static final String SUPPORTED_STARTUPS = "supported_startups";
    /** Founders who started a business in the year because of the measure (additional supported start-ups). */
    public static final String SUPPORTED_STARTUP_FOUNDERS = "supported_startup_founders";
    /** Jobs the year's additional supported start-ups create, founders included. */
    public static final String SUPPORTED_STARTUP_JOBS = "supported_startup_jobs";
    /** The year's graduates taking part in internships (就业见习): the graduate_internships levers' quantity. */
    public static final String INTERNS = "interns";
    /** Interns placed in work by the year's end because they took part. */
    public static final String INTERN_PLACEMENTS = "intern_placements";
    public static final String FAMILY_HOUSEHOLDS = "family_households";
    public static final String HOUSEHOLD_SIZE_MEAN = "household_size_mean";
    public static final String ONE_PERSON_HOUSEHOLD_SHARE = "one_person_household_share";
    public static final String ZERO_EMPLOYMENT_HOUSEHOLDS = "zero_employment_households";
    public static final String ZERO_EMPLOYMENT_HOUSEHOLDS_BEFORE_HELP = "zero_employment_households_before_help";
    public static final String ZERO_EMPLOYMENT_HOUSEHOLDS_HELPED = "zero_employment_households_helped";
    public static final String ZERO_EMPLOYMENT_HOUSEHOLDS_ELIGIBLE = "zero_employment_households_eligible";

    /** All labour indicators in output order. */
    public static final List<String> NAMES = List.of(RURAL_LABOUR_FORCE, RURAL_LABOUR_TRANSFERRED,
            RURAL_LABOUR_TRANSFER_RATE, RURAL_LABOUR_AWAY, LABOUR_FORCE, EMPLOYMENT_TOTAL, EMPLOYMENT_PRIMARY,
            EMPLOYMENT_SECONDARY, EMPLOYMENT_TERTIARY, SECTOR_SHARE_PRIMARY, SECTOR_SHARE_SECONDARY,
            SECTOR_SHARE_TERTIARY, URBAN_EMPLOYMENT_SHARE, NEW_URBAN_JOBS, NEW_URBAN_JOBS_CUMULATIVE,
            URBAN_HIRES,
            SURVEYED_UNEMPLOYMENT_RATE, REGISTERED_UNEMPLOYMENT_RATE, SKILLED_WORKERS, UNFILLED_VACANCIES,
            LONG_TERM_UNEMPLOYED, LONG_TERM_UNEMPLOYMENT_SHARE, HARD_TO_EMPLOY, UNEMPLOYED_REEMPLOYED,
            HARD_TO_EMPLOY_REEMPLOYED, HARD_TO_EMPLOY_PLACEMENT_RATE,
            UNEMPLOYMENT_INSURED, INJURY_INSURED, UNEMPLOYMENT_INSURED_SHARE, INJURY_INSURED_SHARE,
            PENSION_INSURED, PENSION_INSURED_SHARE,
            AVERAGE_WAGE, AVERAGE_WAGE_GROWTH,
            MEAN_YEARS_SCHOOLING_16_59, MEAN_YEARS_SCHOOLING_15_PLUS, HIGHER_EDUCATION_SHARE_16_59, GRADUATES,
            GRADUATE_PLACEMENT_RATE, GRADUATES_UNEMPLOYED,
            RETURNEE_ENTREPRENEURS, RETURNEE_STARTUPS,
            SUPPORTED_STARTUPS, SUPPORTED_STARTUP_FOUNDERS, SUPPORTED_STARTUP_JOBS, INTERNS, INTERN_PLACEMENTS,
            FAMILY_HOUSEHOLDS, HOUSEHOLD_SIZE_MEAN, ONE_PERSON_HOUSEHOLD_SHARE, ZERO_EMPLOYMENT_HOUSEHOLDS,
            ZERO_EMPLOYMENT_HOUSEHOLDS_BEFORE_HELP, ZERO_EMPLOYMENT_HOUSEHOLDS_HELPED,
            ZERO_EMPLOYMENT_HOUSEHOLDS_ELIGIBLE);

    /** The household indicators: produced only for scenarios with {@code labour.households}. */
    public static final List<String> HOUSEHOLDS = List.of(FAMILY_HOUSEHOLDS, HOUSEHOLD_SIZE_MEAN,
            ONE_PERSON_HOUSEHOLD_SHARE, ZERO_EMPLOYMENT_HOUSEHOLDS, ZERO_EMPLOYMENT_HOUSEHOLDS_BEFORE_HELP,
            ZERO_EMPLOYMENT_HOUSEHOLDS_HELPED, ZERO_EMPLOYMENT_HOUSEHOLDS_ELIGIBLE);

    /** The schooling indicators: NaN for a scenario without {@code labour.education}. */
    public static final List<String> SCHOOLING = List.of(MEAN_YEARS_SCHOOLING_16_59, MEAN_YEARS_SCHOOLING_15_PLUS,
            HIGHER_EDUCATION_SHARE_16_59, GRADUATES, GRADUATE_PLACEMENT_RATE, GRADUATES_UNEMPLOYED);

    private LabourIndicators() {
    }

    /** Shares and rates (0–1) as opposed to persons. */
    public static boolean isShare(String name) {
        return name.endsWith("_rate") || name.startsWith("sector_share_") || name.equals(URBAN_EMPLOYMENT_SHARE)
                || name.equals(HIGHER_EDUCATION_SHARE_16_59)
                || name.equals(LONG_TERM_UNEMPLOYMENT_SHARE)
                || name.endsWith("_insured_share") || name.equals(AVERAGE_WAGE_GROWTH);
    }

    /** Years of schooling, neither persons nor shares. */
    public static boolean isYears(String name) {
        return name.startsWith("mean_years_schooling_");
    }

    /** The insurance-enrolment indicators: produced only for scenarios with {@code labour.insurance}. */
    public static boolean isInsurance(String name) {
        return name.equals(UNEMPLOYMENT_INSURED) || name.equals(INJURY_INSURED) || name.equals(UNEMPLOYMENT_INSURED_SHARE)
                || name.equals(INJURY_INSURED_SHARE);
    }

    /** The basic pension indicators: produced only for scenarios with {@code labour.insurance.pension}. */
    public static boolean isPension(String name) {
        return name.equals(PENSION_INSURED) || name.equals(PENSION_INSURED_SHARE);
    }

    /** The wage indicators: produced only for scenarios with {@code labour.wages}. */
    public static boolean isWage(String name) {
        return name.equals(AVERAGE_WAGE) || name.equals(AVERAGE_WAGE_GROWTH);
    }

    /** Yuan a year (wages) as opposed to persons or shares. */
    public static boolean isYuan(String name) {
        return name.equals(AVERAGE_WAGE);
    }

    /** The returnee start-up indicators: produced only for scenarios with {@code labour.returnees}. */
    public static boolean isReturnee(String name) {
        return name.equals(RETURNEE_ENTREPRENEURS) || name.equals(RETURNEE_STARTUPS);
    }

    /** Flows have no value in the base year. */
    public static boolean isFlow(String name) {
        return name.equals(NEW_URBAN_JOBS) || name.equals(NEW_URBAN_JOBS_CUMULATIVE) || name.equals(URBAN_HIRES)
                || name.equals(UNFILLED_VACANCIES) || name.equals(UNEMPLOYED_REEMPLOYED)
                || name.equals(HARD_TO_EMPLOY_REEMPLOYED) || name.equals(HARD_TO_EMPLOY_PLACEMENT_RATE)
                || name.equals(AVERAGE_WAGE_GROWTH)
                || name.equals(GRADUATES) || name.equals(GRADUATE_PLACEMENT_RATE) || name.equals(GRADUATES_UNEMPLOYED)
                || name.equals(RETURNEE_STARTUPS)
                || name.equals(SUPPORTED_STARTUPS) || name.equals(SUPPORTED_STARTUP_FOUNDERS)
                || name.equals(SUPPORTED_STARTUP_JOBS) || name.equals(INTERNS) || name.equals(INTERN_PLACEMENTS)
                || name.equals(ZERO_EMPLOYMENT_HOUSEHOLDS_HELPED);
    }

    /** Counts of households (户) as opposed to persons. */
    public static boolean isHouseholds(String name) {
        return name.equals(FAMILY_HOUSEHOLDS) || name.startsWith("zero_employment_households");
    }

    /** Persons per household. */
    public static boolean isPersonsPerHousehold(String name) {
        return name.equals(HOUSEHOLD_SIZE_MEAN);
    }
}
