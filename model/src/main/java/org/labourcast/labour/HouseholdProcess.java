package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.labourcast.scenario.labour.HouseholdAssumption;

/**
 * The yearly household pass, with {@code labour.households} ({@link Households}): links the year's new working-age
 * urban agents, follows the children and elders, counts zero-employment households (零就业家庭) and places one member
 * of each household the public employment service helps. After matching, so a household is judged on the year's
 * jobs; before insurance enrolment, so a member placed in a job is enrolled as other new hires are. One thread, its
 * own stream ({@link YearContext#householdRandom}): the same for any thread count.
 *
 * <p>Reads: agents, households. Writes: agents (the placed members' status), households, events (re-employment of
 * the hard to employ), job tallies (urban hires).
 */
final class HouseholdProcess implements YearlyProcess {
    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS, SharedState.HOUSEHOLDS);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.HOUSEHOLDS, SharedState.EVENTS, SharedState.JOB_TALLIES);
    }

    @Override
    public void step(YearContext year) {
        HouseholdAssumption h = year.assumptions().households();
        if (h == null) {
            return;
        }
        year.market().households().update(year, h.foundShare(), h.zeroEmploymentHelp());
    }
}
