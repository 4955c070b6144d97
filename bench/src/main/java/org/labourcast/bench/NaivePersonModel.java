package org.labourcast.bench;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.labour.LabourModel;
import org.labourcast.labour.ParticipationProfile;
import org.labourcast.scenario.labour.Sector;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * The naive reference for the benchmark: every person a Java object, a MASON {@link Steppable} scheduled on its own
 * ({@link Schedule#scheduleRepeating}) and stepped once a year. A person's year does the per-person work of the
 * column engine's processes as they were when this reference was set (before the agent attributes of issue 14),
 * with the same generator (XoRoShiRo128++): a death draw (the cohort model's first-year death rate of the sex and
 * age), a participation entry or exit draw (the scenario's profile), and for workers a separation draw, or a
 * transfer draw for farm workers of rural-labour age, or for the unemployed a hire draw — three uniform draws per
 * person-year at most. There is no alignment, no births and no migration, and none of the engine's later work
 * (schooling, spells, insurance and pension enrolment, wages, returnees, households): the reference is kept as it
 * was so that the ratio stays comparable across versions, and it understates what the column engine does per
 * person-year. It exists to be timed, not to project anything.
 *
 * <p>Not thread-safe: MASON steps the agents one after another on the calling thread.
 */
public final class NaivePersonModel extends SimState {
    private static final long serialVersionUID = 1L;
    private static final byte INACTIVE = 0;
    private static final byte EMPLOYED = 1;
    private static final byte UNEMPLOYED = 2;

    final transient UniformRandomProvider draws;
    final double[][] death;
    final double[][] entry;
    final double[][] exit;
    final double[] separation = new double[4];
    final double transfer;
    final boolean[] ruralLabourAge;
    final int maxAge;
    /** Person-years stepped so far. */
    long personYears;
    /** Persons created. */
    long persons;

    /** One person: sex, age, residence, labour status and sector, and the handle that removes it at death. */
    static final class Person implements Steppable {
        private static final long serialVersionUID = 1L;
        final boolean male;
        final boolean rural;
        int age;
        byte status;
        byte sector;
        Stoppable stopper;

        Person(boolean male, boolean rural, int age) {
            this.male = male;
            this.rural = rural;
            this.age = age;
        }

        @Override
        public void step(SimState state) {
            NaivePersonModel m = (NaivePersonModel) state;
            UniformRandomProvider rng = m.draws;
            int sex = male ? 0 : 1;
            age = Math.min(age + 1, m.maxAge);
            m.personYears++;
            if (rng.nextDouble() < m.death[sex][age]) {
                stopper.stop();
                return;
            }
            if (status == INACTIVE) {
                if (rng.nextDouble() < m.entry[sex][age]) {
                    status = rural ? EMPLOYED : UNEMPLOYED;
                    sector = rural ? Sector.PRIMARY.code() : 0;
                }
                return;
            }
            if (rng.nextDouble() < m.exit[sex][age]) {
                status = INACTIVE;
                sector = 0;
                return;
            }
            if (status == EMPLOYED) {
                if (sector == Sector.PRIMARY.code() && m.ruralLabourAge[age]) {
                    if (rng.nextDouble() < m.transfer) {
                        sector = Sector.TERTIARY.code();
                    }
                } else if (rng.nextDouble() < m.separation[sector]) {
                    status = UNEMPLOYED;
                    sector = 0;
                }
            } else if (rng.nextDouble() < 0.5) {
                status = EMPLOYED;
                sector = Sector.TERTIARY.code();
            }
        }
    }

    /**
     * Builds the persons of {@code fraction} of every cell of the base population (rounded), employed with the
     * scenario's participation rate of their age, farmers if rural.
     */
    public NaivePersonModel(LabourModel model, double fraction, long seed) {
        super(seed);
        this.draws = new XoRoShiRo128PlusPlus(seed, seed ^ 0x9E3779B97F4A7C15L);
        this.maxAge = model.maxAge();
        List<ProjectedYear> cohort = model.cohort();
        CohortTable start = cohort.get(0).population();
        this.death = new double[2][maxAge + 1];
        this.entry = new double[2][maxAge + 1];
        this.exit = new double[2][maxAge + 1];
        this.ruralLabourAge = new boolean[maxAge + 1];
        int entryAge = model.labour().participation().entryAge();
        for (Sex s : Sex.values()) {
            ParticipationProfile p = model.profiles().of(s);
            for (int a = 1; a <= maxAge; a++) {
                double deaths = 0;
                double exposed = 0;
                for (Residence r : Residence.values()) {
                    deaths += cohort.get(1).flows().deaths(s.ordinal(), r.ordinal(), a);
                    exposed += start.persons(s, r, a - 1) + (a == maxAge ? start.persons(s, r, a) : 0);
                }
                death[s.ordinal()][a] = exposed > 0 ? Math.min(1, deaths / exposed) : 0;
                if (a >= entryAge) {
                    entry[s.ordinal()][a] = p.entryProbability(a);
                    exit[s.ordinal()][a] = p.exitProbability(a);
                }
            }
        }
        for (Sector s : Sector.values()) {
            separation[s.code()] = model.labour().matching().separationRate().get(s);
        }
        this.transfer = model.labour().transfer().baseRate();
        for (int a = 0; a <= maxAge; a++) {
            ruralLabourAge[a] = model.labour().transfer().ages().contains(a);
        }
        for (Sex s : Sex.values()) {
            ParticipationProfile p = model.profiles().of(s);
            for (Residence r : Residence.values()) {
                for (int a = 0; a <= maxAge; a++) {
                    long n = Math.round(start.persons(s, r, a) * fraction);
                    double rate = a >= entryAge ? p.rate(a) : 0;
                    for (long i = 0; i < n; i++) {
                        Person person = new Person(s == Sex.MALE, r == Residence.RURAL, a);
                        if (draws.nextDouble() < rate) {
                            person.status = EMPLOYED;
                            person.sector = r == Residence.RURAL ? Sector.PRIMARY.code() : Sector.TERTIARY.code();
                        }
                        person.stopper = schedule.scheduleRepeating(Schedule.EPOCH, person, 1.0);
                        persons++;
                    }
                }
            }
        }
    }

    /** Steps the schedule {@code years} times; returns the person-years stepped. */
    public long runYears(int years) {
        long before = personYears;
        for (int y = 0; y < years; y++) {
            schedule.step(this);
        }
        return personYears - before;
    }

    public long persons() {
        return persons;
    }
}
