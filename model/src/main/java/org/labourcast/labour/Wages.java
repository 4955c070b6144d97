package org.labourcast.labour;

import org.labourcast.TimeAnchor;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentKeys;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.CohortGroup;
import org.labourcast.agents.Status;
import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.labour.WageAssumption;

/**
 * The average wage of urban non-farm employees, computed from each agent's traits and never stored (an agent has no
 * wage column): see {@link WageAssumption} for the individual wage. The recorder sums the agents' wage factors by
 * sector ({@link #sum}); {@link #average} scales the sums by the sectors' productivity indices and the constant
 * fitted in the base year. The indices and the constant are kept in {@link LabourMarketState}.
 *
 * <p>Without {@code labour.education} every agent reads level 0, which then means "not known", and is given the
 * scenario's mean schooling; with it level 0 is 未上学 (no schooling, 0 years).
 */
final class Wages {
    /** Positions in a slot's sums: the secondary and tertiary wage factors, and the employees counted. */
    static final int SECONDARY = 0;
    static final int TERTIARY = 1;
    static final int COUNT = 2;
    static final int SIZE = 3;

    private Wages() {
    }

    /**
     * Adds the wage factors (schooling, experience, skill and sector ratio, before productivity) of one group's urban
     * residents employed in non-farm work to {@code sums}.
     *
     * @param levelsKnown whether the scenario assigns education levels (else every agent gets the mean schooling)
     */
    static void sum(WageAssumption w, CohortGroup g, int age, boolean levelsKnown, double[] sums) {
        AgentColumns c = g.urban();
        double[] byLevel = new double[AgentTraits.Education.values().length];
        for (int level = 0; level < byLevel.length; level++) {
            double schooling = levelsKnown ? AgentTraits.Education.of(level).years : w.meanSchooling();
            byLevel[level] = w.personFactor(schooling, age);
        }
        // From the column's key-by-education histogram: agents alike in key and level have the same factor.
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            int sector = AgentKeys.sector(key);
            if (c.count(key) == 0 || AgentKeys.status(key) != Status.EMPLOYED || sector == 0
                    || sector == Sector.PRIMARY.code()) {
                continue;
            }
            Sector s = Sector.ofCode(sector);
            double f = w.ratio(s);
            if ((AgentKeys.flags(key) & AgentColumns.F_SKILLED) != 0) {
                f *= w.skillPremium();
            }
            for (int level = 0; level < byLevel.length; level++) {
                int n = c.count(key, level);
                if (n > 0) {
                    sums[s == Sector.SECONDARY ? SECONDARY : TERTIARY] += n * (byLevel[level] * f);
                    sums[COUNT] += n;
                }
            }
        }
    }

    /**
     * The year's average wage (yuan a year, base-year prices) from the summed factors. In the base year it fits the
     * scale so that the average is the scenario's base wage; later it first grows each sector's productivity index
     * by the sector's output growth over its employment growth (the model's employment, by sector, against last
     * year's), raised to the pass-through.
     *
     * @param employed     this year's employment by sector ordinal (persons)
     * @param lastEmployed last year's employment by sector ordinal (persons), null in the base year
     */
    static double average(YearContext year, WageAssumption w, double[] sums, double[] employed,
                          double[] lastEmployed) {
        LabourMarketState market = year.market();
        double[] index = market.productivity();
        if (lastEmployed != null) {
            double[] growth = year.assumptions().sectors().outputGrowth().at(TimeAnchor.midYear(year.year()));
            for (Sector s : new Sector[] {Sector.SECONDARY, Sector.TERTIARY}) {
                int k = s.ordinal();
                if (employed[k] > 0 && lastEmployed[k] > 0) {
                    double productivity = (1 + growth[k]) * lastEmployed[k] / employed[k];
                    index[k] *= Math.pow(productivity, w.productivityPassThrough());
                }
            }
        }
        if (sums[COUNT] == 0) {
            return Double.NaN;
        }
        double raw = (sums[SECONDARY] * index[Sector.SECONDARY.ordinal()]
                + sums[TERTIARY] * index[Sector.TERTIARY.ordinal()]) / sums[COUNT];
        if (lastEmployed == null) {
            market.setWageScale(w.baseWage() / raw);
        }
        return market.wageScale() * raw;
    }
}
