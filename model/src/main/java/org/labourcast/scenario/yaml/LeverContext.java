package org.labourcast.scenario.yaml;

/**
 * What lever parsers need to know about the scenario: its time span and the defaults some levers take from the
 * scenario's {@code labour:} section.
 *
 * @param baseYear                   the scenario's base year; levers act from {@code baseYear + 1}
 * @param horizon                    the last projected year
 * @param skillsCertificationRate    {@code labour.skills.certification_rate}, the default pass rate of extra trainees
 * @param skillsRuralLabourShare     {@code labour.skills.rural_labour_share}, the default rural share of extra trainees
 */
public record LeverContext(int baseYear, int horizon, double skillsCertificationRate, double skillsRuralLabourShare) {
    public LeverContext {
        if (horizon <= baseYear) {
            throw new IllegalArgumentException("the horizon must be after the base year");
        }
        if (!(skillsCertificationRate >= 0 && skillsCertificationRate <= 1)
                || !(skillsRuralLabourShare >= 0 && skillsRuralLabourShare <= 1)) {
            throw new IllegalArgumentException("the skills defaults must be shares between 0 and 1");
        }
    }

    /** The first year a lever may act. */
    public int firstYear() {
        return baseYear + 1;
    }
}
