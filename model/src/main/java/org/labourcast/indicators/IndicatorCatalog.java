package org.labourcast.indicators;

import java.util.ArrayList;
import java.util.List;

/**
 * Names and units of the indicators the engines produce: the demographic ones for every scenario, the labour ones
 * ({@link #labourNames()}) only for scenarios with a {@code labour:} section. Shares and rates are fractions (0–1);
 * populations, employment and flows are persons; flows (births, deaths, net migration, transfers, new urban jobs) are
 * per calendar year and absent for the base year.
 */
public final class IndicatorCatalog {
    public static final String POPULATION_TOTAL = "population_total";
    public static final String POPULATION_URBAN = "population_urban";
    public static final String POPULATION_RURAL = "population_rural";
    public static final String URBANIZATION_RATE = "urbanization_rate";
    public static final String BIRTHS = "births";
    public static final String DEATHS = "deaths";
    public static final String NET_MIGRATION = "net_migration";
    public static final String RURAL_URBAN_TRANSFERS = "rural_urban_transfers";
    public static final String TRANSFER_INTENSITY = "rural_urban_transfer_intensity";
    public static final String AGEING_SHARE_45_59 = "ageing_share_45_59";
    public static final String SHARE_60_PLUS = "share_60_plus";
    public static final String SHARE_65_PLUS = "share_65_plus";
    public static final String OLD_AGE_DEPENDENCY_RATIO = "old_age_dependency_ratio";

    // Labour-model indicators (persons, or shares 0–1 where the name says rate or share).
    /** Rural-hukou labour of the transfer ages (农村劳动力), including those working away. */
    public static final String RURAL_LABOUR_FORCE = "rural_labour_force";
    /** Of which in non-farm work, locally or away (转移就业). */
    public static final String RURAL_LABOUR_TRANSFERRED = "rural_labour_transferred";
    /** Transferred / rural labour force (农村劳动力转移就业率). */
    public static final String RURAL_LABOUR_TRANSFER_RATE = "rural_labour_transfer_rate";
    /** Employed persons (城乡就业人员). */
    public static final String EMPLOYMENT_TOTAL = "employment_total";
    public static final String EMPLOYMENT_PRIMARY = "employment_primary";
    public static final String EMPLOYMENT_SECONDARY = "employment_secondary";
    public static final String EMPLOYMENT_TERTIARY = "employment_tertiary";
    public static final String SECTOR_SHARE_PRIMARY = "sector_share_primary";
    public static final String SECTOR_SHARE_SECONDARY = "sector_share_secondary";
    public static final String SECTOR_SHARE_TERTIARY = "sector_share_tertiary";
    /** Employed urban residents / all employed (城镇就业占比). */
    public static final String URBAN_EMPLOYMENT_SHARE = "urban_employment_share";
    /** Gross new urban jobs in the year (城镇新增就业), a flow. */
    public static final String NEW_URBAN_JOBS = "new_urban_jobs";
    /** New urban jobs summed from the year after the base year (a running total, not a flow). */
    public static final String NEW_URBAN_JOBS_CUMULATIVE = "new_urban_jobs_cumulative";
    /** Urban surveyed unemployment rate (城镇调查失业率). */
    public static final String SURVEYED_UNEMPLOYMENT_RATE = "surveyed_unemployment_rate";
    /** Urban registered unemployment rate (城镇登记失业率). */
    public static final String REGISTERED_UNEMPLOYMENT_RATE = "registered_unemployment_rate";
    /** Employed persons with a vocational qualification (技能劳动者). */
    public static final String SKILLED_WORKERS = "skilled_workers";
    /** Employed plus unemployed persons. */
    public static final String LABOUR_FORCE = "labour_force";

    private static final List<String> LABOUR_NAMES = List.of(LABOUR_FORCE, EMPLOYMENT_TOTAL, EMPLOYMENT_PRIMARY,
            EMPLOYMENT_SECONDARY, EMPLOYMENT_TERTIARY, SECTOR_SHARE_PRIMARY, SECTOR_SHARE_SECONDARY,
            SECTOR_SHARE_TERTIARY, URBAN_EMPLOYMENT_SHARE, NEW_URBAN_JOBS, NEW_URBAN_JOBS_CUMULATIVE,
            SURVEYED_UNEMPLOYMENT_RATE, REGISTERED_UNEMPLOYMENT_RATE, RURAL_LABOUR_FORCE, RURAL_LABOUR_TRANSFERRED,
            RURAL_LABOUR_TRANSFER_RATE, SKILLED_WORKERS);

    private IndicatorCatalog() {
    }

    public static String workingAgePopulation(AgeBand band) {
        return "working_age_population_" + band.suffix();
    }

    public static String workingAgeShare(AgeBand band) {
        return workingAgePopulation(band) + "_share";
    }

    /** Every indicator name produced for the given working-age definitions, in output order. */
    public static List<String> names(List<AgeBand> workingAge) {
        List<String> names = new ArrayList<>(List.of(POPULATION_TOTAL, POPULATION_URBAN, POPULATION_RURAL,
                URBANIZATION_RATE, BIRTHS, DEATHS, NET_MIGRATION, RURAL_URBAN_TRANSFERS, TRANSFER_INTENSITY));
        for (AgeBand band : workingAge) {
            names.add(workingAgePopulation(band));
            names.add(workingAgeShare(band));
        }
        names.addAll(List.of(AGEING_SHARE_45_59, SHARE_60_PLUS, SHARE_65_PLUS, OLD_AGE_DEPENDENCY_RATIO));
        return names;
    }

    /**
     * The indicators the labour model produces, in output order. They exist only for scenarios with a
     * {@code labour:} section, so targets on them are accepted only there.
     */
    public static List<String> labourNames() {
        return LABOUR_NAMES;
    }

    /** True for an indicator of the labour model (see {@link #labourNames()}). */
    public static boolean isLabour(String name) {
        return LABOUR_NAMES.contains(name);
    }

    /** True for indicators that are fractions 0–1 (charts show them as percentages). */
    public static boolean isShare(String name) {
        return name.equals(URBANIZATION_RATE) || name.endsWith("_share") || name.startsWith("share_")
                || name.equals(AGEING_SHARE_45_59) || name.equals(OLD_AGE_DEPENDENCY_RATIO)
                || name.equals(TRANSFER_INTENSITY) || name.startsWith("sector_share_")
                || name.equals(RURAL_LABOUR_TRANSFER_RATE) || name.equals(SURVEYED_UNEMPLOYMENT_RATE)
                || name.equals(REGISTERED_UNEMPLOYMENT_RATE);
    }

    /** True for flows, which have no value in the base year. */
    public static boolean isFlow(String name) {
        return name.equals(BIRTHS) || name.equals(DEATHS) || name.equals(NET_MIGRATION)
                || name.equals(RURAL_URBAN_TRANSFERS) || name.equals(TRANSFER_INTENSITY)
                || name.equals(NEW_URBAN_JOBS);
    }
}
