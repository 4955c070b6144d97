package org.labourcast.charts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourcast.charts.data.SavedResults;
import org.labourcast.charts.data.ScenarioDocument;
import org.labourcast.charts.report.ChartSet;

/**
 * Every chart type, in English and Chinese, with the long texts of the shipped scenarios (Sichuan's scenario file
 * and its targets' sources, Leshan's plan-measures title, Xuzhou's run of equal annual targets, a binding target):
 * no text may be drawn outside the canvas or cut by a clip. Text is recorded as drawn ({@link RecordingGraphics}),
 * with the ink bounds of its glyphs on the device, so wrapping, truncation and layout are all checked as rendered.
 */
class TextInsideCanvasTest {

    /** Half a device pixel: anti-aliasing fringe, not lost text. */
    private static final double TOLERANCE_PX = 0.5;

    private static final RunInfo SICHUAN = new RunInfo("sichuan-plan-measures",
            "Sichuan: the plan's quantified measures on top of the baseline (2021\u20132025 plan, projected to 2035)",
            "四川省：在基准情景上叠加规划量化措施（“十四五”就业促进规划，2021—2025年，预测至2035年）",
            "Sichuan Province", "四川省", "0.1.0-SNAPSHOT", 100, 10, 20201101L);

    private static final String[] INDICATORS = {"urbanization_rate", "skilled_workers", "surveyed_unemployment_rate",
        "rural_labour_transferred", "sector_share_tertiary", "urban_employment_share", "employment_primary",
        "employment_secondary", "employment_tertiary", "new_urban_jobs", "working_age_population_15_59"};

    /** Medians that move over 2020–2035, ±2% and ±4% bands; shares for the rates. */
    static String indicatorsCsv(String scenario, double shift) {
        StringBuilder sb = new StringBuilder("scenario,indicator,year,stat,value\n");
        for (String ind : INDICATORS) {
            boolean share = ind.contains("rate") || ind.contains("share");
            for (int y = 2020; y <= 2035; y++) {
                double t = y - 2020;
                double median = share ? 0.45 + 0.01 * t + shift : 4_000_000 + 60_000 * t * (1 + shift);
                if (ind.equals("new_urban_jobs")) {
                    median = 62_000 + 800 * t;
                }
                double s = y == 2020 ? 0 : (share ? 0.01 : 0.02 * median);
                String[][] stats = {{"mean", "0"}, {"median", "0"}, {"p05", "-2"}, {"p10", "-1"}, {"p90", "1"},
                    {"p95", "2"}};
                for (String[] st : stats) {
                    sb.append(scenario).append(',').append(ind).append(',').append(y).append(',').append(st[0])
                            .append(',').append(median + Integer.parseInt(st[1]) * s).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** Sichuan's targets with their sources as in scenarios/sichuan/baseline.yaml, Xuzhou's new jobs, one binding. */
    static String targetsCsv() {
        String h = "indicator,year,operator,target,probability,median,median_first_year_met,status,kind,nature,"
                + "base_year,base_value,runs,label,source\n";
        return h
                + "new_urban_jobs,2025,>=,4250000,0.4,4100000,,at risk,cumulative,expected,2020,5220000,100,城镇新增就业,"
                + "\"[PLAN ch.2 §3] 城镇新增就业425万人以上 (five-year total 2021-2025; \"\"以上\"\" read as at least); base: the"
                + " 13th FYP total 522万 over 2016-2020 [PLAN ch.1 §1]\"\n"
                + "surveyed_unemployment_rate,2025,<=,0.06,0.9,0.52,2021,on track,annual,binding,,,100,城镇调查失业率,"
                + "[PLAN ch.2 §3] 城镇调查失业率控制在6%以内\n"
                + "rural_labour_transferred,2025,>=,4200000,0.5,4300000,,at risk,annual,expected,2020,4100000,100,"
                + "农村劳动力转移就业规模,\"[PLAN ch.2 §3] 农村劳动力转移就业规模保持在2400万人左右. The plan says"
                + " \"\"about 24 million\"\" (左右), which no operator of the format expresses: read as a floor (at least"
                + " 24 million), since the plan's concern is keeping the scale up. Note the goal lies below the 2020"
                + " level, 2573.4万 [PLAN ch.1 §1].\"\n"
                + "skilled_workers,2025,>=,4400000,0.3,4290000,,at risk,annual,expected,2020,4000000,100,技能人才总量,"
                + "\"[PLAN ch.2 §3] 技能人才总量达到1200万人；基期为4745万的20%［PLAN ch.1 §1］。规划的“技能人才”按本工具的"
                + "“技能劳动者”（持有职业资格的就业人员）计算，二者口径不尽相同，详见情景文件的说明与来源注释。\"\n"
                + "sector_share_tertiary,2025,>,0.444,1,0.5,2021,on track,annual,expected,2020,0.444,100,"
                + "第三产业从业人员所占比重,\"[PLAN ch.2 §3] 第三产业从业人员……所占比重不断提高（“不断提高”，无具体数值）：按高于"
                + "2020年的44.4%理解［PLAN ch.1 §1］\"\n"
                + "urbanization_rate,2025,>=,0.5,0.7,0.5,2025,on track,annual,expected,2020,0.45,100,常住人口城镇化率,"
                + "\"[PLAN ch.1 §2 重要机遇] 常住人口城镇化率将由“十三五”末的53%提升到“十四五”末的60%，城镇化进程持续推进，"
                + "为扩大城镇就业提供广阔空间\"\n"
                + "employment_primary,2025,>=,4400000,0,4300000,,off track,annual,expected,2020,4000000,100,第一产业,"
                + "[PLAN box 2] 第一产业就业人员\n"
                + "new_urban_jobs,2024,>=,65000,0.6,65200,2024,at risk,annual,expected,,,100,新增就业,"
                + "\"[OPIN 一(二) item 3] 全市每年新增就业6.5万人以上 (2024, the first of the three years)\"\n"
                + "new_urban_jobs,2025,>=,65000,0.7,66000,2024,on track,annual,expected,,,100,新增就业,"
                + "\"[OPIN 一(二) item 3] 全市每年新增就业6.5万人以上 (2025)\"\n"
                + "new_urban_jobs,2026,>=,65000,0.8,66800,2024,on track,annual,expected,,,100,新增就业,"
                + "\"[OPIN 一(二) item 3] 全市每年新增就业6.5万人以上 (2026, the end of 用三年左右时间)\"\n";
    }

    static SavedResults results(String scenario, RunInfo info, double shift) {
        ScenarioDocument doc = ScenarioDocument.load(Path.of("..", "scenarios", "sichuan", "baseline.yaml"));
        StringBuilder pop = new StringBuilder("year,age,sex,residence,persons\n");
        for (int y : new int[] {2020, 2035}) {
            for (int a = 0; a <= 100; a++) {
                for (String sex : new String[] {"male", "female"}) {
                    for (String res : new String[] {"urban", "rural"}) {
                        pop.append(y).append(',').append(a == 100 ? "100+" : Integer.toString(a)).append(',')
                                .append(sex).append(',').append(res).append(',')
                                .append(200_000 + 1_000 * (a % 37) + (y - 2020) * 50).append('\n');
                    }
                }
            }
        }
        return SavedResults.of(Path.of(scenario), info, indicatorsCsv(scenario, shift), targetsCsv(), pop.toString(),
                null, doc, null);
    }

    /** The print size and a narrow one (a column of a two-column page), where lines break sooner. */
    static final List<ChartSize> SIZES = List.of(ChartSize.PRINT, new ChartSize(12, 9, 200));

    static Stream<Arguments> charts() {
        List<Arguments> out = new ArrayList<>();
        for (ChartSize size : SIZES) {
            charts(size, out);
        }
        return out.stream();
    }

    static void charts(ChartSize size, List<Arguments> out) {
        RunInfo baseInfo = new RunInfo("sichuan-baseline", "Sichuan: baseline (2020 census, 14th Five-Year Plan)",
                "四川省：基准情景（2020年人口普查，“十四五”就业促进规划）", "Sichuan Province", "四川省", "0.1.0-SNAPSHOT",
                100, 10, 20201101L);
        SavedResults plan = results("sichuan-plan-measures", SICHUAN, 0.01);
        SavedResults base = results("sichuan-baseline", baseInfo, 0);
        for (Lang lang : Lang.values()) {
            Messages m = Messages.of(lang);
            List<NamedChart> charts = new ArrayList<>(ChartSet.standard(plan, m, size));
            charts.addAll(ChartSet.comparisons(List.of(base, plan),
                    List.of("四川省基准情景（2020年人口普查）", "四川省规划量化措施情景（叠加职业技能培训与转移就业措施）"),
                    List.of("urbanization_rate", "skilled_workers"), m, size));
            charts.add(ChartSet.tornado(tornado(), m, size));
            charts.addAll(ChartSet.forecasts(plan, List.of(forecast("linear trend (OLS on 2010–2020)"),
                    forecast("damped Holt (ETS(A,Ad,N), AICc)")), m, size));
            ForecastBandsChart.Data f = ForecastBandsChartTest.data(true);
            charts.add(ForecastBandsChart.named(new ForecastBandsChart.Data(SICHUAN, f.indicator(), f.history(),
                    f.forecast(), "damped", "damped trend (ETS(A,Ad,N)), estimated by maximum likelihood",
                    "lowest AICc among naive, linear, logistic, Holt, damped and ARIMA fits with at least 6 points"),
                    m, size));
            for (NamedChart c : charts) {
                out.add(Arguments.of(lang.code() + " " + c.stem() + " " + size.widthCm() + " cm", c));
            }
        }
    }

    static TornadoData tornado() {
        return new TornadoData(SICHUAN, "urbanization_rate", 2035, 0.6, List.of(
                new TornadoData.Row("labour.transfer.base_rate", "0.04", "0.06", 0.58, 0.62),
                new TornadoData.Row("labour.skills.trainees", "100000", "400000", 0.595, 0.603),
                new TornadoData.Row("fertility_scale", "0.8", "1.2", 0.599, 0.601),
                new TornadoData.Row("urbanization.urgd.urban_rural_growth_difference_per_year_after_2025",
                        "0.010", "0.030", 0.57, 0.63)));
    }

    static ForecastSeries forecast(String model) {
        List<ForecastSeries.Point> pts = new ArrayList<>();
        for (int y = 2021; y <= 2035; y++) {
            double p = 0.46 + 0.011 * (y - 2020);
            double w = 0.004 * (y - 2020);
            pts.add(new ForecastSeries.Point(y, p, p - w, p + w, p - 1.5 * w, p + 1.5 * w));
        }
        return new ForecastSeries("urbanization_rate", model, pts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void noTextIsDrawnOutsideTheCanvasOrCutByAClip(String name, NamedChart chart) {
        List<RecordingGraphics.DrawnText> drawn = draw(chart);
        assertFalse(drawn.isEmpty(), "the recorder saw the chart's text");
        List<String> problems = problems(drawn, chart.size().widthPx(), chart.size().heightPx());
        assertTrue(problems.isEmpty(), name + ": " + problems.size() + " texts outside the canvas or cut:\n"
                + String.join("\n", problems));
    }

    /** Texts whose ink leaves the canvas or the clip they were drawn in. */
    static List<String> problems(List<RecordingGraphics.DrawnText> drawn, int widthPx, int heightPx) {
        Rectangle2D canvas = new Rectangle2D.Double(-TOLERANCE_PX, -TOLERANCE_PX, widthPx + 2 * TOLERANCE_PX,
                heightPx + 2 * TOLERANCE_PX);
        List<String> out = new ArrayList<>();
        for (RecordingGraphics.DrawnText t : drawn) {
            Rectangle2D b = t.bounds();
            if (!canvas.contains(b)) {
                out.add(String.format(Locale.ROOT, "outside the %d x %d px canvas at [%.0f, %.0f, %.0f, %.0f]: %s",
                        widthPx, heightPx, b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY(), t.text()));
            } else if (t.clip() != null) {
                Rectangle2D c = t.clip();
                Rectangle2D grown = new Rectangle2D.Double(c.getX() - TOLERANCE_PX, c.getY() - TOLERANCE_PX,
                        c.getWidth() + 2 * TOLERANCE_PX, c.getHeight() + 2 * TOLERANCE_PX);
                if (!grown.contains(b)) {
                    out.add(String.format(Locale.ROOT, "cut by the clip [%.0f, %.0f, %.0f, %.0f] at [%.0f, %.0f, %.0f,"
                            + " %.0f]: %s", c.getMinX(), c.getMinY(), c.getMaxX(), c.getMaxY(), b.getMinX(),
                            b.getMinY(), b.getMaxX(), b.getMaxY(), t.text()));
                }
            }
        }
        return out;
    }

    /** Draws as {@link ChartRenderer#png} does, through a recorder. */
    static List<RecordingGraphics.DrawnText> draw(NamedChart chart) {
        ChartSize size = chart.size();
        BufferedImage image = new BufferedImage(size.widthPx(), size.heightPx(), BufferedImage.TYPE_INT_RGB);
        List<RecordingGraphics.DrawnText> drawn = new ArrayList<>();
        Graphics2D g = new RecordingGraphics(image.createGraphics(), drawn);
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size.widthPx(), size.heightPx());
            ChartRenderer.hints(g);
            g.scale(size.widthPx() / size.widthPt(), size.heightPx() / size.heightPt());
            chart.chart().draw(g, new Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt()));
        } finally {
            g.dispose();
        }
        return drawn;
    }
}
