package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.InputException;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentKeys;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.CohortGroup;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.agents.Status;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.scenario.labour.ReturneeAssumption;

/**
 * Returning migrants' start-ups (返乡入乡创业), when the scenario has {@code labour.returnees} (docs/labour-model.md,
 * "Returnee entrepreneurs"). A returnee entrepreneur is an agent carrying {@link AgentTraits#RETURNED_MIGRANT}; the
 * bit stays with the person (the plans count 返乡入乡创业人员 cumulatively), so the stock is the living flagged agents.
 * <ul>
 *   <li>base year: exactly the scenario's stock (at the model's scale) is drawn among employed rural-hukou residents
 *       of rural-labour age;</li>
 *   <li>each projected year: of the rural labour working away, {@code return_rate} returns, by sex and age; of those,
 *       {@code startup_share} start a business. The demography is net: a return within a year's net migration is
 *       matched by a gross departure of the same cell the net figure already holds, so the away stock and the
 *       residents keep their counts and a returnee takes the place of a resident of the same sex and age. The
 *       start-up is drawn among employed, rural-hukou, not yet flagged residents of that cell and flagged: the
 *       business is the returnee's job (self-employed), so employment totals do not change and nobody is counted
 *       twice.</li>
 * </ul>
 * Each group draws from its own stream after every other process but the recorder, so the other indicators are
 * unchanged by it.
 *
 * <p>Reads: agents, the away stock. Writes: agents (the returned-migrant bit), job tallies (the year's start-ups).
 */
final class ReturneeStartups implements YearlyProcess {
    /** Employed rural-hukou residents of rural-labour age: where the base year's returnee entrepreneurs are drawn. */
    private static ExactCountSelection.Classifier baseEligible(YearContext year) {
        return (status, sector, flags, r, slot) -> status == Status.EMPLOYED
                && (flags & AgentColumns.F_URBAN_HUKOU) == 0
                && year.assumptions().transfer().ages().contains(year.population().ageOf(slot)) ? 0 : -1;
    }

    /** Flags the base year's stock of returnee entrepreneurs; returns the flagged agents. */
    static long assignBaseYear(YearContext year, ReturneeAssumption returnees) {
        ExactCountSelection.Classifier eligible = baseEligible(year);
        long[][] counts = ExactCountSelection.count(year.population(), year.executor(), 1, eligible);
        long available = 0;
        for (long[] n : counts) {
            available += n[0];
        }
        long target = Math.round(returnees.baseEntrepreneurs() / year.scale());
        if (target > available) {
            throw new InputException(null, "labour.returnees.base_entrepreneurs", "the base year has "
                    + fmt(available * year.scale()) + " employed rural-hukou residents of rural-labour age, fewer than"
                    + " the " + fmt(returnees.baseEntrepreneurs()) + " returnee entrepreneurs",
                    "check the count's unit (persons) and labour.transfer.ages");
        }
        long[][] shares = ExactCountSelection.split(target, counts, new double[] {1});
        ExactCountSelection.draw(year.population(), year.executor(), counts, shares, eligible, year.randomBySlot(),
                year.selections(), (c, i, r, cls, slot, rng) -> c.setTraits(i, c.traits(i)
                        | AgentTraits.RETURNED_MIGRANT));
        return target;
    }

    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS, SharedState.AWAY);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.JOB_TALLIES);
    }

    @Override
    public void step(YearContext year) {
        ReturneeAssumption returnees = year.assumptions().returnees();
        if (returnees == null) {
            return;
        }
        double share = returnees.returnRate() * returnees.startupShare();
        int slots = year.population().slots();
        long[] started = new long[slots];
        year.executor().forEach(slots, slot -> {
            Sex sex = year.population().sexOf(slot);
            int age = year.population().ageOf(slot);
            double expected = share * year.market().away(sex)[age];
            if (expected <= 0) {
                return;
            }
            UniformRandomProvider rng = year.random(slot);
            long n = (long) Math.floor(expected);
            if (rng.nextDouble() < expected - n) { // the fraction of a start-up by chance, unbiased
                n++;
            }
            started[slot] = flag(year.population().group(slot), n, rng);
        });
        long total = 0;
        for (long n : started) {
            total += n;
        }
        year.market().addReturneeStartups(total);
    }

    private static boolean eligible(AgentColumns c, int i) {
        return c.status(i) == Status.EMPLOYED && !c.has(i, AgentColumns.F_URBAN_HUKOU)
                && (c.traits(i) & AgentTraits.RETURNED_MIGRANT) == 0;
    }

    /**
     * Flags {@code n} eligible agents of a group drawn uniformly, at most all of them. The yearly n is a handful
     * while a group holds thousands, so agents are drawn at random from the whole group and kept if eligible
     * (rejection sampling: uniform over the eligible, and a flagged agent is no longer eligible, so none is drawn
     * twice); when the eligible are few against the group or n is not small against them, one selection-sampling
     * scan is cheaper.
     */
    private static long flag(CohortGroup g, long n, UniformRandomProvider rng) {
        AgentColumns urban = g.residents(Residence.URBAN);
        AgentColumns rural = g.residents(Residence.RURAL);
        int size = urban.size() + rural.size();
        long bound = employedRuralHukou(urban) + employedRuralHukou(rural); // eligible or already flagged
        if (n > 0 && n * 4 <= bound && bound * 8 >= size) {
            long chosen = 0;
            for (long tries = 0; chosen < n && tries < 64 * n; tries++) {
                int j = rng.nextInt(size);
                AgentColumns c = j < urban.size() ? urban : rural;
                int i = j < urban.size() ? j : j - urban.size();
                if (eligible(c, i)) {
                    c.setTraits(i, c.traits(i) | AgentTraits.RETURNED_MIGRANT);
                    chosen++;
                }
            }
            return chosen < n ? chosen + scanAndFlag(g, n - chosen, rng) : chosen;
        }
        return scanAndFlag(g, n, rng);
    }

    private static long employedRuralHukou(AgentColumns c) {
        long n = 0;
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            if (c.count(key) > 0 && AgentKeys.status(key) == Status.EMPLOYED
                    && (AgentKeys.flags(key) & AgentColumns.F_URBAN_HUKOU) == 0) {
                n += c.count(key);
            }
        }
        return n;
    }

    /** Flags {@code n} eligible agents of a group by selection sampling over one scan, at most all of them. */
    private static long scanAndFlag(CohortGroup g, long n, UniformRandomProvider rng) {
        long members = 0;
        for (Residence r : Residence.values()) {
            AgentColumns c = g.residents(r);
            for (int i = 0, size = c.size(); i < size; i++) {
                members += eligible(c, i) ? 1 : 0;
            }
        }
        long wanted = Math.min(n, members);
        long chosen = 0;
        long seen = 0;
        for (Residence r : Residence.values()) {
            AgentColumns c = g.residents(r);
            for (int i = 0, size = c.size(); i < size && chosen < wanted; i++) {
                if (!eligible(c, i)) {
                    continue;
                }
                if (rng.nextLong(members - seen) < wanted - chosen) {
                    c.setTraits(i, c.traits(i) | AgentTraits.RETURNED_MIGRANT);
                    chosen++;
                }
                seen++;
            }
        }
        return chosen;
    }

    /** Returnee entrepreneurs among the agents (the living flagged ones, whatever their status now). */
    static long stock(org.labourcast.agents.AgentPopulation pop) {
        long n = 0;
        for (int slot = 0; slot < pop.slots(); slot++) {
            for (Residence r : Residence.values()) {
                n += pop.group(slot).residents(r).traitCount(AgentTraits.RETURNED_MIGRANT);
            }
        }
        return n;
    }

    private static String fmt(double persons) {
        return String.format(java.util.Locale.ROOT, "%,.0f", persons);
    }
}
