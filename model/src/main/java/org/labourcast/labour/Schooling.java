package org.labourcast.labour;

import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.InputException;
import org.labourcast.TimeAnchor;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentKeys;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.AgentTraits.Education;
import org.labourcast.agents.Allocation;
import org.labourcast.agents.CohortGroup;
import org.labourcast.agents.Draws;
import org.labourcast.agents.Status;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.scenario.labour.EducationAssumption;

/**
 * The agents' schooling (受教育程度, {@link AgentTraits#education}): the base-year levels, the young cohorts'
 * progress through school each year, who is a student and who graduates. See docs/labour-model.md (Education).
 *
 * <p>A cohort's attainment is the product of the continuation rates it met: entering primary at 6, junior secondary
 * at 12, senior secondary at 15, higher education at 18 (a bachelor course with {@code bachelor_share}, else 大专)
 * and, for bachelors, postgraduate study at 22. The census counts pupils and students at the level they attend
 * (在校生 included), so a level is set when it is entered. The rate of stage l in calendar year t for sex s and
 * residence r is expit(logit c_l + trend_l·(t − base) + δ + female·[s = F] + urban·[r = U]) for t up to the base
 * year, c_l the scenario's base-year rate; after the base year c_l(t) follows the scenario's path with the same
 * shifts. δ is solved so that the base-year average years of schooling of residents aged 15+ (census rule: 小学 6,
 * 初中 9, 高中 12, 大专及以上 16) equal the published value.
 */
final class Schooling {
    /** Age (at the end of the year) at which each stage is entered: primary, junior, senior, higher. */
    static final int[] ENTRY_AGE = {6, 12, 15, 18};
    /** Age at which bachelors go on to postgraduate study. */
    static final int POSTGRADUATE_AGE = 22;
    /** Census rule for the 15+ average (七普 公报 footnote): 大专及以上 count 16 years. */
    static final int[] CENSUS_YEARS = {0, 6, 9, 12, 16, 16, 16};
    /** The plans' working ages for 劳动年龄人口平均受教育年限. */
    static final int WORKING_FROM = 16;
    static final int WORKING_TO = 59;

    private Schooling() {
    }

    /** Age in the year of graduation from a higher-education level (3-year 大专, 4-year 本科, 3-year 研究生). */
    static int graduationAge(int level) {
        return switch (Education.of(level)) {
            case JUNIOR_COLLEGE -> 21;
            case BACHELOR -> 22;
            case POSTGRADUATE -> 25;
            default -> -1;
        };
    }

    /** A student of higher education: a level entered but not yet completed at this age. */
    static boolean student(int level, int age) {
        int g = graduationAge(level);
        return g > 0 && age < g;
    }

    /** Graduating this year: at the graduation age of the level held. */
    static boolean graduate(int level, int age) {
        return graduationAge(level) == age;
    }

    /** The shuffle's work array of a thread: every column of the base year would otherwise allocate its own. */
    private static final ThreadLocal<int[]> ORDER = ThreadLocal.withInitial(() -> new int[0]);

    /** Calibrated shift of the continuation log-odds (δ), solved on the base population. */
    record Calibration(double shift) {
    }

    /**
     * Assigns every base-year agent a level: exact counts per cell (sex, single age, residence) by largest remainder
     * of the cell's expected shares, given to random members of the cell (each subset equally likely), from the
     * group's stream; with {@code students_inactive} the levels still being studied go to the cell's inactive agents
     * first (random among them), the other levels to the rest. Returns δ.
     */
    static Calibration assignBaseYear(YearContext year, EducationAssumption e) {
        AgentPopulation pop = year.population();
        int slots = pop.slots();
        double shift = solveShift(year, e);
        year.executor().forEach(slots, slot -> {
            int age = pop.ageOf(slot);
            Sex sex = pop.sexOf(slot);
            UniformRandomProvider rng = year.random(slot);
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                int n = c.size();
                if (n == 0) {
                    continue;
                }
                double[] shares = shares(e, year.model().baseYear(), age, sex, r, shift);
                long[] caps = new long[shares.length];
                java.util.Arrays.fill(caps, n);
                long[] counts = Allocation.proportional(n, shares, caps);
                int[] order = ORDER.get();
                if (order.length < n) {
                    order = new int[Math.max(n, order.length * 2)];
                    ORDER.set(order);
                }
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                Draws.shuffle(order, n, rng); // Fisher–Yates with the group's stream
                if (e.studentsInactive() && anyStudents(counts, age)) {
                    assignStudentsFirst(c, order, n, counts, age);
                    continue;
                }
                int k = 0;
                for (int level = 0; level < counts.length; level++) {
                    for (long m = 0; m < counts[level]; m++) {
                        int i = order[k++];
                        c.setTraits(i, AgentTraits.withEducation(c.traits(i), Education.of(level)));
                    }
                }
            }
        });
        return new Calibration(shift);
    }

    /** Whether the cell's counts hold a level still being studied at this age. */
    private static boolean anyStudents(long[] counts, int age) {
        for (int level = 0; level < counts.length; level++) {
            if (counts[level] > 0 && student(level, age)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Students of higher education study full time: they take the places of the cell's inactive agents first (in the
     * shuffled order, so a random subset of them), and only when the inactive are too few the first others, so the
     * labour state drawn before schooling keeps its counts and its students are out of work. The other levels go to
     * the agents left in the shuffled order, whatever their status.
     */
    private static void assignStudentsFirst(AgentColumns c, int[] order, int n, long[] counts, int age) {
        int[] byStatus = new int[n]; // the shuffled order, inactive first, each part keeping its order
        int k = 0;
        for (int j = 0; j < n; j++) {
            if (c.status(order[j]) == Status.INACTIVE) {
                byStatus[k++] = order[j];
            }
        }
        for (int j = 0; j < n; j++) {
            if (c.status(order[j]) != Status.INACTIVE) {
                byStatus[k++] = order[j];
            }
        }
        boolean[] taken = new boolean[n];
        int s = 0;
        for (int level = 0; level < counts.length; level++) {
            if (student(level, age)) {
                for (long m = 0; m < counts[level]; m++) {
                    int i = byStatus[s++];
                    taken[i] = true;
                    c.setTraits(i, AgentTraits.withEducation(c.traits(i), Education.of(level)));
                }
            }
        }
        int j = 0;
        for (int level = 0; level < counts.length; level++) {
            if (!student(level, age)) {
                for (long m = 0; m < counts[level]; m++) {
                    while (taken[order[j]]) {
                        j++;
                    }
                    int i = order[j++];
                    c.setTraits(i, AgentTraits.withEducation(c.traits(i), Education.of(level)));
                }
            }
        }
    }

    /** δ such that the expected 15+ census-rule average of the base population equals the published value. */
    private static double solveShift(YearContext year, EducationAssumption e) {
        AgentPopulation pop = year.population();
        int base = year.model().baseYear();
        // The shift-free log-odds of each age's stages do not change between the bisection's steps: computed once.
        double[][] offsets = new double[pop.maxAge() + 1][];
        for (int age = 15; age <= pop.maxAge(); age++) {
            offsets[age] = offsets(e, base, age);
        }
        double lo = -15;
        double hi = 15;
        if (mean15(pop, e, offsets, lo) > e.meanYears15Plus() || mean15(pop, e, offsets, hi) < e.meanYears15Plus()) {
            throw new InputException(null, "labour.education.mean_years_15_plus", "no shift of the continuation"
                    + " rates gives an average of " + e.meanYears15Plus() + " years for this population");
        }
        for (int iter = 0; iter < 100; iter++) {
            double mid = 0.5 * (lo + hi);
            double wasLo = lo;
            double wasHi = hi;
            if (mean15(pop, e, offsets, mid) < e.meanYears15Plus()) {
                lo = mid;
            } else {
                hi = mid;
            }
            if (Double.doubleToRawLongBits(lo) == Double.doubleToRawLongBits(wasLo)
                    && Double.doubleToRawLongBits(hi) == Double.doubleToRawLongBits(wasHi)) {
                break; // a step that moves neither end is repeated by every later step: the 100 end here
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double mean15(AgentPopulation pop, EducationAssumption e, double[][] offsets, double shift) {
        double years = 0;
        double persons = 0;
        for (int slot = 0; slot < pop.slots(); slot++) {
            int age = pop.ageOf(slot);
            if (age < 15) {
                continue;
            }
            for (Residence r : Residence.values()) {
                int n = pop.group(slot).residents(r).size();
                if (n == 0) {
                    continue;
                }
                double[] s = shares(e, age, offsets[age], pop.sexOf(slot), r, shift);
                for (int level = 0; level < s.length; level++) {
                    years += n * s[level] * CENSUS_YEARS[level];
                }
                persons += n;
            }
        }
        return persons > 0 ? years / persons : 0;
    }

    /** Expected shares of the seven levels in a base-year cell. */
    static double[] shares(EducationAssumption e, int base, int age, Sex sex, Residence r, double shift) {
        return shares(e, age, offsets(e, base, age), sex, r, shift);
    }

    /** {@link #shares} from the cohort's {@link #offsets}. */
    private static double[] shares(EducationAssumption e, int age, double[] offsets, Sex sex, Residence r,
                                   double shift) {
        double[] out = new double[Education.values().length];
        double reach = 1; // share reaching the current stage
        int level = 0;
        for (int stage = 0; stage < offsets.length; stage++) {
            double c = rate(e, offsets[stage], sex, r, shift);
            double next = reach * c;
            out[level] += reach - next;
            reach = next;
            level = stage + 1;
        }
        if (level < 4) {
            out[level] += reach;
            return out;
        }
        // Higher education: bachelor or 大专; bachelors aged 22+ go on to postgraduate study.
        double bachelor = reach * e.bachelorShare();
        out[Education.JUNIOR_COLLEGE.ordinal()] += reach - bachelor;
        double post = age >= POSTGRADUATE_AGE ? bachelor * e.postgraduate() : 0;
        out[Education.BACHELOR.ordinal()] += bachelor - post;
        out[Education.POSTGRADUATE.ordinal()] += post;
        return out;
    }

    /** The continuation rate of a stage met in a calendar year by a sex and residence. */
    static double rate(EducationAssumption e, int stage, int year, int base, Sex sex, Residence r, double shift) {
        return rate(e, offset(e, stage, year, base), sex, r, shift);
    }

    /** The rate from the stage's {@link #offset}: the sums in the same order, so the same double. */
    private static double rate(EducationAssumption e, double offset, Sex sex, Residence r, double shift) {
        double logOdds = offset + shift
                + (sex == Sex.FEMALE ? e.femaleLogOdds() : 0) + (r == Residence.URBAN ? e.urbanLogOdds() : 0);
        return Logit.expit(logOdds);
    }

    /** The log-odds of a stage's rate in a calendar year before the shift, sex and residence are added. */
    private static double offset(EducationAssumption e, int stage, int year, int base) {
        double c = switch (stage) {
            case 0 -> e.primary();
            case 1 -> e.juniorSecondary();
            case 2 -> e.seniorSecondary();
            default -> e.higher().scalarAt(TimeAnchor.midYear(Math.max(year, base)));
        };
        return Logit.logit(Math.min(1 - 1e-9, Math.max(1e-9, c)))
                + (year < base ? -e.cohortTrend()[stage] * (base - year) : 0);
    }

    /** The {@link #offset}s of the stages a base-year cohort of this age has entered, first stage first. */
    private static double[] offsets(EducationAssumption e, int base, int age) {
        int stages = 0;
        while (stages < EducationAssumption.STAGES && age >= ENTRY_AGE[stages]) {
            stages++;
        }
        double[] out = new double[stages];
        for (int stage = 0; stage < stages; stage++) {
            out[stage] = offset(e, stage, base - age + ENTRY_AGE[stage], base);
        }
        return out;
    }

    /**
     * This year's school transitions of the young: children entering primary (6), junior (12), senior (15) and
     * higher education (18), and bachelors entering postgraduate study (22), each a draw with the year's rate from
     * the group's stream.
     */
    static void progress(YearContext year, EducationAssumption e, double shift) {
        AgentPopulation pop = year.population();
        int calendarYear = year.year();
        int base = year.model().baseYear();
        year.executor().forEach(pop.slots(), slot -> {
            int age = pop.ageOf(slot);
            int stage = stageEnteredAt(age);
            if (stage < 0 && age != POSTGRADUATE_AGE) {
                return;
            }
            Sex sex = pop.sexOf(slot);
            UniformRandomProvider rng = year.random(slot);
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                if (age == POSTGRADUATE_AGE) {
                    if (c.educationCount(Education.BACHELOR.ordinal()) == 0) {
                        continue;
                    }
                    long p = Draws.threshold(e.postgraduate());
                    for (int i = 0, n = c.size(); i < n; i++) {
                        if (AgentTraits.education(c.traits(i)) == Education.BACHELOR.ordinal()
                                && Draws.bernoulli(rng, p)) {
                            c.setTraits(i, AgentTraits.withEducation(c.traits(i), Education.POSTGRADUATE));
                        }
                    }
                    continue;
                }
                if (c.educationCount(stage) == 0) {
                    continue; // nobody finished the stage before
                }
                long p = Draws.threshold(rate(e, stage, calendarYear, base, sex, r, shift));
                long bachelor = Draws.threshold(e.bachelorShare());
                for (int i = 0, n = c.size(); i < n; i++) {
                    int t = c.traits(i);
                    if (AgentTraits.education(t) != stage || !Draws.bernoulli(rng, p)) {
                        continue;
                    }
                    Education next = stage < 3 ? Education.of(stage + 1)
                            : Draws.bernoulli(rng, bachelor) ? Education.BACHELOR : Education.JUNIOR_COLLEGE;
                    c.setTraits(i, AgentTraits.withEducation(t, next));
                    if (next.higher() && e.studentsInactive() && Status.inLabourForce((byte) c.status(i))) {
                        // Full-time students leave the jobs or job search they had at 16-17.
                        c.setState(i, Status.INACTIVE, 0,
                                c.flags(i) & ~(AgentColumns.F_REGISTERED | AgentColumns.F_SEEKING_NONFARM));
                    }
                }
            }
        });
    }

    /**
     * For μ₀ ({@link BaseYearLabourState}): the base year's expected entrants by the profile who are students next
     * year and so will not enter, and next year's graduates out of the labour force, who will all seek work (agents).
     * Inactive persons who would start farming are left out of both, as of the profile's seekers.
     */
    static double[] entrantAdjustment(YearContext year, ParticipationProfiles profiles) {
        AgentPopulation pop = year.population();
        int entryAge = year.assumptions().participation().entryAge();
        double[] out = new double[2];
        for (int slot = 0; slot < pop.slots(); slot++) {
            int next = Math.min(pop.ageOf(slot) + 1, pop.maxAge());
            if (next > POSTGRADUATE_AGE + 3 || next < entryAge) {
                continue;
            }
            double entry = profiles.of(pop.sexOf(slot)).entryProbability(next);
            // From the histogram by key and level, not the agents. Every agent of a slot adds the same entry: adding it
            // once per agent keeps the sum the same double as the scan that added it agent by agent.
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                for (int key = 0; key < AgentKeys.COUNT; key++) {
                    if (c.count(key) == 0 || AgentKeys.status(key) != Status.INACTIVE) {
                        continue;
                    }
                    boolean farmBound = r == Residence.RURAL
                            && (AgentKeys.flags(key) & AgentColumns.F_URBAN_HUKOU) == 0;
                    for (int level = 0; level < CENSUS_YEARS.length; level++) {
                        int m = c.count(key, level);
                        if (student(level, next) && !farmBound) {
                            for (int j = 0; j < m; j++) {
                                out[0] += entry;
                            }
                        } else if (graduate(level, next)) {
                            out[1] += m;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The stage (0..3) entered at this age, or −1. */
    private static int stageEnteredAt(int age) {
        for (int stage = 0; stage < ENTRY_AGE.length; stage++) {
            if (ENTRY_AGE[stage] == age) {
                return stage;
            }
        }
        return -1;
    }

    /** Sums of a group's schooling for the indicators, by {@link Tally} index. */
    static void tally(CohortGroup g, int age, long[] n) {
        for (Residence r : Residence.values()) {
            AgentColumns c = g.residents(r);
            for (int level = 0; level < CENSUS_YEARS.length; level++) {
                long m = c.educationCount(level);
                if (m == 0) {
                    continue;
                }
                if (age >= 15) {
                    n[Tally.PERSONS_15] += m;
                    n[Tally.CENSUS_YEARS_15] += m * CENSUS_YEARS[level];
                }
                if (age >= WORKING_FROM && age <= WORKING_TO) {
                    n[Tally.PERSONS_WORKING] += m;
                    n[Tally.YEARS_WORKING] += m * Education.of(level).years;
                    if (Education.of(level).higher()) {
                        n[Tally.HIGHER_WORKING] += m;
                    }
                }
            }
        }
    }

    /** Indices of the schooling sums. */
    static final class Tally {
        static final int PERSONS_15 = 0;
        static final int CENSUS_YEARS_15 = 1;
        static final int PERSONS_WORKING = 2;
        static final int YEARS_WORKING = 3;
        static final int HIGHER_WORKING = 4;
        static final int GRADUATES = 5;
        static final int GRADUATES_EMPLOYED = 6;
        static final int GRADUATES_UNEMPLOYED = 7;
        static final int SIZE = 8;

        private Tally() {
        }
    }

    /**
     * Counts the year's graduates of a group and how many of them are employed or unemployed, from the columns'
     * histograms by key and education level (a graduate is one whose level graduates at this age).
     */
    static void graduates(CohortGroup g, int age, long[] n) {
        for (int level = 0; level < Education.values().length; level++) {
            if (!graduate(level, age)) {
                continue;
            }
            for (Residence r : Residence.values()) {
                AgentColumns c = g.residents(r);
                for (int key = 0; key < AgentKeys.COUNT; key++) {
                    int m = c.count(key, level);
                    n[Tally.GRADUATES] += m;
                    int s = AgentKeys.status(key);
                    if (s == Status.EMPLOYED) {
                        n[Tally.GRADUATES_EMPLOYED] += m;
                    } else if (s == Status.UNEMPLOYED) {
                        n[Tally.GRADUATES_UNEMPLOYED] += m;
                    }
                }
            }
        }
    }

    /** Whether some level graduates at this age (21, 22, 25). */
    static boolean anyGraduateAt(int age) {
        return age == 21 || age == 22 || age == 25;
    }
}
