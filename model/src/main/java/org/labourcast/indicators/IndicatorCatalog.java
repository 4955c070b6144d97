package org.labourcast.indicators;

import java.util.ArrayList;
import java.util.List;
import org.labourcast.labour.LabourIndicators;

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
    /**
     * Residents aged 16 and over, the population NBS labour statistics cover: the denominator of the participation
     * rate labour_force / population_16_plus in the decomposition of scenario differences (docs/comparison.md).
     */
    public static final String POPULATION_16_PLUS = "population_16_plus";

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
        names.add(POPULATION_16_PLUS);
        names.addAll(List.of(AGEING_SHARE_45_59, SHARE_60_PLUS, SHARE_65_PLUS, OLD_AGE_DEPENDENCY_RATIO));
        return names;
    }

    /**
     * The indicators the labour model produces, in output order. They exist only for scenarios with a
     * {@code labour:} section, so targets on them are accepted only there.
     */
    public static List<String> labourNames() {
        return LabourIndicators.NAMES;
    }

    /** True for an indicator of the labour model (see {@link #labourNames()}). */
    public static boolean isLabour(String name) {
        return LabourIndicators.NAMES.contains(name);
    }

    /** True for indicators that are fractions 0–1 (charts show them as percentages). */
    public static boolean isShare(String name) {
        return name.equals(URBANIZATION_RATE) || name.endsWith("_share") || name.startsWith("share_")
                || name.equals(AGEING_SHARE_45_59) || name.equals(OLD_AGE_DEPENDENCY_RATIO)
                || name.equals(TRANSFER_INTENSITY) || LabourIndicators.isShare(name);
    }

    /** True for flows, which have no value in the base year. */
    public static boolean isFlow(String name) {
        return name.equals(BIRTHS) || name.equals(DEATHS) || name.equals(NET_MIGRATION)
                || name.equals(RURAL_URBAN_TRANSFERS) || name.equals(TRANSFER_INTENSITY)
                || LabourIndicators.isFlow(name);
    }
}
