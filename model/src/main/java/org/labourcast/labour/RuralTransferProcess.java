package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.TimeAnchor;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentKeys;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.BernoulliTrials;
import org.labourcast.agents.CohortGroup;
import org.labourcast.agents.IndexBuffer;
import org.labourcast.agents.Status;
import org.labourcast.demography.Residence;
import org.labourcast.scenario.labour.EducationAssumption;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.Sector;

/**
 * Rural labour transfer (农村劳动力转移就业), the decision side: each rural-hukou farm worker of rural-labour age
 * looks for non-farm work this year with probability
 * expit(β₀ + β_age[group] + β_skill·skilled + γ·ln(gap(t) / gap(base))), where gap is the urban/rural income
 * ratio and β₀ is calibrated so that the mean probability over base-year farm workers equals the scenario's base
 * rate ({@link BaseYearLabourState}). Seekers keep farming until {@link JobMatchingProcess} finds them a job, locally
 * or, through out-migration in {@link DemographyProcess}, away.
 *
 * <p>Reads: agents. Writes: agents (the seeking-non-farm-work flag), events (transfer seekers).
 */
final class RuralTransferProcess implements YearlyProcess {
    /** Classes of the transfer trials: farm workers (see {@link #isFarmWorker}) unskilled and skilled; 0 others. */
    static final int UNSKILLED_FARMER = 1;
    static final int SKILLED_FARMER = 2;
    static final BernoulliTrials.Classes FARM_WORKERS = BernoulliTrials.table((status, sector, flags) ->
            !isFarmWorker(status, sector, flags) ? 0
                    : (flags & AgentColumns.F_SKILLED) != 0 ? SKILLED_FARMER : UNSKILLED_FARMER);

    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.EVENTS);
    }

    @Override
    public void step(YearContext year) {
        LabourAssumptions.TransferAssumption t = year.assumptions().transfer();
        double gapEffect = t.wageGapElasticity() * Math.log(t.wageGap().scalarAt(TimeAnchor.midYear(year.year()))
                / t.wageGap().scalarAt(TimeAnchor.midYear(year.model().baseYear())))
                + year.effects().transferLogOddsShift(); // hukou_easing levers
        int slots = year.population().slots();
        // The probability of each class by slot; null for groups outside the rural-labour ages.
        double[][] byClass = new double[slots][];
        for (int slot = 0; slot < slots; slot++) {
            int age = year.population().ageOf(slot);
            if (t.ages().contains(age)) {
                double base = year.calibration().transferIntercept() + ageLogOdds(t, age) + gapEffect;
                byClass[slot] = new double[SKILLED_FARMER + 1];
                byClass[slot][UNSKILLED_FARMER] = Logit.expit(base);
                byClass[slot][SKILLED_FARMER] = Logit.expit(base + t.skilledLogOdds());
            }
        }
        long[] seekers = new long[slots];
        EducationAssumption education = year.assumptions().education();
        double perYear = education == null ? 0 : education.transferLogOddsPerYear();
        year.executor().forEach(slots, slot -> {
            double[] p = byClass[slot];
            if (p == null) {
                return;
            }
            if (perYear != 0) {
                seekers[slot] = bySchooling(year, slot, p, perYear);
                return;
            }
            BernoulliTrials trials = new BernoulliTrials(p, year.random(slot));
            long n = 0;
            for (Residence r : Residence.values()) {
                n += trials.run(year.population().group(slot).residents(r), FARM_WORKERS,
                        (c, i, cls) -> c.set(i, AgentColumns.F_SEEKING_NONFARM));
            }
            seekers[slot] = n;
        });
        YearEvents events = year.events();
        for (long n : seekers) {
            events.transferSeekers += n;
        }
    }

    /**
     * The transfer draw of one group when schooling matters: a farm worker of class k (unskilled, skilled) with w =
     * e^(b·years) looks with probability p_k · w / w̄_k, w̄_k the mean of w over the group's farm workers of that
     * class, so the class's expected number of seekers — what the base rate is calibrated on — is unchanged and only
     * who looks depends on schooling (capped at 1). One uniform draw per farm worker from the group's stream.
     */
    private static long bySchooling(YearContext year, int slot, double[] p, double perYear) {
        CohortGroup g = year.population().group(slot);
        double[] sum = new double[3];
        long[] count = new long[3];
        double[] weightOf = new double[AgentTraits.Education.values().length];
        for (AgentTraits.Education e : AgentTraits.Education.values()) {
            weightOf[e.ordinal()] = Math.exp(perYear * e.years);
        }
        for (Residence r : Residence.values()) { // from the key-by-education histogram, not the agents
            AgentColumns c = g.residents(r);
            for (int key = 0; key < AgentKeys.COUNT; key++) {
                int k = c.count(key) == 0 ? 0 : FARM_WORKERS.classOf(key);
                if (k == 0) {
                    continue;
                }
                for (int level = 0; level < weightOf.length; level++) {
                    int n = c.count(key, level);
                    sum[k] += n * weightOf[level];
                    count[k] += n;
                }
            }
        }
        if (count[1] + count[2] == 0) {
            return 0;
        }
        // The chance of each class and level, as w above: computed once, not per farm worker (the same value).
        int levels = weightOf.length;
        double[] chance = new double[3 * levels];
        for (int k = 1; k <= 2; k++) {
            for (int level = 0; level < levels; level++) {
                double w = weightOf[level] * count[k] / sum[k];
                chance[k * levels + level] = Math.min(1, p[k] * w);
            }
        }
        UniformRandomProvider rng = year.random(slot);
        long seekers = 0;
        for (Residence r : Residence.values()) {
            AgentColumns c = g.residents(r);
            // The farm workers listed first, then one draw each in index order, then the seekers flagged: the same
            // draws and the same seekers as one pass, without the branches on who is a farm worker and who looks
            // (neither follows a pattern from agent to agent).
            int[] farm = FARM_WORKER_LIST.atLeast(c.size());
            int m = 0;
            for (int i = 0, n = c.size(); i < n; i++) {
                farm[m] = i;
                m += -FARM_WORKERS.classOf(c.key(i)) >>> 31; // 1 for class 1 or 2
            }
            int[] found = SEEKER_LIST.atLeast(m);
            int s = 0;
            for (int j = 0; j < m; j++) {
                int i = farm[j];
                found[s] = i;
                s += rng.nextDouble() < chance[FARM_WORKERS.classOf(c.key(i)) * levels
                        + AgentTraits.education(c.traits(i))] ? 1 : 0;
            }
            for (int j = 0; j < s; j++) {
                c.set(found[j], AgentColumns.F_SEEKING_NONFARM);
            }
            seekers += s;
        }
        return seekers;
    }

    /** Each worker thread's lists of a column's farm workers and of the seekers among them ({@link #bySchooling}). */
    private static final IndexBuffer FARM_WORKER_LIST = new IndexBuffer();
    private static final IndexBuffer SEEKER_LIST = new IndexBuffer();

    /** A rural-hukou person employed in farming (age is checked by the caller). */
    static boolean isFarmWorker(AgentColumns c, int i) {
        return isFarmWorker(c.status(i), c.sector(i), c.flags(i));
    }

    static boolean isFarmWorker(int status, int sector, int flags) {
        return status == Status.EMPLOYED && sector == Sector.PRIMARY.code()
                && (flags & AgentColumns.F_URBAN_HUKOU) == 0;
    }

    static double ageLogOdds(LabourAssumptions.TransferAssumption t, int age) {
        for (int g = 0; g < t.ageGroups().size(); g++) {
            if (t.ageGroups().get(g).contains(age)) {
                return t.ageLogOdds(g);
            }
        }
        return 0;
    }
}
