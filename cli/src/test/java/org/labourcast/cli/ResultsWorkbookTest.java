package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.charts.CsvText;
import org.labourcast.results.Manifest;

/**
 * {@code results.xlsx} as a planner opens it: its sheets, bilingual headers, frozen panes and number formats, every
 * value equal to the CSV file beside it, a hostile target label kept as text, the same bytes for the same results,
 * the manifest entry, the comparison's scenario column, and (when LibreOffice is installed) a conversion to CSV by
 * {@code soffice --headless}. Xiangtan's baseline (it has actuals) with a target label that is a formula, 3 runs at
 * 200 persons per agent.
 */
class ResultsWorkbookTest {
    private static final String HOSTILE = "=HYPERLINK(\"http://example.invalid\",\"click\")";

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path scenario;
    private static Path out;
    private static long writtenAt;

    @BeforeAll
    static void runOnce() throws IOException {
        Path baseline = LabourcastCliTest.repositoryRoot().resolve("scenarios/xiangtan/baseline.yaml");
        String text = Files.readString(baseline);
        String label = "    label: 新增市场主体带动就业 (floor on 城镇新增就业)\n    year: 2019\n";
        assertTrue(text.contains(label), "test setup: Xiangtan's 2019 target label");
        scenario = shared.resolve("xiangtan-hostile.yaml");
        Files.writeString(scenario, text.replace("id: xiangtan-baseline", "id: xiangtan-hostile")
                .replace(label, "    label: '" + HOSTILE + "'\n    year: 2019\n"));
        out = shared.resolve("run");
        LabourcastCliTest.Result r = LabourcastCliTest.run("run", scenario.toString(), "--out", out.toString(),
                "--runs", "3", "--scale", "200", "--no-charts");
        assertEquals(0, r.code(), r.err());
        writtenAt = System.nanoTime();
        assertFalse(r.err().contains("Log4j"), "POI's logging stays quiet: " + r.err());
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        List<List<String>> rows = CsvText.parse(Files.readString(file));
        List<Map<String, String>> maps = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < r.size(); i++) {
                m.put(rows.get(0).get(i), r.get(i));
            }
            maps.add(m);
        }
        return maps;
    }

    private static List<String> texts(Row row) {
        List<String> t = new ArrayList<>();
        for (Cell c : row) {
            t.add(c.getCellType() == CellType.NUMERIC ? Integer.toString((int) c.getNumericCellValue())
                    : c.getStringCellValue());
        }
        return t;
    }

    /** Column index of an English header (row 2). */
    private static int column(Sheet s, String en) {
        int i = texts(s.getRow(1)).indexOf(en);
        assertTrue(i >= 0, s.getSheetName() + " has no column " + en + ": " + texts(s.getRow(1)));
        return i;
    }

    @Test
    void fourSheetsWithChineseAndEnglishHeadersFrozenAboveTheData() throws IOException {
        try (XSSFWorkbook wb = open(out.resolve("results.xlsx"))) {
            assertEquals(List.of("indicators 指标", "targets 目标", "population 人口", "actuals 实际值"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            Sheet ind = wb.getSheet("indicators 指标");
            assertEquals(List.of("指标代码", "指标名称", "指标名称（英文）", "统计量", "2018", "2019"),
                    texts(ind.getRow(0)).subList(0, 6));
            assertEquals(List.of("indicator", "name (Chinese)", "name", "statistic", "2018", "2019"),
                    texts(ind.getRow(1)).subList(0, 6));
            Sheet tg = wb.getSheet("targets 目标");
            assertEquals("达标概率", texts(tg.getRow(0)).get(column(tg, "probability")));
            for (Sheet s : wb) {
                PaneInformation pane = s.getPaneInformation();
                assertNotNull(pane, s.getSheetName() + " has frozen panes");
                assertTrue(pane.isFreezePane(), s.getSheetName());
                assertEquals(2, pane.getHorizontalSplitPosition(), s.getSheetName() + ": both header rows frozen");
                assertTrue(pane.getVerticalSplitPosition() >= 1, s.getSheetName() + ": the naming columns frozen");
                assertTrue(s.getColumnWidth(0) > 6 * 256, s.getSheetName() + ": a column fitted to its text");
                for (Row row : s) {
                    for (Cell c : row) {
                        assertFalse(c.getCellType() == CellType.FORMULA, "no formula anywhere: " + c.getAddress());
                    }
                }
            }
        }
    }

    @Test
    void indicatorsAreTheCsvValuesInWideFormWithPercentForSharesAndSeparatorsForPersons() throws IOException {
        List<Map<String, String>> rows = csv(out.resolve("indicators.csv"));
        try (XSSFWorkbook wb = open(out.resolve("results.xlsx"))) {
            Sheet s = wb.getSheet("indicators 指标");
            List<String> header = texts(s.getRow(1));
            Map<String, Row> byKey = new HashMap<>();
            for (Row r : s) {
                if (r.getRowNum() >= 2) {
                    String stat = r.getCell(3).getStringCellValue().split(" ")[0];
                    byKey.put(r.getCell(0).getStringCellValue() + "/" + stat, r);
                }
            }
            int checked = 0;
            for (Map<String, String> c : rows) {
                Row r = byKey.get(c.get("indicator") + "/" + c.get("stat"));
                assertNotNull(r, "a row for " + c);
                Cell cell = r.getCell(header.indexOf(c.get("year")));
                if (c.get("value").isEmpty()) {
                    assertEquals(CellType.BLANK, cell.getCellType(), c.toString());
                } else {
                    assertEquals(Double.parseDouble(c.get("value")), cell.getNumericCellValue(), 0.0, c.toString());
                    checked++;
                }
            }
            assertTrue(checked > 1000, "every value of indicators.csv: " + checked);
            assertEquals(byKey.size(), s.getLastRowNum() - 1, "one row per indicator and statistic");
            Row urbanization = byKey.get("urbanization_rate/median");
            assertEquals("常住人口城镇化率", urbanization.getCell(1).getStringCellValue());
            assertEquals("median 中位数", urbanization.getCell(3).getStringCellValue());
            assertEquals("0.00%", urbanization.getCell(header.indexOf("2025")).getCellStyle().getDataFormatString());
            assertEquals("#,##0", byKey.get("population_total/p05").getCell(header.indexOf("2025")).getCellStyle()
                    .getDataFormatString());
            // The planner's order: the median first, then the 80% and 90% bands.
            int median = byKey.get("population_total/median").getRowNum();
            assertEquals(median + 1, byKey.get("population_total/p10").getRowNum());
            assertEquals(median + 3, byKey.get("population_total/p05").getRowNum());
        }
    }

    @Test
    void targetsAreTheCsvRowsAndAFormulaLabelStaysText() throws IOException {
        List<Map<String, String>> rows = csv(out.resolve("targets.csv"));
        assertTrue(Files.readString(out.resolve("targets.csv")).contains(",\"'=HYPERLINK("), "the CSV's guard");
        try (XSSFWorkbook wb = open(out.resolve("results.xlsx"))) {
            Sheet s = wb.getSheet("targets 目标");
            assertEquals(rows.size(), s.getLastRowNum() - 1);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> c = rows.get(i);
                Row r = s.getRow(i + 2);
                assertEquals(c.get("label"), r.getCell(column(s, "label")).getStringCellValue());
                assertEquals(Double.parseDouble(c.get("target")), r.getCell(column(s, "target")).getNumericCellValue());
                assertEquals(Integer.parseInt(c.get("year")), (int) r.getCell(column(s, "year")).getNumericCellValue());
                for (String p : List.of("probability", "probability_low", "probability_high")) {
                    Cell cell = r.getCell(column(s, p));
                    assertEquals(Double.parseDouble(c.get(p)), cell.getNumericCellValue(), 0.0, p);
                    assertEquals("0.0%", cell.getCellStyle().getDataFormatString(), p);
                }
                assertTrue(r.getCell(column(s, "status")).getStringCellValue().startsWith(c.get("status") + " "));
                assertEquals("#,##0", r.getCell(column(s, "median")).getCellStyle().getDataFormatString());
            }
            Cell hostile = s.getRow(2).getCell(column(s, "label"));
            assertEquals(CellType.STRING, hostile.getCellType());
            assertEquals(HOSTILE, hostile.getStringCellValue(), "the label as the plan wrote it, no apostrophe");
            assertTrue(hostile.getCellStyle().getQuotePrefixed(), "Excel's quote prefix: text when edited, too");
            Cell status = s.getRow(2).getCell(column(s, "status"));
            assertTrue(List.of("on track 有望完成", "at risk 存在风险", "off track 难以完成")
                    .contains(status.getStringCellValue()), status.getStringCellValue());
        }
    }

    @Test
    void populationByAgeGroupSumsPopulationCsv() throws IOException {
        List<Map<String, String>> rows = csv(out.resolve("population.csv"));
        Map<String, Double> total = new HashMap<>();
        Map<String, Double> under5 = new HashMap<>();
        Map<String, Double> men = new HashMap<>();
        for (Map<String, String> r : rows) {
            double p = Double.parseDouble(r.get("persons"));
            total.merge(r.get("year"), p, Double::sum);
            if (!r.get("age").endsWith("+") && Integer.parseInt(r.get("age")) < 5) {
                under5.merge(r.get("year"), p, Double::sum);
            }
            if (r.get("sex").equals("male")) {
                men.merge(r.get("year"), p, Double::sum);
            }
        }
        try (XSSFWorkbook wb = open(out.resolve("results.xlsx"))) {
            Sheet s = wb.getSheet("population 人口");
            List<String> header = texts(s.getRow(1));
            Map<String, Row> byKey = new LinkedHashMap<>();
            for (Row r : s) {
                if (r.getRowNum() >= 2) {
                    byKey.put(r.getCell(0).getStringCellValue() + "/" + r.getCell(1).getStringCellValue() + "/"
                            + r.getCell(2).getStringCellValue(), r);
                }
            }
            assertEquals(5 * 22, byKey.size(), "five blocks of 21 five-year groups (0–4 … 95–99, 100+) and a total");
            for (String year : total.keySet()) {
                int col = header.indexOf(year);
                assertEquals(total.get(year), byKey.get("all 合计/all 合计/total 合计").getCell(col)
                        .getNumericCellValue(), 1e-6 * total.get(year), year);
                assertEquals(under5.get(year), byKey.get("all 合计/all 合计/0–4").getCell(col).getNumericCellValue(),
                        1e-6 * under5.get(year), year);
                assertEquals(men.get(year), byKey.get("male 男/all 合计/total 合计").getCell(col)
                        .getNumericCellValue(), 1e-6 * men.get(year), year);
            }
            assertTrue(byKey.containsKey("all 合计/rural 乡村/100+"));
            assertEquals("#,##0", byKey.get("all 合计/all 合计/0–4").getCell(3).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void actualsAreTheCsvRows() throws IOException {
        List<Map<String, String>> rows = csv(out.resolve("actuals.csv"));
        try (XSSFWorkbook wb = open(out.resolve("results.xlsx"))) {
            Sheet s = wb.getSheet("actuals 实际值");
            assertEquals(rows.size(), s.getLastRowNum() - 1);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> c = rows.get(i);
                Row r = s.getRow(i + 2);
                assertEquals(c.get("indicator"), r.getCell(0).getStringCellValue());
                for (String col : List.of("actual", "median", "p05", "p95", "deviation", "relative_deviation")) {
                    assertEquals(Double.parseDouble(c.get(col)), r.getCell(column(s, col)).getNumericCellValue(),
                            0.0, col);
                }
                assertEquals(c.get("in_band_90").equals("true") ? "yes 是" : "no 否",
                        r.getCell(column(s, "in_band_90")).getStringCellValue());
                String format = r.getCell(column(s, "actual")).getCellStyle().getDataFormatString();
                assertEquals(c.get("indicator").equals("urbanization_rate") ? "0.00%" : "#,##0", format);
            }
        }
    }

    @Test
    void theSameResultsGiveTheSameBytesAndTheManifestListsThem() throws Exception {
        // POI stamps zip entries with the time of writing (two-second resolution): write at least 2 s later.
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - writtenAt);
        if (waited < 2100) {
            Thread.sleep(2100 - waited);
        }
        Path again = tmp.resolve("again");
        LabourcastCliTest.Result r = LabourcastCliTest.run("run", scenario.toString(), "--out", again.toString(),
                "--runs", "3", "--scale", "200", "--no-charts", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        byte[] first = Files.readAllBytes(out.resolve("results.xlsx"));
        assertArrayEquals(first, Files.readAllBytes(again.resolve("results.xlsx")), "equal results, equal bytes");
        JsonNode listed = new ObjectMapper().readTree(out.resolve("manifest.json").toFile())
                .path("outputs").path("results.xlsx");
        assertEquals(Manifest.sha256(first), listed.path("sha256").asText());
        assertEquals(first.length, listed.path("bytes").asLong());
    }

    @Test
    void compareWritesOneWorkbookWithAScenarioColumn() throws IOException {
        Path cmp = tmp.resolve("cmp");
        Path baseline = LabourcastCliTest.repositoryRoot().resolve("scenarios/xiangtan/baseline.yaml");
        LabourcastCliTest.Result r = LabourcastCliTest.run("compare", baseline.toString(), scenario.toString(),
                "--out", cmp.toString(), "--runs", "3", "--scale", "200", "--no-charts");
        assertEquals(0, r.code(), r.err());
        JsonNode outputs = new ObjectMapper().readTree(cmp.resolve("manifest.json").toFile()).path("outputs");
        assertTrue(outputs.has("results.xlsx"), outputs.toString());
        try (XSSFWorkbook wb = open(cmp.resolve("results.xlsx"))) {
            assertEquals(4, wb.getNumberOfSheets());
            for (Sheet s : wb) {
                int col = column(s, "scenario");
                assertEquals("情景", texts(s.getRow(0)).get(col));
                List<String> scenarios = new ArrayList<>();
                for (Row row : s) {
                    if (row.getRowNum() >= 2) {
                        scenarios.add(row.getCell(col).getStringCellValue());
                    }
                }
                assertEquals(List.of("xiangtan-baseline", "xiangtan-hostile"), scenarios.subList(0, 2),
                        s.getSheetName() + ": one indicator's, target's or group's scenarios side by side");
                assertEquals(scenarios.size() / 2, scenarios.stream().filter("xiangtan-hostile"::equals).count());
            }
            Sheet ind = wb.getSheet("indicators 指标");
            assertEquals(5, ind.getPaneInformation().getVerticalSplitPosition(), "the scenario column frozen too");
        }
    }

    /**
     * LibreOffice opens the workbook: {@code soffice --headless --convert-to csv} exports every sheet (filter
     * option 12 = -1), each with its headers and values as shown (option 9). Skipped when soffice is not installed
     * (.ci/run installs it).
     */
    @Test
    void libreOfficeConvertsEverySheetToCsv() throws Exception {
        String soffice = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(d -> Path.of(d, "soffice")).filter(Files::isExecutable).map(Path::toString).findFirst()
                .orElse(null);
        Assumptions.assumeTrue(soffice != null, "soffice is not installed");
        Path converted = tmp.resolve("converted");
        Files.createDirectories(converted);
        Path profile = tmp.resolve("lo-profile"); // its own profile: no clash with another soffice running
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                "--outdir", converted.toString(), out.resolve("results.xlsx").toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice finished: " + log);
        assertEquals(0, p.exitValue(), log);
        for (String sheet : List.of("indicators 指标", "targets 目标", "population 人口", "actuals 实际值")) {
            Path csv = converted.resolve("results-" + sheet + ".csv");
            assertTrue(Files.isRegularFile(csv), "sheet " + sheet + " converted: " + log);
        }
        List<List<String>> ind = CsvText.parse(Files.readString(converted.resolve("results-indicators 指标.csv")));
        assertEquals("指标代码", ind.get(0).get(0));
        assertEquals("indicator", ind.get(1).get(0));
        List<String> median = ind.stream().filter(r -> r.get(0).equals("urbanization_rate")
                && r.get(3).startsWith("median")).findFirst().orElseThrow();
        assertTrue(median.get(4).endsWith("%"), "a share shown as a percentage: " + median);
        List<List<String>> tg = CsvText.parse(Files.readString(converted.resolve("results-targets 目标.csv")));
        assertEquals(HOSTILE, tg.get(2).get(0), "the formula label stays text in LibreOffice");
    }
}
