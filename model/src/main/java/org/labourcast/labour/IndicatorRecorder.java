package org.labourcast.labour;

import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentKeys;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.CohortGroup;
import org.labourcast.agents.Status;
import org.labourcast.demography.CohortFlows;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.labour.Sector;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Counts the year's indicators from the agents (in parallel by group, summed in slot order) and advances everyone's
 * years-in-status by one. Counts are scaled to persons.
 */
final class IndicatorRecorder implements Steppable {
    private static final long serialVersionUID = 1L;
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
    private static final int COUNTERS = 11;

    @Override
    public void step(SimState state) {
        LabourSimulation sim = (LabourSimulation) state;
        sim.results.add(record(sim, sim.events));
    }

    static LabourYear record(LabourSimulation sim, LabourSimulation.YearEvents events) {
        AgentPopulation pop = sim.population;
        int slots = pop.slots();
        long[][] counts = new long[slots][];
        sim.executor.forEach(slots, slot -> {
            long[] n = new long[COUNTERS]; // allocated by the slot's thread: no false sharing between threads
            count(sim, slot, n);
            counts[slot] = n;
        });
        long[] n = new long[COUNTERS];
        for (long[] c : counts) {
            for (int k = 0; k < COUNTERS; k++) {
                n[k] += c[k];
            }
        }
        double k = sim.model.scale();
        double away = 0;
        for (double[] bySex : sim.away) {
            for (double a : bySex) {
                away += a;
            }
        }
        double ruralLabour = (n[RURAL_LABOUR] + away) * k;
        double transferred = (n[RURAL_TRANSFERRED] + away) * k;
        double employed = n[EMPLOYED] * k;
        sim.urbanLabourForce = (n[EMPLOYED_URBAN] + n[UNEMPLOYED_URBAN]) * k;
        double[] v = new double[LabourIndicators.NAMES.size()];
        int i = 0;
        v[i++] = ruralLabour;
        v[i++] = transferred;
        v[i++] = ratio(transferred, ruralLabour);
        v[i++] = away * k;
        v[i++] = n[LABOUR_FORCE] * k;
        v[i++] = employed;
        v[i++] = n[PRIMARY] * k;
        v[i++] = n[SECONDARY] * k;
        v[i++] = n[TERTIARY] * k;
        v[i++] = ratio(n[PRIMARY], n[EMPLOYED]);
        v[i++] = ratio(n[SECONDARY], n[EMPLOYED]);
        v[i++] = ratio(n[TERTIARY], n[EMPLOYED]);
        v[i++] = ratio(n[EMPLOYED_URBAN], n[EMPLOYED]);
        double previousCumulative = sim.results.isEmpty() ? 0
                : sim.results.get(sim.results.size() - 1).value(LabourIndicators.NEW_URBAN_JOBS_CUMULATIVE);
        if (events == null) {
            v[i++] = Double.NaN;
            v[i++] = Double.NaN;
            v[i++] = Double.NaN;
        } else {
            double jobs = (sim.newUrbanJobs - sim.urbanAttrition) * k;
            v[i++] = jobs;
            v[i++] = (Double.isNaN(previousCumulative) ? 0 : previousCumulative) + jobs;
            v[i++] = sim.newUrbanJobs * k;
        }
        v[i++] = ratio(n[UNEMPLOYED_URBAN], n[EMPLOYED_URBAN] + n[UNEMPLOYED_URBAN]);
        v[i++] = ratio(n[REGISTERED_URBAN], n[EMPLOYED_URBAN] + n[REGISTERED_URBAN]);
        v[i++] = n[SKILLED_EMPLOYED] * k;
        v[i++] = events == null ? Double.NaN : sim.unfilledVacancies * k;
        schooling(sim, events != null, v, i);
        return new LabourYear(sim.year, demography(sim, events), v);
    }

    /**
     * The schooling indicators from the groups' education tallies (graduates by a scan of the graduation ages),
     * written from {@code v[i]} on; NaN without {@code labour.education}, graduates NaN in the base year.
     */
    private static void schooling(LabourSimulation sim, boolean projected, double[] v, int i) {
        if (sim.assumptions().education() == null) {
            java.util.Arrays.fill(v, i, i + LabourIndicators.SCHOOLING.size(), Double.NaN);
            return;
        }
        AgentPopulation pop = sim.population;
        long[][] bySlot = new long[pop.slots()][];
        sim.executor.forEach(pop.slots(), slot -> {
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
        double k = sim.model.scale();
        v[i++] = ratio(t[Schooling.Tally.YEARS_WORKING], t[Schooling.Tally.PERSONS_WORKING]);
        v[i++] = ratio(t[Schooling.Tally.CENSUS_YEARS_15], t[Schooling.Tally.PERSONS_15]);
        v[i++] = ratio(t[Schooling.Tally.HIGHER_WORKING], t[Schooling.Tally.PERSONS_WORKING]);
        v[i++] = projected ? t[Schooling.Tally.GRADUATES] * k : Double.NaN;
        v[i++] = projected ? ratio(t[Schooling.Tally.GRADUATES_EMPLOYED], t[Schooling.Tally.GRADUATES]) : Double.NaN;
        v[i] = projected ? t[Schooling.Tally.GRADUATES_UNEMPLOYED] * k : Double.NaN;
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : Double.NaN;
    }

    /**
     * Advances years-in-status, then counts the group from its columns' histograms of agent keys (see
     * {@link AgentKeys}).
     */
    private static void count(LabourSimulation sim, int slot, long[] n) {
        boolean ruralAge = sim.ruralLabourAge(slot);
        CohortGroup g = sim.population.group(slot);
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
                    n[PRIMARY + sector - 1] += m;
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

    /** The agents' population and events as a {@link ProjectedYear}, in persons. */
    private static ProjectedYear demography(LabourSimulation sim, LabourSimulation.YearEvents ev) {
        AgentPopulation pop = sim.population;
        int maxAge = pop.maxAge();
        double k = sim.model.scale();
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
        double[] transfers = new double[2];
        if (ev != null) {
            for (int s = 0; s < 2; s++) {
                for (int r = 0; r < 2; r++) {
                    births[s] += ev.births[s][r] * k;
                    deaths[s][r] = ev.deaths[s][r] * k;
                    migration[s][r] = ev.netMigration[s][r] * k;
                }
                transfers[s] = ev.transfers[s] * k;
            }
        }
        ProjectedYear cohort = sim.cohortYear();
        return new ProjectedYear(sim.year, CohortTable.of(cells), births, deaths, migration, transfers,
                cohort.transferIntensity(), cohort.migrationShortfall(), CohortFlows.none(maxAge));
    }
}
