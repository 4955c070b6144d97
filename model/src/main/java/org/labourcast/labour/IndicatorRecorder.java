package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentKeys;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.CohortGroup;
import org.labourcast.agents.IndexBuffer;
import org.labourcast.agents.Status;
import org.labourcast.demography.CohortFlows;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.policy.StartupSupport;
import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.labour.WageAssumption;

/**
 * Counts the year's indicators from the agents (in parallel by group, summed in slot order) and advances everyone's
 * years-in-status by one. Counts are scaled to persons.
 *
 * <p>Reads: agents, the away stock, the cohort years, events, job tallies, the record (last year's cumulative new
 * urban jobs), insurance coverage (the enrolled counts). Writes: agents (years in status), the record (the year's
 * indicators and urban labour force, and the wage state of {@link Wages}: productivity indices and the base-year
 * wage constant).
 */
final class IndicatorRecorder implements YearlyProcess {
    /* The recorder's counters, summed over groups. */
    private static final int LABOUR_FORCE = 0;
    private static final int EMPLOYED = 1;
    private static final int PRIMARY = 2;
    private static final int SECONDARY = 3;
    private static final int TERTIARY = 4;
    private static final int EMPLOYED_URBAN = 5;
    private static final int UNEMPLOYED_URBAN = 6;
    private static final int REGISTERED_URBAN = 7;
    private static final int RURAL_LABOUR = 8;
    private static final int RURAL_TRANSFERRED = 9;
    private static final int SKILLED_EMPLOYED = 10;
    private static final int LONG_TERM_URBAN = 11;
    private static final int HARD_TO_EMPLOY = 12;
    private static final int COUNTERS = 13;

    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS, SharedState.AWAY, SharedState.COHORT_YEARS, SharedState.EVENTS,
                SharedState.JOB_TALLIES, SharedState.RECORD, SharedState.INSURANCE);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.RECORD);
    }

    @Override
    public void step(YearContext year) {
        year.record(record(year));
    }

    /** The counter of employment in a sector, by the sector's {@link Sector#code()} (1..3). */
    private static int employedIn(int sectorCode) {
        return PRIMARY + Sector.ofCode(sectorCode).ordinal();
    }

    /**
     * The year's indicators (events and job tallies NaN in the base year), and the urban labour force it leaves for
     * {@link MigrationResponse}.
     */
    static LabourYear record(YearContext year) {
        YearEvents events = year.isBaseYear() ? null : year.events();
        AgentPopulation pop = year.population();
        LabourMarketState market = year.market();
        int slots = pop.slots();
        long[][] counts = new long[slots][];
        WageAssumption wages = year.assumptions().wages(); // null: the scenario has no wages
        double[][] wageSums = new double[slots][];
        boolean levelsKnown = year.assumptions().education() != null;
        year.executor().forEach(slots, slot -> {
            long[] n = new long[COUNTERS]; // allocated by the slot's thread: no false sharing between threads
            if (wages != null) { // before count() advances years in status (wages do not read it)
                double[] w = new double[Wages.SIZE];
                Wages.sum(wages, pop.group(slot), pop.ageOf(slot), levelsKnown, w);
                wageSums[slot] = w;
            }
            count(year, slot, n);
            counts[slot] = n;
        });
        long[] n = new long[COUNTERS];
        for (long[] c : counts) {
            for (int k = 0; k < COUNTERS; k++) {
                n[k] += c[k];
            }
        }
        double k = year.scale();
        double away = market.awayTotal();
        double ruralLabour = (n[RURAL_LABOUR] + away) * k;
        double transferred = (n[RURAL_TRANSFERRED] + away) * k;
        double employed = n[EMPLOYED] * k;
        market.setUrbanLabourForce((n[EMPLOYED_URBAN] + n[UNEMPLOYED_URBAN]) * k);
        double[] v = new double[LabourIndicators.NAMES.size()];
        java.util.Arrays.fill(v, Double.NaN); // an indicator not set below would show as missing, never as 0
        put(v, LabourIndicators.RURAL_LABOUR_FORCE, ruralLabour);
        put(v, LabourIndicators.RURAL_LABOUR_TRANSFERRED, transferred);
        put(v, LabourIndicators.RURAL_LABOUR_TRANSFER_RATE, ratio(transferred, ruralLabour));
        put(v, LabourIndicators.RURAL_LABOUR_AWAY, away * k);
        put(v, LabourIndicators.LABOUR_FORCE, n[LABOUR_FORCE] * k);
        put(v, LabourIndicators.EMPLOYMENT_TOTAL, employed);
        put(v, LabourIndicators.EMPLOYMENT_PRIMARY, n[PRIMARY] * k);
        put(v, LabourIndicators.EMPLOYMENT_SECONDARY, n[SECONDARY] * k);
        put(v, LabourIndicators.EMPLOYMENT_TERTIARY, n[TERTIARY] * k);
        put(v, LabourIndicators.SECTOR_SHARE_PRIMARY, ratio(n[PRIMARY], n[EMPLOYED]));
        put(v, LabourIndicators.SECTOR_SHARE_SECONDARY, ratio(n[SECONDARY], n[EMPLOYED]));
        put(v, LabourIndicators.SECTOR_SHARE_TERTIARY, ratio(n[TERTIARY], n[EMPLOYED]));
        put(v, LabourIndicators.URBAN_EMPLOYMENT_SHARE, ratio(n[EMPLOYED_URBAN], n[EMPLOYED]));
        LabourYear last = year.lastRecorded();
        double previousCumulative = last == null ? 0 : last.value(LabourIndicators.NEW_URBAN_JOBS_CUMULATIVE);
        if (events != null) { // the base year has no flows: its job counts stay NaN
            double jobs = (market.newUrbanJobs() - market.urbanAttrition()) * k;
            put(v, LabourIndicators.NEW_URBAN_JOBS, jobs);
            put(v, LabourIndicators.NEW_URBAN_JOBS_CUMULATIVE,
                    (Double.isNaN(previousCumulative) ? 0 : previousCumulative) + jobs);
            put(v, LabourIndicators.URBAN_HIRES, market.newUrbanJobs() * k);
            put(v, LabourIndicators.UNFILLED_VACANCIES, market.unfilledVacancies() * k);
        }
        put(v, LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE,
                ratio(n[UNEMPLOYED_URBAN], n[EMPLOYED_URBAN] + n[UNEMPLOYED_URBAN]));
        put(v, LabourIndicators.REGISTERED_UNEMPLOYMENT_RATE,
                ratio(n[REGISTERED_URBAN], n[EMPLOYED_URBAN] + n[REGISTERED_URBAN]));
        put(v, LabourIndicators.SKILLED_WORKERS, n[SKILLED_EMPLOYED] * k);
        put(v, LabourIndicators.LONG_TERM_UNEMPLOYED, n[LONG_TERM_URBAN] * k);
        put(v, LabourIndicators.LONG_TERM_UNEMPLOYMENT_SHARE, ratio(n[LONG_TERM_URBAN], n[UNEMPLOYED_URBAN]));
        Households households = market.households(); // null: the scenario has no households
        // Registered members of zero-employment households are hard to employ too (when no other ground holds).
        long hard = n[HARD_TO_EMPLOY] + (households == null ? 0 : households.zeroMembersHardToEmploy());
        put(v, LabourIndicators.HARD_TO_EMPLOY, hard * k);
        if (events != null) { // flows: NaN in the base year
            put(v, LabourIndicators.UNEMPLOYED_REEMPLOYED, events.reemployed * k);
            put(v, LabourIndicators.HARD_TO_EMPLOY_REEMPLOYED, events.hardToEmployPlaced * k);
            put(v, LabourIndicators.HARD_TO_EMPLOY_PLACEMENT_RATE,
                    ratio(events.hardToEmployPlaced, events.hardToEmployPlaced + hard));
        }
        if (households != null) { // NaN without labour.households
            put(v, LabourIndicators.FAMILY_HOUSEHOLDS, households.households() * k);
            put(v, LabourIndicators.HOUSEHOLD_SIZE_MEAN, ratio(households.persons(), households.households()));
            put(v, LabourIndicators.ONE_PERSON_HOUSEHOLD_SHARE,
                    ratio(households.onePerson(), households.households()));
            put(v, LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS, households.zeroAfterHelp() * k);
            put(v, LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS_BEFORE_HELP, households.zeroBeforeHelp() * k);
            put(v, LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS_ELIGIBLE, households.eligible() * k);
            if (events != null) {
                put(v, LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS_HELPED, households.helped() * k);
            }
        }
        InsuranceEnrolment.Coverage insured = year.market().insurance(); // null: the scenario has no insurance
        long nonFarm = n[SECONDARY] + n[TERTIARY];
        put(v, LabourIndicators.UNEMPLOYMENT_INSURED, insured == null ? Double.NaN : insured.enrolled(0) * k);
        put(v, LabourIndicators.INJURY_INSURED, insured == null ? Double.NaN : insured.enrolled(1) * k);
        put(v, LabourIndicators.UNEMPLOYMENT_INSURED_SHARE,
                insured == null ? Double.NaN : ratio(insured.enrolled(0), nonFarm));
        put(v, LabourIndicators.INJURY_INSURED_SHARE,
                insured == null ? Double.NaN : ratio(insured.enrolled(1), nonFarm));
        PensionEnrolment.Coverage pension = year.market().pension(); // null: the scenario has no pension block
        put(v, LabourIndicators.PENSION_INSURED, pension == null ? Double.NaN : pension.enrolled() * k);
        put(v, LabourIndicators.PENSION_INSURED_SHARE,
                pension == null ? Double.NaN : ratio(pension.enrolled(), pension.eligible()));
        if (wages != null) {
            double[] sums = new double[Wages.SIZE];
            for (double[] w : wageSums) { // summed in slot order: the same for any thread count
                for (int j = 0; j < Wages.SIZE; j++) {
                    sums[j] += w[j];
                }
            }
            double[] employedBySector = {n[PRIMARY] * k, n[SECONDARY] * k, n[TERTIARY] * k};
            double[] lastEmployed = year.isBaseYear() || last == null ? null : new double[] {
                    last.value(LabourIndicators.EMPLOYMENT_PRIMARY), last.value(LabourIndicators.EMPLOYMENT_SECONDARY),
                    last.value(LabourIndicators.EMPLOYMENT_TERTIARY)};
            double average = Wages.average(year, wages, sums, employedBySector, lastEmployed);
            put(v, LabourIndicators.AVERAGE_WAGE, average);
            put(v, LabourIndicators.AVERAGE_WAGE_GROWTH,
                    lastEmployed == null ? Double.NaN : average / last.value(LabourIndicators.AVERAGE_WAGE) - 1);
        }
        schooling(year, events != null, v);
        boolean returnees = year.assumptions().returnees() != null; // NaN without labour.returnees
        put(v, LabourIndicators.RETURNEE_ENTREPRENEURS,
                returnees ? ReturneeStartups.stock(year.population()) * k : Double.NaN);
        put(v, LabourIndicators.RETURNEE_STARTUPS, // a flow: NaN in the base year
                returnees && events != null ? market.returneeStartups() * k : Double.NaN);
        if (events != null) { // the levers acting on agents: flows, NaN in the base year
            StartupSupport startups = year.effects().startups();
            double founders = market.startupFounders() * k;
            put(v, LabourIndicators.SUPPORTED_STARTUPS, startups.supported());
            put(v, LabourIndicators.SUPPORTED_STARTUP_FOUNDERS, founders);
            put(v, LabourIndicators.SUPPORTED_STARTUP_JOBS,
                    startups.supported() > 0 ? founders * startups.jobs() / startups.supported() : 0);
            put(v, LabourIndicators.INTERNS, market.internshipParticipants() * k);
            put(v, LabourIndicators.INTERN_PLACEMENTS, market.internshipPlacements() * k);
        }
        return new LabourYear(year.year(), demography(year, events), v);
    }

    /** Sets an indicator's value by its name (position in {@link LabourIndicators#NAMES}). */
    private static void put(double[] values, String indicator, double value) {
        values[LabourIndicators.NAMES.indexOf(indicator)] = value;
    }

    /**
     * The schooling indicators from the groups' education tallies (graduates too, from the histograms by key and
     * education level), written from {@code v[i]} on; NaN without {@code labour.education}, graduates NaN in the base
     * year.
     */
    private static void schooling(YearContext year, boolean projected, double[] v) {
        if (year.assumptions().education() == null) {
            return; // the values stay NaN
        }
        AgentPopulation pop = year.population();
        long[][] bySlot = new long[pop.slots()][];
        year.executor().forEach(pop.slots(), slot -> {
            long[] t = new long[Schooling.Tally.SIZE];
            int age = pop.ageOf(slot);
            Schooling.tally(pop.group(slot), age, t);
            if (projected && Schooling.anyGraduateAt(age)) {
                Schooling.graduates(pop.group(slot), age, t);
            }
            bySlot[slot] = t;
        });
        long[] t = new long[Schooling.Tally.SIZE];
        for (long[] s : bySlot) {
            for (int j = 0; j < t.length; j++) {
                t[j] += s[j];
            }
        }
        double k = year.scale();
        put(v, LabourIndicators.MEAN_YEARS_SCHOOLING_16_59,
                ratio(t[Schooling.Tally.YEARS_WORKING], t[Schooling.Tally.PERSONS_WORKING]));
        put(v, LabourIndicators.MEAN_YEARS_SCHOOLING_15_PLUS,
                ratio(t[Schooling.Tally.CENSUS_YEARS_15], t[Schooling.Tally.PERSONS_15]));
        put(v, LabourIndicators.HIGHER_EDUCATION_SHARE_16_59,
                ratio(t[Schooling.Tally.HIGHER_WORKING], t[Schooling.Tally.PERSONS_WORKING]));
        if (projected) { // flows: NaN in the base year
            put(v, LabourIndicators.GRADUATES, t[Schooling.Tally.GRADUATES] * k);
            put(v, LabourIndicators.GRADUATE_PLACEMENT_RATE,
                    ratio(t[Schooling.Tally.GRADUATES_EMPLOYED], t[Schooling.Tally.GRADUATES]));
            put(v, LabourIndicators.GRADUATES_UNEMPLOYED, t[Schooling.Tally.GRADUATES_UNEMPLOYED] * k);
        }
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : Double.NaN;
    }

    /**
     * Counts the long-term unemployed and the hard to employ by their years in status and traits, advances
     * years-in-status, then counts the group from its columns' histograms of agent keys (see {@link AgentKeys}). The
     * histogram by key and spell band says how many unemployed have been so a year or more ({@link
     * HardToEmploy#longTerm}: band 1 or 2); only the registered unemployed of under a year in a column with disabled
     * agents, where the hard to employ are those disabled, are visited.
     */
    private static void count(YearContext year, int slot, long[] n) {
        boolean ruralAge = year.ruralLabourAge(slot);
        CohortGroup g = year.population().group(slot);
        boolean older = year.olderWorker(slot);
        for (Residence r : Residence.values()) {
            AgentColumns c = g.residents(r);
            long longTerm = 0;
            long registered = 0;
            long registeredLongTerm = 0;
            for (int key = 0; key < AgentKeys.COUNT; key++) {
                if (AgentKeys.status(key) != Status.UNEMPLOYED || c.count(key) == 0) {
                    continue;
                }
                long yearOrMore = c.countBySpell(key, 1) + c.countBySpell(key, 2);
                longTerm += yearOrMore;
                if (HardToEmploy.registeredUnemployed(key)) {
                    registered += c.count(key);
                    registeredLongTerm += yearOrMore;
                }
            }
            if (r == Residence.URBAN) {
                n[LONG_TERM_URBAN] += longTerm;
            }
            if (older) { // every registered unemployed older worker
                n[HARD_TO_EMPLOY] += registered;
            } else {
                n[HARD_TO_EMPLOY] += registeredLongTerm;
                if (registered > registeredLongTerm && c.traitCount(AgentTraits.DISABLED) > 0) {
                    int[] idx = REGISTERED.atLeast(c.size());
                    for (int k = 0, m = c.listIn(REGISTERED_UNEMPLOYED, idx, 0); k < m; k++) {
                        int i = idx[k];
                        if (!HardToEmploy.longTerm(c.years(i)) && AgentTraits.has(c.traits(i), AgentTraits.DISABLED)) {
                            n[HARD_TO_EMPLOY]++;
                        }
                    }
                }
            }
        }
        g.urban().advanceYears();
        g.rural().advanceYears();
        for (Residence r : Residence.values()) {
            boolean urban = r == Residence.URBAN;
            AgentColumns c = g.residents(r);
            for (int key = 0; key < AgentKeys.COUNT; key++) {
                long m = c.count(key);
                int s = AgentKeys.status(key);
                if (m == 0 || (s != Status.EMPLOYED && s != Status.UNEMPLOYED)) {
                    continue;
                }
                int flags = AgentKeys.flags(key);
                n[LABOUR_FORCE] += m;
                boolean ruralHukou = (flags & AgentColumns.F_URBAN_HUKOU) == 0;
                if (ruralHukou && ruralAge) {
                    n[RURAL_LABOUR] += m;
                }
                if (s == Status.EMPLOYED) {
                    int sector = AgentKeys.sector(key);
                    n[EMPLOYED] += m;
                    n[employedIn(sector)] += m;
                    if (urban) {
                        n[EMPLOYED_URBAN] += m;
                    }
                    if (ruralHukou && ruralAge && sector != Sector.PRIMARY.code()) {
                        n[RURAL_TRANSFERRED] += m;
                    }
                    if ((flags & AgentColumns.F_SKILLED) != 0) {
                        n[SKILLED_EMPLOYED] += m;
                    }
                } else if (urban) {
                    n[UNEMPLOYED_URBAN] += m;
                    if ((flags & AgentColumns.F_REGISTERED) != 0) {
                        n[REGISTERED_URBAN] += m;
                    }
                }
            }
        }
    }

    /** 0 for the keys of registered unemployed agents, −1 for the others ({@link AgentColumns#listIn}). */
    private static final int[] REGISTERED_UNEMPLOYED = new int[AgentKeys.COUNT];

    static {
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            REGISTERED_UNEMPLOYED[key] = HardToEmploy.registeredUnemployed(key) ? 0 : -1;
        }
    }

    /** Each worker thread's list of a column's registered unemployed, for {@link #count}. */
    private static final IndexBuffer REGISTERED = new IndexBuffer();

    /** The agents' population and events as a {@link ProjectedYear}, in persons. */
    private static ProjectedYear demography(YearContext year, YearEvents ev) {
        AgentPopulation pop = year.population();
        int maxAge = pop.maxAge();
        double k = year.scale();
        double[][][] cells = new double[2][2][maxAge + 1];
        for (Sex s : Sex.values()) {
            for (Residence r : Residence.values()) {
                for (int a = 0; a <= maxAge; a++) {
                    cells[s.ordinal()][r.ordinal()][a] = pop.count(s, r, a) * k;
                }
            }
        }
        double[] births = new double[2];
        double[][] deaths = new double[2][2];
        double[][] migration = new double[2][2];
        double[] movers = new double[2];
        if (ev != null) {
            for (int s = 0; s < 2; s++) {
                for (int r = 0; r < 2; r++) {
                    births[s] += ev.births[s][r] * k;
                    deaths[s][r] = ev.deaths[s][r] * k;
                    migration[s][r] = ev.netMigration[s][r] * k;
                }
                movers[s] = ev.movers[s] * k;
            }
        }
        ProjectedYear cohort = year.cohortYear();
        return new ProjectedYear(year.year(), CohortTable.of(cells), births, deaths, migration, movers,
                cohort.moveIntensity(), cohort.migrationShortfall(), CohortFlows.none(maxAge));
    }
}
