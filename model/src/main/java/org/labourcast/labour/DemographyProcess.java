package org.labourcast.labour;

import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.DemographicAlignment;
import org.labourcast.agents.Draws;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.scenario.labour.LabourAssumptions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Ageing, deaths, migration, rural-to-urban moves and births, aligned cell by cell to the cohort-component
 * projection (method: {@link DemographicAlignment}). Newborns take urban hukou with the base-year urban-hukou share
 * of their residence. Rural labour among net out-migrants joins the stock of rural labour working away (外出),
 * which then ages, dies at the rural death rate of its age and leaves rural labour past its upper age.
 *
 * <p>Reads: agents, the away stock, the cohort years and the record (the last year's unemployment and urban labour
 * force, when net migration answers the labour market). Writes: agents, the away stock, the cohort years (this
 * year's), events (births, deaths, migration, residence moves), job tallies (natural attrition by death).
 */
final class DemographyProcess implements YearlyProcess {
    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS, SharedState.AWAY, SharedState.COHORT_YEARS, SharedState.RECORD);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.AWAY, SharedState.COHORT_YEARS, SharedState.EVENTS,
                SharedState.JOB_TALLIES);
    }

    @Override
    public void step(YearContext year) {
        ProjectedYear previous = year.cohortYear(year.year() - 1);
        ProjectedYear cohort = year.advanceCohort();
        AgentPopulation pop = year.population();
        int[] births = new int[2];
        for (Sex s : Sex.values()) {
            for (Residence r : Residence.values()) {
                births[s.ordinal()] += (int) Math.round(
                        cohort.flows().births()[s.ordinal()][r.ordinal()] / year.scale());
            }
        }
        pop.ageOneYear(births);
        LabourAssumptions la = year.assumptions();
        long urbanHukouUrban = Draws.threshold(la.hukou().urbanShareUrbanResidents());
        long urbanHukouRural = Draws.threshold(la.hukou().urbanShareRuralResidents());
        long cadre = Draws.threshold(la.retirement().femaleCadreShare());
        DemographicAlignment alignment = new DemographicAlignment(year.scale(),
                la.transfer().outMigrationWeight(), year::isRuralLabour,
                (sex, residence, rng) -> newbornFlags(sex, residence, rng, urbanHukouUrban, urbanHukouRural, cadre));
        int slots = pop.slots();
        DemographicAlignment.GroupEvents[] perGroup = new DemographicAlignment.GroupEvents[slots];
        CohortTable end = cohort.population();
        year.executor().forEach(slots, slot -> perGroup[slot] = alignment.apply(pop.group(slot), pop.ageOf(slot), end,
                cohort.flows(), year.random(slot), year.selection()));
        double[][] leaving = new double[2][pop.maxAge() + 1];
        YearEvents events = year.events();
        long attrition = 0;
        for (int slot = 0; slot < slots; slot++) {
            DemographicAlignment.GroupEvents ev = perGroup[slot];
            int sex = pop.sexOf(slot).ordinal();
            for (int r = 0; r < 2; r++) {
                events.births[sex][r] += ev.births[r];
                events.deaths[sex][r] += ev.deaths[r];
                events.netMigration[sex][r] += ev.netMigration[r];
            }
            events.movers[sex] += ev.movers;
            attrition += ev.nonFarmUrbanDeaths;
            leaving[pop.sexOf(slot).ordinal()][pop.ageOf(slot)] += ev.ruralLabourLeaving;
        }
        year.market().addUrbanAttrition(attrition);
        ageAwayWorkers(year, previous.population(), cohort, leaving);
    }

    private static byte newbornFlags(Sex sex, Residence residence, UniformRandomProvider rng, long urbanHukouUrban,
                                     long urbanHukouRural, long cadre) {
        int flags = 0;
        if (Draws.bernoulli(rng, residence == Residence.URBAN ? urbanHukouUrban : urbanHukouRural)) {
            flags |= AgentColumns.F_URBAN_HUKOU;
        }
        if (sex == Sex.FEMALE && Draws.bernoulli(rng, cadre)) {
            flags |= AgentColumns.F_FEMALE_CADRE;
        }
        return (byte) flags;
    }

    /** The away stock ages a year, survives at the cohort model's rural survival, gains leavers, drops the over-aged. */
    private static void ageAwayWorkers(YearContext year, CohortTable start, ProjectedYear cohort,
                                       double[][] leaving) {
        int maxAge = year.model().maxAge();
        for (Sex s : Sex.values()) {
            double[] a = year.market().away(s);
            double[] deaths = cohort.flows().deaths()[s.ordinal()][Residence.RURAL.ordinal()];
            a[maxAge] += a[maxAge - 1];
            for (int x = maxAge - 1; x >= 1; x--) {
                a[x] = a[x - 1];
            }
            a[0] = 0;
            for (int x = 1; x <= maxAge; x++) {
                double exposed = start.persons(s, Residence.RURAL, x - 1)
                        + (x == maxAge ? start.persons(s, Residence.RURAL, maxAge) : 0);
                double survival = exposed > 0 ? Math.max(0, 1 - deaths[x] / exposed) : 1;
                a[x] = a[x] * survival + leaving[s.ordinal()][x];
                if (!year.assumptions().transfer().ages().contains(x)) {
                    a[x] = 0;
                }
            }
        }
    }
}
