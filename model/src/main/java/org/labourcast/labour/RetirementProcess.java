package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.BernoulliTrials;
import org.labourcast.agents.Status;
import org.labourcast.demography.Sex;
import org.labourcast.scenario.labour.Sector;

/**
 * Statutory retirement of covered workers: urban-hukou persons employed outside farming or unemployed (members of
 * the urban employees' pension scheme — an assumption: the scenario gives no coverage data). A covered person of
 * birth cohort c retires in year t with the conditional probability (R(t) − R(t−1)) / (1 − R(t−1)), R being the
 * share of cohort c past its statutory retirement month by the end of a year ({@link RetirementAgeSchedule}, births
 * spread evenly over the months). Men use the men's schedule, women flagged cadre the 55 schedule, other women the
 * 50 schedule. Those already past the age in the base year (R(t−1) = 1) are working pensioners and are left alone.
 *
 * <p>Reads: agents. Writes: agents (covered workers retire), job tallies (natural attrition of urban non-farm
 * workers).
 */
final class RetirementProcess implements YearlyProcess {
    private static final int YOUNGEST = 45;
    private static final int OLDEST = 70;
    /** Classes of the retirement trials: covered and not flagged cadre, covered and flagged cadre; 0 not covered. */
    private static final int COVERED_WORKER = 1;
    private static final int COVERED_CADRE = 2;
    private static final BernoulliTrials.Classes COVERED = BernoulliTrials.table((status, sector, flags) -> !covered(status, sector, flags)
            ? 0 : (flags & AgentColumns.F_FEMALE_CADRE) != 0 ? COVERED_CADRE : COVERED_WORKER);

    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.JOB_TALLIES);
    }

    @Override
    public void step(YearContext context) {
        RetirementAgeSchedule schedule = context.model().retirement();
        int year = context.year();
        int maxAge = context.model().maxAge();
        AgentPopulation population = context.population();
        double[][] thresholds = new double[population.slots()][];
        for (int slot = 0; slot < thresholds.length; slot++) {
            int age = population.ageOf(slot);
            if (age < YOUNGEST || age > Math.min(OLDEST, maxAge - 1)) {
                continue;
            }
            int birthYear = year - age;
            if (population.sexOf(slot) == Sex.MALE) {
                thresholds[slot] = new double[] {conditional(schedule, birthYear, RetirementCategory.MALE, year)};
            } else {
                thresholds[slot] = new double[] {
                    conditional(schedule, birthYear, RetirementCategory.FEMALE_WORKER, year),
                    conditional(schedule, birthYear, RetirementCategory.FEMALE_CADRE, year)};
            }
        }
        long[] attrition = new long[population.slots()];
        context.executor().forEach(population.slots(), slot -> {
            double[] t = thresholds[slot];
            if (t == null || (t[0] <= 0 && (t.length == 1 || t[1] <= 0))) {
                return;
            }
            // The cadre flag only matters for women: men's cadre class takes the men's probability.
            double[] byClass = new double[COVERED_CADRE + 1];
            byClass[COVERED_WORKER] = t[0];
            byClass[COVERED_CADRE] = t.length == 1 ? t[0] : t[1];
            BernoulliTrials trials = new BernoulliTrials(byClass, context.random(slot));
            BernoulliTrials.Outcome retire = (c, i, cls) -> {
                c.setState(i, Status.RETIRED, 0,
                        c.flags(i) & ~(AgentColumns.F_REGISTERED | AgentColumns.F_SEEKING_NONFARM));
            };
            // Urban residents leaving non-farm work are natural attrition (自然减员) for new urban jobs.
            trials.run(population.group(slot).urban(), COVERED, (c, i, cls) -> {
                if (c.status(i) == Status.EMPLOYED) {
                    attrition[slot]++;
                }
                retire.success(c, i, cls);
            });
            trials.run(population.group(slot).rural(), COVERED, retire);
        });
        for (long n : attrition) {
            context.market().addUrbanAttrition(n);
        }
    }

    static boolean covered(AgentColumns c, int i) {
        return covered(c.status(i), c.sector(i), c.flags(i));
    }

    static boolean covered(int status, int sector, int flags) {
        if ((flags & AgentColumns.F_URBAN_HUKOU) == 0) {
            return false;
        }
        return status == Status.UNEMPLOYED || (status == Status.EMPLOYED && sector != Sector.PRIMARY.code());
    }

    private static double conditional(RetirementAgeSchedule schedule, int birthYear, RetirementCategory c, int year) {
        double before = schedule.shareRetiredByEndOf(birthYear, c, year - 1);
        double after = schedule.shareRetiredByEndOf(birthYear, c, year);
        if (before >= 1) {
            return 0;
        }
        return (after - before) / (1 - before);
    }
}
