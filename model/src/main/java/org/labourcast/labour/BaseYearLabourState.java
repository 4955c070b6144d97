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
    private BaseYearLabourState() {
    }

    static LabourSimulation.Calibration build(LabourSimulation sim) {
        LabourAssumptions la = sim.assumptions();
        LabourAssumptions.BaseYearFacts base = la.base();
        AgentPopulation pop = sim.population;
        CohortTable table = sim.cohortYear().population();
        double k = sim.model.scale();
        createAgents(sim, table);

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
            shift = sim.model.profiles().calibrateShift(weights, employedTarget);
        } catch (IllegalArgumentException e) {
            throw new InputException(null, "labour.base.employed", "the participation profile cannot reach "
                    + base.employed() + " employed with this population: " + e.getMessage());
        }
        ParticipationProfiles profiles = sim.model.profiles().shifted(shift);
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
            employedUrban += e[0];
            employedRural += e[1];
        }
        long[][] room = new long[slots][2];
        double[][] byEmployed = new double[slots][2];
        for (int slot = 0; slot < slots; slot++) {
            for (int r = 0; r < 2; r++) {
                room[slot][r] = cellCounts[slot][r] - employed[slot][r];
                byEmployed[slot][r] = employed[slot][r];
            }
        }
        long[][] unemployedUrban = splitCells(Math.round(us / (1 - us) * employedUrban), only(byEmployed, 0),
                only(room, 0));
        long[][] unemployedRural = splitCells(Math.round(ur / (1 - ur) * employedRural), only(byEmployed, 1),
                only(room, 1));
        sim.executor.forEach(slots, slot -> {
            UniformRandomProvider rng = sim.groupRandom[slot];
            Selection sel = sim.selections.get();
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
            markRetired(sim, slot);
        });

        // Rural labour: resident part, working away, transferred.
        long[][] ruralLabour = ExactCountSelection.count(pop, sim.executor, 2, (status, sector, flags, r, slot) ->
                sim.isRuralLabour(status, flags, pop.ageOf(slot)) ? (status == Status.EMPLOYED ? 0 : 1) : -1);
        long residentRuralLabour = 0;
        long employedRuralLabour = 0;
        double[][] awayWeights = new double[2][maxAge + 1];
        for (int slot = 0; slot < slots; slot++) {
            residentRuralLabour += ruralLabour[slot][0] + ruralLabour[slot][1];
            employedRuralLabour += ruralLabour[slot][0];
            awayWeights[pop.sexOf(slot).ordinal()][pop.ageOf(slot)] = ruralLabour[slot][0] + ruralLabour[slot][1];
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
        distributeAway(sim, away, awayWeights);

        long[] sectorTargets = Allocation.proportional(employedTarget, base.employedBySector().toArray(),
                new long[] {employedTarget, employedTarget, employedTarget});
        assignSectors(sim, localTransferred, employedRuralLabour, sectorTargets);
        assignSkilled(sim, Math.round(base.skilledWorkers() / k));
        double[] registration = assignRegistered(sim, base.registeredUnemploymentRate());
        for (Sector s : Sector.values()) {
            sim.demand[s.ordinal()] = sectorTargets[s.ordinal()];
        }
        // Schooling after every draw above, from the streams they left: a scenario's labour state is the same with
        // or without an education block. The calibrations below draw nothing, and μ₀ counts the graduates' entry.
        if (sim.assumptions().education() != null) {
            sim.schoolingShift = Schooling.assignBaseYear(sim, sim.assumptions().education()).shift();
        }
        double intercept = calibrateTransfer(sim);
        Matching m = calibrateMatching(sim, sectorTargets, profiles);
        // Okun: the steady state U = inflow (1 − f) / f gives du/d ln θ = −u (1 − α) x / f with x = −ln(1 − f), so
        // κ = β f / (u (1 − α) x) makes u fall by β points per point of growth above trend. The base year's own
        // deviation from trend is cyclical: θ* removes it.
        LabourAssumptions.MarketAssumption market = sim.assumptions().market();
        double u = Math.max(base.surveyedUnemploymentRate(), 1e-4);
        double x = -Math.log(1 - m.finding());
        double alpha = sim.assumptions().matching().unemploymentElasticity();
        double kappa = m.finding() > 0 ? market.okunCoefficient() * m.finding() / (u * (1 - alpha) * x) : 0;
        double thetaStar = m.tightness() * Math.exp(-kappa * (sim.outputGrowth() - market.trendGrowth()));
        return new LabourSimulation.Calibration(shift, intercept, registration[0], registration[1], m.scale(),
                away * k, thetaStar, kappa);
    }

    private static void createAgents(LabourSimulation sim, CohortTable table) {
        AgentPopulation pop = sim.population;
        LabourAssumptions la = sim.assumptions();
        sim.executor.forEach(pop.slots(), slot -> {
            Sex s = pop.sexOf(slot);
            int a = pop.ageOf(slot);
            double k = sim.model.scale();
            CohortGroup g = new CohortGroup(s, (int) Math.round(table.persons(s, Residence.URBAN, a) / k),
                    (int) Math.round(table.persons(s, Residence.RURAL, a) / k));
            pop.setGroup(s, a, g); // each task replaces only its own slot's group
            UniformRandomProvider rng = sim.groupRandom[slot];
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
                int[] chosen = sim.selections.get().choose(urbanHukou, n, rng);
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
    private static void markRetired(LabourSimulation sim, int slot) {
        int age = sim.population.ageOf(slot);
        Sex sex = sim.population.sexOf(slot);
        sim.population.group(slot).remap(keyMap((status, sector, flags) -> {
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

    private static void distributeAway(LabourSimulation sim, double away, double[][] weights) {
        double total = 0;
        for (double[] w : weights) {
            for (double v : w) {
                total += v;
            }
        }
        for (int s = 0; s < 2; s++) {
            for (int a = 0; a < weights[s].length; a++) {
                sim.away[s][a] = total > 0 ? away * weights[s][a] / total : 0;
            }
        }
    }

    private static void assignSectors(LabourSimulation sim, long localTransferred, long employedRuralLabour,
                                      long[] sectorTargets) {
        AgentPopulation pop = sim.population;
        LabourAssumptions.TransferAssumption t = sim.assumptions().transfer();
        int groups = t.ageGroups().size();
        // 1. Employed resident rural labour: the transferred ones by age-group propensity, the rest farm.
        ExactCountSelection.Classifier ruralLabourByGroup = (status, sector, flags, r, slot) -> {
            int age = pop.ageOf(slot);
            if (status != Status.EMPLOYED || sector != 0 || !sim.isRuralLabour(status, flags, age)) {
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
            w[g] = Math.exp(t.ageLogOdds()[g]);
        }
        w[groups] = 1;
        long[][] counts = ExactCountSelection.count(pop, sim.executor, groups + 1, ruralLabourByGroup);
        long[][] shares = ExactCountSelection.split(localTransferred, counts, w);
        ExactCountSelection.draw(pop, sim.executor, counts, shares, ruralLabourByGroup, sim.groupRandom, sim.selections,
                (c, i, r, cls, slot, rng) -> c.setStatus(i, Status.EMPLOYED, Sector.TERTIARY.code()));
        sim.executor.forEach(pop.slots(), slot -> {
            int age = pop.ageOf(slot);
            pop.group(slot).remap(keyMap((status, sector, flags) -> status == Status.EMPLOYED && sector == 0
                    && sim.isRuralLabour(status, flags, age)
                    ? AgentKeys.key(status, Sector.PRIMARY.code(), flags) : -1));
        });
        // 2. The rest of farming, in tiers.
        long farmers = employedRuralLabour - localTransferred;
        long rest = sectorTargets[0] - farmers;
        if (rest < 0) {
            throw new InputException(null, "labour.base.employed_by_sector.primary", "primary employment ("
                    + fmt(sectorTargets[0] * (double) sim.model.scale()) + ") is smaller than the resident rural labour"
                    + " left in farming (" + fmt(farmers * (double) sim.model.scale()) + ")",
                    "check rural_labour_force and rural_labour_transferred");
        }
        ExactCountSelection.Classifier tiers = (status, sector, flags, r, slot) -> {
            if (status != Status.EMPLOYED || sector != 0) {
                return -1;
            }
            boolean urbanHukou = (flags & AgentColumns.F_URBAN_HUKOU) != 0;
            boolean urban = r == Residence.URBAN;
            return (urbanHukou ? 2 : 0) + (urban ? 1 : 0);
        };
        long[][] tierCounts = ExactCountSelection.count(pop, sim.executor, 4, tiers);
        long[][] tierShares = new long[tierCounts.length][4];
        for (int tier = 0; tier < 4 && rest > 0; tier++) {
            double[] only = new double[4];
            only[tier] = 1;
            long[][] masked = new long[tierCounts.length][4];
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
        ExactCountSelection.draw(pop, sim.executor, tierCounts, tierShares, tiers, sim.groupRandom, sim.selections,
                (c, i, r, cls, slot, rng) -> c.setStatus(i, Status.EMPLOYED, Sector.PRIMARY.code()));
        // 3. Everyone else employed works outside farming: tertiary for now, then the secondary count is drawn.
        short[] nonFarm = keyMap((status, sector, flags) -> status == Status.EMPLOYED && sector == 0
                ? AgentKeys.key(status, Sector.TERTIARY.code(), flags) : -1);
        sim.executor.forEach(pop.slots(), slot -> pop.group(slot).remap(nonFarm));
        ExactCountSelection.Classifier nonFarmWorker = (status, sector, flags, r, slot) ->
                status != Status.EMPLOYED || sector == Sector.PRIMARY.code() ? -1 : 0;
        long[][] nonFarmCounts = ExactCountSelection.count(pop, sim.executor, 1, nonFarmWorker);
        long[][] secondary = ExactCountSelection.split(sectorTargets[1], nonFarmCounts, new double[] {1});
        ExactCountSelection.draw(pop, sim.executor, nonFarmCounts, secondary, nonFarmWorker, sim.groupRandom,
                sim.selections, (c, i, r, cls, slot, rng) -> c.setStatus(i, Status.EMPLOYED, Sector.SECONDARY.code()));
    }

    private static void assignSkilled(LabourSimulation sim, long skilled) {
        ExactCountSelection.Classifier employed = (status, sector, flags, r, slot) -> status != Status.EMPLOYED ? -1
                : sector == Sector.PRIMARY.code() ? 1 : 0;
        long[][] counts = ExactCountSelection.count(sim.population, sim.executor, 2, employed);
        long nonFarm = 0;
        for (long[] n : counts) {
            nonFarm += n[0];
        }
        long[][] first = ExactCountSelection.split(Math.min(skilled, nonFarm), counts, new double[] {1, 0});
        long[][] shares = first;
        if (skilled > nonFarm) {
            long[][] farm = ExactCountSelection.split(skilled - nonFarm, counts, new double[] {0, 1});
            for (int s = 0; s < counts.length; s++) {
                shares[s][1] = farm[s][1];
            }
        }
        ExactCountSelection.draw(sim.population, sim.executor, counts, shares, employed, sim.groupRandom, sim.selections,
                (c, i, r, cls, slot, rng) -> c.set(i, AgentColumns.F_SKILLED));
    }

    /**
     * Registers enough unemployed urban residents for the registered rate, urban-hukou holders first (registration
     * was tied to urban hukou; many cities now register residents of any hukou, who fill the rest). Returns the
     * share registered among urban-hukou and among rural-hukou unemployed urban residents: the registration
     * probabilities of the newly unemployed.
     */
    private static double[] assignRegistered(LabourSimulation sim, double rate) {
        ExactCountSelection.Classifier urbanLabour = (status, sector, flags, r, slot) -> {
            if (r != Residence.URBAN) {
                return -1;
            }
            if (status == Status.EMPLOYED) {
                return 2;
            }
            if (status != Status.UNEMPLOYED) {
                return -1;
            }
            return (flags & AgentColumns.F_URBAN_HUKOU) != 0 ? 0 : 1;
        };
        long[][] counts = ExactCountSelection.count(sim.population, sim.executor, 3, urbanLabour);
        long urbanHukou = 0;
        long ruralHukou = 0;
        long employedUrban = 0;
        for (long[] n : counts) {
            urbanHukou += n[0];
            ruralHukou += n[1];
            employedUrban += n[2];
        }
        long wanted = Math.round(rate / (1 - rate) * employedUrban);
        if (wanted > urbanHukou + ruralHukou) {
            throw new InputException(null, "labour.base.registered_unemployment_rate", "a registered rate of "
                    + rate + " needs " + fmt(wanted * (double) sim.model.scale())
                    + " registered unemployed, but only " + fmt((urbanHukou + ruralHukou) * (double) sim.model.scale())
                    + " urban residents are unemployed",
                    "registered unemployment is normally below the surveyed rate");
        }
        long first = Math.min(wanted, urbanHukou);
        long[][] shares = ExactCountSelection.split(first, counts, new double[] {1, 0, 0});
        long[][] rest = ExactCountSelection.split(wanted - first, counts, new double[] {0, 1, 0});
        for (int s = 0; s < counts.length; s++) {
            shares[s][1] = rest[s][1];
        }
        ExactCountSelection.draw(sim.population, sim.executor, counts, shares, urbanLabour, sim.groupRandom, sim.selections,
                (c, i, r, cls, slot, rng) -> c.set(i, AgentColumns.F_REGISTERED));
        return new double[] {urbanHukou == 0 ? 0 : (double) first / urbanHukou,
            ruralHukou == 0 ? 0 : (double) (wanted - first) / ruralHukou};
    }

    /** The intercept at which the mean transfer probability of base-year farm workers equals the base rate. */
    private static double calibrateTransfer(LabourSimulation sim) {
        LabourAssumptions.TransferAssumption t = sim.assumptions().transfer();
        AgentPopulation pop = sim.population;
        int maxAge = pop.maxAge();
        // Farm workers by single age and skill.
        long[][] counts = ExactCountSelection.count(pop, sim.executor, 2, (status, sector, flags, r, slot) ->
                sim.ruralLabourAge(slot) && RuralTransferProcess.isFarmWorker(status, sector, flags)
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
     */
    private static Matching calibrateMatching(LabourSimulation sim, long[] employedBySector,
                                            ParticipationProfiles profiles) {
        LabourAssumptions la = sim.assumptions();
        AgentPopulation pop = sim.population;
        double separations = 0;
        for (Sector s : Sector.values()) {
            separations += la.matching().separationRate().get(s) * employedBySector[s.ordinal()];
        }
        // Classes: 0 unemployed, 1 farm workers who may transfer, 2 inactive persons who would enter as seekers.
        long[][] counts = ExactCountSelection.count(pop, sim.executor, 3, (status, sector, flags, r, slot) -> {
            if (status == Status.UNEMPLOYED) {
                return 0;
            }
            if (status == Status.EMPLOYED) {
                return sim.ruralLabourAge(slot) && RuralTransferProcess.isFarmWorker(status, sector, flags) ? 1 : -1;
            }
            boolean farmBound = r == Residence.RURAL && (flags & AgentColumns.F_URBAN_HUKOU) == 0;
            return status == Status.INACTIVE && !farmBound ? 2 : -1;
        });
        double unemployed = 0;
        double candidates = 0;
        double entrants = 0;
        for (int slot = 0; slot < counts.length; slot++) {
            unemployed += counts[slot][0];
            candidates += la.transfer().baseRate() * counts[slot][1];
            int next = Math.min(pop.ageOf(slot) + 1, pop.maxAge());
            if (next >= la.participation().entryAge()) {
                entrants += counts[slot][2] * profiles.of(pop.sexOf(slot)).entryProbability(next);
            }
        }
        EducationAssumption education = la.education();
        if (education != null && education.studentsInactive()) {
            // Students do not enter by the profile; next year's graduates out of the labour force all start seeking.
            double[] adjust = Schooling.entrantAdjustment(sim, profiles);
            entrants += adjust[1] - adjust[0];
        }
        double inflow = separations + entrants;
        if (inflow <= 0) {
            return new Matching(1, 0, 0);
        }
        double f0 = inflow / (unemployed + inflow);
        double v0 = inflow;
        double j0 = unemployed + inflow + candidates;
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
