package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run}'s charts, {@code chart} and {@code report}: exit codes and files. One quick run is shared. */
class ChartCommandsTest {
    @TempDir
    static Path shared;

    static Path results;

    @TempDir
    Path tmp;

    static final List<String> STANDARD = List.of("urbanization_rate", "surveyed_unemployment_rate",
            "registered_unemployment_rate", "urban_employment_share", "rural_labour_transfer_rate",
            "mean_years_schooling_16_59", "skilled_workers",
            "employment_primary", "employment_secondary", "employment_tertiary", "population_pyramid",
            "employment_structure", "target_scorecard");

    @BeforeAll
    static void runOnce() {
        LabourcastCliTest.findScenario();
        results = shared.resolve("leshan");
        LabourcastCliTest.Result r = LabourcastCliTest.runFast(results);
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void runWritesTheStandardChartSetAndRecordsItInTheManifest() throws IOException {
        for (String stem : STANDARD) {
            assertTrue(Files.isRegularFile(results.resolve(stem + ".png")), stem);
        }
        String manifest = Files.readString(results.resolve("manifest.json"));
        assertTrue(manifest.contains("\"population_pyramid.png\""), "charts are hashed in the manifest");
        assertTrue(manifest.contains("\"chart_language\": \"en\""), manifest);
        assertTrue(manifest.contains("\"chart_size\": \"16x10 cm, 300 dpi\""), manifest);
    }

    @Test
    void chartRedrawsRunsChartsByteForByte() throws IOException {
        Path out = tmp.resolve("again");
        LabourcastCliTest.Result r = LabourcastCliTest.run("chart", results.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("18 chart files written"), r.out()); // the 18th: zero_employment_households
        for (String stem : STANDARD) {
            assertArrayEquals(Files.readAllBytes(results.resolve(stem + ".png")),
                    Files.readAllBytes(out.resolve(stem + ".png")), stem);
        }
    }

    @Test
    void chartInChineseAsSvgAndPdfForOneIndicator() throws IOException {
        Path out = tmp.resolve("zh");
        LabourcastCliTest.Result r = LabourcastCliTest.run("chart", results.toString(), "--out", out.toString(),
                "--lang", "zh", "--format", "svg,pdf", "--indicator", "labour_force");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("labour_force.svg")).contains("<svg"));
        assertTrue(Files.readString(out.resolve("labour_force.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
        assertFalse(Files.exists(out.resolve("labour_force.png")));
    }

    @Test
    void chartDefaultsToAChartsFolderAndRefusesToOverwriteWithoutAsking() {
        Path dir = tmp.resolve("copy");
        LabourcastCliTest.Result first = LabourcastCliTest.run("chart", results.toString(), "--out", dir.toString(),
                "--indicator", "births");
        assertEquals(0, first.code(), first.err());
        LabourcastCliTest.Result again = LabourcastCliTest.run("chart", results.toString(), "--out", dir.toString(),
                "--indicator", "births");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("--overwrite"), again.err());
        assertEquals(0, LabourcastCliTest.run("chart", results.toString(), "--out", dir.toString(), "--indicator",
                "births", "--overwrite").code());
    }

    @Test
    void badChartInputsExitTwoWithAMessage() {
        LabourcastCliTest.Result notResults = LabourcastCliTest.run("chart", tmp.toString());
        assertEquals(2, notResults.code());
        assertTrue(notResults.err().contains("no indicators.csv"), notResults.err());
        LabourcastCliTest.Result lang = LabourcastCliTest.run("chart", results.toString(), "--lang", "fr");
        assertEquals(2, lang.code());
        assertTrue(lang.err().contains("--lang"), lang.err());
        LabourcastCliTest.Result format = LabourcastCliTest.run("chart", results.toString(), "--format", "gif");
        assertEquals(2, format.code());
        LabourcastCliTest.Result indicator = LabourcastCliTest.run("chart", results.toString(), "--indicator", "gdp",
                "--out", tmp.resolve("x").toString());
        assertEquals(2, indicator.code());
        assertTrue(indicator.err().contains("'gdp' is not in"), indicator.err());
        LabourcastCliTest.Result renamed = LabourcastCliTest.run("chart", results.toString(), "--indicator",
                "rural_urban_transfer_intensity", "--out", tmp.resolve("x").toString());
        assertEquals(2, renamed.code());
        assertTrue(renamed.err().contains("was renamed 'rural_urban_move_intensity'"), renamed.err());
        LabourcastCliTest.Result several = LabourcastCliTest.run("chart", results.toString(), results.toString());
        assertEquals(2, several.code());
        assertTrue(several.err().contains("--out"), several.err());
        LabourcastCliTest.Result badRun = LabourcastCliTest.runFast(tmp.resolve("r"), "--format", "bmp");
        assertEquals(2, badRun.code(), "run checks chart flags before running the model");
    }

    @Test
    void forecastAndSensitivityFilesAddTheirCharts() throws IOException {
        Path forecast = tmp.resolve("forecast.csv");
        Files.writeString(forecast, "indicator,model,year,point,lo80,hi80,lo95,hi95\n"
                + "labour_force,ets,2026,1800000,1750000,1850000,1700000,1900000\n"
                + "labour_force,ets,2027,1790000,1720000,1860000,1660000,1920000\n");
        Path sens = tmp.resolve("sensitivity.csv");
        Files.writeString(sens, "indicator,year,baseline,parameter,low_setting,high_setting,outcome_low,outcome_high\n"
                + "skilled_workers,2025,354000,trainees,10000,30000,344000,364000\n");
        Path out = tmp.resolve("extra");
        LabourcastCliTest.Result r = LabourcastCliTest.run("chart", results.toString(), "--out", out.toString(),
                "--indicator", "labour_force", "--forecast", forecast.toString(), "--sensitivity", sens.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("forecast_labour_force.png")));
        assertTrue(Files.isRegularFile(out.resolve("sensitivity_skilled_workers_2025.png")));
    }

    @Test
    void aForecastFileCutShortSinceItsFolderWasWrittenIsRefused() throws IOException {
        Path folder = tmp.resolve("fc");
        LabourcastCliTest.Result f = LabourcastCliTest.run("forecast", LabourcastCliTest.repositoryRoot()
                .resolve("scenarios/leshan/baseline.yaml").toString(), "--out", folder.toString(), "--no-charts");
        assertEquals(0, f.code(), f.err());
        Path csv = folder.resolve("forecast.csv");
        Path out = tmp.resolve("fc-charts");
        LabourcastCliTest.Result whole = LabourcastCliTest.run("chart", results.toString(), "--out", out.toString(),
                "--indicator", "urbanization_rate", "--forecast", csv.toString());
        assertEquals(0, whole.code(), "the forecast as written is read: " + whole.err());
        String text = Files.readString(csv);
        Files.writeString(csv, text.substring(0, text.length() / 2));
        LabourcastCliTest.Result cut = LabourcastCliTest.run("chart", results.toString(), "--out",
                tmp.resolve("fc-charts-2").toString(), "--indicator", "urbanization_rate", "--forecast",
                csv.toString());
        assertEquals(2, cut.code(), cut.err());
        assertTrue(cut.err().startsWith("error: --forecast: '") && cut.err().contains("forecast.csv' does not match"
                + " the folder's manifest.json"), cut.err());
        assertFalse(Files.exists(tmp.resolve("fc-charts-2")), "refused before anything is drawn");
    }

    @Test
    void reportWritesSelfContainedHtmlAndMarkdownWithImages() throws IOException {
        Path out = tmp.resolve("report");
        LabourcastCliTest.Result r = LabourcastCliTest.run("report", results.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<img alt=") && html.contains("src=\"data:image/png;base64,"), "charts embedded");
        assertFalse(html.replace("src=\"data:image/png;base64,", "").contains("src=\"")
                || html.contains("href=\"http"), "no external files");
        assertTrue(html.contains("Plan targets") && html.contains("Assumptions and their sources")
                && html.contains("Provenance"), "sections");
        assertTrue(html.contains("labour.transfer.base_rate"), "assumptions with sources");
        assertTrue(html.contains("[PLAN 专栏1 item 2]"), "target sources");
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("](urbanization_rate.png)"), md.substring(0, 300));
        assertTrue(Files.isRegularFile(out.resolve("urbanization_rate.png")));
        Path again = tmp.resolve("report2");
        assertEquals(0, LabourcastCliTest.run("report", results.toString(), "--out", again.toString()).code());
        assertArrayEquals(Files.readAllBytes(out.resolve("report.html")), Files.readAllBytes(again.resolve("report.html")),
                "same results, same report");
    }

    @Test
    void reportOfTwoRunsInChineseComparesThem() throws IOException {
        Path out = tmp.resolve("both");
        LabourcastCliTest.Result r = LabourcastCliTest.run("report", results.toString(), results.toString(),
                "--out", out.toString(), "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("情景比较"), "comparison section");
        assertTrue(html.contains("<html lang=\"zh-CN\">"));
        assertTrue(Files.isRegularFile(out.resolve("compare_urbanization_rate.png")));
        assertTrue(Files.isRegularFile(out.resolve("leshan-baseline_population_pyramid.png")));
    }
}
