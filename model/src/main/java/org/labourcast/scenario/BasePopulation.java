package org.labourcast.scenario;

import org.labourcast.demography.CohortTable;

/**
 * The population at the end of the base year, already in single years of age and in persons.
 *
 * @param persons         persons by sex, residence and single year of age
 * @param referenceDate   the date the source counts refer to, as written (e.g. "2020-11-01", census day)
 * @param source          where the counts come from
 * @param residenceSource where the urban/rural split comes from
 */
public record BasePopulation(CohortTable persons, String referenceDate, String source, String residenceSource) {
}
