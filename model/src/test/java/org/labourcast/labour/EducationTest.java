package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.AgentTraits.Education;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.agents.Status;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.yaml.FieldOverride;

/**
 * Schooling ({@code labour.education}, {@link Schooling}): the base year reproduces each region's published census
 * average, young cohorts move through school, and each effect changes what it names — switched off (effect 0 or
 * {@code students_inactive: false}) the same statistic loses the difference. 1 agent = {@value #SCALE} persons.
 */
class EducationTest {
    private static final int SCALE = 40;

    private static ScenarioSpec spec(String region, String... overrides) {
        List<FieldOverride> o = Arrays.stream(overrides).map(FieldOverride::parse).toList();
        return new ScenarioReader().read(ShippedScenarios.baseline(region), o).spec();
    }

    private static LabourSimulation simulation(ScenarioSpec spec, int lastYear) {
        List<ProjectedYear> cohort = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), lastYear, new ScenarioAssumptions(spec));
        return new LabourSimulation(LabourModel.of(spec, cohort, SCALE), 7L, 8L, GroupExecutor.serial());
    }

    /** Builds the base year and steps the schedule's processes through {@code years} projected years. */
    private static LabourSimulation run(ScenarioSpec spec, int years) {
        LabourSimulation sim = simulation(spec, spec.baseYear() + years);
        sim.buildBaseYear();
        List<YearlyProcess> processes = YearlyProcesses.inOrder();
        for (int y = 0; y < years; y++) {
            sim.beginYear();
            for (YearlyProcess p : processes) {
                p.step(sim.context());
            }
        }
        return sim;
    }

    private static double baseValue(String region, String indicator) {
        LabourSimulation sim = simulation(spec(region), spec(region).baseYear() + 1);
        return sim.buildBaseYear().value(indicator);
    }

    @Test
    void theBaseYearReproducesThePublishedCensusAverage() {
        // Sichuan: 四川省统计局 七普受教育分析 (2021-06), "全省15岁及以上人口的平均受教育年限由8.35年提高至9.24年"; Leshan's
        // own value is unpublished, so its baseline takes Sichuan's. Zhejiang (for 台州): census press conference
        // 2021-05-13, "15岁及以上人口平均受教育年限由2010年的8.79年提高至9.79年". Whole agents per cell: ±0.01 years.
        assertEquals(9.24, baseValue("leshan", LabourIndicators.MEAN_YEARS_SCHOOLING_15_PLUS), 0.01);
        assertEquals(9.79, baseValue("taizhou", LabourIndicators.MEAN_YEARS_SCHOOLING_15_PLUS), 0.01);
    }

    @Test
    void schoolingCountsStayExactAndYoungCohortsFinishSchool() {
        ScenarioSpec spec = spec("leshan");
        LabourSimulation sim = run(spec, 5);
        AgentPopulation pop = sim.population();
        for (int slot = 0; slot < pop.slots(); slot++) {
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                int[] recount = new int[Education.values().length];
                for (int i = 0; i < c.size(); i++) {
                    recount[AgentTraits.education(c.traits(i))]++;
                }
                for (int level = 0; level < recount.length; level++) {
                    assertEquals(recount[level], c.educationCount(level), "slot " + slot + " " + r + " level " + level);
                    assertTrue(c.educationCount(level) >= 0);
                }
                int age = pop.ageOf(slot);
                for (int i = 0; i < c.size(); i++) {
                    int level = AgentTraits.education(c.traits(i));
                    // Nobody holds a level before its entry age: 6 primary, 12 junior, 15 senior, 18 higher.
                    assertTrue(level == 0 || age >= Schooling.ENTRY_AGE[Math.min(level, 4) - 1],
                            "age " + age + " with level " + level);
                }
            }
        }
        // Cohorts that were children in the base year have moved up: 18-year-olds hold higher education now.
        double higher18 = share(pop, 18, l -> Education.of(l).higher());
        assertTrue(higher18 > 0.3 && higher18 < 0.8, "higher-education share at 18: " + higher18);
    }

    private static double share(AgentPopulation pop, int age, java.util.function.IntPredicate level) {
        long n = 0;
        long hit = 0;
        for (int slot = 0; slot < pop.slots(); slot++) {
            if (pop.ageOf(slot) != age) {
                continue;
            }
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                for (int i = 0; i < c.size(); i++) {
                    n++;
                    if (level.test(AgentTraits.education(c.traits(i)))) {
                        hit++;
                    }
                }
            }
        }
        return (double) hit / n;
    }

    /** Mean years of schooling of the agents aged 20-59 passing a test on (status, sector, flags). */
    private static double meanYears(AgentPopulation pop, StatePredicate which) {
        double years = 0;
        long n = 0;
        for (int slot = 0; slot < pop.slots(); slot++) {
            int age = pop.ageOf(slot);
            if (age < 20 || age > 59) {
                continue;
            }
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                for (int i = 0; i < c.size(); i++) {
                    if (which.test(c.status(i), c.sector(i), c.flags(i))) {
                        years += Education.of(AgentTraits.education(c.traits(i))).years;
                        n++;
                    }
                }
            }
        }
        return years / n;
    }

    private interface StatePredicate {
        boolean test(int status, int sector, int flags);
    }

    @Test
    void hiringFavoursTheSchooledAndOnlyThem() {
        // With the effect the employed non-farm workers are more schooled, against the unemployed left after
        // matching, than without it (young graduates make the unemployed the more schooled either way).
        String off = "labour.education.effects.transfer_log_odds_per_year=0";
        AgentPopulation on = run(spec("leshan", off), 4).population();
        AgentPopulation none = run(spec("leshan", off, "labour.education.effects.hire_log_odds_per_year=0"), 4)
                .population();
        double gapOn = meanYears(on, (s, sec, f) -> s == Status.EMPLOYED && sec != Sector.PRIMARY.code())
                - meanYears(on, (s, sec, f) -> s == Status.UNEMPLOYED);
        double gapOff = meanYears(none, (s, sec, f) -> s == Status.EMPLOYED && sec != Sector.PRIMARY.code())
                - meanYears(none, (s, sec, f) -> s == Status.UNEMPLOYED);
        assertTrue(gapOn > gapOff + 0.1, "schooling gap employed − unemployed: effect " + gapOn + ", off " + gapOff);
    }

    @Test
    void transferFavoursTheSchooledFarmWorkers() {
        String hireOff = "labour.education.effects.hire_log_odds_per_year=0";
        AgentPopulation on = run(spec("leshan", hireOff), 8).population();
        AgentPopulation none = run(spec("leshan", hireOff, "labour.education.effects.transfer_log_odds_per_year=0"),
                8).population();
        StatePredicate farmer = (s, sec, f) -> s == Status.EMPLOYED && sec == Sector.PRIMARY.code()
                && (f & AgentColumns.F_URBAN_HUKOU) == 0;
        // Schooled farm workers leave farming faster with the effect: those still farming are less schooled.
        double withEffect = meanYears(on, farmer);
        double without = meanYears(none, farmer);
        assertTrue(withEffect < without - 0.05, "farm workers' schooling: effect " + withEffect + ", off " + without);
    }

    @Test
    void studentsStayOutUntilTheyGraduateAndGraduatesSeekWork() {
        LabourSimulation on = run(spec("leshan"), 5);
        LabourSimulation off = run(spec("leshan", "labour.education.effects.students_inactive=false"), 5);
        // Students aged 19-20 in higher education: in the labour force only if they were there before they enrolled.
        double studentsOn = labourForceShare(on.population(), 19, 20);
        double studentsOff = labourForceShare(off.population(), 19, 20);
        assertTrue(studentsOn < 0.5 * studentsOff, "students in the labour force: rule " + studentsOn + ", off "
                + studentsOff);
        // Every graduate of the year is in the labour force at the year's end under the rule.
        double graduatesOn = graduatesInLabourForce(on.population());
        double graduatesOff = graduatesInLabourForce(off.population());
        assertEquals(1.0, graduatesOn, 1e-9);
        assertTrue(graduatesOff < 0.98, "graduates in the labour force without the rule: " + graduatesOff);
        assertTrue(on.recorded().get(5).value(LabourIndicators.GRADUATES) > 0);
        double placement = on.recorded().get(5).value(LabourIndicators.GRADUATE_PLACEMENT_RATE);
        assertTrue(placement > 0.3 && placement < 1, "placement " + placement);
        assertEquals(Double.NaN, on.recorded().get(0).value(LabourIndicators.GRADUATES), "a flow: none in the base year");
    }

    /**
     * With {@code students_inactive} the base year's students of higher education take the places of the inactive of
     * their cell first: in each cell (sex, age, residence) only the students beyond the cell's inactive are in the
     * labour force, and the labour state itself is the one drawn before schooling. Leshan's step profile (20–24 at
     * 0.75 / 0.70 from age 20) leaves fewer inactive than students at 20 only: about a tenth of the base-year students
     * stay in the labour force, against about half when students are drawn regardless of status.
     */
    @Test
    void baseYearStudentsTakeTheInactivePlacesFirst() {
        long[] on = baseYearStudents(spec("leshan"));
        long[] off = baseYearStudents(spec("leshan", "labour.education.effects.students_inactive=false"));
        assertEquals(on[2], on[1], "students in the labour force beyond their cell's inactive");
        assertTrue(on[1] < 0.15 * on[0], "base-year students in the labour force: " + on[1] + " of " + on[0]);
        assertTrue(off[1] > 0.4 * off[0], "without the rule: " + off[1] + " of " + off[0]);
        // The other levels go to the rest at random, whatever their status: the inactive who are not students are
        // schooled like the active (aged 16-24: 12.0 against 11.7 years; giving them the lowest levels first, as an
        // inactive-first order kept for every level would, left them 2.4 years behind).
        double[] years = nonStudentYears(spec("leshan"));
        assertEquals(years[1], years[0], 1.0, "mean years of the inactive and the active non-students aged 16-24");
    }

    /** Mean census years of the base year's non-students aged 16-24: inactive, in the labour force. */
    private static double[] nonStudentYears(ScenarioSpec spec) {
        LabourSimulation sim = simulation(spec, spec.baseYear() + 1);
        sim.buildBaseYear();
        AgentPopulation pop = sim.population();
        double[] sum = new double[2];
        long[] n = new long[2];
        for (int slot = 0; slot < pop.slots(); slot++) {
            int age = pop.ageOf(slot);
            if (age < 16 || age > 24) {
                continue;
            }
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                for (int i = 0; i < c.size(); i++) {
                    int level = AgentTraits.education(c.traits(i));
                    if (!Schooling.student(level, age)) {
                        int k = c.status(i) == Status.INACTIVE ? 0 : 1;
                        sum[k] += Education.of(level).years;
                        n[k]++;
                    }
                }
            }
        }
        return new double[] {sum[0] / n[0], sum[1] / n[1]};
    }

    /** Base-year students, those of them in the labour force, and the sum over cells of max(0, students − inactive). */
    private static long[] baseYearStudents(ScenarioSpec spec) {
        LabourSimulation sim = simulation(spec, spec.baseYear() + 1);
        sim.buildBaseYear();
        AgentPopulation pop = sim.population();
        long[] out = new long[3];
        for (int slot = 0; slot < pop.slots(); slot++) {
            int age = pop.ageOf(slot);
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                long students = 0;
                long inactive = 0;
                for (int i = 0; i < c.size(); i++) {
                    boolean student = Schooling.student(AgentTraits.education(c.traits(i)), age);
                    students += student ? 1 : 0;
                    inactive += c.status(i) == Status.INACTIVE ? 1 : 0;
                    out[1] += student && Status.inLabourForce((byte) c.status(i)) ? 1 : 0;
                }
                out[0] += students;
                out[2] += Math.max(0, students - inactive);
            }
        }
        return out;
    }

    /**
     * {@code graduate_placement}: the year's graduates search harder than other seekers, so that at trend growth the
     * observed share (0.91) of them is in work at the year's end; switched off (no field) they search as the others
     * do and far fewer are placed. Vacancies follow their search, so the surveyed rate is lower with it.
     */
    @Test
    void graduatesSearchHarderAndArePlacedAtTheObservedShare() {
        ScenarioSpec withIt = spec("leshan");
        assertEquals(0.91, withIt.labour().education().graduatePlacement());
        ScenarioSpec without = org.labourcast.experiment.BuiltInLabour.withLabour(withIt, withIt.labour()
                .withEducation(withIt.labour().education().withGraduatePlacement(Double.NaN)));
        LabourSimulation on = run(withIt, 8);
        LabourSimulation off = run(without, 8);
        double placementOn = meanOverYears(on, LabourIndicators.GRADUATE_PLACEMENT_RATE, 6, 8);
        double placementOff = meanOverYears(off, LabourIndicators.GRADUATE_PLACEMENT_RATE, 6, 8);
        // About 1,100 graduates (agents) over the three years: a sampling s.e. of 0.01.
        assertEquals(0.91, placementOn, 0.04, "placement with graduate_placement 0.91");
        assertTrue(placementOff < placementOn - 0.2, "placement without it " + placementOff + ", with " + placementOn);
        double rateOn = on.recorded().get(8).value(LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE);
        double rateOff = off.recorded().get(8).value(LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE);
        assertTrue(rateOn < rateOff - 0.002, "surveyed rate 2028 with " + rateOn + ", without " + rateOff);
    }

    private static double meanOverYears(LabourSimulation sim, String indicator, int from, int to) {
        double sum = 0;
        for (int y = from; y <= to; y++) {
            sum += sim.recorded().get(y).value(indicator);
        }
        return sum / (to - from + 1);
    }

    private static double labourForceShare(AgentPopulation pop, int from, int to) {
        long n = 0;
        long in = 0;
        for (int slot = 0; slot < pop.slots(); slot++) {
            int age = pop.ageOf(slot);
            if (age < from || age > to) {
                continue;
            }
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                for (int i = 0; i < c.size(); i++) {
                    if (Schooling.student(AgentTraits.education(c.traits(i)), age)) {
                        n++;
                        if (Status.inLabourForce((byte) c.status(i))) {
                            in++;
                        }
                    }
                }
            }
        }
        return (double) in / n;
    }

    private static double graduatesInLabourForce(AgentPopulation pop) {
        long n = 0;
        long in = 0;
        for (int slot = 0; slot < pop.slots(); slot++) {
            int age = pop.ageOf(slot);
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                for (int i = 0; i < c.size(); i++) {
                    if (Schooling.graduate(AgentTraits.education(c.traits(i)), age)) {
                        n++;
                        if (Status.inLabourForce((byte) c.status(i))) {
                            in++;
                        }
                    }
                }
            }
        }
        return (double) in / n;
    }

    @Test
    void graduatesOfTheFirstYearAreOfTheNationalOrderPerResident() {
        // No regional or provincial 2020 graduate count was found, so the check is China's scaled by population:
        // "2020年应届高校毕业生874万人" (CASS 社会蓝皮书, China Youth Daily 2020-12-22) over 141,178万 residents (七普).
        // The model's graduates are the residents' own cohorts, not a region's colleges' graduates: within half to
        // one and a half times the national rate per resident.
        LabourSimulation sim = run(spec("leshan"), 1);
        LabourYear first = sim.recorded().get(1);
        double perResident = first.value(LabourIndicators.GRADUATES) / sim.context().cohortYear().population().total();
        double national = 874e4 / 141_178e4;
        assertTrue(perResident > 0.5 * national && perResident < 1.5 * national,
                "graduates per resident " + perResident + " against China's " + national);
    }

    @Test
    void schoolingRunsAreIdenticalForOneAndThreeThreads() {
        // The school transitions, the weighted hiring and transfer draws and the graduates' entry all draw from the
        // group streams, so a replicate spread over three threads is the serial one.
        ScenarioSpec leshan = spec("leshan");
        var one = org.labourcast.experiment.AgentRun.of(leshan, new org.labourcast.scenario.RunSettings(1, 2020L, 1,
                50), org.labourcast.experiment.ProgressListener.NONE);
        var three = org.labourcast.experiment.AgentRun.of(leshan, new org.labourcast.scenario.RunSettings(1, 2020L, 3,
                50), org.labourcast.experiment.ProgressListener.NONE);
        assertEquals(one.replicates(), three.replicates());
    }

    @Test
    void theLabourStateIsTheSameWithOrWithoutSchoolingInTheBaseYear() {
        // Schooling is drawn last, so the base year's calibrated aggregates are those without it.
        ScenarioSpec with = spec("leshan");
        ScenarioSpec without = org.labourcast.experiment.BuiltInLabour.withLabour(with,
                with.labour().withEducation(null));
        LabourYear a = simulation(with, with.baseYear() + 1).buildBaseYear();
        LabourYear b = simulation(without, with.baseYear() + 1).buildBaseYear();
        for (String name : LabourIndicators.NAMES) {
            // The pension share's denominator leaves out students of higher education, whom only schooling finds.
            if (!LabourIndicators.SCHOOLING.contains(name) && !name.equals(LabourIndicators.PENSION_INSURED_SHARE)) {
                assertEquals(b.value(name), a.value(name), 0, name);
            }
        }
    }
}
