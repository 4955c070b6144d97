package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.Allocation;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.agents.Status;
import org.labourcast.agents.TraitSelection;
import org.labourcast.demography.Residence;
import org.labourcast.policy.Internships;
import org.labourcast.scenario.labour.Sector;

/**
 * Internships for the year's college graduates (就业见习, the {@code graduate_internships} lever; docs/levers.md),
 * after matching. The participants are P = the lever's interns (whole agents), at most the year's graduates in the
 * labour force, who all looked for work this year (离校求职, {@link ParticipationProcess}). Taking part adds the
 * lever's gain g to a participant's chance of being employed by the year's end, so g·P participants still without
 * work are placed, at most as many as the participants still unemployed (P × the graduates' unemployed share) and
 * as the vacancies matching left unfilled, which they fill (the host keeps the intern), by sector in proportion to
 * those vacancies.
 *
 * <p>Participants are not marked: matching treats them like other graduates, so the participants still unemployed
 * are as likely to be any unemployed graduate of the year, and the placed ones are drawn uniformly among those.
 *
 * <p>Reads: agents, job tallies (unfilled vacancies). Writes: agents, events (re-employment), job tallies (new urban
 * jobs, unfilled vacancies, the interns).
 */
final class GraduateInternshipPlacement implements YearlyProcess {
    private static final int UNEMPLOYED_GRADUATE = 0;
    private static final int EMPLOYED_GRADUATE = 1;
    private static final int OTHER = 2;

    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS, SharedState.JOB_TALLIES);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.EVENTS, SharedState.JOB_TALLIES);
    }

    @Override
    public void step(YearContext year) {
        Internships in = year.effects().internships();
        long wanted = Math.round(in.participants() / year.scale());
        if (wanted == 0 || year.assumptions().education() == null) {
            return;
        }
        ExactCountSelection.Classifier keys = (status, sector, flags, r, slot) ->
                !Schooling.anyGraduateAt(year.population().ageOf(slot)) ? -1
                        : status == Status.UNEMPLOYED ? UNEMPLOYED_GRADUATE
                        : status == Status.EMPLOYED ? EMPLOYED_GRADUATE : -1;
        boolean[] refinable = {true, true, false};
        TraitSelection.Refiner graduate = (base, years, traits, slot) ->
                Schooling.graduate(AgentTraits.education(traits), year.population().ageOf(slot)) ? base : OTHER;
        long[][] counts = TraitSelection.count(year.population(), year.executor(), 3, keys, refinable, graduate);
        long unemployed = 0;
        long employed = 0;
        for (long[] n : counts) {
            unemployed += n[UNEMPLOYED_GRADUATE];
            employed += n[EMPLOYED_GRADUATE];
        }
        long participants = Math.min(wanted, unemployed + employed);
        if (participants == 0) {
            return;
        }
        double[] unfilled = year.market().unfilledBySector();
        long stillUnemployed = Math.round((double) participants * unemployed / (unemployed + employed));
        long placements = Math.min(Math.min(Math.round(in.placementGain() * participants), stillUnemployed),
                Math.min(year.market().unfilledVacancies(), (long) Math.floor(unfilled[0] + unfilled[1])));
        year.market().setInternships(participants, 0);
        if (placements <= 0) {
            return;
        }
        long[] bySector = Allocation.proportional(placements, unfilled,
                new long[] {(long) Math.ceil(unfilled[0]), (long) Math.ceil(unfilled[1])});
        int slots = year.population().slots();
        long[] urban = new long[slots];
        long[] reemployed = new long[slots];
        long[] hardPlaced = new long[slots];
        Sector[] sectors = {Sector.SECONDARY, Sector.TERTIARY};
        for (int s = 0; s < 2; s++) {
            if (bySector[s] == 0) {
                continue;
            }
            Sector sector = sectors[s];
            if (s > 0) { // the first sector's placements changed the counts
                counts = TraitSelection.count(year.population(), year.executor(), 3, keys, refinable, graduate);
            }
            long[][] shares = ExactCountSelection.split(bySector[s], counts, new double[] {1, 0, 0});
            TraitSelection.draw(year.population(), year.executor(), counts, shares, keys, refinable, graduate,
                    year.randomBySlot(), year.selections(), (c, i, r, cls, slot, rng) -> {
                        // Only this slot's task touches the slot's tallies.
                        JobMatchingProcess.countReemployed(year, c, i, slot, reemployed, hardPlaced);
                        c.setState(i, Status.EMPLOYED, sector.code(),
                                c.flags(i) & ~(AgentColumns.F_SEEKING_NONFARM | AgentColumns.F_REGISTERED));
                        if (r == Residence.URBAN) {
                            urban[slot]++;
                        }
                    });
        }
        for (int slot = 0; slot < slots; slot++) {
            year.market().addNewUrbanJobs(urban[slot]);
            year.events().reemployed += reemployed[slot];
            year.events().hardToEmployPlaced += hardPlaced[slot];
        }
        year.market().setUnfilledVacancies(year.market().unfilledVacancies() - placements);
        year.market().setInternships(participants, placements);
    }
}
