package org.labourcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.labourcast.charts.report.ChartSet;

class FanChartTest {

    private final JFreeChart en = ChartSet.fan(Fixtures.results(), "urbanization_rate", Messages.of(Lang.EN),
            ChartSize.PRINT).chart() instanceof JFreeChart c ? c : null;

    @Test
    void bandsAreP10P90AndP05P95LabelledAs80And90PercentOfRuns() {
        XYPlot plot = en.getXYPlot();
        YIntervalSeriesCollection b90 = (YIntervalSeriesCollection) plot.getDataset(FanChart.BAND90);
        YIntervalSeriesCollection b80 = (YIntervalSeriesCollection) plot.getDataset(FanChart.BAND80);
        assertEquals("90% of runs (p05\u2013p95)", b90.getSeriesKey(0));
        assertEquals("80% of runs (p10\u2013p90)", b80.getSeriesKey(0));
        assertEquals(6, b80.getItemCount(0));
        // 2023: median 0.56, p10/p90 0.55/0.57, p05/p95 0.54/0.58
        assertEquals(2023, b80.getXValue(0, 3));
        assertEquals(0.55, b80.getStartYValue(0, 3), 1e-12);
        assertEquals(0.57, b80.getEndYValue(0, 3), 1e-12);
        assertEquals(0.54, b90.getStartYValue(0, 3), 1e-12);
        assertEquals(0.58, b90.getEndYValue(0, 3), 1e-12);
        XYDataset median = plot.getDataset(FanChart.CENTRAL);
        assertEquals("Median of 20 runs", median.getSeriesKey(0));
        assertEquals(0.56, median.getYValue(0, 3), 1e-12);
    }

    @Test
    void historyIsThePlansBaseYearValueAndTheTargetAMarkedDiamond() {
        XYPlot plot = en.getXYPlot();
        XYDataset history = plot.getDataset(FanChart.HISTORY);
        assertEquals(1, history.getItemCount(0));
        assertEquals(2020, history.getXValue(0, 0));
        assertEquals(0.5, history.getYValue(0, 0));
        XYDataset targets = plot.getDataset(FanChart.TARGETS);
        assertEquals(0, targets.getItemCount(0), "no binding target");
        assertEquals(1, targets.getItemCount(1), "one expected target (hollow diamond)");
        assertEquals(2025, targets.getXValue(1, 0));
        assertEquals(0.6, targets.getYValue(1, 0));
        assertEquals(List.of("\u2265 60% (2025 target)"), labels(plot));
        assertEquals(1, plot.getRangeMarkers(Layer.BACKGROUND).size(), "dashed reference line at the target");
    }

    @Test
    void legendGivesTheShareOfRunsMeetingTheTarget() {
        LegendItemCollection legend = en.getXYPlot().getFixedLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            labels.add(legend.get(i).getLabel());
        }
        assertEquals(List.of("Median of 20 runs", "80% of runs (p10\u2013p90)", "90% of runs (p05\u2013p95)",
                "Plan base-year value", "Expected target \u2265 60% in 2025: met in 75% of 20 runs"), labels);
    }

    @Test
    void chineseChartTakesEveryTextFromTheCatalogue() {
        JFreeChart zh = FanChart.build(ChartSet.fanData(Fixtures.results(), "urbanization_rate"), Messages.of(Lang.ZH));
        assertEquals("测试市：常住人口城镇化率", zh.getTitle().getText());
        assertEquals("常住人口城镇化率（%）", zh.getXYPlot().getRangeAxis().getLabel());
        assertEquals("年份", zh.getXYPlot().getDomainAxis().getLabel());
        LegendItemCollection legend = zh.getXYPlot().getFixedLegendItems();
        assertEquals("20次模拟的中位数", legend.get(0).getLabel());
        assertEquals("预期性目标 2025年 \u2265 60%：20次模拟中75%达到", legend.get(4).getLabel());
        assertEquals(List.of("\u2265 60%（2025年目标）"), labels(zh.getXYPlot()));
    }

    /** The fixture's results with this targets.csv. */
    private static org.labourcast.charts.data.SavedResults withTargets(String targets) {
        return org.labourcast.charts.data.SavedResults.of(java.nio.file.Path.of("x"), Fixtures.INFO,
                Fixtures.indicatorsCsv(), targets, null, null, null, null);
    }

    static List<String> labels(XYPlot plot) {
        List<String> out = new ArrayList<>();
        plot.getAnnotations().forEach(a -> out.addAll(((TargetLabels.Labels) a).texts()));
        return out;
    }

    /**
     * A target the scenario's input decides (targets.csv basis "input") says so in the legend, with the field, in
     * both languages, as the command line does; a projected one does not.
     */
    @Test
    void aTargetFixedByInputSaysSoInTheLegend() {
        String targets = "indicator,year,operator,target,probability,median,median_first_year_met,status,kind,nature,"
                + "base_year,base_value,runs,label,source,basis,basis_input,probability_low,probability_high\n"
                + "skilled_workers,2025,<=,0,1,0,2021,on track,annual,expected,,,20,,[PLAN],input,"
                + "labour.households.zero_employment_help,0.84,1\n";
        org.labourcast.charts.data.SavedResults r = withTargets(targets);
        for (Lang lang : Lang.values()) {
            LegendItemCollection legend = FanChart.build(ChartSet.fanData(r, "skilled_workers"), Messages.of(lang))
                    .getXYPlot().getFixedLegendItems();
            assertEquals(lang == Lang.EN ? "Expected target \u2264 0 in 2025: met in 100% of 20 runs, fixed by input"
                    + " labour.households.zero_employment_help (not projected)"
                    : "预期性目标 2025年 \u2264 0万：20次模拟中100%达到，由输入 labour.households.zero_employment_help"
                    + " 决定（非模型预测）", legend.get(legend.getItemCount() - 1).getLabel());
        }
        assertFalse(en.getXYPlot().getFixedLegendItems().get(4).getLabel().contains("input"));
    }

    /** Xuzhou's new jobs: ≥ 65,000 in each of 2024–2026, the last binding here to show the two marks. */
    @Test
    void aRunOfEqualAnnualTargetsHasOneLabelAndBindingTargetsAreFilled() {
        String targets = "indicator,year,operator,target,probability,median,median_first_year_met,status,kind,nature,"
                + "base_year,base_value,runs,label,source\n"
                + "skilled_workers,2021,>=,65000,0.6,66000,,at risk,annual,expected,,,20,,[OPIN] item 3\n"
                + "skilled_workers,2022,>=,65000,0.7,66000,,on track,annual,expected,,,20,,[OPIN] item 3\n"
                + "skilled_workers,2023,>=,65000,0.8,66000,,on track,annual,expected,,,20,,[OPIN] item 3\n"
                + "skilled_workers,2025,>=,400000,0.3,340000,,at risk,annual,binding,,,20,,Plan table 1\n";
        org.labourcast.charts.data.SavedResults r = withTargets(targets);
        for (Lang lang : Lang.values()) {
            JFreeChart c = FanChart.build(ChartSet.fanData(r, "skilled_workers"), Messages.of(lang));
            XYPlot plot = c.getXYPlot();
            List<String> expected = lang == Lang.EN
                    ? List.of("\u2265 65,000 a year 2021\u20132023", "\u2265 400,000 (2025 target)")
                    : List.of("每年\u2265 6.5万（2021—2023年）", "\u2265 40万（2025年目标）");
            assertEquals(expected, labels(plot), "one label for the run, one for the other target");
            assertEquals(2, plot.getRangeMarkers(Layer.BACKGROUND).size(), "one reference line per value");
            XYDataset d = plot.getDataset(FanChart.TARGETS);
            assertEquals(1, d.getItemCount(0), "binding: filled");
            assertEquals(3, d.getItemCount(1), "expected: hollow, a diamond per year");
            LegendItemCollection legend = plot.getFixedLegendItems();
            String run = legend.get(legend.getItemCount() - 2).getLabel();
            String binding = legend.get(legend.getItemCount() - 1).getLabel();
            assertEquals(lang == Lang.EN ? "Expected target \u2265 65,000 a year 2021\u20132023: met in 60%\u201380% of"
                    + " 20 runs, by year" : "预期性目标 2021—2023年每年 \u2265 6.5万：20次模拟中60%—80%达到（因年份而异）", run);
            assertTrue(binding.startsWith(lang == Lang.EN ? "Binding target" : "约束性目标"), binding);
            assertTrue(legend.get(legend.getItemCount() - 1).isShapeFilled(), "binding legend mark filled");
            assertFalse(legend.get(legend.getItemCount() - 2).isShapeFilled(), "expected legend mark hollow");
        }
    }

    @Test
    void sourceNoteNamesToolScenarioRunsAndTargetSource() {
        TextTitle note = (TextTitle) en.getSubtitle(0);
        assertEquals("Source: labourcast 9.9, scenario test-scenario; agent-based labour model aligned to a "
                + "cohort-component projection, 20 Monte Carlo runs, one agent per 10 persons, seed 42; base-year "
                + "values from the plan; target: Plan ch.1, \u00a72", note.getText());
    }

    @Test
    void yearTicksAreIntegersAndSharesArePercentages() {
        en.createBufferedImage(800, 500);
        NumberTickUnit year = ((NumberAxis) en.getXYPlot().getDomainAxis()).getTickUnit();
        assertEquals(Math.rint(year.getSize()), year.getSize());
        assertEquals("2020", year.valueToString(2020));
        NumberAxis value = (NumberAxis) en.getXYPlot().getRangeAxis();
        assertEquals("Urbanization rate of residents (%)", value.getLabel());
        assertTrue(value.getTickUnit().valueToString(0.55).endsWith("%"));
    }

    @Test
    void personsAreGroupedInEnglishAndIn10000sInChinese() {
        JFreeChart zh = FanChart.build(ChartSet.fanData(Fixtures.results(), "skilled_workers"), Messages.of(Lang.ZH));
        NumberAxis axis = (NumberAxis) zh.getXYPlot().getRangeAxis();
        assertEquals("技能劳动者（万人）", axis.getLabel());
        assertEquals("35", ((NumberTickUnit) axis.getStandardTickUnits().getCeilingTickUnit(50_000))
                .valueToString(350_000));
        JFreeChart en2 = FanChart.build(ChartSet.fanData(Fixtures.results(), "skilled_workers"), Messages.of(Lang.EN));
        NumberAxis enAxis = (NumberAxis) en2.getXYPlot().getRangeAxis();
        assertEquals("350,000", ((NumberTickUnit) enAxis.getStandardTickUnits().getCeilingTickUnit(50_000))
                .valueToString(350_000));
        assertEquals(List.of("\u2265 40万（2024年目标）"), labels(zh.getXYPlot()));
    }

    @Test
    void aDeterministicRunHasAProjectionLineAndNoBands() {
        String csv = "scenario,indicator,year,stat,value\ns,urbanization_rate,2020,value,0.5\n"
                + "s,urbanization_rate,2021,value,0.52\n";
        RunInfo info = new RunInfo("s", null, null, null, null, "1", 1, null, null);
        var r = org.labourcast.charts.data.SavedResults.of(java.nio.file.Path.of("x"), info, csv, null, null, null,
                null, null);
        JFreeChart c = FanChart.build(ChartSet.fanData(r, "urbanization_rate"), Messages.of(Lang.EN));
        assertEquals(0, c.getXYPlot().getDataset(FanChart.BAND80).getSeriesCount());
        assertEquals("Projection", c.getXYPlot().getFixedLegendItems().get(0).getLabel());
        assertFalse(((TextTitle) c.getSubtitle(0)).getText().contains("Monte Carlo"));
    }
}
