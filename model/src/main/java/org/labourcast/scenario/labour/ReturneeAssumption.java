package org.labourcast.scenario.labour;

/**
 * The optional {@code labour.returnees:} block: returning migrant workers' start-ups (返乡入乡创业). Each year a
 * share of the rural labour working away returns, and a share of the returnees start a business; a returnee
 * entrepreneur is an employed agent carrying {@code AgentTraits.RETURNED_MIGRANT}. The base year's stock (返乡入乡创业
 * 人员累计) is reproduced by the agents. Immutable.
 *
 * @param baseEntrepreneurs returnee entrepreneurs at the end of the base year (persons, cumulative as the plans count)
 * @param returnRate        share of the stock working away that returns in a year (0–1)
 * @param startupShare      share of the year's returnees who start a business (0–1)
 * @param source            where the numbers come from
 */
public record ReturneeAssumption(double baseEntrepreneurs, double returnRate, double startupShare, String source) {
    public ReturneeAssumption {
        LabourAssumptions.requireRange(baseEntrepreneurs, 0, Double.MAX_VALUE, "returnee entrepreneurs");
        LabourAssumptions.requireShare(returnRate, "return rate");
        LabourAssumptions.requireShare(startupShare, "start-up share");
    }

    /** These assumptions with the start-up share replaced. */
    public ReturneeAssumption withStartupShare(double value) {
        return new ReturneeAssumption(baseEntrepreneurs, returnRate, value, source);
    }
}
