package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.indicators.IndicatorCatalog;

/** {@code labourcast indicators}: every indicator, with unit, both names and definition, for people and scripts. */
class IndicatorsCommandTest {
    private static final Path ROOT = LabourcastCliTest.repositoryRoot();

    @Test
    void theTextTableNamesEveryIndicatorWithUnitNamesAndDefinition() {
        LabourcastCliTest.Result r = LabourcastCliTest.run("indicators");
        assertEquals(0, r.code(), r.err());
        List<String> all = new java.util.ArrayList<>(IndicatorCatalog.names(IndicatorsCommand.SHIPPED_BANDS));
        all.addAll(IndicatorCatalog.labourNames());
        for (String name : all) {
            assertTrue(r.out().contains("\n  " + name + " "), name + " listed:\n" + r.out());
        }
        assertTrue(r.out().contains("urbanization_rate"), r.out());
        assertTrue(r.out().matches("(?s).*\n  urbanization_rate +share 0-1 +Urbanization rate of residents\n +常住人口城镇化率\n"
                + " +Urban residents / all residents \\(.*"), r.out());
        assertTrue(r.out().matches("(?s).*\n  new_urban_jobs +persons per year +New urban jobs\n +城镇新增就业\n.*"),
                r.out());
        assertTrue(r.out().startsWith("Demographic indicators (every scenario)\n"), r.out());
        assertTrue(r.out().contains("\nLabour-model indicators (scenarios with a labour: section)\n"), r.out());
        assertTrue(r.out().lines().allMatch(l -> IndicatorsCommand.width(l) <= 100), "lines fit 100 columns");
    }

    @Test
    void chineseDefinitions() {
        LabourcastCliTest.Result r = LabourcastCliTest.run("indicators", "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("人口指标（所有情景）\n  population_total"), r.out());
        assertTrue(r.out().matches("(?s).*\n  births +人/年 +出生人口\n +Births\n +年内出生人口\n.*"), r.out());
        assertTrue(r.out().contains("城镇常住人口占常住人口的比重"), r.out());
        assertTrue(r.out().lines().allMatch(l -> IndicatorsCommand.width(l) <= 100), "lines fit 100 columns");
    }

    @Test
    void csvForScripts() {
        LabourcastCliTest.Result r = LabourcastCliTest.run("indicators", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("indicator,unit,flow,labour_model,name_en,name_zh,definition_en,definition_zh", lines.get(0));
        assertEquals(1 + IndicatorCatalog.names(IndicatorsCommand.SHIPPED_BANDS).size()
                + IndicatorCatalog.labourNames().size(), lines.size());
        assertTrue(lines.contains("births,persons per year,true,false,Births,出生人口,Live births in the calendar year,"
                + "年内出生人口"), r.out());
    }

    @Test
    void markdownTable() {
        LabourcastCliTest.Result r = LabourcastCliTest.run("indicators", "--format", "md");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("| indicator | unit | name | 名称 | definition | 定义 |\n|---|"), r.out());
        assertTrue(r.out().contains("| `skilled_workers` | persons | Skilled workers | 技能劳动者 |"), r.out());
    }

    /** With a scenario: what that scenario produces; a demographic-only one has no labour indicators. */
    @Test
    void aScenarioListsWhatItProduces() {
        LabourcastCliTest.Result labour = LabourcastCliTest.run("indicators",
                ROOT.resolve("scenarios/leshan/baseline.yaml").toString(), "--format", "csv");
        assertEquals(0, labour.code(), labour.err());
        assertTrue(labour.out().contains("\nemployment_total,"), labour.out());
        LabourcastCliTest.Result census = LabourcastCliTest.run("indicators",
                ROOT.resolve("scenarios/china/census-2020.yaml").toString(), "--format", "csv");
        assertEquals(0, census.code(), census.err());
        assertFalse(census.out().contains("employment_total"), census.out());
    }

    @Test
    void badFormatIsAnInputError() {
        LabourcastCliTest.Result r = LabourcastCliTest.run("indicators", "--format", "xlsx");
        assertEquals(2, r.code());
        assertEquals("error: --format: expected text, csv or md, got 'xlsx'\n", r.err());
    }
}
