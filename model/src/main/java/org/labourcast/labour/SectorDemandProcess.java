package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.labourcast.TimeAnchor;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.Sector;

/**
 * Sector labour demand and the shedding of excess workers. Demand for each sector grows with its output:
 * D(t) = D(t−1) × (1 + g(t) × ε), g the scenario's real output growth and ε its employment elasticity, starting from
 * base-year employment. Under free entry (the default vacancy rule) demand sets the structure only: each sector is
 * measured against current employment shared in proportion to D ({@link YearContext#sectorTargets}). Where a
 * non-farm sector employs more than its demand, {@code adjustmentSpeed} × the excess
 * lose their jobs (drawn uniformly); where farming employs more than its demand, that share of the excess farm
 * workers of rural-labour age is pushed to look for non-farm work (surplus farm labour, the Lewis mechanism) — they
 * keep farming if no job is found.
 *
 * <p>Reads: agents, sector demand. Writes: sector demand (grown a year), sector targets (this year's, for
 * {@link JobMatchingProcess}), agents (shed workers, pushed farm workers).
 */
final class SectorDemandProcess implements YearlyProcess {
    /*
     * The classes of the shedding draw (ExactCountSelection strata), one a sector's workers can be shed from:
     * farm workers who can be pushed to look for non-farm work, secondary and tertiary employees; and the other farm
     * workers, counted in primary employment but never drawn.
     */
    private static final int PUSHABLE_FARMER = 0;
    private static final int SECONDARY_EMPLOYEE = 1;
    private static final int TERTIARY_EMPLOYEE = 2;
    private static final int OTHER_FARMER = 3;
    private static final int CLASSES = 4;
    /** The class a sector's excess workers are drawn from, by sector ordinal. */
    private static final int[] SHED_FROM = {PUSHABLE_FARMER, SECONDARY_EMPLOYEE, TERTIARY_EMPLOYEE};

    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS, SharedState.SECTOR_DEMAND);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.SECTOR_DEMAND, SharedState.SECTOR_TARGETS);
    }

    @Override
    public void step(YearContext year) {
        LabourAssumptions.SectorDemandAssumption d = year.assumptions().sectors();
        LabourMarketState market = year.market();
        double[] growth = d.outputGrowth().at(TimeAnchor.midYear(year.year()));
        for (Sector s : Sector.values()) {
            market.setDemand(s, market.demand(s) * (1 + growth[s.ordinal()] * d.employmentElasticity().get(s)));
        }
        ExactCountSelection.Classifier classes = (status, sector, flags, r, slot) -> classOf(status, sector, flags,
                year.ruralLabourAge(slot));
        long[][] counts = ExactCountSelection.count(year.population(), year.executor(), CLASSES, classes);
        long[] employed = new long[Sector.values().length];
        long pushable = 0;
        for (long[] n : counts) {
            employed[Sector.PRIMARY.ordinal()] += n[PUSHABLE_FARMER] + n[OTHER_FARMER];
            employed[Sector.SECONDARY.ordinal()] += n[SECONDARY_EMPLOYEE];
            employed[Sector.TERTIARY.ordinal()] += n[TERTIARY_EMPLOYEE];
            pushable += n[PUSHABLE_FARMER];
        }
        long[] moves = new long[Sector.values().length];
        double[] demand = year.sectorTargets(employed);
        market.setTargets(demand);
        for (Sector s : Sector.values()) {
            double excess = employed[s.ordinal()] - demand[s.ordinal()];
            if (excess > 0) {
                moves[s.ordinal()] = Math.round(d.adjustmentSpeed() * excess);
            }
        }
        // Farming sheds only the farm workers who can be pushed.
        int farm = Sector.PRIMARY.ordinal();
        moves[farm] = Math.min(moves[farm], pushable);
        if (moves[0] + moves[1] + moves[2] == 0) {
            return;
        }
        long[][] shares = new long[counts.length][CLASSES];
        for (Sector s : Sector.values()) {
            int k = SHED_FROM[s.ordinal()];
            double[] w = new double[CLASSES];
            w[k] = 1;
            long[][] one = ExactCountSelection.split(moves[s.ordinal()], counts, w);
            for (int g = 0; g < counts.length; g++) {
                shares[g][k] = one[g][k];
            }
        }
        long[] register = year.registrationThresholds();
        ExactCountSelection.draw(year.population(), year.executor(), counts, shares, classes, year.randomBySlot(),
                year.selections(),
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
        return SHED_FROM[Sector.ofCode(sector).ordinal()];
    }
}
