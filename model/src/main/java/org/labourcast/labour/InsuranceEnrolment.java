package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.ArrayValues;
import org.labourcast.InputException;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentKeys;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.BernoulliTrials;
import org.labourcast.agents.CohortGroup;
import org.labourcast.agents.Draws;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.agents.IndexBuffer;
import org.labourcast.agents.Status;
import org.labourcast.demography.Residence;
import org.labourcast.policy.EnrolmentDrive;
import org.labourcast.scenario.labour.InsuranceAssumption;
import org.labourcast.scenario.labour.Sector;

/**
 * Social-insurance enrolment (失业保险, 工伤保险参保) carried by the agents' {@link AgentTraits} bits, moving with
 * employment (docs/labour-model.md, "Social insurance"):
 * <ul>
 *   <li>base year: exactly the scenario's enrolled count (at the model's scale) is drawn among non-farm employees,
 *       rural-hukou workers at the scenario's coverage, urban-hukou workers the rest; the shares enrolled in each hukou
 *       group become the enrolment probabilities of later hires;</li>
 *   <li>each projected year, after matching: whoever is not in non-farm employment is not enrolled (参保人数 counts
 *       persons whose employer contributes, so enrolment ends with the job); a non-farm employee who started the job
 *       this year (years in status 0) is enrolled with the probability of their hukou group; the scheme's
 *       {@code uptake} (coverage drifting up as before the base year) and an insurance-expansion lever
 *       ({@code insurance_expansion}) enrol uncovered employees with their yearly probabilities, as independent
 *       chances.</li>
 * </ul>
 * The two schemes are drawn independently. Each group draws from its own stream after every other process of the
 * year, so the other indicators are unchanged by enrolment.
 *
 * <p>Reads: agents, insurance coverage (new hires' probabilities). Writes: agents (the insurance bits), insurance
 * coverage (the enrolled counts).
 */
final class InsuranceEnrolment implements YearlyProcess {
    /** The enrolment bit of each scheme, in {@link InsuranceAssumption#schemes()} order. */
    static final int[] BITS = {AgentTraits.UNEMPLOYMENT_INSURED, AgentTraits.INJURY_INSURED};
    private static final int ALL_BITS = AgentTraits.UNEMPLOYMENT_INSURED | AgentTraits.INJURY_INSURED;
    /** Class 0: urban-hukou non-farm employee; 1: rural-hukou; −1 not eligible. */
    private static final ExactCountSelection.Classifier ELIGIBLE = (status, sector, flags, r, slot) ->
            !covered(status, sector) ? -1 : (flags & AgentColumns.F_URBAN_HUKOU) != 0 ? 0 : 1;
    /** The same classes for the uptake trials: 1 urban-hukou non-farm employee, 2 rural-hukou, 0 not eligible. */
    private static final BernoulliTrials.Classes COVERED = BernoulliTrials.table((status, sector, flags) ->
            !covered(status, sector) ? 0 : (flags & AgentColumns.F_URBAN_HUKOU) != 0 ? 1 : 2);
    /** Each worker thread's list of the agents new in their status (see {@link #updateNew}). */
    private static final IndexBuffer NEW_IN_STATUS = new IndexBuffer();

    /**
     * Enrolment probabilities of a new hire by {@code [scheme][hukou]} (hukou 0 urban, 1 rural), as solved from the
     * base year, and the enrolled agents by scheme after the last update.
     */
    record Coverage(double[][] probability, long[] enrolled) {
        Coverage {
            probability = ArrayValues.copy(probability);
            enrolled = enrolled.clone();
        }

        @Override
        public double[][] probability() {
            return ArrayValues.copy(probability);
        }

        @Override
        public long[] enrolled() {
            return enrolled.clone();
        }

        /** Enrolled agents of a scheme, without copying. */
        long enrolled(int scheme) {
            return enrolled[scheme];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Coverage c && java.util.Arrays.deepEquals(probability, c.probability)
                    && java.util.Arrays.equals(enrolled, c.enrolled);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Arrays.deepHashCode(probability) + java.util.Arrays.hashCode(enrolled);
        }

        @Override
        public String toString() {
            return "Coverage[probability=" + java.util.Arrays.deepToString(probability) + ", enrolled="
                    + java.util.Arrays.toString(enrolled) + "]";
        }
    }

    static boolean covered(int status, int sector) {
        return status == Status.EMPLOYED && sector != Sector.PRIMARY.code() && sector != 0;
    }

    /**
     * Enrols the base year's agents: per scheme exactly the scenario's count (in agents), rural-hukou non-farm
     * employees at the scenario's coverage, urban-hukou ones the rest (all of them if that is not enough, then more
     * rural-hukou workers). Call after every other base-year draw.
     */
    static Coverage assignBaseYear(YearContext year, InsuranceAssumption insurance) {
        long[][] counts = ExactCountSelection.count(year.population(), year.executor(), 2, ELIGIBLE);
        long urbanHukou = 0;
        long ruralHukou = 0;
        for (long[] n : counts) {
            urbanHukou += n[0];
            ruralHukou += n[1];
        }
        double k = year.scale();
        InsuranceAssumption.Scheme[] schemes = insurance.schemes();
        String[] names = {"unemployment", "injury"};
        double[][] probability = new double[2][2];
        long[] enrolled = new long[2];
        for (int s = 0; s < 2; s++) {
            long target = Math.round(schemes[s].enrolled() / k);
            String field = "labour.insurance." + names[s] + ".enrolled";
            if (target > urbanHukou + ruralHukou) {
                throw new InputException(null, field, "the base year has " + fmt((urbanHukou + ruralHukou) * k)
                        + " non-farm employees, fewer than the " + fmt(schemes[s].enrolled()) + " enrolled",
                        "check labour.base.employed_by_sector and the count's unit (persons)");
            }
            long rural = Math.round(schemes[s].ruralHukouCoverage() * ruralHukou);
            if (rural > target) {
                throw new InputException(null, "labour.insurance." + names[s] + ".rural_hukou_coverage",
                        "a coverage of " + schemes[s].ruralHukouCoverage() + " enrols " + fmt(rural * k)
                                + " rural-hukou non-farm employees, more than the " + fmt(schemes[s].enrolled())
                                + " enrolled in all");
            }
            long urban = Math.min(urbanHukou, target - rural);
            rural = target - urban; // all urban-hukou employees enrolled and still short: more rural-hukou ones
            long[][] shares = ExactCountSelection.split(urban, counts, new double[] {1, 0});
            long[][] ruralShares = ExactCountSelection.split(rural, counts, new double[] {0, 1});
            for (int slot = 0; slot < shares.length; slot++) {
                shares[slot][1] = ruralShares[slot][1];
            }
            int bit = BITS[s];
            ExactCountSelection.draw(year.population(), year.executor(), counts, shares, ELIGIBLE,
                    year.randomBySlot(), year.selections(), (c, i, r, cls, slot, rng) -> c.setTraits(i, c.traits(i) | bit));
            probability[s][0] = urbanHukou > 0 ? (double) urban / urbanHukou : 0;
            probability[s][1] = ruralHukou > 0 ? (double) rural / ruralHukou : 0;
            enrolled[s] = target;
        }
        return new Coverage(probability, enrolled);
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
        Coverage coverage = year.market().insurance();
        if (coverage == null) {
            return;
        }
        EnrolmentDrive drive = year.effects().enrolmentDrive();
        InsuranceAssumption.Scheme[] schemes = year.assumptions().insurance().schemes();
        long[][] hire = new long[2][2];
        // The uptake chances by scheme as trial probabilities by class (1 urban hukou, 2 rural hukou; 0 unused).
        double[][] uptake = new double[2][];
        for (int s = 0; s < 2; s++) {
            for (int h = 0; h < 2; h++) {
                hire[s][h] = Draws.threshold(coverage.probability()[s][h]);
            }
            // The scenario's drift and a lever's drive act as independent chances, 1 − (1 − a)(1 − b).
            double a = schemes[s].uptake();
            double urban = 1 - (1 - a) * (1 - drive.probability(s, true));
            double rural = 1 - (1 - a) * (1 - drive.probability(s, false));
            uptake[s] = urban > 0 || rural > 0 ? new double[] {0, urban, rural} : null;
        }
        int entryAge = year.assumptions().participation().entryAge();
        int slots = year.population().slots();
        year.executor().forEach(slots, slot -> {
            if (year.population().ageOf(slot) >= entryAge) { // younger groups have never worked
                CohortGroup g = year.population().group(slot);
                UniformRandomProvider rng = year.random(slot);
                for (Residence r : Residence.values()) {
                    updateNew(g.residents(r), rng, hire);
                }
                for (int s = 0; s < 2; s++) {
                    if (uptake[s] != null) {
                        int bit = BITS[s];
                        BernoulliTrials trials = new BernoulliTrials(uptake[s], rng);
                        for (Residence r : Residence.values()) {
                            trials.run(g.residents(r), COVERED, (c, i, cls) -> c.setTraits(i, c.traits(i) | bit));
                        }
                    }
                }
            }
        });
        long[] enrolled = new long[2];
        for (int slot = 0; slot < slots; slot++) {
            for (Residence r : Residence.values()) {
                AgentColumns c = year.population().group(slot).residents(r);
                enrolled[0] += c.traitCount(BITS[0]);
                enrolled[1] += c.traitCount(BITS[1]);
            }
        }
        year.market().setInsurance(new Coverage(coverage.probability(), enrolled));
    }

    /**
     * The agents of one column whose status or sector changed this year (years in status 0; no other agent can gain or
     * lose a job's enrolment): enrolment ends with the job and starts, or not, with a new one.
     */
    private static void updateNew(AgentColumns c, UniformRandomProvider rng, long[][] hire) {
        int[] idx = NEW_IN_STATUS.atLeast(c.size());
        for (int k = 0, n = c.newInStatus(idx); k < n; k++) {
            int i = idx[k];
            int t = c.traits(i);
            int key = c.key(i);
            int next = t & ~ALL_BITS;
            if (covered(AgentKeys.status(key), AgentKeys.sector(key))) {
                int h = (AgentKeys.flags(key) & AgentColumns.F_URBAN_HUKOU) != 0 ? 0 : 1;
                for (int s = 0; s < 2; s++) {
                    if (Draws.bernoulli(rng, hire[s][h])) {
                        next |= BITS[s];
                    }
                }
            }
            if (next != t) {
                c.setTraits(i, next);
            }
        }
    }

    private static String fmt(double persons) {
        return String.format(java.util.Locale.ROOT, "%,.0f", persons);
    }
}
