package org.labourcast.labour;

import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.agents.Status;
import org.labourcast.agents.TraitSelection;
import org.labourcast.demography.Residence;
import org.labourcast.scenario.labour.LabourAssumptions.UnemploymentSpells;

/**
 * Spells broken within the year ({@code matching.unemployment_spells.continuity: calibrated}). A yearly model sees an
 * agent unemployed at two year ends, not the short jobs that real flows may put in between (which the census counts
 * when it asks for months without work), and its hiring of the unemployed follows the official flows, slower than the
 * census durations imply (docs/labour-model.md). So of the unemployed still unemployed a year later, only a share q
 * keeps its spell; the others restart it (years in status 0): exactly round((1 − q) × stayers), spread over groups by
 * largest remainder and drawn uniformly within a group from the group's stream. q is set in the first projected year so
 * that the long-term share of the urban unemployed (years ≥ 1) equals the base year's census share (of the unemployed
 * in cities) at that year's flows, and kept afterwards, for urban and rural alike: later long-term shares move with how
 * many of the unemployed stay unemployed, not with q.
 */
final class SpellContinuity {
    private static final ExactCountSelection.Classifier UNEMPLOYED =
            ExactCountSelection.Classifier.ofStatus(Status.UNEMPLOYED);
    private static final ExactCountSelection.Classifier UNEMPLOYED_BY_RESIDENCE = (status, sector, flags, r, slot) ->
            status != Status.UNEMPLOYED ? -1 : r == Residence.URBAN ? 0 : 1;
    private static final boolean[] BY_RESIDENCE = {true, true};
    private static final boolean[] REFINABLE = {true};
    /** Class 0: unemployed at the previous year end too (years ≥ 1); class 1: a spell begun this year. */
    private static final TraitSelection.Refiner STAYER = (base, years, traits, slot) -> years >= 1 ? 0 : 1;

    private SpellContinuity() {
    }

    /** Restarts the spells of the stayers not continuing; after the year's hires and returns to farming. */
    static void apply(YearContext year) {
        UnemploymentSpells spells = year.assumptions().matching().spells();
        if (!spells.calibratedContinuity()) {
            return;
        }
        // Counted by residence (urban class 0, rural 1) and spell band (class + 2 x band), from the histograms.
        long[][] bands = TraitSelection.countBySpellBand(year.population(), year.executor(),
                2 * AgentColumns.SPELL_BANDS, UNEMPLOYED_BY_RESIDENCE, BY_RESIDENCE, 2);
        long[][] counts = new long[bands.length][];
        long stayers = 0;
        long urbanStayers = 0;
        long urbanUnemployed = 0;
        for (int slot = 0; slot < bands.length; slot++) {
            long[] b = bands[slot];
            counts[slot] = new long[] {b[2] + b[3] + b[4] + b[5], b[0] + b[1]};
            stayers += counts[slot][0];
            urbanStayers += b[2] + b[4];
            urbanUnemployed += b[0] + b[2] + b[4];
        }
        LabourMarketState market = year.market();
        if (Double.isNaN(market.spellContinuity())) {
            // First projected year: the census's long-term share of the unemployed in cities (the base year's), at
            // this year's flows; urban, as the census table and the indicator are.
            long keep = Math.min(urbanStayers, Math.round((spells.baseOneToTwoYears() + spells.baseTwoYearsAndOver())
                    * urbanUnemployed));
            market.setSpellContinuity(urbanStayers > 0 ? (double) keep / urbanStayers : 1);
        }
        long keep = Math.round(market.spellContinuity() * stayers);
        long restart = stayers - keep;
        if (restart > 0) {
            TraitSelection.draw(year.population(), year.executor(), counts,
                    ExactCountSelection.split(restart, counts, new double[] {1, 0}), UNEMPLOYED, REFINABLE,
                    STAYER, year.randomBySlot(), year.selections(), (c, i, r, cls, slot, rng) -> c.setYears(i, 0));
        }
    }
}
