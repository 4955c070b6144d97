package org.labourcast.demography;

import java.util.List;

/**
 * Reference numbers copied from the project's shared data folder (transcriptions of UN DESA Population Division,
 * World Population Prospects 2019, R package wpp2019 1.1-0; CC BY 3.0 IGO). Tests never read that folder at run time.
 */
final class WppChina2019 {

    private WppChina2019() {
    }

    /** Groups 0-4, 5-9, ..., 95-99, 100+. */
    static final List<AgeGroup> FIVE_YEAR = AgeGroups.fiveYear(100);

    /**
     * China, males, 1 July 2020, thousands, groups 0-4 ... 100+.
     * Source: wpp2019_china_pop_age5_sex_1990_2020.csv (WPP2019, estimate, 2020, male).
     */
    static final double[] POP_MALE_2020 = {
        44456.332, 46320.144, 45349.923, 44103.122, 46273.865, 51522.843, 66443.228, 51345.507, 49289.359,
        61173.349, 62348.02, 49958.045, 38917.285, 36526.788, 21425.163, 12207.276, 6883.629, 2843.084, 731.228,
        116.377, 12.773,
    };

    /** Groups 0, 1-4, 5-9, ..., 95-99, 100+. */
    static final List<AgeGroup> ABRIDGED = AgeGroups.abridged(100);

    /**
     * China, males, 2015-2020, central death rates (deaths per person-year), ages 0, 1, 5, ..., 100.
     * Source: wpp2019_china_mx_age_sex.csv (2015-2020, estimate, male).
     */
    static final double[] MX_MALE_2015_2020 = {
        0.01158, 0.00047, 0.00034, 0.00027, 0.00039, 0.00057, 0.00079, 0.00098, 0.00124, 0.00172, 0.00258, 0.00436,
        0.00734, 0.01385, 0.02524, 0.04624, 0.07861, 0.11456, 0.17643, 0.25587, 0.34182, 0.44596132,
    };

    /**
     * China, females, 2015-2020, central death rates, ages 0, 1, 5, ..., 100.
     * Source: wpp2019_china_mx_age_sex.csv (2015-2020, estimate, female).
     */
    static final double[] MX_FEMALE_2015_2020 = {
        0.00819, 0.00035, 0.00028, 0.00019, 0.00028, 0.00037, 0.00047, 0.00062, 0.00079, 0.00116, 0.00166, 0.0027,
        0.00455, 0.0086, 0.01559, 0.02888, 0.04912, 0.08274, 0.13317, 0.19291, 0.26952, 0.32875121,
    };

    /** Published life expectancy at birth, 2015-2020. Source: wpp2019_china_vital_5y.csv (e0_male, e0_female). */
    static final double E0_MALE_2015_2020 = 74.47;
    static final double E0_FEMALE_2015_2020 = 78.97;

    /**
     * Births per woman per year by age of mother 15-19 ... 45-49, 2010-2015.
     * Source: wpp2019_china_asfr.csv (asfr_derived_births_per_woman_per_year); only the first four are used here.
     */
    static final double[] ASFR_2010_2015_FIRST_FOUR = {0.007377, 0.119952, 0.113651, 0.060681};
}
