package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.Allocation;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.agents.Status;
import org.labourcast.agents.TraitSelection;
import org.labourcast.demography.Residence;
import org.labourcast.policy.StartupSupport;
import org.labourcast.scenario.labour.Sector;

/**
 * Supported start-ups (扶持创业, the {@code entrepreneurship_support} lever; docs/levers.md): the year's additional
 * founders start their businesses before matching.
 * <ul>
 *   <li>founders from the unemployed: in each sector, that many unemployed persons, drawn uniformly, become employed
 *       in the sector (self-employed in their own business). Their jobs are counted in the sector's demand
 *       ({@link YearContext#effectiveDemand}) so they are not shed, and not offered to seekers. A registered founder
 *       counts as re-employed (失业人员再就业 counts 自主创业), and a founder living in town as a new urban job;</li>
 *   <li>founders who are returning migrants: that many employed rural-hukou residents of rural-labour age not yet
 *       flagged are flagged {@link AgentTraits#RETURNED_MIGRANT}, as {@link ReturneeStartups} does for the returns
 *       the scenario's return rate gives: the business is the returnee's job, so employment does not change.</li>
 * </ul>
 * Counts are rounded to whole agents. When there are fewer eligible persons than founders, all of them start one.
 * Draws only when a lever asks for founders, so runs without one are unchanged.
 *
 * <p>Reads: agents. Writes: agents, events (re-employment), job tallies (new urban jobs, founders placed, returnee
 * start-ups).
 */
final class SupportedStartups implements YearlyProcess {
    private static final ExactCountSelection.Classifier UNEMPLOYED =
            ExactCountSelection.Classifier.ofStatus(Status.UNEMPLOYED);

    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.EVENTS, SharedState.JOB_TALLIES);
    }

    @Override
    public void step(YearContext year) {
        StartupSupport s = year.effects().startups();
        double k = year.scale();
        // The year's founders in whole agents, shared over sectors by largest remainder (no rounding per sector).
        long founders = Math.round(s.unemployedFounderTotal() / k);
        if (founders > 0) {
            double[] weights = new double[Sector.values().length];
            for (Sector sector : Sector.values()) {
                weights[sector.ordinal()] = s.unemployedFounders().get(sector);
            }
            long[] bySector = Allocation.proportional(founders, weights, new long[] {founders, founders, founders});
            for (Sector sector : Sector.values()) {
                if (bySector[sector.ordinal()] > 0) {
                    placeUnemployed(year, sector, bySector[sector.ordinal()]);
                }
            }
        }
        long returnees = Math.round(s.returneeFounders() / k);
        if (returnees > 0) {
            long flagged = flagReturnees(year, returnees);
            year.market().addReturneeStartups(flagged);
            year.market().addStartupFounders(flagged);
        }
    }

    /** Makes {@code n} unemployed persons (at most all) self-employed in {@code sector}. */
    private static void placeUnemployed(YearContext year, Sector sector, long n) {
        int slots = year.population().slots();
        long[][] counts = ExactCountSelection.count(year.population(), year.executor(), 1, UNEMPLOYED);
        long[][] shares = ExactCountSelection.split(n, counts, new double[] {1});
        long[] urban = new long[slots];
        long[] placed = new long[slots];
        long[] reemployed = new long[slots];
        long[] hardPlaced = new long[slots];
        ExactCountSelection.draw(year.population(), year.executor(), counts, shares, UNEMPLOYED, year.randomBySlot(),
                year.selections(), (c, i, r, cls, slot, rng) -> {
                    // Only this slot's task touches the slot's tallies.
                    JobMatchingProcess.countReemployed(year, c, i, slot, reemployed, hardPlaced);
                    c.setState(i, Status.EMPLOYED, sector.code(),
                            c.flags(i) & ~(AgentColumns.F_SEEKING_NONFARM | AgentColumns.F_REGISTERED));
                    placed[slot]++;
                    if (r == Residence.URBAN && sector != Sector.PRIMARY) {
                        urban[slot]++;
                    }
                });
        for (int slot = 0; slot < slots; slot++) {
            year.market().addNewUrbanJobs(urban[slot]);
            year.market().addStartupFounders(placed[slot]);
            year.events().reemployed += reemployed[slot];
            year.events().hardToEmployPlaced += hardPlaced[slot];
        }
    }

    /** Flags {@code n} (at most all) employed rural-hukou residents of rural-labour age not yet flagged. */
    private static long flagReturnees(YearContext year, long n) {
        ExactCountSelection.Classifier employedRural = (status, sector, flags, r, slot) -> status == Status.EMPLOYED
                && (flags & AgentColumns.F_URBAN_HUKOU) == 0 && year.ruralLabourAge(slot) ? 0 : -1;
        boolean[] refinable = {true, false};
        TraitSelection.Refiner flagged = (base, years, traits, slot) ->
                (traits & AgentTraits.RETURNED_MIGRANT) != 0 ? 1 : 0;
        long[][] counts = TraitSelection.count(year.population(), year.executor(), 2, employedRural, refinable,
                flagged);
        long available = 0;
        for (long[] v : counts) {
            available += v[0];
        }
        long total = Math.min(n, available); // the split would fill the flagged class once the others run out
        long[][] shares = ExactCountSelection.split(total, counts, new double[] {1, 0});
        TraitSelection.draw(year.population(), year.executor(), counts, shares, employedRural, refinable, flagged,
                year.randomBySlot(), year.selections(),
                (c, i, r, cls, slot, rng) -> c.setTraits(i, c.traits(i) | AgentTraits.RETURNED_MIGRANT));
        return total;
    }
}
