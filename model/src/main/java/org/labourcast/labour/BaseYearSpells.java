package org.labourcast.labour;

import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.Allocation;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.agents.Status;
import org.labourcast.agents.TraitSelection;
import org.labourcast.scenario.labour.LabourAssumptions.UnemploymentSpells;

/**
 * Gives the base year's unemployed their spells and the agents their disability flags, in exact numbers: of the
 * base-year unemployed, round(share × unemployed) have been unemployed one to two years (years in status 1) and
 * two years or more (years 2), the rest under a year (0); of each age, round(share × persons) are disabled. Both
 * are spread over groups by largest remainder and drawn uniformly within a group from the group's stream.
 */
final class BaseYearSpells {
    private static final ExactCountSelection.Classifier UNEMPLOYED =
            ExactCountSelection.Classifier.ofStatus(Status.UNEMPLOYED);
    private static final ExactCountSelection.Classifier EVERYONE = (status, sector, flags, r, slot) -> 0;

    private BaseYearSpells() {
    }

    static void assign(YearContext year) {
        UnemploymentSpells spells = year.assumptions().matching().spells();
        AgentPopulation pop = year.population();
        long[][] unemployed = ExactCountSelection.count(pop, year.executor(), 1, UNEMPLOYED);
        long total = 0;
        for (long[] n : unemployed) {
            total += n[0];
        }
        long twoPlus = Math.round(spells.baseTwoYearsAndOver() * total);
        long longTerm = Math.min(total, twoPlus + Math.round(spells.baseOneToTwoYears() * total));
        if (longTerm > 0) {
            ExactCountSelection.draw(pop, year.executor(), unemployed,
                    ExactCountSelection.split(longTerm, unemployed, new double[] {1}), UNEMPLOYED, year.randomBySlot(),
                    year.selections(), (c, i, r, cls, slot, rng) -> c.setYears(i, 1));
        }
        if (twoPlus > 0) {
            boolean[] refinable = {true};
            TraitSelection.Refiner oneYear = (base, years, traits, slot) -> years == 1 ? 0 : 1;
            // Counted from the key-by-spell histograms: one year is spell band 1, every other band is class 1.
            long[][] bands = TraitSelection.countBySpellBand(pop, year.executor(), AgentColumns.SPELL_BANDS,
                    UNEMPLOYED, refinable, 1);
            long[][] counts = new long[bands.length][];
            for (int slot = 0; slot < bands.length; slot++) {
                counts[slot] = new long[] {bands[slot][1], bands[slot][0] + bands[slot][2]};
            }
            TraitSelection.draw(pop, year.executor(), counts, ExactCountSelection.split(twoPlus, counts,
                    new double[] {1, 0}), UNEMPLOYED, refinable, oneYear, year.randomBySlot(), year.selections(),
                    (c, i, r, cls, slot, rng) -> c.setYears(i, 2));
        }
        int slots = pop.slots();
        long[][] everyone = ExactCountSelection.count(pop, year.executor(), 1, EVERYONE);
        double[] weights = new double[slots];
        long[] caps = new long[slots];
        double expected = 0;
        for (int slot = 0; slot < slots; slot++) {
            caps[slot] = everyone[slot][0];
            weights[slot] = caps[slot] * spells.disabledShare(pop.ageOf(slot));
            expected += weights[slot];
        }
        long disabled = Math.round(expected);
        if (disabled > 0) {
            long[] bySlot = Allocation.proportional(disabled, weights, caps);
            long[][] shares = new long[slots][];
            for (int slot = 0; slot < slots; slot++) {
                shares[slot] = new long[] {bySlot[slot]};
            }
            ExactCountSelection.draw(pop, year.executor(), everyone, shares, EVERYONE, year.randomBySlot(), year.selections(),
                    (c, i, r, cls, slot, rng) -> c.setTraits(i, c.traits(i) | AgentTraits.DISABLED));
        }
    }
}
