package org.labourcast.labour;

import org.labourcast.TimeAnchor;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.Sector;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Sector labour demand and the shedding of excess workers. Demand for each sector grows with its output:
 * D(t) = D(t−1) × (1 + g(t) × ε), g the scenario's real output growth and ε its employment elasticity, starting from
 * base-year employment. Under free entry (the default vacancy rule) demand sets the structure only: each sector is
 * measured against current employment shared in proportion to D ({@link LabourSimulation#sectorTargets}). Where a
 * non-farm sector employs more than its demand, {@code adjustmentSpeed} × the excess
 * lose their jobs (drawn uniformly); where farming employs more than its demand, that share of the excess farm
 * workers of rural-labour age is pushed to look for non-farm work (surplus farm labour, the Lewis mechanism) — they
 * keep farming if no job is found.
 */
final class SectorDemandProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final int PUSHABLE_FARMER = 0;
    private static final int OTHER_FARMER = 3;

    @Override
    public void step(SimState state) {
        LabourSimulation sim = (LabourSimulation) state;
        LabourAssumptions.SectorDemandAssumption d = sim.assumptions().sectors();
        double[] growth = d.outputGrowth().at(TimeAnchor.midYear(sim.year));
        for (Sector s : Sector.values()) {
            sim.demand[s.ordinal()] *= 1 + growth[s.ordinal()] * d.employmentElasticity().get(s);
        }
        // Classes: 0 farm workers who can be pushed, 1 secondary, 2 tertiary, 3 other farm workers.
        ExactCountSelection.Classifier classes = (status, sector, flags, r, slot) -> classOf(status, sector, flags,
                sim.ruralLabourAge(slot));
        long[][] counts = ExactCountSelection.count(sim.population, sim.executor, 4, classes);
        long[] employed = new long[3];
        long pushable = 0;
        for (long[] n : counts) {
            employed[0] += n[PUSHABLE_FARMER] + n[OTHER_FARMER];
            employed[1] += n[1];
            employed[2] += n[2];
            pushable += n[PUSHABLE_FARMER];
        }
        long[] moves = new long[4];
        double[] demand = sim.sectorTargets(employed);
        sim.yearTargets = demand;
        for (Sector s : Sector.values()) {
            double excess = employed[s.ordinal()] - demand[s.ordinal()];
            if (excess > 0) {
                moves[s.ordinal()] = Math.round(d.adjustmentSpeed() * excess);
            }
        }
        moves[0] = Math.min(moves[0], pushable);
        if (moves[0] + moves[1] + moves[2] == 0) {
            return;
        }
        long[][] shares = new long[counts.length][4];
        for (int k = 0; k < 3; k++) {
            double[] w = new double[4];
            w[k] = 1;
            long[][] one = ExactCountSelection.split(moves[k], counts, w);
            for (int s = 0; s < counts.length; s++) {
                shares[s][k] = one[s][k];
            }
        }
        long[] register = sim.registrationThresholds();
        ExactCountSelection.draw(sim.population, sim.executor, counts, shares, classes, sim.groupRandom, sim.selections,
                (c, i, r, cls, slot, rng) -> {
                    if (cls == PUSHABLE_FARMER) {
                        c.set(i, AgentColumns.F_SEEKING_NONFARM);
                    } else {
                        SeparationProcess.becomeUnemployed(c, i, r, rng, register);
                    }
                });
    }

    private static int classOf(int status, int sector, int flags, boolean ruralLabourAge) {
        if (status != org.labourcast.agents.Status.EMPLOYED) {
            return -1;
        }
        if (sector == Sector.PRIMARY.code()) {
            boolean pushable = RuralTransferProcess.isFarmWorker(status, sector, flags) && ruralLabourAge
                    && (flags & AgentColumns.F_SEEKING_NONFARM) == 0;
            return pushable ? PUSHABLE_FARMER : OTHER_FARMER;
        }
        return sector - 1;
    }
}
