package org.labourcast.labour;

import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.agents.AgentColumns;
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
        long settle = Draws.threshold(sim.assumptions().hukou().settlementRate().scalarAt(
                org.labourcast.scenario.TimeAnchor.midYear(sim.year)));
        if (settle == 0) {
            return;
        }
        sim.executor.forEach(sim.population.slots(), slot -> {
            AgentColumns c = sim.population.group(slot).urban();
            UniformRandomProvider rng = sim.groupRandom[slot];
            for (int i = 0; i < c.size(); i++) {
                if ((c.flags[i] & AgentColumns.F_URBAN_HUKOU) == 0 && Draws.bernoulli(rng, settle)) {
                    c.flags[i] |= AgentColumns.F_URBAN_HUKOU;
                }
            }
        });
    }
}
