package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.BernoulliTrials;
import org.labourcast.agents.Draws;
import org.labourcast.agents.Status;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.scenario.labour.EducationAssumption;
import org.labourcast.scenario.labour.Sector;

/**
 * Entry into and exit from the labour force, by single age and sex, with the increment–decrement probabilities of
 * the base-year-calibrated participation profile ({@link ParticipationProfile#entryProbability},
 * {@link ParticipationProfile#exitProbability}): a cohort moving through constant rates keeps the profile.
 * Entrants with rural hukou living in rural areas start farming (and may transfer later); other entrants start as
 * job seekers, and those living in town register with the probability of their hukou, as job losers do. A share of
 * entrants is skilled (vocational graduates). With {@code labour.education} the year's school transitions come first
 * ({@link Schooling#progress}); with {@code students_inactive} students of higher education do not enter, and the
 * year's graduates who are out of the labour force start looking for work. Covered workers (see
 * {@link RetirementProcess}) leave only by retiring; retired persons do not re-enter.
 *
 * <p>Reads: agents. Writes: agents (entry, exit), job tallies (natural attrition of urban non-farm workers aged 50+).
 */
final class ParticipationProcess implements YearlyProcess {
    private static final int ENTRY = 1;
    private static final int EXIT = 2;
    /** Leaving work at this age or later counts as natural attrition (自然减员: retirement without a pension). */
    static final int ATTRITION_AGE = 50;
    /** Participation of persons this old or older (and of women) responds to the labour-market tightness. */
    static final int RESPONSIVE_AGE = 50;
    /** Classes of the participation trials: ENTRY inactive, may enter; EXIT in the labour force, not covered. */
    private static final BernoulliTrials.Classes CLASSES = BernoulliTrials.table((status, sector, flags) -> status == Status.INACTIVE
            ? ENTRY : Status.inLabourForce((byte) status) && !RetirementProcess.covered(status, sector, flags) ? EXIT
            : 0);

    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.JOB_TALLIES);
    }

    @Override
    public void step(YearContext year) {
        AgentPopulation population = year.population();
        EducationAssumption education = year.assumptions().education();
        if (education != null) {
            Schooling.progress(year, education, year.calibration().schoolingShift());
        }
        boolean studentsOut = education != null && education.studentsInactive();
        ParticipationProfiles profiles = year.model().profiles().shifted(year.calibration().participationShift());
        int entryAge = year.assumptions().participation().entryAge();
        long skilled = Draws.threshold(year.assumptions().skills().entrantSkilledShare());
        // Entrants who seek work in town register as the newly unemployed do: the registration probabilities are
        // calibrated on the whole base-year unemployed stock, entrants included, so applying them to job losers only
        // would let the registered rate drift below its base-year ratio to the surveyed rate.
        long[] register = year.registrationThresholds();
        int slots = population.slots();
        double[] entry = new double[slots];
        double[] exit = new double[slots];
        // Tightness above its trend level draws women and older persons in and keeps them (added workers); below it
        // they stay out (discouraged workers): entry × (θ/θ*)^η, exit × (θ/θ*)^−η.
        double lnTightness = Math.log(year.tightness() / year.calibration().tightness());
        double pull = Math.exp(year.assumptions().market().participationResponse() * lnTightness);
        for (int slot = 0; slot < slots; slot++) {
            int age = population.ageOf(slot);
            Sex sex = population.sexOf(slot);
            ParticipationProfile p = profiles.of(sex);
            if (age >= entryAge && age > 0) {
                boolean responsive = sex == Sex.FEMALE || age >= RESPONSIVE_AGE;
                entry[slot] = responsive ? Math.min(1, p.entryProbability(age) * pull) : p.entryProbability(age);
                exit[slot] = responsive ? Math.min(1, p.exitProbability(age) / pull) : p.exitProbability(age);
            }
        }
        long[] attrition = new long[slots];
        year.executor().forEach(slots, slot -> {
            if (Draws.threshold(entry[slot]) == 0 && Draws.threshold(exit[slot]) == 0) {
                return;
            }
            int age = population.ageOf(slot);
            boolean old = age >= ATTRITION_AGE;
            UniformRandomProvider rng = year.random(slot);
            double[] byClass = new double[EXIT + 1];
            byClass[ENTRY] = entry[slot];
            byClass[EXIT] = exit[slot];
            BernoulliTrials trials = new BernoulliTrials(byClass, rng);
            for (Residence r : Residence.values()) {
                trials.run(population.group(slot).residents(r), CLASSES, (c, i, cls) -> {
                    if (cls == ENTRY) {
                        // Students of higher education stay out until they graduate (they enter below).
                        if (!studentsOut || !Schooling.student(AgentTraits.education(c.traits(i)), age)) {
                            enter(c, i, r, rng, skilled, register);
                        }
                    } else {
                        if (old && r == Residence.URBAN && c.status(i) == Status.EMPLOYED
                                && c.sector(i) != Sector.PRIMARY.code()) {
                            attrition[slot]++;
                        }
                        c.setState(i, Status.INACTIVE, 0,
                                c.flags(i) & ~(AgentColumns.F_REGISTERED | AgentColumns.F_SEEKING_NONFARM));
                    }
                });
            }
        });
        for (long n : attrition) {
            year.market().addUrbanAttrition(n);
        }
        if (studentsOut) {
            graduatesSeekWork(year, register);
        }
    }

    /**
     * The year's graduates of higher education who are out of the labour force start looking for work (离校求职),
     * in town as well as in the countryside: unemployed, registering with their hukou's probability if urban.
     */
    private static void graduatesSeekWork(YearContext year, long[] register) {
        AgentPopulation population = year.population();
        year.executor().forEach(population.slots(), slot -> {
            int age = population.ageOf(slot);
            if (!Schooling.anyGraduateAt(age)) {
                return;
            }
            UniformRandomProvider rng = year.random(slot);
            for (Residence r : Residence.values()) {
                AgentColumns c = population.group(slot).residents(r);
                for (int i = 0, n = c.size(); i < n; i++) {
                    if (c.status(i) == Status.INACTIVE && Schooling.graduate(AgentTraits.education(c.traits(i)), age)) {
                        c.setState(i, Status.UNEMPLOYED, 0,
                                SeparationProcess.withRegistration(c.flags(i), r, rng, register));
                    }
                }
            }
        });
    }

    private static void enter(AgentColumns c, int i, Residence r, UniformRandomProvider rng, long skilled,
                              long[] register) {
        int flags = c.flags(i);
        if (Draws.bernoulli(rng, skilled)) {
            flags |= AgentColumns.F_SKILLED;
        }
        boolean farmer = r == Residence.RURAL && (flags & AgentColumns.F_URBAN_HUKOU) == 0;
        if (farmer) {
            c.setState(i, Status.EMPLOYED, Sector.PRIMARY.code(), flags);
        } else {
            c.setState(i, Status.UNEMPLOYED, 0, SeparationProcess.withRegistration(flags, r, rng, register));
        }
    }
}
