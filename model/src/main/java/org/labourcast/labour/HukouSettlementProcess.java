package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.BernoulliTrials;
import org.labourcast.agents.Draws;

/**
 * Hukou settlement (落户, part of 农业转移人口市民化): each urban resident holding rural hukou takes urban hukou with
 * the scenario's yearly settlement rate. Settled persons stop counting as rural labour; residence is unchanged.
 *
 * <p>Reads: agents. Writes: agents (the urban-hukou flag).
 */
final class HukouSettlementProcess implements YearlyProcess {
    /** The class of a rural-hukou holder in the settlement trials; everyone else is class 0, never drawn. */
    private static final int RURAL_HUKOU_HOLDER = 1;
    private static final BernoulliTrials.Classes RURAL_HUKOU = BernoulliTrials.table((status, sector, flags) ->
            (flags & AgentColumns.F_URBAN_HUKOU) == 0 ? RURAL_HUKOU_HOLDER : 0);

    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS);
    }

    @Override
    public void step(YearContext year) {
        double scenarioRate = year.assumptions().hukou().settlementRate().scalarAt(
                org.labourcast.TimeAnchor.midYear(year.year()));
        double settle = Math.min(1, scenarioRate + year.effects().settlementRateAddition()); // hukou_easing levers
        if (Draws.threshold(settle) == 0) {
            return;
        }
        double[] byClass = new double[RURAL_HUKOU_HOLDER + 1];
        byClass[RURAL_HUKOU_HOLDER] = settle;
        year.executor().forEach(year.population().slots(), slot ->
                new BernoulliTrials(byClass, year.random(slot)).run(year.population().group(slot).urban(),
                        RURAL_HUKOU, (c, i, cls) -> c.set(i, AgentColumns.F_URBAN_HUKOU)));
    }
}
