package org.labourcast.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@link ResultsWorkbook} on small tables in the CSV files' layout: equal tables give equal bytes however far apart
 * they are written (no creation date, fixed zip entry times), and a table not in that layout is refused by name. The
 * workbook of a real run against its CSV files: {@code org.labourcast.cli.ResultsWorkbookTest}.
 */
class ResultsWorkbookTest {
    private static final ResultsWorkbook.Tables TABLES = new ResultsWorkbook.Tables("demo",
            "scenario,indicator,year,stat,value\n"
                    + "demo,population_total,2020,value,1000\ndemo,population_total,2021,value,990.5\n"
                    + "demo,urbanization_rate,2020,value,0.53\ndemo,urbanization_rate,2021,value,0.54\n",
            "indicator,year,operator,target,probability,median,median_first_year_met,status,kind,nature,base_year,"
                    + "base_value,runs,label,source,basis,basis_input,probability_low,probability_high\n"
                    + "urbanization_rate,2021,>=,0.6,0,0.54,,off track,annual,expected,2020,0.53,1,'@SUM(A1),"
                    + "plan,projected,,0,0.975\n",
            "year,age,sex,residence,persons\n2020,0,male,urban,10\n2020,100+,female,rural,1\n"
                    + "2021,0,male,urban,11\n2021,100+,female,rural,2\n",
            null);

    @Test
    void equalTablesGiveEqualBytesSecondsApart() throws Exception {
        byte[] first = ResultsWorkbook.render(List.of(TABLES));
        Thread.sleep(2100); // zip entry times have two-second resolution
        assertArrayEquals(first, ResultsWorkbook.render(List.of(TABLES)));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(ResultsWorkbook.ENTRY_TIME, e.getTimeLocal(), e.getName());
                if (e.getName().equals("docProps/core.xml")) {
                    String core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    assertFalse(core.contains("created"), "no creation date: " + core);
                    assertTrue(core.contains("<dc:creator>labourcast</dc:creator>"), core);
                }
            }
        }
    }

    @Test
    void aTableWithoutAnExpectedColumnIsRefusedByName() {
        ResultsWorkbook.Tables bad = new ResultsWorkbook.Tables("demo", "scenario,indicator,year,value\n",
                TABLES.targetsCsv(), TABLES.populationCsv(), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResultsWorkbook.render(List.of(bad)));
        assertEquals("indicators.csv has no column 'stat'", e.getMessage());
    }

    @Test
    void singleAgesFallInFiveYearGroups() {
        assertEquals("0–4", ResultsWorkbook.ageGroup("0"));
        assertEquals("0–4", ResultsWorkbook.ageGroup("4"));
        assertEquals("95–99", ResultsWorkbook.ageGroup("99"));
        assertEquals("100+", ResultsWorkbook.ageGroup("100+"));
    }

    @Test
    void renderingNeedsAScenario() {
        assertThrows(IllegalArgumentException.class, () -> ResultsWorkbook.render(List.of()));
    }
}
