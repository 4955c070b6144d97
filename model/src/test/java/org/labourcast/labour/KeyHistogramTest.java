package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentKeys;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;

/**
 * Every process counts agents from the histograms of keys that {@link AgentColumns} maintains as agents change, so
 * those histograms must equal a recount of the agents after the base year and after every process of every year.
 * The processes are the schedule's own ({@link YearlyProcesses#inOrder()}), so one added or moved there is checked.
 */
class KeyHistogramTest {
    @Test
    void maintainedHistogramsEqualARecountAfterEveryStep() {
        ScenarioSpec spec = LabourFixtures.leshanWith(LabourFixtures.leshanLike());
        List<ProjectedYear> cohort = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), spec.horizon(), new ScenarioAssumptions(spec));
        LabourModel model = LabourModel.of(spec, cohort, 40);
        LabourSimulation sim = new LabourSimulation(model, 3L, 4L, GroupExecutor.serial());
        sim.buildBaseYear();
        assertRecounted(sim.population(), "base year");
        // The schedule's own processes in its order, stepped one at a time so each is checked.
        List<YearlyProcess> processes = YearlyProcesses.inOrder();
        for (int y = spec.baseYear() + 1; y <= spec.horizon(); y++) {
            sim.beginYear();
            for (YearlyProcess p : processes) {
                p.step(sim.context());
                assertRecounted(sim.population(), "year " + y + ", after " + p.name());
            }
        }
        // What was stepped here is what the schedule steps: a run with the same keys gives the same years.
        List<LabourYear> scheduled = new LabourSimulation(model, 3L, 4L, GroupExecutor.serial()).run();
        List<LabourYear> byHand = sim.recorded();
        assertEquals(scheduled.size(), byHand.size());
        for (int i = 0; i < scheduled.size(); i++) {
            assertEquals(scheduled.get(i).year(), byHand.get(i).year());
            assertArrayEquals(scheduled.get(i).labour(), byHand.get(i).labour(), 0,
                    "year " + scheduled.get(i).year() + ": stepping by hand differs from the schedule");
        }
    }

    @Test
    void theProcessesRunInTheOrderLabourSimulationDocuments() throws IOException {
        // The class comment's numbered list is the specification of the schedule (each item links its process).
        String source = Files.readString(Path.of("src/main/java/org/labourcast/labour/LabourSimulation.java"));
        String list = source.substring(source.indexOf("<ol start=\"1\">"), source.indexOf("</ol>"));
        List<String> documented = Pattern.compile("<li>\\{@link (\\w+)}").matcher(list).results()
                .map(m -> m.group(1)).toList();
        List<String> scheduled = YearlyProcesses.inOrder().stream().map(YearlyProcess::name).toList();
        assertEquals(documented, scheduled);
    }

    private static void assertRecounted(AgentPopulation pop, String when) {
        for (int slot = 0; slot < pop.slots(); slot++) {
            for (Residence r : Residence.values()) {
                AgentColumns c = pop.group(slot).residents(r);
                int[] recount = new int[AgentKeys.COUNT];
                AgentKeys.histogram(c, recount, 0);
                int[] kept = new int[AgentKeys.COUNT];
                for (int key = 0; key < AgentKeys.COUNT; key++) {
                    kept[key] = c.count(key);
                }
                assertArrayEquals(recount, kept, when + ", slot " + slot + " " + r);
                int[] byEducation = new int[AgentKeys.COUNT * 8];
                int[] bySpell = new int[AgentKeys.COUNT * 3];
                int[] byTrait = new int[8];
                for (int i = 0; i < c.size(); i++) {
                    byEducation[c.key(i) * 8 + AgentTraits.education(c.traits(i))]++;
                    bySpell[c.key(i) * 3 + AgentColumns.spellBand(c.years(i))]++;
                    for (int b = 3; b < 8; b++) {
                        byTrait[b] += (c.traits(i) >> b) & 1;
                    }
                }
                int[] keptEducation = new int[byEducation.length];
                int[] keptSpell = new int[bySpell.length];
                for (int key = 0; key < AgentKeys.COUNT; key++) {
                    for (int level = 0; level < 8; level++) {
                        keptEducation[key * 8 + level] = c.count(key, level);
                    }
                    for (int band = 0; band < 3; band++) {
                        keptSpell[key * 3 + band] = c.countBySpell(key, band);
                    }
                }
                assertArrayEquals(byEducation, keptEducation, when + ", by education, slot " + slot + " " + r);
                assertArrayEquals(bySpell, keptSpell, when + ", by spell band, slot " + slot + " " + r);
                for (int b = 3; b < 8; b++) {
                    assertEquals(byTrait[b], c.traitCount(1 << b), when + ", trait bit " + b + ", slot " + slot);
                }
            }
        }
    }
}
