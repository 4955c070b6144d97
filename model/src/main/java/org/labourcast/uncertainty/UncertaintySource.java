package org.labourcast.uncertainty;

import java.util.Locale;

/**
 * The sources of uncertainty a Monte Carlo replicate draws from (docs/uncertainty.md). Each replicate draws every
 * source from its own random stream, keyed by the source and the replicate index, so two scenarios run with the same
 * seed share the draws of every source they both have (common random numbers keep {@code compare} paired).
 */
public enum UncertaintySource {
    /** Total fertility: a time-correlated deviation of the fertility schedules. */
    FERTILITY,
    /** Life expectancy at birth: a time-correlated shift of the mortality schedules. */
    MORTALITY,
    /** Net migration level: a time-correlated deviation from its projected path. */
    MIGRATION,
    /** The projected urbanization path: the fitted time-series model's own forecast error. */
    URBANIZATION,
    /** Behavioural parameters given as distributions in the scenario. */
    PARAMETER,
    /** Sector output growth paths from a time-series model of the region's history. */
    ECONOMIC,
    /** Policy lever effect sizes drawn from their cited ranges. */
    POLICY,
    /** Base-year values that are assumptions (e.g. a surveyed rate taken from the national figure). */
    BASE_YEAR,
    /** The agents' own chance events (sampling noise of the microsimulation). */
    SAMPLING;

    /** The name used in files ({@code drivers.csv}) and on the command line: lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
