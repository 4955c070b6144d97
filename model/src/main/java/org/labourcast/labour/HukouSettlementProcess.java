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
    /** Class 1: holds rural hukou. */
    private static final BernoulliTrials.Classes RURAL_HUKOU = BernoulliTrials.table((status, sector, flags) ->
            (flags & AgentColumns.F_URBAN_HUKOU) == 0 ? 1 : 0);

    @Override
    public void step(SimState state) {
        LabourSimulation sim = (LabourSimulation) state;
        double scenarioRate = sim.assumptions().hukou().settlementRate().scalarAt(
                org.labourcast.TimeAnchor.midYear(sim.year));
        double settle = Math.min(1, scenarioRate + sim.effects().settlementRateAddition()); // hukou_easing levers
        if (Draws.threshold(settle) == 0) {
            return;
        }
        sim.executor.forEach(sim.population.slots(), slot ->
                new BernoulliTrials(new double[] {0, settle}, sim.groupRandom[slot]).run(sim.population.group(slot).urban(),
                        RURAL_HUKOU, (c, i, cls) -> c.set(i, AgentColumns.F_URBAN_HUKOU)));
    }
}
