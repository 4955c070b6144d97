package org.labourcast.labour;

import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.BernoulliTrials;
import org.labourcast.agents.Draws;
import org.labourcast.agents.Status;
import org.labourcast.demography.Residence;
import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.labour.SectorValues;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Job separations: each employed person loses the job with the separation rate of the sector and becomes unemployed.
 * An urban resident who becomes unemployed registers with the employment service with the registration
 * probability of their hukou calibrated in the base year — the link between surveyed and registered unemployment.
 */
final class SeparationProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Class: the sector code of the employed; 0 for everyone else. */
    private static final BernoulliTrials.Classes EMPLOYED_BY_SECTOR = BernoulliTrials.table((status, sector, flags) ->
            status == Status.EMPLOYED ? sector : 0);

    @Override
    public void step(SimState state) {
        LabourSimulation sim = (LabourSimulation) state;
        SectorValues rates = sim.assumptions().matching().separationRate();
        double[] bySector = new double[4];
        // Job-retention refunds (稳岗返还) scale the separation rates of non-farm employees (docs/levers.md).
        double retention = sim.effects().separationRateMultiplier();
        for (Sector s : Sector.values()) {
            bySector[s.code()] = Math.min(1, rates.get(s) * (s.nonFarm() ? retention : 1));
        }
        long[] register = sim.registrationThresholds();
        int slots = sim.population.slots();
        long[] separated = new long[slots];
        sim.executor.forEach(slots, slot -> {
            UniformRandomProvider rng = sim.groupRandom[slot];
            // One sequence of trials per sector (class = sector code).
            BernoulliTrials trials = new BernoulliTrials(bySector, rng);
            long n = 0;
            for (Residence r : Residence.values()) {
                n += trials.run(sim.population.group(slot).residents(r), EMPLOYED_BY_SECTOR,
                        (c, i, cls) -> becomeUnemployed(c, i, r, rng, register));
            }
            separated[slot] = n;
        });
        for (long n : separated) {
            sim.events.separations += n;
        }
    }

    /** Job loss: unemployed, no sector; an urban resident registers with the probability of their hukou. */
    static void becomeUnemployed(AgentColumns c, int i, Residence r, UniformRandomProvider rng, long[] register) {
        int flags = c.flags(i) & ~(AgentColumns.F_SEEKING_NONFARM | AgentColumns.F_REGISTERED);
        c.setState(i, Status.UNEMPLOYED, 0, withRegistration(flags, r, rng, register));
    }

    /**
     * The flags of a person who becomes unemployed (a job loser or an entrant seeking work): an urban resident
     * registers with the probability of their hukou ({@link LabourSimulation#registrationThresholds()}).
     */
    static int withRegistration(int flags, Residence r, UniformRandomProvider rng, long[] register) {
        boolean registers = r == Residence.URBAN
                && Draws.bernoulli(rng, register[flags & AgentColumns.F_URBAN_HUKOU]);
        return registers ? flags | AgentColumns.F_REGISTERED : flags;
    }
}
