package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.InputException;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.Draws;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.agents.IndexBuffer;
import org.labourcast.agents.Status;
import org.labourcast.agents.TraitSelection;
import org.labourcast.demography.Residence;
import org.labourcast.scenario.labour.InsuranceAssumption;
import org.labourcast.scenario.labour.Sector;

/**
 * Basic pension enrolment (基本养老保险参保) carried by the agents' {@link AgentTraits#PENSION_INSURED} bit, when the
 * scenario has {@code labour.insurance.pension} (docs/labour-model.md, "Basic pension"). The plans count persons
 * enrolled in either basic scheme: the urban employees' scheme (城镇职工, contributors and pensioners) and the urban
 * and rural residents' scheme (城乡居民, residents aged 16+ not in school, voluntary). The model counts:
 * <ul>
 *   <li>who may be enrolled: residents aged 16 or over who are not students of higher education;</li>
 *   <li>base year: every retired person (the model's retirees left covered employment and draw the employees'
 *       pension) and, of the other eligible persons, exactly the rest of the scenario's count (at the model's scale),
 *       drawn uniformly; the share drawn is the entry probability p;</li>
 *   <li>each projected year, last before the recorder (so no other draws change): enrolment stays with the person
 *       (a contribution record does not end with a job); a person retiring is enrolled; a person who took a non-farm
 *       job this year and is not enrolled is enrolled with the scenario's {@code new_employee_enrolment}; persons who
 *       become eligible this year (turning 16 outside higher education, or graduating) enrol with p; a person who
 *       enters higher education leaves the count (students are not eligible). Deaths and migration move the count with
 *       the population. With an enrolment drive ({@code insurance_expansion} with {@code pension_uptake}) an employed
 *       person of the drive's group still not enrolled enrols with its chance.</li>
 * </ul>
 * One scan of the agents aged 16+ a year, only for scenarios with the block.
 *
 * <p>Reads: agents, insurance coverage (the pension's entry probability). Writes: agents (the pension bit), insurance
 * coverage (the pension's enrolled count).
 */
final class PensionEnrolment implements YearlyProcess {
    /** The oldest age at which anyone is a student (the postgraduate's graduation year, see Schooling). */
    private static final int LAST_STUDENT_AGE =
            Schooling.graduationAge(AgentTraits.Education.POSTGRADUATE.ordinal());

    static final int ELIGIBLE_AGE = 16;
    private static final int OTHER = 0;
    private static final int RETIRED = 1;
    private static final int STUDENT = 2;

    /**
     * The entry probability p of newly eligible persons, solved from the base year, and the enrolled and eligible
     * agents after the last update.
     */
    record Coverage(double entryProbability, long enrolled, long eligible) {
    }

    /**
     * Enrols the base year's agents: every retired person, and of the other eligible persons exactly the rest of the
     * scenario's count. Call after every other base-year draw.
     *
     * @throws InputException when the count is below the retired or above the eligible persons
     */
    static Coverage assignBaseYear(YearContext year, InsuranceAssumption.Pension pension) {
        AgentPopulation pop = year.population();
        ExactCountSelection.Classifier keys = (status, sector, flags, r, slot) ->
                pop.ageOf(slot) < ELIGIBLE_AGE ? -1 : status == Status.RETIRED ? RETIRED : OTHER;
        boolean[] refinable = {true, false, false};
        // Students are told by education level and age alone: counted from the histograms, drawn by table.
        TraitSelection.EducationRefiner student = (base, level, slot) ->
                Schooling.student(level, pop.ageOf(slot)) ? STUDENT : base;
        long[][] counts = TraitSelection.countByEducation(pop, year.executor(), 3, keys, refinable, student);
        long retired = 0;
        long others = 0;
        for (long[] n : counts) {
            retired += n[RETIRED];
            others += n[OTHER];
        }
        double k = year.scale();
        long target = Math.round(pension.enrolled() / k);
        String field = "labour.insurance.pension.enrolled";
        if (target < retired) {
            throw new InputException(null, field, "the base year has " + fmt(retired * k) + " retired persons, who"
                    + " all draw a pension, more than the " + fmt(pension.enrolled()) + " enrolled",
                    "check the count's unit (persons) and labour.retirement");
        }
        if (target > retired + others) {
            throw new InputException(null, field, "the base year has " + fmt((retired + others) * k) + " residents"
                    + " aged 16+ outside higher education, fewer than the " + fmt(pension.enrolled()) + " enrolled",
                    "check the count's unit (persons)");
        }
        // Every retired person, and the rest of the count spread over the other eligible in proportion.
        long[][] shares = ExactCountSelection.split(target - retired, counts, new double[] {1, 0, 0});
        for (int slot = 0; slot < shares.length; slot++) {
            shares[slot][RETIRED] = counts[slot][RETIRED];
        }
        TraitSelection.drawByEducation(pop, year.executor(), counts, shares, keys, refinable, student,
                year.randomBySlot(), year.selections(), (c, i, r, cls, slot, rng) -> c.setTraits(i, c.traits(i)
                        | AgentTraits.PENSION_INSURED));
        double p = others > 0 ? (double) (target - retired) / others : 0;
        return new Coverage(p, target, retired + others);
    }

    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS, SharedState.INSURANCE);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.INSURANCE);
    }

    @Override
    public void step(YearContext year) {
        Coverage coverage = year.market().pension();
        if (coverage == null) {
            return;
        }
        long entry = Draws.threshold(coverage.entryProbability());
        long hire = Draws.threshold(year.assumptions().insurance().pension().newEmployeeEnrolment());
        // An enrolment drive's chances by hukou (rural, urban); null without one, so no draw is added.
        long[] drive = {Draws.threshold(year.effects().enrolmentDrive().pension(false)),
                Draws.threshold(year.effects().enrolmentDrive().pension(true))};
        long[] uptake = drive[0] != 0 || drive[1] != 0 ? drive : null;
        AgentPopulation pop = year.population();
        int slots = pop.slots();
        long[][] tallies = new long[slots][2];
        year.executor().forEach(slots, slot -> {
            int age = pop.ageOf(slot);
            if (age < ELIGIBLE_AGE) {
                return;
            }
            UniformRandomProvider rng = year.random(slot);
            boolean graduation = Schooling.anyGraduateAt(age);
            boolean young = age == ELIGIBLE_AGE || age <= LAST_STUDENT_AGE;
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                if (young || uptake != null) { // a drive reaches employed persons whatever their years in status
                    update(c, age, graduation, rng, entry, hire, uptake, tallies[slot]);
                } else {
                    updateChanged(c, rng, hire, tallies[slot]);
                }
            }
        });
        long enrolled = 0;
        long eligible = 0;
        for (long[] n : tallies) {
            enrolled += n[0];
            eligible += n[1];
        }
        year.market().setPension(new Coverage(coverage.entryProbability(), enrolled, eligible));
    }

    /**
     * One column: retirees and new non-farm employees enrol, the newly eligible enrol with p; students leave. With a
     * drive ({@code uptake} by hukou, rural then urban; null without one) an employed person still not enrolled after
     * those rules enrols with the drive's chance.
     */
    private static void update(AgentColumns c, int age, boolean graduation, UniformRandomProvider rng, long entry,
                               long hire, long[] uptake, long[] n) {
        // Only students still enrolled and others not enrolled can change: listed first, without a branch per agent
        // (a student by level and age, enrolled by a trait bit: no pattern from agent to agent). The others draw
        // nothing, so the draws are those of one pass; the tallies come from the column's traits histogram after.
        int students = 0;
        int studentLevels = 0; // bit l: level l is in study at this age
        for (int level = 0; level < AgentTraits.Education.values().length; level++) {
            if (Schooling.student(level, age)) {
                studentLevels |= 1 << level;
                students += c.educationCount(level);
            }
        }
        int[] idx = MAY_CHANGE.atLeast(c.size());
        int m = 0;
        for (int i = 0, size = c.size(); i < size; i++) {
            int t = c.traits(i);
            int student = studentLevels >>> AgentTraits.education(t) & 1;
            int enrolled = (t & AgentTraits.PENSION_INSURED) == 0 ? 0 : 1;
            idx[m] = i;
            m += student ^ enrolled ^ 1; // a student enrolled, or someone else not enrolled
        }
        for (int j = 0; j < m; j++) {
            int i = idx[j];
            int t = c.traits(i);
            int level = AgentTraits.education(t);
            if ((studentLevels >>> level & 1) != 0) {
                c.setTraits(i, t & ~AgentTraits.PENSION_INSURED); // a student leaves
                continue;
            }
            boolean enrolled = false;
            int status = c.status(i);
            if (status == Status.RETIRED) {
                enrolled = true;
            } else if (status == Status.EMPLOYED && c.years(i) == 0 && c.sector(i) != Sector.PRIMARY.code()) {
                enrolled = Draws.bernoulli(rng, hire);
            } else if (age == ELIGIBLE_AGE || graduation && Schooling.graduate(level, age)) {
                enrolled = Draws.bernoulli(rng, entry);
            }
            if (!enrolled && uptake != null && c.status(i) == Status.EMPLOYED) {
                enrolled = Draws.bernoulli(rng, uptake[c.has(i, AgentColumns.F_URBAN_HUKOU) ? 1 : 0]);
            }
            if (enrolled) {
                c.setTraits(i, t | AgentTraits.PENSION_INSURED);
            }
        }
        n[0] += c.traitCount(AgentTraits.PENSION_INSURED); // students are not enrolled now
        n[1] += c.size() - students;
    }

    /** Each worker thread's list of the agents {@link #update} may change. */
    private static final IndexBuffer MAY_CHANGE = new IndexBuffer();

    /**
     * A column past the ages of study and of first eligibility: nobody is a student, so only retirement and a new
     * non-farm job can enrol anyone, and both restart the years in status; the agents still at 0 are the only ones
     * visited (listed without a branch per agent, {@link AgentColumns#newInStatus}), and the tallies come from the
     * column's histograms.
     */
    private static void updateChanged(AgentColumns c, UniformRandomProvider rng, long hire, long[] n) {
        int[] idx = NEW_IN_STATUS.atLeast(c.size());
        for (int k = 0, m = c.newInStatus(idx); k < m; k++) {
            int i = idx[k];
            int t = c.traits(i);
            if ((t & AgentTraits.PENSION_INSURED) != 0) {
                continue;
            }
            int status = c.status(i);
            boolean enrolled = status == Status.RETIRED
                    || status == Status.EMPLOYED && c.sector(i) != Sector.PRIMARY.code() && Draws.bernoulli(rng, hire);
            if (enrolled) {
                c.setTraits(i, t | AgentTraits.PENSION_INSURED);
            }
        }
        n[0] += c.traitCount(AgentTraits.PENSION_INSURED);
        n[1] += c.size();
    }

    /** Each worker thread's list of the agents new in their status (see {@link #updateChanged}). */
    private static final IndexBuffer NEW_IN_STATUS = new IndexBuffer();

    private static String fmt(double persons) {
        return String.format(java.util.Locale.ROOT, "%,.0f", persons);
    }
}
