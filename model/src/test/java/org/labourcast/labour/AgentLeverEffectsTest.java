package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.AgentTraits;
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
 * The levers that act on the agents' attributes (issue 14 item 4): supported start-ups move the unemployed into
 * self-employment or flag returnee entrepreneurs; internships place the year's graduates. Each test steps one
 * replicate of the Leshan baseline with and without the lever on the same keys (common random numbers), so
 * everything before the lever's process is identical and the difference is exactly the lever's. Each fails when the
 * lever's process is taken out of the schedule (checked by removing it from {@link YearlyProcesses#inOrder()}).
 */
class AgentLeverEffectsTest {
    private static final int SCALE = 20;

    @Test
    void supportedStartupsMoveTheUnemployedIntoSelfEmployment() {
        // 4,000 supported a year, half of them additional: 2,000 founders = 100 agents of 20, all in tertiary.
        String lever = "levers=[{type: entrepreneurship_support, source: test, from: 2021, startups: 4000,"
                + " jobs_per_startup: 3, additionality: 0.5, sector_shares: {primary: 0, secondary: 0, tertiary: 1},"
                + " job_survival: 1}]";
        Pair p = stepTo(SupportedStartups.class, lever);
        assertEquals(count(p.without, Status.UNEMPLOYED, -1) - 100, count(p.with, Status.UNEMPLOYED, -1),
                "100 unemployed agents start a business");
        assertEquals(count(p.without, Status.EMPLOYED, Sector.TERTIARY.code()) + 100,
                count(p.with, Status.EMPLOYED, Sector.TERTIARY.code()), "in tertiary");
        assertEquals(100, p.with.market().startupFounders());
        LabourYear y = finishYear(p.with, p.next);
        assertEquals(4000, y.value(LabourIndicators.SUPPORTED_STARTUPS), "the lever's own count");
        assertEquals(2000, y.value(LabourIndicators.SUPPORTED_STARTUP_FOUNDERS));
        assertEquals(6000, y.value(LabourIndicators.SUPPORTED_STARTUP_JOBS), 1e-9, "2,000 founders x 3 jobs");
    }

    @Test
    void supportedReturneeStartupsFlagReturneeEntrepreneurs() {
        // 1,000 supported a year, all additional: 50 agents of 20 flagged; employment does not change.
        String lever = "levers=[{type: entrepreneurship_support, source: test, from: 2021, startups: 1000,"
                + " founders: returnees, additionality: 1, sector_shares: {primary: 0.1, secondary: 0.2,"
                + " tertiary: 0.7}}]";
        Pair p = stepTo(SectorDemandProcess.class, lever);
        long employed = count(p.with, Status.EMPLOYED, -1);
        long before = flagged(p.with);
        YearlyProcess startups = YearlyProcesses.inOrder().get(p.next);
        assertTrue(startups instanceof SupportedStartups);
        startups.step(p.with);
        assertEquals(before + 50, flagged(p.with), "50 returnee entrepreneurs more");
        assertEquals(employed, count(p.with, Status.EMPLOYED, -1), "the business is the returnee's job");
        assertEquals(50, p.with.market().returneeStartups());
        assertEquals(50, p.with.market().startupFounders());
    }

    @Test
    void internshipsRaiseTheGraduatesPlacement() {
        // 4,000 interns (200 agents) with 10 points more placement: 20 agents placed after matching, if that many
        // interns are still unemployed and vacancies are left. With the shipped graduate placement (0.91) and the
        // first year's graduates placed better still, fewer than 20 interns are left; at 0.5 about half are.
        String lever = "levers=[{type: graduate_internships, source: test, from: 2021, participants: 4000,"
                + " placement_gain: 0.1}]";
        Pair p = stepTo(GraduateInternshipPlacement.class, lever, "labour.education.effects.graduate_placement=0.5");
        long placed = p.with.market().internshipPlacements();
        assertEquals(200, p.with.market().internshipParticipants());
        assertEquals(20, placed, "0.1 x 200 interns");
        assertEquals(graduates(p.without, Status.EMPLOYED) + placed, graduates(p.with, Status.EMPLOYED));
        assertEquals(p.without.market().unfilledVacancies() - placed, p.with.market().unfilledVacancies(),
                "interns fill vacancies matching left");
        LabourYear with = finishYear(p.with, p.next);
        LabourYear without = finishYear(p.without, p.next);
        assertEquals(400, with.value(LabourIndicators.INTERN_PLACEMENTS));
        double graduates = with.value(LabourIndicators.GRADUATES);
        assertEquals(400 / graduates, with.value(LabourIndicators.GRADUATE_PLACEMENT_RATE)
                - without.value(LabourIndicators.GRADUATE_PLACEMENT_RATE), 1e-12);
    }

    /**
     * Two replicates' contexts, without and with the lever, stepped through the first projected year up to a
     * process; {@code next} is the index of the first process not yet stepped.
     */
    private record Pair(YearContext without, YearContext with, int next) {
    }

    private static Pair stepTo(Class<? extends YearlyProcess> last, String lever, String... both) {
        LabourSimulation without = replicate(both);
        String[] withLever = java.util.Arrays.copyOf(both, both.length + 1);
        withLever[both.length] = lever;
        LabourSimulation with = replicate(withLever);
        without.buildBaseYear();
        with.buildBaseYear();
        without.beginYear();
        with.beginYear();
        List<YearlyProcess> a = YearlyProcesses.inOrder();
        List<YearlyProcess> b = YearlyProcesses.inOrder();
        int i = 0;
        while (i < a.size()) {
            a.get(i).step(without.context());
            b.get(i).step(with.context());
            if (last.isInstance(a.get(i++))) {
                break;
            }
        }
        return new Pair(without.context(), with.context(), i);
    }

    /** Steps the rest of the year's processes from {@code next} (the recorder last); returns the recorded year. */
    private static LabourYear finishYear(YearContext year, int next) {
        List<YearlyProcess> all = YearlyProcesses.inOrder();
        for (int i = next; i < all.size(); i++) {
            all.get(i).step(year);
        }
        return year.lastRecorded();
    }

    private static LabourSimulation replicate(String... overrides) {
        List<FieldOverride> o = java.util.Arrays.stream(overrides).map(FieldOverride::parse).toList();
        ScenarioSpec spec = new ScenarioReader().read(ShippedScenarios.leshanBaseline(), o).spec();
        List<ProjectedYear> cohort = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), spec.horizon(), new ScenarioAssumptions(spec));
        return new LabourSimulation(LabourModel.of(spec, cohort, SCALE), 7L, 8L, GroupExecutor.serial());
    }

    /** Agents with a status (and a sector, or −1 for any). */
    private static long count(YearContext year, int status, int sector) {
        long n = 0;
        AgentPopulation pop = year.population();
        for (int slot = 0; slot < pop.slots(); slot++) {
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                for (int i = 0; i < c.size(); i++) {
                    if (c.status(i) == status && (sector < 0 || c.sector(i) == sector)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static long flagged(YearContext year) {
        return ReturneeStartups.stock(year.population());
    }

    /** The year's graduates with a status. */
    private static long graduates(YearContext year, int status) {
        long n = 0;
        AgentPopulation pop = year.population();
        for (int slot = 0; slot < pop.slots(); slot++) {
            int age = pop.ageOf(slot);
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                for (int i = 0; i < c.size(); i++) {
                    if (c.status(i) == status && Schooling.graduate(AgentTraits.education(c.traits(i)), age)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
