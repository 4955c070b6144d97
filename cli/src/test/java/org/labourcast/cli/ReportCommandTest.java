package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code labourcast report} of a variant run with {@code --set} (the scenario as it was run, no false alarm, a changed
 * input named), of compare, sweep and forecast folders, {@code --format}, and the size of a run's HTML report
 * (issue 16, items 1 and 5).
 */
class ReportCommandTest {
    @TempDir
    static Path shared;

    static final Path BASELINE = LabourcastCliTest.repositoryRoot().resolve("scenarios/leshan/baseline.yaml");

    static Path variantRun;
    static Path baselineRun;

    @TempDir
    Path tmp;

    @BeforeAll
    static void runOnce() {
        LabourcastCliTest.findScenario();
        Path variant = BASELINE.resolveSibling("plan-measures.yaml");
        variantRun = shared.resolve("plan-measures");
        LabourcastCliTest.Result r = LabourcastCliTest.run("run", variant.toString(), "--out", variantRun.toString(),
                "--runs", "3", "--scale", "200", "--set", "labour.transfer.base_rate=0.07", "--no-charts");
        assertEquals(0, r.code(), r.err());
        baselineRun = shared.resolve("baseline");
        r = LabourcastCliTest.runFast(baselineRun, "--no-charts");
        assertEquals(0, r.code(), r.err());
    }

    private static String report(Path results, Path out, String... more) throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("report", results.toString(),
                "--out", out.toString()));
        args.addAll(java.util.List.of(more));
        LabourcastCliTest.Result r = LabourcastCliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return Files.readString(out.resolve("report.md"));
    }

    @Test
    void theManifestRecordsEveryScenarioFileAndTheSetValues() throws IOException {
        String manifest = Files.readString(variantRun.resolve("manifest.json"));
        assertTrue(manifest.contains("\"files\" : [") || manifest.contains("\"files\": ["), manifest);
        assertTrue(manifest.contains("plan-measures.yaml") && manifest.contains("baseline.yaml\""), manifest);
        assertTrue(manifest.contains("\"set\": [\n      \"labour.transfer.base_rate=0.07\"\n    ]"), manifest);
    }

    @Test
    void aVariantReportInChineseShowsItsInheritedAssumptionsAndTheSetValueWithoutFalseAlarm() throws IOException {
        String md = report(variantRun, tmp.resolve("zh"), "--lang", "zh");
        assertFalse(md.contains("已与运行时"), "no false alarm");
        assertTrue(md.contains("| region | name {en: Leshan, zh: 乐山市}; code: 511100 | baseline.yaml |"),
                "an inherited input, from the parent");
        assertTrue(md.contains("| labour.skills.trainees | 0 | plan-measures.yaml |"), "the variant's own input");
        assertTrue(md.contains("| labour.transfer.base\\_rate | 0.07 | --set（命令行设定） |"), "the --set value, marked");
        assertTrue(md.contains("![乐山市：常住人口城镇化率](urbanization_rate.png)"),
                "charts named by the inherited region, not the scenario id");
        assertFalse(md.contains("leshan-plan-measures："), "no chart titled with the id");
    }

    @Test
    void anInputChangedSinceTheRunIsNamedInBothLanguages() throws IOException {
        // The manifest records another hash for the parent: as if baseline.yaml had been edited after the run.
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy);
        try (var files = Files.list(variantRun)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        String manifest = Files.readString(copy.resolve("manifest.json"));
        String parentSha = org.labourcast.results.Manifest.sha256(BASELINE);
        assertTrue(manifest.contains(parentSha));
        Files.writeString(copy.resolve("manifest.json"), manifest.replace(parentSha, "0".repeat(64)));
        String parent = BASELINE.toString().replace('\\', '/');
        String en = report(copy, tmp.resolve("en"));
        assertTrue(en.contains(Report(parent) + " now on disk differs from the file that was run"), en);
        String zh = report(copy, tmp.resolve("zh"), "--lang", "zh");
        assertTrue(zh.contains("磁盘上的 " + Report(parent) + " 已与运行时读取的文件不同"), zh);
        assertFalse(zh.contains("labour.skills.trainees"), "nothing of a changed chain is shown");
    }

    /** A path as the Markdown writes it (underscores escaped). */
    private static String Report(String text) {
        return text.replace("_", "\\_");
    }

    @Test
    void aRunsHtmlReportIsSelfContainedAndUnderTwoMegabytes() throws IOException {
        Path out = tmp.resolve("size");
        report(baselineRun, out);
        long bytes = Files.size(out.resolve("report.html"));
        assertTrue(bytes < 2_000_000, "report.html is " + bytes + " bytes");
        String html = Files.readString(out.resolve("report.html"));
        assertEquals(17, html.split("src=\"data:image/png;base64,", -1).length - 1, "every chart but the scorecard");
    }

    @Test
    void formatChoosesWhatIsEmbeddedAndWrittenAndRefusesPdfFirst() throws IOException {
        Path svg = tmp.resolve("svg");
        String md = report(baselineRun, svg, "--format", "svg,pdf");
        String html = Files.readString(svg.resolve("report.html"));
        assertTrue(html.contains("<svg") && !html.contains("data:image/png"), "SVG inline");
        assertTrue(md.contains("](urbanization_rate.svg)"), "the Markdown links the first format");
        assertTrue(Files.isRegularFile(svg.resolve("urbanization_rate.pdf")), "every format beside it");
        assertFalse(Files.exists(svg.resolve("urbanization_rate.png")));

        LabourcastCliTest.Result bad = LabourcastCliTest.run("report", baselineRun.toString(), "--out",
                tmp.resolve("pdf").toString(), "--format", "pdf");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--format") && bad.err().contains("png or svg"), bad.err());
        LabourcastCliTest.Result unknown = LabourcastCliTest.run("report", baselineRun.toString(), "--out",
                tmp.resolve("html").toString(), "--format", "html");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--format"), unknown.err());
    }

    @Test
    void aComparisonFolderGetsItsOwnReport() throws IOException {
        Path cmp = tmp.resolve("cmp");
        Path variant = BASELINE.resolveSibling("plan-measures.yaml");
        LabourcastCliTest.Result r = LabourcastCliTest.run("compare", BASELINE.toString(),
                variant.toString(), "--out", cmp.toString(), "--runs", "3", "--scale", "200", "--no-charts");
        assertEquals(0, r.code(), r.err());
        String md = report(cmp, tmp.resolve("cmp-report"), "--lang", "zh");
        for (String section : new String[] {"## 主要指标对照", "## 各情景的目标实现概率", "## 与参照情景的配对差异",
                "## 图表", "## 运行信息"}) {
            assertTrue(md.contains(section), section);
        }
        assertTrue(md.contains("| 目标 | leshan-baseline | leshan-plan-measures |"), "probabilities side by side");
        assertTrue(md.contains("](compare_urbanization_rate.png)"), "comparison charts drawn again");

        LabourcastCliTest.Result mixed = LabourcastCliTest.run("report", cmp.toString(), baselineRun.toString(),
                "--out", tmp.resolve("mixed").toString());
        assertEquals(2, mixed.code());
        assertTrue(mixed.err().contains("alone"), mixed.err());
    }

    @Test
    void aForecastFolderGetsItsOwnReport() throws IOException {
        Path fc = tmp.resolve("fc");
        LabourcastCliTest.Result r = LabourcastCliTest.run("forecast", BASELINE.toString(),
                "--out", fc.toString());
        assertEquals(0, r.code(), r.err());
        String md = report(fc, tmp.resolve("fc-report"));
        assertTrue(md.contains("## Models") && md.contains("## Back-tests") && md.contains("## Forecast charts"), md);
        assertTrue(md.contains("](forecast_urbanization_rate.png)"), md);
    }

    @Test
    void aSweepFolderGetsItsOwnReport() throws IOException {
        Path sw = tmp.resolve("sw");
        LabourcastCliTest.Result r = LabourcastCliTest.run("sweep",
                BASELINE.resolveSibling("sweep-quick.yaml").toString(), "--out", sw.toString(),
                "--scale", "1000", "--set", "sweep.runs_per_point=2", "--no-charts");
        assertEquals(0, r.code(), r.err());
        String md = report(sw, tmp.resolve("sw-report"));
        assertTrue(md.contains("## Points of the sweep") && md.contains("## Sensitivity")
                && md.contains("## Targets at each point"), md);
        assertTrue(md.contains("](sensitivity_skilled_workers_2035.png)"), "tornado charts");
        // Column names in the report's language, swept parameters by their catalogue names, not the CSV's codes.
        assertTrue(md.contains("| Point | Block | Sample | Yearly share of farm workers moving to non-farm work |"), md);
        String zh = report(sw, tmp.resolve("sw-report-zh"), "--lang", "zh");
        assertTrue(zh.contains("| 扫描点 |") && zh.contains("| 实现概率 |") && !zh.contains("| probability |"), zh);
    }
}
