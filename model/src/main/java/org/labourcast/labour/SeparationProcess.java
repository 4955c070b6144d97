package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.BernoulliTrials;
import org.labourcast.agents.Draws;
import org.labourcast.agents.Status;
import org.labourcast.demography.Residence;
import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.labour.SectorValues;

/**
 * Job separations: each employed person loses the job with the separation rate of the sector and becomes unemployed.
 * An urban resident who becomes unemployed registers with the employment service with the registration
 * probability of their hukou calibrated in the base year — the link between surveyed and registered unemployment.
 *
 * <p>Reads: agents. Writes: agents (job loss, registration), events (separations).
 */
final class SeparationProcess implements YearlyProcess {
    /** The class of the separation trials: the employed by the {@link Sector#code()} of their sector; 0 others. */
    private static final BernoulliTrials.Classes EMPLOYED_BY_SECTOR = BernoulliTrials.table((status, sector, flags) ->
            status == Status.EMPLOYED ? sector : 0);

    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.EVENTS);
    }

    @Override
    public void step(YearContext year) {
        SectorValues rates = year.assumptions().matching().separationRate();
        double[] bySectorCode = new double[Sector.values().length + 1];
        // Job-retention refunds (稳岗返还) scale the separation rates of non-farm employees (docs/levers.md).
        double retention = year.effects().separationRateMultiplier();
        for (Sector s : Sector.values()) {
            bySectorCode[s.code()] = Math.min(1, rates.get(s) * (s.nonFarm() ? retention : 1));
        }
        long[] register = year.registrationThresholds();
        int slots = year.population().slots();
        long[] separated = new long[slots];
        year.executor().forEach(slots, slot -> {
            UniformRandomProvider rng = year.random(slot);
            // One sequence of trials per sector (class = sector code).
            BernoulliTrials trials = new BernoulliTrials(bySectorCode, rng);
            long n = 0;
            for (Residence r : Residence.values()) {
                n += trials.run(year.population().group(slot).residents(r), EMPLOYED_BY_SECTOR,
                        (c, i, cls) -> becomeUnemployed(c, i, r, rng, register));
            }
            separated[slot] = n;
        });
        YearEvents events = year.events();
        for (long n : separated) {
            events.separations += n;
        }
    }

    /** Job loss: unemployed, no sector; an urban resident registers with the probability of their hukou. */
    static void becomeUnemployed(AgentColumns c, int i, Residence r, UniformRandomProvider rng, long[] register) {
        int flags = c.flags(i) & ~(AgentColumns.F_SEEKING_NONFARM | AgentColumns.F_REGISTERED);
        c.setState(i, Status.UNEMPLOYED, 0, withRegistration(flags, r, rng, register));
    }

    /**
     * The flags of a person who becomes unemployed (a job loser or an entrant seeking work): an urban resident
     * registers with the probability of their hukou ({@link YearContext#registrationThresholds()}).
     */
    static int withRegistration(int flags, Residence r, UniformRandomProvider rng, long[] register) {
        boolean registers = r == Residence.URBAN
                && Draws.bernoulli(rng, register[flags & AgentColumns.F_URBAN_HUKOU]);
        return registers ? flags | AgentColumns.F_REGISTERED : flags;
    }
}
