package org.labourcast.labour;

import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.InputException;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentKeys;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.Allocation;
import org.labourcast.agents.BernoulliTrials;
import org.labourcast.agents.CohortGroup;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.agents.Selection;
import org.labourcast.agents.Status;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.scenario.labour.EducationAssumption;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.Sector;

/**
 * Builds the base-year agents so that they reproduce the plan's stated base exactly (to the nearest agent) and
 * calibrates the parameters that are defined by the base year. In order:
 * <ol>
 *   <li>Agents per cell = the base population / scale, rounded; urban hukou for the scenario's share of each
 *       residence (exact per cell), the female-cadre flag by the scenario's share.</li>
 *   <li>Employment: the participation profile is shifted on the logit scale until the expected employed equals the
 *       base employed; that exact number is then split over cells in proportion to persons × rate × (1 − the
 *       unemployment rate of the residence). Unemployed persons are added for the surveyed rate (urban) and the
 *       rural rate. Inactive urban-hukou persons past the original statutory age are marked retired.</li>
 *   <li>Rural labour: the model's resident rural labour R is counted; the rest of the stated rural labour force is
 *       working away, A = stated − R; the resident transferred are stated transferred − A. That many employed
 *       resident rural labourers are placed in non-farm work (younger ones likelier, by the transfer model's age
 *       effects); the others farm. Farming then takes the rest of primary employment from, in turn, older rural-hukou
 *       persons in rural and urban areas, urban-hukou rural residents and urban-hukou urban residents. The remaining
 *       employed are split between secondary and tertiary uniformly to the stated counts.</li>
 *   <li>Skilled workers: the stated number among the non-farm employed (farm workers only if there are too few).</li>
 *   <li>Registered unemployed: among unemployed urban residents, urban-hukou holders first, enough for the
 *       registered rate; the shares registered become the registration probabilities of the newly unemployed.</li>
 *   <li>Schooling ({@code labour.education}, optional): every agent gets a level, exact counts per cell, the
 *       continuation rates shifted so the 15+ average years match the published value ({@link Schooling}).</li>
 *   <li>Calibration: the transfer intercept (mean probability over farm workers = base rate, by bisection) and μ₀
 *       (base-year hires = base-year separations).</li>
 * </ol>
 * Facts that cannot hold together (more resident rural labour than the stated rural labour force, say) are input
 * errors naming the field.
 */
final class BaseYearLabourState {
    /** An agent's sector before sectors are assigned (employed, sector not yet drawn). */
    private static final int NO_SECTOR_YET = 0;
    private static final int URBAN = Residence.URBAN.ordinal();
    private static final int RURAL = Residence.RURAL.ordinal();
    /** Classes of the resident rural labour count. */
    private static final int EMPLOYED_RURAL_LABOUR = 0;
    private static final int UNEMPLOYED_RURAL_LABOUR = 1;
    /**
     * Tiers of the employed not yet in a sector, in the order farming takes them: rural hukou living in rural
     * areas, rural hukou in towns, urban hukou in rural areas, urban hukou in towns (see {@link #farmTier}).
     */
    private static final int FARM_TIERS = 4;
    /** Classes of the skilled-worker draw: the non-farm employed first, farm workers only if there are too few. */
    private static final int NON_FARM_EMPLOYED = 0;
    private static final int FARM_EMPLOYED = 1;
    /** Classes of the registration draw among urban residents. */
    private static final int UNEMPLOYED_URBAN_HUKOU = 0;
    private static final int UNEMPLOYED_RURAL_HUKOU = 1;
    private static final int EMPLOYED_URBAN_RESIDENT = 2;
    /** Classes of the matching calibration's count. */
    private static final int UNEMPLOYED = 0;
    private static final int FARM_WORKER_MAY_TRANSFER = 1;
    private static final int INACTIVE_WOULD_SEEK = 2;

    private BaseYearLabourState() {
    }

    static LabourSimulation.Calibration build(YearContext year) {
        LabourAssumptions la = year.assumptions();
        LabourAssumptions.BaseYearFacts base = la.base();
        AgentPopulation pop = year.population();
        CohortTable table = year.cohortYear().population();
        double k = year.scale();
        createAgents(year, table);

        // Employment and unemployment.
        double us = base.surveyedUnemploymentRate();
        double ur = base.ruralUnemploymentRate();
        int entryAge = la.participation().entryAge();
        int maxAge = pop.maxAge();
        double[][] weights = new double[2][maxAge + 1];
        for (Sex s : Sex.values()) {
            for (int a = entryAge; a <= maxAge; a++) {
                weights[s.ordinal()][a] = pop.count(s, Residence.URBAN, a) * (1 - us)
                        + pop.count(s, Residence.RURAL, a) * (1 - ur);
            }
        }
        long employedTarget = Math.round(base.employed() / k);
        double shift;
        try {
            shift = year.model().profiles().calibrateShift(weights, employedTarget);
        } catch (IllegalArgumentException e) {
            throw new InputException(null, "labour.base.employed", "the participation profile cannot reach "
                    + base.employed() + " employed with this population: " + e.getMessage());
        }
        ParticipationProfiles profiles = year.model().profiles().shifted(shift);
        int slots = pop.slots();
        long[][] cellCounts = new long[slots][2];
        double[][] cellWeights = new double[slots][2];
        for (int slot = 0; slot < slots; slot++) {
            int age = pop.ageOf(slot);
            double rate = age >= entryAge ? profiles.of(pop.sexOf(slot)).rate(age) : 0;
            for (Residence r : Residence.values()) {
                long n = pop.group(slot).residents(r).size();
                cellCounts[slot][r.ordinal()] = n;
                cellWeights[slot][r.ordinal()] = n * rate * (1 - (r == Residence.URBAN ? us : ur));
            }
        }
        long[][] employed = splitCells(employedTarget, cellWeights, cellCounts);
        long employedUrban = 0;
        long employedRural = 0;
        for (long[] e : employed) {
            employedUrban += e[URBAN];
            employedRural += e[RURAL];
        }
        long[][] room = new long[slots][2];
        double[][] byEmployed = new double[slots][2];
        for (int slot = 0; slot < slots; slot++) {
            for (int r = 0; r < 2; r++) {
                room[slot][r] = cellCounts[slot][r] - employed[slot][r];
                byEmployed[slot][r] = employed[slot][r];
            }
        }
        long[][] unemployedUrban = splitCells(Math.round(us / (1 - us) * employedUrban), only(byEmployed, URBAN),
                only(room, URBAN));
        long[][] unemployedRural = splitCells(Math.round(ur / (1 - ur) * employedRural), only(byEmployed, RURAL),
                only(room, RURAL));
        year.executor().forEach(slots, slot -> {
            UniformRandomProvider rng = year.random(slot);
            Selection sel = year.selection();
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                int e = (int) employed[slot][r.ordinal()];
                int u = (int) (r == Residence.URBAN ? unemployedUrban : unemployedRural)[slot][r.ordinal()];
                int[] chosen = sel.choose(e + u, c.size(), rng);
                // The first e of a random subset are employed, the rest unemployed: both uniform within the cell.
                for (int j = 0; j < e + u; j++) {
                    c.setStatus(chosen[j], j < e ? Status.EMPLOYED : Status.UNEMPLOYED, 0);
                }
            }
            markRetired(year, slot);
        });

        // Rural labour: resident part, working away, transferred.
        long[][] ruralLabour = ExactCountSelection.count(pop, year.executor(), 2, (status, sector, flags, r, slot) ->
                year.isRuralLabour(status, flags, pop.ageOf(slot))
                        ? (status == Status.EMPLOYED ? EMPLOYED_RURAL_LABOUR : UNEMPLOYED_RURAL_LABOUR) : -1);
        long residentRuralLabour = 0;
        long employedRuralLabour = 0;
        double[][] awayWeights = new double[2][maxAge + 1];
        for (int slot = 0; slot < slots; slot++) {
            long resident = ruralLabour[slot][EMPLOYED_RURAL_LABOUR] + ruralLabour[slot][UNEMPLOYED_RURAL_LABOUR];
            residentRuralLabour += resident;
            employedRuralLabour += ruralLabour[slot][EMPLOYED_RURAL_LABOUR];
            awayWeights[pop.sexOf(slot).ordinal()][pop.ageOf(slot)] = resident;
        }
        double away = base.ruralLabourForce() / k - residentRuralLabour;
        if (away < 0) {
            throw new InputException(null, "labour.base.rural_labour_force", "the stated rural labour force ("
                    + fmt(base.ruralLabourForce()) + ") is smaller than the rural labour the model finds among residents ("
                    + fmt(residentRuralLabour * k) + ")",
                    "check the participation profile, the urban-hukou shares and the rural-labour ages");
        }
        long localTransferred = Math.round(base.ruralLabourTransferred() / k - away);
        if (localTransferred < 0 || localTransferred > employedRuralLabour) {
            throw new InputException(null, "labour.base.rural_labour_transferred", "with " + fmt(away * k)
                    + " rural labourers working away, the stated transferred (" + fmt(base.ruralLabourTransferred())
                    + ") needs " + fmt(localTransferred * k) + " resident rural labourers in non-farm work, but only "
                    + fmt(employedRuralLabour * k) + " are employed");
        }
        distributeAway(year, away, awayWeights);

        long[] sectorTargets = Allocation.proportional(employedTarget, base.employedBySector().toArray(),
                new long[] {employedTarget, employedTarget, employedTarget});
        assignSectors(year, localTransferred, employedRuralLabour, sectorTargets);
        assignSkilled(year, Math.round(base.skilledWorkers() / k));
        double[] registration = assignRegistered(year, base.registeredUnemploymentRate());
        BaseYearSpells.assign(year);
        for (Sector s : Sector.values()) {
            year.market().setDemand(s, sectorTargets[s.ordinal()]);
        }
        // Schooling after every draw above, from the streams they left: a scenario's labour state is the same with
        // or without an education block. The calibrations below draw nothing, and μ₀ counts the graduates' entry.
        double schoolingShift = year.assumptions().education() == null ? 0
                : Schooling.assignBaseYear(year, year.assumptions().education()).shift();
        double intercept = calibrateTransfer(year);
        Matching m = calibrateMatching(year, sectorTargets, profiles);
        // Okun: the steady state U = inflow (1 − f) / f gives du/d ln θ = −u (1 − α) x / f with x = −ln(1 − f), so
        // κ = β f / (u (1 − α) x) makes u fall by β points per point of growth above trend. The base year's own
        // deviation from trend is cyclical: θ* removes it.
        LabourAssumptions.MarketAssumption market = year.assumptions().market();
        double u = Math.max(base.surveyedUnemploymentRate(), 1e-4);
        double x = -Math.log(1 - m.finding());
        double alpha = year.assumptions().matching().unemploymentElasticity();
        double kappa = m.finding() > 0 ? market.okunCoefficient() * m.finding() / (u * (1 - alpha) * x) : 0;
        double thetaStar = m.tightness() * Math.exp(-kappa * (year.outputGrowth() - market.trendGrowth()));
        return new LabourSimulation.Calibration(shift, intercept, registration[0], registration[1], m.scale(),
                away * k, thetaStar, kappa, schoolingShift);
    }

    private static void createAgents(YearContext year, CohortTable table) {
        AgentPopulation pop = year.population();
        LabourAssumptions la = year.assumptions();
        year.executor().forEach(pop.slots(), slot -> {
            Sex s = pop.sexOf(slot);
            int a = pop.ageOf(slot);
            double k = year.scale();
            CohortGroup g = new CohortGroup(s, (int) Math.round(table.persons(s, Residence.URBAN, a) / k),
                    (int) Math.round(table.persons(s, Residence.RURAL, a) / k));
            pop.setGroup(s, a, g); // each task replaces only its own slot's group
            UniformRandomProvider rng = year.random(slot);
            double cadreShare = s == Sex.FEMALE ? la.retirement().femaleCadreShare() : 0;
            BernoulliTrials cadres = new BernoulliTrials(new double[] {0, cadreShare}, rng);
            for (Residence r : Residence.values()) {
                AgentColumns c = g.residents(r);
                int n = (int) Math.round(table.persons(s, r, a) / k);
                double share = r == Residence.URBAN ? la.hukou().urbanShareUrbanResidents()
                        : la.hukou().urbanShareRuralResidents();
                int urbanHukou = (int) Math.round(n * share);
                // Drawn at random, not the first ones: later steps (employment) split chosen agents by position.
                c.addIdentical(n, Status.INACTIVE, 0, 0);
                int[] chosen = year.selection().choose(urbanHukou, n, rng);
                for (int j = 0; j < urbanHukou; j++) {
                    c.set(chosen[j], AgentColumns.F_URBAN_HUKOU);
                }
                // Women: each is a cadre (statutory age 55) with the scenario's share, independently.
                cadres.run(c, EVERYONE, (col, i, cls) -> col.set(i, AgentColumns.F_FEMALE_CADRE));
            }
        });
    }

    private static final BernoulliTrials.Classes EVERYONE = BernoulliTrials.table((status, sector, flags) -> 1);

    /** Inactive urban-hukou persons past the original statutory age are pensioners. */
    private static void markRetired(YearContext year, int slot) {
        int age = year.population().ageOf(slot);
        Sex sex = year.population().sexOf(slot);
        year.population().group(slot).remap(keyMap((status, sector, flags) -> {
            if (status != Status.INACTIVE || (flags & AgentColumns.F_URBAN_HUKOU) == 0) {
                return -1;
            }
            RetirementCategory cat = sex == Sex.MALE ? RetirementCategory.MALE
                    : (flags & AgentColumns.F_FEMALE_CADRE) != 0 ? RetirementCategory.FEMALE_CADRE
                    : RetirementCategory.FEMALE_WORKER;
            return age >= cat.originalAgeYears() ? AgentKeys.key(Status.RETIRED, sector, flags) : -1;
        }));
    }

    /** A key's new key, or −1 to leave it. */
    private interface KeyChange {
        int newKey(int status, int sector, int flags);
    }

    private static short[] keyMap(KeyChange change) {
        short[] map = new short[AgentKeys.COUNT];
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            int to = change.newKey(AgentKeys.status(key), AgentKeys.sector(key), AgentKeys.flags(key));
            map[key] = (short) (to < 0 ? key : to);
        }
        return map;
    }

    private static void distributeAway(YearContext year, double away, double[][] weights) {
        double total = 0;
        for (double[] w : weights) {
            for (double v : w) {
                total += v;
            }
        }
        for (Sex s : Sex.values()) {
            double[] row = year.market().away(s);
            for (int a = 0; a < weights[s.ordinal()].length; a++) {
                row[a] = total > 0 ? away * weights[s.ordinal()][a] / total : 0;
            }
        }
    }

    private static void assignSectors(YearContext year, long localTransferred, long employedRuralLabour,
                                      long[] sectorTargets) {
        AgentPopulation pop = year.population();
        LabourAssumptions.TransferAssumption t = year.assumptions().transfer();
        int groups = t.ageGroups().size();
        // 1. Employed resident rural labour: the transferred ones by age-group propensity, the rest farm.
        ExactCountSelection.Classifier ruralLabourByGroup = (status, sector, flags, r, slot) -> {
            int age = pop.ageOf(slot);
            if (status != Status.EMPLOYED || sector != NO_SECTOR_YET || !year.isRuralLabour(status, flags, age)) {
                return -1;
            }
            for (int g = 0; g < groups; g++) {
                if (t.ageGroups().get(g).contains(age)) {
                    return g;
                }
            }
            return groups; // ages of rural labour outside every age group: weight 1
        };
        double[] w = new double[groups + 1];
        for (int g = 0; g < groups; g++) {
            w[g] = Math.exp(t.ageLogOdds(g));
        }
        w[groups] = 1;
        long[][] counts = ExactCountSelection.count(pop, year.executor(), groups + 1, ruralLabourByGroup);
        long[][] shares = ExactCountSelection.split(localTransferred, counts, w);
        ExactCountSelection.draw(pop, year.executor(), counts, shares, ruralLabourByGroup,
                year.randomBySlot(), year.selections(),
                (c, i, r, cls, slot, rng) -> c.setStatus(i, Status.EMPLOYED, Sector.TERTIARY.code()));
        year.executor().forEach(pop.slots(), slot -> {
            int age = pop.ageOf(slot);
            pop.group(slot).remap(keyMap((status, sector, flags) -> status == Status.EMPLOYED && sector == NO_SECTOR_YET
                    && year.isRuralLabour(status, flags, age)
                    ? AgentKeys.key(status, Sector.PRIMARY.code(), flags) : -1));
        });
        // 2. The rest of farming, in tiers.
        long farmers = employedRuralLabour - localTransferred;
        long rest = sectorTargets[Sector.PRIMARY.ordinal()] - farmers;
        if (rest < 0) {
            throw new InputException(null, "labour.base.employed_by_sector.primary", "primary employment ("
                    + fmt(sectorTargets[Sector.PRIMARY.ordinal()] * (double) year.scale())
                    + ") is smaller than the resident rural labour"
                    + " left in farming (" + fmt(farmers * (double) year.scale()) + ")",
                    "check rural_labour_force and rural_labour_transferred");
        }
        ExactCountSelection.Classifier tiers = (status, sector, flags, r, slot) -> {
            if (status != Status.EMPLOYED || sector != NO_SECTOR_YET) {
                return -1;
            }
            return farmTier((flags & AgentColumns.F_URBAN_HUKOU) != 0, r);
        };
        long[][] tierCounts = ExactCountSelection.count(pop, year.executor(), FARM_TIERS, tiers);
        long[][] tierShares = new long[tierCounts.length][FARM_TIERS];
        for (int tier = 0; tier < FARM_TIERS && rest > 0; tier++) {
            double[] only = new double[FARM_TIERS];
            only[tier] = 1;
            long[][] masked = new long[tierCounts.length][FARM_TIERS];
            long available = 0;
            for (int s = 0; s < tierCounts.length; s++) {
                masked[s][tier] = tierCounts[s][tier];
                available += tierCounts[s][tier];
            }
            long take = Math.min(rest, available);
            long[][] one = ExactCountSelection.split(take, masked, only);
            for (int s = 0; s < tierCounts.length; s++) {
                tierShares[s][tier] = one[s][tier];
            }
            rest -= take;
        }
        if (rest > 0) {
            throw new InputException(null, "labour.base.employed_by_sector.primary",
                    "not enough employed persons for the stated primary employment");
        }
        ExactCountSelection.draw(pop, year.executor(), tierCounts, tierShares, tiers,
                year.randomBySlot(), year.selections(),
                (c, i, r, cls, slot, rng) -> c.setStatus(i, Status.EMPLOYED, Sector.PRIMARY.code()));
        // 3. Everyone else employed works outside farming: tertiary for now, then the secondary count is drawn.
        short[] nonFarm = keyMap((status, sector, flags) -> status == Status.EMPLOYED && sector == NO_SECTOR_YET
                ? AgentKeys.key(status, Sector.TERTIARY.code(), flags) : -1);
        year.executor().forEach(pop.slots(), slot -> pop.group(slot).remap(nonFarm));
        ExactCountSelection.Classifier nonFarmWorker = (status, sector, flags, r, slot) ->
                status != Status.EMPLOYED || sector == Sector.PRIMARY.code() ? -1 : 0;
        long[][] nonFarmCounts = ExactCountSelection.count(pop, year.executor(), 1, nonFarmWorker);
        long[][] secondary = ExactCountSelection.split(sectorTargets[Sector.SECONDARY.ordinal()], nonFarmCounts,
                new double[] {1});
        ExactCountSelection.draw(pop, year.executor(), nonFarmCounts, secondary, nonFarmWorker, year.randomBySlot(),
                year.selections(), (c, i, r, cls, slot, rng) -> c.setStatus(i, Status.EMPLOYED, Sector.SECONDARY.code()));
    }

    /** The tier (0 first) in which farming takes an employed person not yet in a sector. */
    private static int farmTier(boolean urbanHukou, Residence r) {
        return (urbanHukou ? 2 : 0) + (r == Residence.URBAN ? 1 : 0);
    }

    /** Weight 1 for one of {@code classes} classes, 0 for the others. */
    private static double[] onlyWeight(int cls, int classes) {
        double[] w = new double[classes];
        w[cls] = 1;
        return w;
    }

    private static void assignSkilled(YearContext year, long skilled) {
        ExactCountSelection.Classifier employed = (status, sector, flags, r, slot) -> status != Status.EMPLOYED ? -1
                : sector == Sector.PRIMARY.code() ? FARM_EMPLOYED : NON_FARM_EMPLOYED;
        long[][] counts = ExactCountSelection.count(year.population(), year.executor(), 2, employed);
        long nonFarm = 0;
        for (long[] n : counts) {
            nonFarm += n[NON_FARM_EMPLOYED];
        }
        long[][] first = ExactCountSelection.split(Math.min(skilled, nonFarm), counts,
                onlyWeight(NON_FARM_EMPLOYED, 2));
        long[][] shares = first;
        if (skilled > nonFarm) {
            long[][] farm = ExactCountSelection.split(skilled - nonFarm, counts, onlyWeight(FARM_EMPLOYED, 2));
            for (int s = 0; s < counts.length; s++) {
                shares[s][FARM_EMPLOYED] = farm[s][FARM_EMPLOYED];
            }
        }
        ExactCountSelection.draw(year.population(), year.executor(), counts, shares, employed,
                year.randomBySlot(), year.selections(),
                (c, i, r, cls, slot, rng) -> c.set(i, AgentColumns.F_SKILLED));
    }

    /**
     * Registers enough unemployed urban residents for the registered rate, urban-hukou holders first (registration
     * was tied to urban hukou; many cities now register residents of any hukou, who fill the rest). Returns the
     * share registered among urban-hukou and among rural-hukou unemployed urban residents: the registration
     * probabilities of the newly unemployed.
     */
    private static double[] assignRegistered(YearContext year, double rate) {
        ExactCountSelection.Classifier urbanLabour = (status, sector, flags, r, slot) -> {
            if (r != Residence.URBAN) {
                return -1;
            }
            if (status == Status.EMPLOYED) {
                return EMPLOYED_URBAN_RESIDENT;
            }
            if (status != Status.UNEMPLOYED) {
                return -1;
            }
            return (flags & AgentColumns.F_URBAN_HUKOU) != 0 ? UNEMPLOYED_URBAN_HUKOU : UNEMPLOYED_RURAL_HUKOU;
        };
        long[][] counts = ExactCountSelection.count(year.population(), year.executor(), 3, urbanLabour);
        long urbanHukou = 0;
        long ruralHukou = 0;
        long employedUrban = 0;
        for (long[] n : counts) {
            urbanHukou += n[UNEMPLOYED_URBAN_HUKOU];
            ruralHukou += n[UNEMPLOYED_RURAL_HUKOU];
            employedUrban += n[EMPLOYED_URBAN_RESIDENT];
        }
        long wanted = Math.round(rate / (1 - rate) * employedUrban);
        if (wanted > urbanHukou + ruralHukou) {
            throw new InputException(null, "labour.base.registered_unemployment_rate", "a registered rate of "
                    + rate + " needs " + fmt(wanted * (double) year.scale())
                    + " registered unemployed, but only " + fmt((urbanHukou + ruralHukou) * (double) year.scale())
                    + " urban residents are unemployed",
                    "registered unemployment is normally below the surveyed rate");
        }
        long first = Math.min(wanted, urbanHukou);
        long[][] shares = ExactCountSelection.split(first, counts, onlyWeight(UNEMPLOYED_URBAN_HUKOU, 3));
        long[][] rest = ExactCountSelection.split(wanted - first, counts, onlyWeight(UNEMPLOYED_RURAL_HUKOU, 3));
        for (int s = 0; s < counts.length; s++) {
            shares[s][UNEMPLOYED_RURAL_HUKOU] = rest[s][UNEMPLOYED_RURAL_HUKOU];
        }
        ExactCountSelection.draw(year.population(), year.executor(), counts, shares, urbanLabour,
                year.randomBySlot(), year.selections(),
                (c, i, r, cls, slot, rng) -> c.set(i, AgentColumns.F_REGISTERED));
        return new double[] {urbanHukou == 0 ? 0 : (double) first / urbanHukou,
            ruralHukou == 0 ? 0 : (double) (wanted - first) / ruralHukou};
    }

    /** The intercept at which the mean transfer probability of base-year farm workers equals the base rate. */
    private static double calibrateTransfer(YearContext year) {
        LabourAssumptions.TransferAssumption t = year.assumptions().transfer();
        AgentPopulation pop = year.population();
        int maxAge = pop.maxAge();
        // Farm workers by single age and skill.
        long[][] counts = ExactCountSelection.count(pop, year.executor(), 2, (status, sector, flags, r, slot) ->
                year.ruralLabourAge(slot) && RuralTransferProcess.isFarmWorker(status, sector, flags)
                        ? ((flags & AgentColumns.F_SKILLED) != 0 ? 1 : 0) : -1);
        double[] n = new double[2 * (maxAge + 1)];
        double[] offset = new double[2 * (maxAge + 1)];
        double total = 0;
        for (int slot = 0; slot < counts.length; slot++) {
            int age = pop.ageOf(slot);
            for (int skilled = 0; skilled < 2; skilled++) {
                int j = 2 * age + skilled;
                n[j] += counts[slot][skilled];
                offset[j] = RuralTransferProcess.ageLogOdds(t, age) + skilled * t.skilledLogOdds();
                total += counts[slot][skilled];
            }
        }
        if (total == 0) {
            throw new InputException(null, "labour.transfer.base_rate",
                    "there are no farm workers of rural-labour age in the base year to calibrate the transfer rate on");
        }
        double lo = -50;
        double hi = 50;
        for (int iter = 0; iter < 200; iter++) {
            double mid = 0.5 * (lo + hi);
            double mean = 0;
            for (int j = 0; j < n.length; j++) {
                if (n[j] > 0) {
                    mean += n[j] * Logit.expit(mid + offset[j]);
                }
            }
            if (mean / total < t.baseRate()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * μ₀ such that the base-year unemployed stock U is stationary: with S expected separations and N expected
     * entrants who start by seeking work, a finding probability f₀ = (S + N) / (U + S + N) leaves U unemployed at the
     * year end. Vacancies are taken as V₀ = S + N (replacement demand) and seekers J₀ = U + S + N + C, C being the
     * farm workers expected to look for non-farm work (base rate × farm workers); then μ₀ = −ln(1 − f₀) / (V₀/J₀)^(1−α).
     * The base year's tightness V₀/J₀ and f₀ are returned beside μ₀.
     *
     * <p>With {@code education.effects.graduate_placement} p, the G graduates among the entrants are placed with p and
     * the other seekers with f₀ = (S + N − pG) / (U + S + N − G), which keeps U stationary; the graduates count
     * p/f₀ times as seekers (J₀ = U + S + N − G + C + (p/f₀) G: they draw vacancies as their search does, as in
     * {@link JobMatchingProcess}).
     */
    private static Matching calibrateMatching(YearContext year, long[] employedBySector,
                                            ParticipationProfiles profiles) {
        LabourAssumptions la = year.assumptions();
        AgentPopulation pop = year.population();
        double separations = 0;
        for (Sector s : Sector.values()) {
            separations += la.matching().separationRate().get(s) * employedBySector[s.ordinal()];
        }
        long[][] counts = ExactCountSelection.count(pop, year.executor(), 3, (status, sector, flags, r, slot) -> {
            if (status == Status.UNEMPLOYED) {
                return UNEMPLOYED;
            }
            if (status == Status.EMPLOYED) {
                return year.ruralLabourAge(slot) && RuralTransferProcess.isFarmWorker(status, sector, flags)
                        ? FARM_WORKER_MAY_TRANSFER : -1;
            }
            boolean farmBound = r == Residence.RURAL && (flags & AgentColumns.F_URBAN_HUKOU) == 0;
            return status == Status.INACTIVE && !farmBound ? INACTIVE_WOULD_SEEK : -1;
        });
        double unemployed = 0;
        double candidates = 0;
        double entrants = 0;
        for (int slot = 0; slot < counts.length; slot++) {
            unemployed += counts[slot][UNEMPLOYED];
            candidates += la.transfer().baseRate() * counts[slot][FARM_WORKER_MAY_TRANSFER];
            int next = Math.min(pop.ageOf(slot) + 1, pop.maxAge());
            if (next >= la.participation().entryAge()) {
                entrants += counts[slot][INACTIVE_WOULD_SEEK] * profiles.of(pop.sexOf(slot)).entryProbability(next);
            }
        }
        EducationAssumption education = la.education();
        double graduates = 0;
        if (education != null && education.studentsInactive()) {
            // Students do not enter by the profile; next year's graduates out of the labour force all start seeking.
            double[] adjust = Schooling.entrantAdjustment(year, profiles);
            entrants += adjust[1] - adjust[0];
            graduates = adjust[1];
        }
        double inflow = separations + entrants;
        if (inflow <= 0) {
            return new Matching(1, 0, 0);
        }
        // Without graduates searching harder g = p = 0, and the formulas are the plain ones.
        boolean harder = education != null && education.graduatesSearchHarder() && graduates > 0;
        double g = harder ? graduates : 0;
        double p = harder ? education.graduatePlacement() : 0;
        double others = unemployed + inflow - g;
        double f0 = (inflow - p * g) / others;
        if (harder && !(f0 > 0 && f0 < 1)) {
            throw new InputException(null, "labour.education.effects.graduate_placement", "with " + fmt(graduates
                    * year.scale()) + " graduates a year placed at " + p + ", the other "
                    + fmt(unemployed * year.scale()) + " unemployed of the base year cannot stay as many: the"
                    + " stationary finding probability of the others would be " + f0,
                    "check labour.base.surveyed_unemployment_rate and the graduate placement");
        }
        double v0 = inflow;
        double j0 = others + candidates + p / f0 * g;
        return new Matching(-Math.log(1 - f0) / Math.pow(v0 / j0, 1 - la.matching().unemploymentElasticity()),
                v0 / j0, f0);
    }

    /** μ₀, the base year's tightness V₀/J₀ and finding probability f₀. */
    private record Matching(double scale, double tightness, double finding) {
    }

    private static long[][] splitCells(long total, double[][] weights, long[][] caps) {
        int slots = weights.length;
        double[] w = new double[slots * 2];
        long[] c = new long[slots * 2];
        for (int s = 0; s < slots; s++) {
            for (int r = 0; r < 2; r++) {
                w[2 * s + r] = weights[s][r];
                c[2 * s + r] = caps[s][r];
            }
        }
        long[] flat = Allocation.proportional(total, w, c);
        long[][] out = new long[slots][2];
        for (int s = 0; s < slots; s++) {
            out[s][0] = flat[2 * s];
            out[s][1] = flat[2 * s + 1];
        }
        return out;
    }

    private static double[][] only(double[][] values, int r) {
        double[][] out = new double[values.length][2];
        for (int s = 0; s < values.length; s++) {
            out[s][r] = values[s][r];
        }
        return out;
    }

    private static long[][] only(long[][] values, int r) {
        long[][] out = new long[values.length][2];
        for (int s = 0; s < values.length; s++) {
            out[s][r] = values[s][r];
        }
        return out;
    }

    private static String fmt(double persons) {
        return String.format(java.util.Locale.ROOT, "%,.0f", persons);
    }
}
