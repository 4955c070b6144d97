package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentKeys;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.Allocation;
import org.labourcast.agents.BernoulliTrials;
import org.labourcast.agents.CohortGroup;
import org.labourcast.agents.Draws;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.agents.IndexBuffer;
import org.labourcast.agents.Selection;
import org.labourcast.agents.Status;
import org.labourcast.agents.TraitSelection;
import org.labourcast.demography.Residence;
import org.labourcast.policy.PolicyEffects;
import org.labourcast.scenario.labour.EducationAssumption;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.Sector;

/**
 * Job matching in the non-farm sectors. Vacancies V are each sector's demand minus its employment. Seekers J are the
 * unemployed and the farm workers looking for non-farm work. Each seeker finds a job with probability
 * f = 1 − exp(−μ (V/J)^(1−α)) (Cobb–Douglas matching, Petrongolo &amp; Pissarides 2001, as a yearly probability);
 * hires = min(V, f·J). μ = μ₀ × the scenario's efficiency × the levers' multiplier (public employment services),
 * μ₀ calibrated so that the base-year unemployed stock is
 * stationary ({@link BaseYearLabourState}). Vacancies left unfilled are reported (劳动力缺口). Hires are split over sectors in proportion to vacancies and over seekers with
 * weight e^β for the skilled (β the scenario's skilled log-odds) times an unemployed seeker's spell weight
 * (duration dependence, {@code matching.unemployment_spells}), the rest drawn uniformly. With
 * {@code education.effects.graduate_placement} the year's unemployed graduates search harder: their own class, a
 * yearly probability 1 − (1 − f)^s that gives the observed placement at trend, and vacancies that follow their search
 * (docs/labour-model.md, Education). Hires of urban
 * residents are the year's new urban jobs (城镇新增就业, gross). Afterwards farm workers who found nothing stop
 * looking, and unemployed rural-hukou persons return to farming with the scenario's return rate.
 *
 * <p>Reads: agents, sector demand and this year's sector targets (set by {@link SectorDemandProcess}). Writes: agents
 * (hires, public-welfare posts, seekers stop looking, returns to farming), events (hires, re-employment of the
 * registered unemployed and of the hard to employ), job tallies (new urban jobs, unfilled vacancies).
 */
final class JobMatchingProcess implements YearlyProcess {
    /** Graduate programmes act on seekers of these ages. */
    static final int YOUNG_FROM = 16;
    static final int YOUNG_TO = 24;
    /*
     * The classes of the matching draw (ExactCountSelection strata): the seekers, unemployed or farm workers looking
     * for non-farm work, each unskilled or skilled, aged 25+ or, YOUNG added, 16-24 (whose hiring weight graduate
     * programmes raise); the employed in secondary and tertiary are counted for the vacancies, never chosen.
     */
    private static final int UNEMPLOYED = 0;
    private static final int UNEMPLOYED_SKILLED = 1;
    private static final int FARM_SEEKER = 2;
    private static final int FARM_SEEKER_SKILLED = 3;
    private static final int EMPLOYED_SECONDARY = 4;
    private static final int EMPLOYED_TERTIARY = 5;
    /** Added to a seeker's class for a seeker aged 16-24. */
    private static final int YOUNG = 6;
    /**
     * Classes by key; an unemployed seeker's class adds {@code KEY_CLASSES ×} its spell band (0, 1 or 2 years+), or
     * {@code KEY_CLASSES × GRADUATE} for one of the year's graduates when graduates search harder.
     */
    private static final int KEY_CLASSES = 10;
    private static final int BANDS = AgentColumns.SPELL_BANDS;
    /** The band of the year's graduates among the unemployed, after the spell bands. */
    private static final int GRADUATE = BANDS;
    private static final int CLASSES = KEY_CLASSES * (BANDS + 1);
    private static final int[] SEEKERS = seekers();
    /** The key classes of unemployed seekers, refined by spell band. */
    private static final boolean[] BY_SPELL = new boolean[KEY_CLASSES];

    static {
        for (int k : new int[] {UNEMPLOYED, UNEMPLOYED_SKILLED, YOUNG + UNEMPLOYED, YOUNG + UNEMPLOYED_SKILLED}) {
            BY_SPELL[k] = true;
        }
    }

    /** An unemployed seeker's class: its key class plus its spell band (years unemployed 0, 1, 2 or more). */
    private static final TraitSelection.Refiner SPELL = (base, years, traits, slot) ->
            refine(base, years, traits, 0, false);
    /** The class of an unemployed rural-hukou holder in the return-to-farming trials; everyone else 0. */
    private static final int RETURNABLE = 1;
    private static final BernoulliTrials.Classes UNEMPLOYED_RURAL_HUKOU = BernoulliTrials.table((status, sector, flags) ->
            status == Status.UNEMPLOYED && (flags & AgentColumns.F_URBAN_HUKOU) == 0 ? RETURNABLE : 0);
    /**
     * Classes of the public-welfare post draw: the hard to employ first, then the other registered unemployed, then
     * the other unemployed (by key: registered or not; the registered refined by spell, age, sex and traits).
     */
    private static final int HARD_TO_EMPLOY = 0;
    private static final int REGISTERED = 1;
    private static final int UNREGISTERED = 2;

    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS, SharedState.SECTOR_DEMAND, SharedState.SECTOR_TARGETS);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.EVENTS, SharedState.JOB_TALLIES);
    }

    @Override
    public void step(YearContext year) {
        LabourAssumptions.MatchingAssumption m = year.assumptions().matching();
        PolicyEffects e = year.effects();
        int slots = year.population().slots();
        long[] urbanHires = new long[slots];
        long[] reemployed = new long[slots];
        long[] hardPlaced = new long[slots];
        fillPublicWelfarePosts(year, e, urbanHires, reemployed, hardPlaced);
        ExactCountSelection.Classifier classes = (status, sector, flags, r, slot) -> {
            int k = classOf(status, sector, flags, r, slot);
            int age = year.population().ageOf(slot);
            return k >= UNEMPLOYED && k <= FARM_SEEKER_SKILLED && age >= YOUNG_FROM && age <= YOUNG_TO ? YOUNG + k : k;
        };
        long[][] counts = TraitSelection.countBySpellBand(year.population(), year.executor(), CLASSES, classes,
                BY_SPELL, KEY_CLASSES); // the classes SPELL gives, from the histograms
        EducationAssumption schooling = year.assumptions().education();
        boolean graduates = schooling != null && schooling.graduatesSearchHarder();
        double search = graduates ? graduateSearch(year, schooling.graduatePlacement()) : 1;
        long graduateSeekers = graduates ? moveGraduates(year, counts, classes) : 0;
        long seekers = 0;
        long secondary = 0;
        long tertiary = 0;
        for (long[] n : counts) {
            seekers += sum(n, SEEKERS);
            secondary += n[EMPLOYED_SECONDARY];
            tertiary += n[EMPLOYED_TERTIARY];
        }
        // The year's graduates search harder (campus recruitment before they leave school): a graduate's yearly
        // probability is 1 − (1 − f)^s, f the other seekers'; in the draw a graduate weighs w = (1 − (1 − f)^s) / f
        // and counts w times as a seeker (J_eff), so vacancies follow their search and the others keep f.
        double mu = year.calibration().matchingScale() * m.efficiency() * e.matchingEfficiencyMultiplier();
        double graduateWeight = 1;
        double effective = seekers;
        double v2;
        double v3;
        if (year.assumptions().market().vacancies() == LabourAssumptions.VacancyRule.FREE_ENTRY) {
            // Free entry: θ(t) vacancies per seeker, plus the jobs levers add this year; shared over the two
            // sectors by their shortfall against the structure plus their replacement needs (separations).
            LabourMarketState market = year.market();
            if (graduates && graduateSeekers > 0) {
                graduateWeight = graduateWeight(findingProbability(mu, m.unemploymentElasticity(), year.tightness(),
                        1), search);
                effective = seekers + (graduateWeight - 1) * graduateSeekers;
            }
            double total = year.tightness() * effective + year.newLeverJobs() / year.scale();
            double w2 = Math.max(0, market.target(Sector.SECONDARY) - secondary)
                    + m.separationRate().secondary() * secondary;
            double w3 = Math.max(0, market.target(Sector.TERTIARY) - tertiary)
                    + m.separationRate().tertiary() * tertiary;
            v2 = w2 + w3 > 0 ? total * w2 / (w2 + w3) : 0;
            v3 = total - v2;
        } else {
            double[] demand = year.effectiveDemand();
            v2 = Math.max(0, demand[Sector.SECONDARY.ordinal()] - secondary);
            v3 = Math.max(0, demand[Sector.TERTIARY.ordinal()] - tertiary);
            if (graduates && graduateSeekers > 0 && v2 + v3 > 0) {
                // Vacancies are given: f depends on J_eff, which depends on w through f; a few rounds settle it.
                for (int round = 0; round < 8; round++) {
                    graduateWeight = graduateWeight(findingProbability(mu, m.unemploymentElasticity(), v2 + v3,
                            effective), search);
                    effective = seekers + (graduateWeight - 1) * graduateSeekers;
                }
            }
        }
        long vacancies = Math.round(v2 + v3);
        long hires = 0;
        if (vacancies > 0 && seekers > 0) {
            double f = findingProbability(mu, m.unemploymentElasticity(), vacancies, effective);
            hires = Math.min(vacancies, Math.round(f * effective));
        }
        year.market().setUnfilledVacancies(vacancies - hires);
        year.market().setUnfilledBySector(v2, v3); // less the hires below: for internships' placements
        if (hires > 0) {
            long[] bySector = Allocation.proportional(hires, new double[] {v2, v3},
                    new long[] {(long) Math.ceil(v2), (long) Math.ceil(v3)});
            year.market().setUnfilledBySector(Math.max(0, v2 - bySector[0]), Math.max(0, v3 - bySector[1]));
            double skilled = Math.exp(m.skilledHireLogOdds());
            double young = Math.exp(e.youngSeekerHireLogOdds());
            double[] weight = new double[CLASSES]; // the employed keep weight 0
            weight[UNEMPLOYED] = 1;
            weight[UNEMPLOYED_SKILLED] = skilled;
            weight[FARM_SEEKER] = 1;
            weight[FARM_SEEKER_SKILLED] = skilled;
            weight[YOUNG + UNEMPLOYED] = young;
            weight[YOUNG + UNEMPLOYED_SKILLED] = skilled * young;
            weight[YOUNG + FARM_SEEKER] = young;
            weight[YOUNG + FARM_SEEKER_SKILLED] = skilled * young;
            for (int k = 0; k < KEY_CLASSES; k++) { // before spellWeights rescales the key classes' own weights
                weight[k + KEY_CLASSES * GRADUATE] = BY_SPELL[k] ? weight[k] : 0;
            }
            spellWeights(weight, counts, m.spells());
            if (graduates && graduateSeekers > 0) {
                graduatesShare(weight, counts, graduateWeight, seekers - graduateSeekers, graduateSeekers);
            }
            long[][] shares = ExactCountSelection.split(hires, counts, weight);
            double[] hiresBySlot = new double[slots];
            long[] caps = new long[slots];
            for (int s = 0; s < slots; s++) {
                caps[s] = sum(shares[s], SEEKERS);
                hiresBySlot[s] = caps[s];
            }
            long[] secondaryBySlot = Allocation.proportional(bySector[0], hiresBySlot, caps);
            long[] assigned = new long[slots];
            EducationAssumption education = year.assumptions().education();
            double perYear = education == null ? 0 : education.hireLogOddsPerYear();
            ExactCountSelection.Action hire = (c, i, r, cls, slot, rng) -> {
                // Only this slot's task touches assigned[slot], urbanHires[slot] and reemployed[slot].
                countReemployed(year, c, i, slot, reemployed, hardPlaced);
                Sector sector = assigned[slot]++ < secondaryBySlot[slot] ? Sector.SECONDARY : Sector.TERTIARY;
                c.setState(i, Status.EMPLOYED, sector.code(),
                        c.flags(i) & ~(AgentColumns.F_SEEKING_NONFARM | AgentColumns.F_REGISTERED));
                if (r == Residence.URBAN) {
                    urbanHires[slot]++;
                }
            };
            if (perYear != 0) {
                drawBySchooling(year, counts, shares, classes, perYear, graduates, hire);
            } else {
                TraitSelection.Refiner refiner = !graduates ? SPELL : (base, years, traits, slot) ->
                        refine(base, years, traits, year.population().ageOf(slot), true);
                TraitSelection.draw(year.population(), year.executor(), counts, shares, classes, BY_SPELL, refiner,
                        year.randomBySlot(), year.selections(), hire);
            }
        }
        double[] back = new double[RETURNABLE + 1];
        back[RETURNABLE] = year.assumptions().transfer().returnToFarmRate();
        year.executor().forEach(slots, slot -> {
            BernoulliTrials returns = new BernoulliTrials(back, year.random(slot));
            for (Residence r : Residence.values()) {
                AgentColumns c = year.population().group(slot).residents(r);
                c.clearEverywhere(AgentColumns.F_SEEKING_NONFARM);
                returns.run(c, UNEMPLOYED_RURAL_HUKOU,
                        (a, i, cls) -> a.setStatus(i, Status.EMPLOYED, Sector.PRIMARY.code()));
            }
        });
        SpellContinuity.apply(year); // after the hires and the returns to farming: the year's stayers are known
        year.events().hires = hires;
        for (int s = 0; s < slots; s++) {
            year.market().addNewUrbanJobs(urbanHires[s]);
            year.events().reemployed += reemployed[s];
            year.events().hardToEmployPlaced += hardPlaced[s];
        }
    }

    /**
     * Duration dependence: an unemployed seeker's weight falls with the years of the spell, by the scenario's
     * relative weights, rescaled within each key class so that the class's total weight (members × weight) is what
     * it would be without the spells. The spell thus decides which of the unemployed are hired, not how many of them:
     * farm workers looking for work do not gain at the expense of the unemployed as a whole, and the base year's
     * calibrated unemployment (μ₀ from the unemployed stock, {@link BaseYearLabourState}) is kept.
     */
    private static void spellWeights(double[] weight, long[][] counts, LabourAssumptions.UnemploymentSpells spells) {
        for (int k = 0; k < KEY_CLASSES; k++) {
            if (!BY_SPELL[k]) {
                continue;
            }
            double members = 0;
            double weighted = 0;
            for (long[] n : counts) {
                for (int band = 0; band < BANDS; band++) {
                    members += n[k + KEY_CLASSES * band];
                    weighted += n[k + KEY_CLASSES * band] * spells.hireWeight(band);
                }
            }
            double scale = weighted > 0 ? members / weighted : 1;
            double base = weight[k];
            for (int band = 0; band < BANDS; band++) {
                weight[k + KEY_CLASSES * band] = base * spells.hireWeight(band) * scale;
            }
        }
    }

    /**
     * Scales the graduates' class weights (each still its key class's skilled and young weight) so that the split
     * gives the G graduates w·f·G hires in expectation and the other J − G seekers f·(J − G), as {@code hires} =
     * f·(J − G + w·G) holds: with A the others' total weight and B the graduates', the factor is w·G·A / (B·(J − G)).
     */
    private static void graduatesShare(double[] weight, long[][] counts, double graduateWeight, long others,
                                       long graduates) {
        double a = 0;
        double b = 0;
        for (long[] n : counts) {
            for (int k : SEEKERS) {
                if (k >= KEY_CLASSES * GRADUATE) {
                    b += weight[k] * n[k];
                } else {
                    a += weight[k] * n[k];
                }
            }
        }
        if (b <= 0 || others <= 0) {
            return;
        }
        double factor = graduateWeight * graduates * a / (b * others);
        for (int k = KEY_CLASSES * GRADUATE; k < CLASSES; k++) {
            weight[k] *= factor;
        }
    }

    /** Counts a hire of agent i (before its state changes) as re-employment and placement of the hard to employ. */
    static void countReemployed(YearContext year, AgentColumns c, int i, int slot, long[] reemployed,
                                        long[] hardPlaced) {
        if (c.status(i) != Status.UNEMPLOYED || !c.has(i, AgentColumns.F_REGISTERED)) {
            return;
        }
        reemployed[slot]++;
        if (HardToEmploy.is(c.status(i), c.flags(i), c.years(i), c.traits(i), year.olderWorker(slot))) {
            hardPlaced[slot]++;
        }
    }

    /**
     * Public-welfare posts (公益性岗位) are filled before ordinary matching, from the unemployed: the hard to employ
     * first ({@link HardToEmploy}: registered and long-term unemployed, older or disabled), whom the posts are for
     * (就业促进法 art. 52: "通过公益性岗位安置等途径,对就业困难人员实行优先扶持和重点帮助"), then other registered
     * unemployed, then the rest. Holders are not tracked: the posts opened this year are the rise in posts in
     * operation plus the expected turnover of last year's holders at the tertiary separation rate. Posts are tertiary
     * jobs, and {@link YearContext#effectiveDemand()} counts them in tertiary demand so their holders are not shed.
     */
    private static void fillPublicWelfarePosts(YearContext year, PolicyEffects e, long[] urbanHires,
                                               long[] reemployed, long[] hardPlaced) {
        double posts = e.reservedPosts();
        if (posts <= 0) {
            return;
        }
        double before = year.previousEffects().reservedPosts();
        double turnover = year.assumptions().matching().separationRate().tertiary() * e.separationRateMultiplier();
        long opening = Math.round(Math.max(0, posts - before * (1 - turnover)) / year.scale());
        if (opening == 0) {
            return;
        }
        ExactCountSelection.Classifier unemployed = (status, sector, flags, r, slot) -> status != Status.UNEMPLOYED ? -1
                : (flags & AgentColumns.F_REGISTERED) != 0 ? REGISTERED : UNREGISTERED;
        boolean[] refinable = new boolean[3];
        refinable[REGISTERED] = true;
        TraitSelection.Refiner hard = (base, years, traits, slot) -> HardToEmploy.is(Status.UNEMPLOYED,
                AgentColumns.F_REGISTERED, years, traits, year.olderWorker(slot)) ? HARD_TO_EMPLOY : REGISTERED;
        long[][] counts = TraitSelection.count(year.population(), year.executor(), 3, unemployed, refinable, hard);
        long[][] shares = new long[counts.length][3];
        long left = opening;
        for (int k : new int[] {HARD_TO_EMPLOY, REGISTERED, UNREGISTERED}) {
            long members = 0;
            for (long[] n : counts) {
                members += n[k];
            }
            if (left == 0 || members == 0) {
                continue;
            }
            double[] only = new double[3];
            only[k] = 1;
            long[][] part = ExactCountSelection.split(Math.min(left, members), counts, only);
            for (int s = 0; s < counts.length; s++) {
                shares[s][k] = part[s][k];
                left -= part[s][k];
            }
        }
        TraitSelection.draw(year.population(), year.executor(), counts, shares, unemployed, refinable, hard,
                year.randomBySlot(), year.selections(), (c, i, r, cls, slot, rng) -> {
                    countReemployed(year, c, i, slot, reemployed, hardPlaced);
                    c.setState(i, Status.EMPLOYED, Sector.TERTIARY.code(),
                            c.flags(i) & ~(AgentColumns.F_SEEKING_NONFARM | AgentColumns.F_REGISTERED));
                    if (r == Residence.URBAN) {
                        urbanHires[slot]++;
                    }
                });
    }

    /**
     * The hires drawn when schooling matters: each (group, class with its spell band) stratum's number of hires is the one the split
     * gave, so counts by class, group and sector are as without schooling; within the stratum the hires are drawn
     * without replacement with weight e^(b·years) (the law of Efraimidis &amp; Spirakis 2006), drawn level by level
     * since members of a level weigh the same: one scan of the group's agents, which lists the candidates (7% of the
     * agents scanned in a Leshan run), two passes over that list and one draw per hire.
     */
    private static void drawBySchooling(YearContext year, long[][] counts, long[][] shares,
                                        ExactCountSelection.Classifier classes, double perYear,
                                        boolean graduates, ExactCountSelection.Action action) {
        // The unemployed classes are refined by spell band as SPELL does, written out here: this loop visits every
        // candidate twice a year, and a refiner called through the interface is not inlined there.
        boolean[] refinable = BY_SPELL;
        double[] weightOf = new double[AgentTraits.Education.values().length];
        for (AgentTraits.Education e : AgentTraits.Education.values()) {
            weightOf[e.ordinal()] = Math.exp(perYear * e.years);
        }
        year.executor().forEach(year.population().slots(), slot -> {
            long total = 0;
            for (long v : shares[slot]) {
                total += v;
            }
            if (total == 0) {
                return;
            }
            UniformRandomProvider rng = year.random(slot);
            CohortGroup g = year.population().group(slot);
            Residence[] residences = Residence.values();
            int age = year.population().ageOf(slot);
            boolean graduatesHere = graduates && Schooling.anyGraduateAt(age);
            int levels = weightOf.length;
            // Pass 1: the candidates (keys leading to no stratum with hires are skipped) listed without a branch per
            // agent, each with its stratum and level, and the stratum's members by education level.
            int[] index = CANDIDATES.atLeast(g.size());
            int[] stratum = STRATA.atLeast(g.size());
            int[] from = new int[residences.length + 1];
            int[][] members = new int[CLASSES][];
            for (int k = 0; k < CLASSES; k++) {
                members[k] = shares[slot][k] > 0 ? new int[levels] : null;
            }
            for (Residence r : residences) {
                AgentColumns c = g.residents(r);
                int start = from[r.ordinal()];
                from[r.ordinal() + 1] = start;
                int[] table = new int[AgentKeys.COUNT];
                boolean any = false;
                for (int key = 0; key < AgentKeys.COUNT; key++) {
                    int base = c.count(key) == 0 ? -1 : classes.classOf(AgentKeys.status(key),
                            AgentKeys.sector(key), AgentKeys.flags(key), r, slot);
                    table[key] = base >= 0 && (refinable[base] || shares[slot][base] > 0) ? base : -1;
                    any |= table[key] >= 0;
                }
                if (!any) {
                    continue; // no candidate here: the column is not scanned
                }
                int m = c.listIn(table, index, start); // the candidates: class 0 or more
                for (int j = start; j < m; j++) {
                    int i = index[j];
                    int base = table[c.key(i)];
                    int k = refinable[base] ? refine(base, c.years(i), c.traits(i), age, graduatesHere) : base;
                    int l = AgentTraits.education(c.traits(i));
                    if (members[k] != null) {
                        members[k][l]++;
                        stratum[j] = k * levels + l;
                    } else {
                        stratum[j] = -1;
                    }
                }
                from[r.ordinal() + 1] = m;
            }
            // The hires of each level: sequential draws without replacement, each level with probability
            // members × weight over the total (the same law as Efraimidis–Spirakis, one draw per hire instead of
            // one per member); then which members, uniformly within the level (ranks in scan order).
            Selection selection = year.selections().get();
            int[][] ranks = new int[CLASSES * levels][];
            int[] take = new int[CLASSES * levels];
            long hiresLeft = 0;
            for (int k = 0; k < CLASSES; k++) {
                if (members[k] == null) {
                    continue;
                }
                int[] left = members[k].clone();
                long pool = 0;
                for (int n : left) {
                    pool += n;
                }
                if (pool != counts[slot][k]) {
                    throw new IllegalStateException("stale counts in slot " + slot + ", class " + k + ": counted "
                            + counts[slot][k] + ", found " + pool);
                }
                long hires = Math.min(shares[slot][k], pool);
                drawLevels(left, weightOf, hires, rng, take, k * levels);
                hiresLeft += hires;
                for (int l = 0; l < levels; l++) {
                    if (take[k * levels + l] > 0) {
                        ranks[k * levels + l] = selection.chooseAscending(take[k * levels + l], members[k][l], rng,
                                null);
                    }
                }
            }
            // Pass 2: apply the action to the chosen members, in scan order, over the candidates listed.
            int[] seen = new int[CLASSES * levels];
            int[] next = new int[CLASSES * levels];
            for (Residence r : residences) {
                AgentColumns c = g.residents(r);
                for (int j = from[r.ordinal()], end = from[r.ordinal() + 1]; j < end && hiresLeft > 0; j++) {
                    int kl = stratum[j];
                    if (kl < 0) {
                        continue;
                    }
                    int[] chosen = ranks[kl];
                    if (chosen != null && next[kl] < take[kl] && chosen[next[kl]] == seen[kl]) {
                        next[kl]++;
                        action.apply(c, index[j], r, kl / levels, slot, rng); // the agent's key changes
                        hiresLeft--;
                    }
                    seen[kl]++;
                }
            }
        });
    }

    /**
     * The levels of {@code hires} hires drawn one after another without replacement, each level with probability
     * members left × weight over the total; adds them to {@code take[offset + level]} and takes them from {@code left}.
     * The running sums of members × weight are kept level by level: a hire changes one level, so only the sums from it
     * on are added again, in the same order, so each total is the double a full sum gives.
     */
    static void drawLevels(int[] left, double[] weightOf, long hires, UniformRandomProvider rng, int[] take,
                           int offset) {
        int levels = left.length;
        double[] running = new double[levels];
        int stale = 0;
        for (long j = 0; j < hires; j++) {
            double w = stale == 0 ? 0 : running[stale - 1];
            for (int l = stale; l < levels; l++) {
                w += left[l] * weightOf[l];
                running[l] = w;
            }
            double u = rng.nextDouble() * w;
            int l = 0;
            while (l < levels - 1 && (left[l] == 0 || (u -= left[l] * weightOf[l]) >= 0)) {
                l++;
            }
            while (left[l] == 0) { // rounding at the top end: the last level with members
                l--;
            }
            left[l]--;
            take[offset + l]++;
            stale = l;
        }
    }

    /** Each worker thread's list of a group's candidates in {@link #drawBySchooling}: their indices in the column. */
    private static final IndexBuffer CANDIDATES = new IndexBuffer();
    /** Each candidate's stratum and level, {@code class × levels + level}; −1 for a class with no hires. */
    private static final IndexBuffer STRATA = new IndexBuffer();

    /**
     * An unemployed seeker's class: its key class plus its spell band, or the graduates' band for one of the year's
     * graduates when {@code graduates} (graduates search harder). Written out, not called through the refiner
     * interface, in the schooling draw's loops: they visit every candidate twice a year.
     */
    private static int refine(int base, int years, int traits, int age, boolean graduates) {
        if (graduates && Schooling.graduate(AgentTraits.education(traits), age)) {
            return base + KEY_CLASSES * GRADUATE;
        }
        return base + KEY_CLASSES * Math.min(years, BANDS - 1);
    }

    /**
     * s, the graduates' yearly hazard of finding work as a multiple of the other seekers': 1 − (1 − f*)^s is the
     * scenario's graduate placement p at f*, the finding probability at trend tightness θ* (output at trend, no
     * levers), so s = ln(1 − p) / ln(1 − f*).
     */
    static double graduateSearch(YearContext year, double placement) {
        LabourAssumptions.MatchingAssumption m = year.assumptions().matching();
        double f = findingProbability(year.calibration().matchingScale() * m.efficiency(), m.unemploymentElasticity(),
                year.calibration().tightness(), 1);
        return f > 0 && f < 1 ? Math.log(1 - placement) / Math.log(1 - f) : 1;
    }

    /** w = (1 − (1 − f)^s) / f: a graduate's hire probability over another seeker's f (1 when nobody is hired). */
    private static double graduateWeight(double f, double search) {
        return f > 0 ? (1 - Math.pow(1 - f, search)) / f : 1;
    }

    /**
     * Moves the year's unemployed graduates from their spell band to the graduates' band in {@code counts} (a scan of
     * the groups at a graduation age, the only ones with graduates); returns how many there are.
     */
    private static long moveGraduates(YearContext year, long[][] counts, ExactCountSelection.Classifier classes) {
        long[] bySlot = new long[counts.length];
        year.executor().forEach(counts.length, slot -> {
            int age = year.population().ageOf(slot);
            if (!Schooling.anyGraduateAt(age)) {
                return;
            }
            for (Residence r : Residence.values()) {
                AgentColumns c = year.population().group(slot).residents(r);
                for (int i = 0, n = c.size(); i < n; i++) {
                    if (c.status(i) != Status.UNEMPLOYED || !Schooling.graduate(AgentTraits.education(c.traits(i)),
                            age)) {
                        continue;
                    }
                    int base = classes.classOf(Status.UNEMPLOYED, c.sector(i), c.flags(i), r, slot);
                    counts[slot][refine(base, c.years(i), c.traits(i), age, false)]--;
                    counts[slot][base + KEY_CLASSES * GRADUATE]++;
                    bySlot[slot]++;
                }
            }
        });
        long total = 0;
        for (long n : bySlot) {
            total += n;
        }
        return total;
    }

    /**
     * The yearly probability that a seeker finds a job: 1 − exp(−μ (V/J)^(1−α)), the Cobb–Douglas matching rate
     * μ J^α V^(1−α) per seeker turned into a probability over the year (offers arrive as a Poisson process), so it
     * never exceeds 1 however tight the market.
     */
    static double findingProbability(double mu, double alpha, double vacancies, double seekers) {
        return 1 - Math.exp(-mu * Math.pow(vacancies / seekers, 1 - alpha));
    }

    /** An agent's class regardless of age, or -1 for an agent matching neither seeks nor counts. */
    private static int classOf(int status, int sector, int flags, Residence r, int slot) {
        boolean skilled = (flags & AgentColumns.F_SKILLED) != 0;
        if (status == Status.UNEMPLOYED) {
            return skilled ? UNEMPLOYED_SKILLED : UNEMPLOYED;
        }
        if (status != Status.EMPLOYED) {
            return -1;
        }
        if ((flags & AgentColumns.F_SEEKING_NONFARM) != 0) {
            return skilled ? FARM_SEEKER_SKILLED : FARM_SEEKER;
        }
        if (sector == Sector.SECONDARY.code()) {
            return EMPLOYED_SECONDARY;
        }
        return sector == Sector.TERTIARY.code() ? EMPLOYED_TERTIARY : -1;
    }

    /** The seekers' classes: the unemployed in every spell band, the farm workers looking for non-farm work. */
    private static int[] seekers() {
        int[] keyClasses = {UNEMPLOYED, UNEMPLOYED_SKILLED, FARM_SEEKER, FARM_SEEKER_SKILLED, YOUNG + UNEMPLOYED,
            YOUNG + UNEMPLOYED_SKILLED, YOUNG + FARM_SEEKER, YOUNG + FARM_SEEKER_SKILLED};
        int[] out = new int[keyClasses.length * (BANDS + 1)];
        int n = 0;
        for (int band = 0; band <= GRADUATE; band++) {
            for (int k : keyClasses) {
                out[n++] = k + KEY_CLASSES * band;
            }
        }
        return out;
    }

    private static long sum(long[] byClass, int[] classes) {
        long n = 0;
        for (int k : classes) {
            n += byClass[k];
        }
        return n;
    }
}
