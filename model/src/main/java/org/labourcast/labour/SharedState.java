package org.labourcast.labour;

/**
 * The state the yearly processes share through their {@link YearContext}: what a {@link YearlyProcess} declares it
 * reads and writes. The scenario's inputs (assumptions, the levers' effects, the base-year calibration, the year's
 * random streams) are read by nearly every process and change no process's result for another, so they are not
 * listed.
 */
enum SharedState {
    /** The agents' states ({@link org.labourcast.agents.AgentPopulation}), carried from year to year. */
    AGENTS(false),
    /** Rural labour working outside the region (外出), by sex and age ({@link LabourMarketState#away}). */
    AWAY(false),
    /** Labour demand by sector, grown from the base year's employment ({@link LabourMarketState#demand}). */
    SECTOR_DEMAND(false),
    /** The employment each sector is measured against this year ({@link LabourMarketState#target}). */
    SECTOR_TARGETS(true),
    /** The year's event counts ({@link YearEvents}), zeroed by the engine when it begins the year. */
    EVENTS(true),
    /**
     * The year's new urban jobs, natural attrition and unfilled vacancies ({@link LabourMarketState}), zeroed by the
     * engine when it begins the year.
     */
    JOB_TALLIES(true),
    /** The cohort-component years the agents are aligned to ({@link CohortYears}). */
    COHORT_YEARS(false),
    /** The recorded years' indicators and the urban labour force last recorded. */
    RECORD(false),
    /**
     * Insurance enrolment: new hires' enrolment probabilities and the enrolled counts
     * ({@link LabourMarketState#insurance}, and basic pension's {@link LabourMarketState#pension}), carried from year
     * to year.
     */
    INSURANCE(false),
    /** Family households ({@link Households}): the records and the agents' links, carried from year to year. */
    HOUSEHOLDS(false);

    private final boolean ofTheYear;

    SharedState(boolean ofTheYear) {
        this.ofTheYear = ofTheYear;
    }

    /**
     * Whether this state is made afresh each year (zeroed by the engine or set by a process), so that a process
     * reading it must come after one that writes it in the same year; otherwise it carries last year's value.
     */
    boolean ofTheYear() {
        return ofTheYear;
    }
}
