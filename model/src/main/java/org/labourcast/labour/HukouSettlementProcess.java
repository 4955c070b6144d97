package org.labourcast.labour;

import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.BernoulliTrials;
import org.labourcast.agents.Draws;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Hukou settlement (落户, part of 农业转移人口市民化): each urban resident holding rural hukou takes urban hukou with
 * the scenario's yearly settlement rate. Settled persons stop counting as rural labour; residence is unchanged.
 */
final class HukouSettlementProcess implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        LabourSimulation sim = (LabourSimulation) state;
        double settle = sim.assumptions().hukou().settlementRate().scalarAt(
                org.labourcast.scenario.TimeAnchor.midYear(sim.year));
        if (Draws.threshold(settle) == 0) {
            return;
        }
        sim.executor.forEach(sim.population.slots(), slot -> {
            AgentColumns c = sim.population.group(slot).urban();
            BernoulliTrials settles = new BernoulliTrials(settle, sim.groupRandom[slot]);
            byte[] flags = c.flags;
            for (int i = 0, n = c.size(); i < n; i++) {
                if ((flags[i] & AgentColumns.F_URBAN_HUKOU) == 0 && settles.next()) {
                    flags[i] |= AgentColumns.F_URBAN_HUKOU;
                }
            }
        });
    }
}
