package org.labourcast.labour;

import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.BernoulliTrials;
import org.labourcast.agents.Draws;
import org.labourcast.agents.Status;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.scenario.labour.EducationAssumption;
import org.labourcast.scenario.labour.Sector;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Entry into and exit from the labour force, by single age and sex, with the increment–decrement probabilities of
 * the base-year-calibrated participation profile ({@link ParticipationProfile#entryProbability},
 * {@link ParticipationProfile#exitProbability}): a cohort moving through constant rates keeps the profile.
 * Entrants with rural hukou living in rural areas start farming (and may transfer later); other entrants start as
 * job seekers, and those living in town register with the probability of their hukou, as job losers do. A share of
 * entrants is skilled (vocational graduates). With {@code labour.education} the year's school transitions come first
 * ({@link Schooling#progress}); with {@code students_inactive} students of higher education do not enter, and the
 * year's graduates who are out of the labour force start looking for work. Covered workers (see {@link RetirementProcess}) leave only by retiring;
 * retired persons do not re-enter.
 */
final class ParticipationProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final int ENTRY = 1;
    private static final int EXIT = 2;
    /** Leaving work at this age or later counts as natural attrition (自然减员: retirement without a pension). */
    static final int ATTRITION_AGE = 50;
    /** Participation of persons this old or older (and of women) responds to the labour-market tightness. */
    static final int RESPONSIVE_AGE = 50;
    /** Class 1: inactive, may enter; class 2: in the labour force and not covered, may leave. */
    private static final BernoulliTrials.Classes CLASSES = BernoulliTrials.table((status, sector, flags) -> status == Status.INACTIVE
            ? ENTRY : Status.inLabourForce((byte) status) && !RetirementProcess.covered(status, sector, flags) ? EXIT
            : 0);

    @Override
    public void step(SimState state) {
        LabourSimulation sim = (LabourSimulation) state;
        EducationAssumption education = sim.assumptions().education();
        if (education != null) {
            Schooling.progress(sim, education, sim.schoolingShift);
        }
        boolean studentsOut = education != null && education.studentsInactive();
        ParticipationProfiles profiles = sim.model.profiles().shifted(sim.calibration.participationShift());
        int entryAge = sim.assumptions().participation().entryAge();
        long skilled = Draws.threshold(sim.assumptions().skills().entrantSkilledShare());
        // Entrants who seek work in town register as the newly unemployed do: the registration probabilities are
        // calibrated on the whole base-year unemployed stock, entrants included, so applying them to job losers only
        // would let the registered rate drift below its base-year ratio to the surveyed rate.
        long[] register = sim.registrationThresholds();
        int slots = sim.population.slots();
        double[] entry = new double[slots];
        double[] exit = new double[slots];
        // Tightness above its trend level draws women and older persons in and keeps them (added workers); below it
        // they stay out (discouraged workers): entry × (θ/θ*)^η, exit × (θ/θ*)^−η.
        double lnTightness = Math.log(sim.tightness() / sim.calibration.tightness());
        double pull = Math.exp(sim.assumptions().market().participationResponse() * lnTightness);
        for (int slot = 0; slot < slots; slot++) {
            int age = sim.population.ageOf(slot);
            Sex sex = sim.population.sexOf(slot);
            ParticipationProfile p = profiles.of(sex);
            if (age >= entryAge && age > 0) {
                boolean responsive = sex == Sex.FEMALE || age >= RESPONSIVE_AGE;
                entry[slot] = responsive ? Math.min(1, p.entryProbability(age) * pull) : p.entryProbability(age);
                exit[slot] = responsive ? Math.min(1, p.exitProbability(age) / pull) : p.exitProbability(age);
            }
        }
        long[] attrition = new long[slots];
        sim.executor.forEach(slots, slot -> {
            if (Draws.threshold(entry[slot]) == 0 && Draws.threshold(exit[slot]) == 0) {
                return;
            }
            int age = sim.population.ageOf(slot);
            boolean old = age >= ATTRITION_AGE;
            UniformRandomProvider rng = sim.groupRandom[slot];
            BernoulliTrials trials = new BernoulliTrials(new double[] {0, entry[slot], exit[slot]}, rng);
            for (Residence r : Residence.values()) {
                trials.run(sim.population.group(slot).residents(r), CLASSES, (c, i, cls) -> {
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
            sim.urbanAttrition += n;
        }
        if (studentsOut) {
            graduatesSeekWork(sim, register);
        }
    }

    /**
     * The year's graduates of higher education who are out of the labour force start looking for work (离校求职),
     * in town as well as in the countryside: unemployed, registering with their hukou's probability if urban.
     */
    private static void graduatesSeekWork(LabourSimulation sim, long[] register) {
        sim.executor.forEach(sim.population.slots(), slot -> {
            int age = sim.population.ageOf(slot);
            if (!Schooling.anyGraduateAt(age)) {
                return;
            }
            UniformRandomProvider rng = sim.groupRandom[slot];
            for (Residence r : Residence.values()) {
                AgentColumns c = sim.population.group(slot).residents(r);
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
