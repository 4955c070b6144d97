package org.labourcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.xy.TableXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.labourcast.charts.data.SavedResults;
import org.labourcast.charts.report.ChartSet;

/** The pyramid, sector, comparison, tornado, forecast and scorecard charts: their data and structure. */
class ChartSetTest {
    private final Messages en = Messages.of(Lang.EN);
    private final SavedResults r = Fixtures.results();

    @Test
    void standardSetHasAFanPerTargetedIndicatorThenPyramidSectorsAndScorecard() {
        List<String> stems = ChartSet.standard(r, en, ChartSize.PRINT).stream().map(NamedChart::stem).toList();
        assertEquals(List.of("urbanization_rate", "skilled_workers", "employment_primary", "population_pyramid",
                "employment_structure", "target_scorecard"), stems, "cumulative targets get no fan chart");
    }

    @Test
    void pyramidGroupsAgesMenNegativeUrbanNextToTheAxisAndMarksWorkingAge() {
        PyramidData d = new PyramidData(Fixtures.INFO, r.population(), 2020, 2025, 5, new int[] {15, 59});
        assertEquals(List.of(0, 5, 9), java.util.Arrays.stream(d.groupStarts()).boxed().toList(), "0-4, 5-8, 9+");
        double expected = 0;
        for (int a = 0; a <= 4; a++) {
            expected += Fixtures.persons(2025, a, 1, 0);
        }
        assertEquals(expected, d.persons(2025, 0, PopulationTable.FEMALE, PopulationTable.URBAN));
        assertEquals(Fixtures.persons(2020, 9, 0, 1), d.persons(2020, 9, PopulationTable.MALE, PopulationTable.RURAL));

        JFreeChart c = PopulationPyramid.build(d, en);
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) c.getPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        List<XYPlot> subs = plot.getSubplots();
        assertEquals(2, subs.size(), "two years side by side");
        TableXYDataset data = (TableXYDataset) subs.get(1).getDataset();
        assertEquals("Male, urban", data.getSeriesKey(PopulationPyramid.MALE_URBAN));
        assertEquals("Female, rural", data.getSeriesKey(PopulationPyramid.FEMALE_RURAL));
        assertEquals(2.5, data.getXValue(0, 0), "group 0-4 centred at 2.5");
        double maleUrban = 0;
        for (int a = 0; a <= 4; a++) {
            maleUrban += Fixtures.persons(2025, a, 0, 0);
        }
        assertEquals(-maleUrban, data.getYValue(PopulationPyramid.MALE_URBAN, 0), "men to the left");
        List<Double> bounds = new ArrayList<>();
        for (Object m : subs.get(0).getDomainMarkers(Layer.FOREGROUND)) {
            bounds.add(((ValueMarker) m).getValue());
        }
        assertEquals(List.of(15.0, 60.0), bounds, "working age 15-59: lines at 15 and 60");
        assertEquals("Working age 15\u201359", plot.getFixedLegendItems().get(4).getLabel());
        assertEquals(subs.get(0).getRangeAxis().getRange(), subs.get(1).getRangeAxis().getRange(), "same scale");
    }

    @Test
    void sectorSharesSumToOneAndTargetsAreInTheLegend() {
        SectorData d = new SectorData(Fixtures.INFO, r.indicator("employment_primary"),
                r.indicator("employment_secondary"), r.indicator("employment_tertiary"),
                new java.util.TreeMap<>(java.util.Map.of(2015, new double[] {0.43, 0.22, 0.35})), r.targets());
        double[] s2020 = d.projectedShares().get(2020);
        assertEquals(1.0, s2020[0] + s2020[1] + s2020[2], 1e-12);
        assertEquals(600_000 / 1_600_000.0, s2020[0], 1e-12);
        JFreeChart c = SectorStructureChart.build(d, en);
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) c.getPlot();
        XYPlot shares = (XYPlot) plot.getSubplots().get(0);
        TableXYDataset projected = (TableXYDataset) shares.getDataset(0);
        assertEquals("Primary", projected.getSeriesKey(0));
        assertEquals(6, projected.getItemCount());
        TableXYDataset past = (TableXYDataset) shares.getDataset(1);
        assertEquals(2015, past.getXValue(0, 0));
        assertEquals(0.43, past.getYValue(0, 0));
        List<String> legend = labels(plot.getFixedLegendItems());
        assertTrue(legend.contains("2015, plan figure"), legend.toString());
        assertTrue(legend.contains("Primary: expected target \u2265 700,000 in 2025, met in 0% of 20 runs"), legend.toString());
    }

    @Test
    void comparisonDrawsEachScenariosMedianAndBand() {
        RunInfo other = new RunInfo("reform", "Reform", "改革情景", "Testville", "测试市", "9.9", 20, 10, 42L);
        SavedResults second = SavedResults.of(java.nio.file.Path.of("b"), other,
                Fixtures.indicatorsCsv().replace("test-scenario", "reform"), null, null, null, null, null);
        List<NamedChart> charts = ChartSet.comparisons(List.of(r, second), List.of("skilled_workers"), en,
                ChartSize.PRINT);
        assertEquals(1, charts.size());
        assertEquals("compare_skilled_workers", charts.get(0).stem());
        XYPlot plot = ((JFreeChart) charts.get(0).chart()).getXYPlot();
        assertEquals("Test scenario, 80% of runs", plot.getDataset(0).getSeriesKey(0), "named by title, not id");
        assertEquals("Reform, median", plot.getDataset(3).getSeriesKey(0));
        assertEquals(List.of("Test scenario, median", "Test scenario, 80% of runs", "Reform, median",
                "Reform, 80% of runs", "Expected target \u2265 400,000 in 2024"), labels(plot.getFixedLegendItems()),
                "the target's mark explained");
        assertEquals(List.of("\u2265 400,000 (2024 target)"), FanChartTest.labels(plot), "the target, once");
        // In Chinese the Chinese title; a closing parenthesis of detail is left to the report.
        XYPlot zh = ((JFreeChart) ChartSet.comparisons(List.of(r, second), List.of("skilled_workers"),
                Messages.of(Lang.ZH), ChartSize.PRINT).get(0).chart()).getXYPlot();
        assertEquals("改革情景，中位数", zh.getDataset(3).getSeriesKey(0));
    }

    @Test
    void comparisonLegendsTellApartResultsOfOneTitle() {
        RunInfo a = new RunInfo("a", "Leshan: skills first (training to the 40万 target)", "乐山市：技能优先情景（培训）",
                "Leshan", "乐山市", "9.9", 20, 10, 42L);
        RunInfo b = new RunInfo("b", "Leshan: skills first (another reading)", "乐山市：技能优先情景（另一种）", "Leshan",
                "乐山市", "9.9", 20, 10, 42L);
        SavedResults ra = SavedResults.of(java.nio.file.Path.of("a"), a,
                Fixtures.indicatorsCsv().replace("test-scenario", "a"), null, null, null, null, null);
        SavedResults rb = SavedResults.of(java.nio.file.Path.of("b"), b,
                Fixtures.indicatorsCsv().replace("test-scenario", "b"), null, null, null, null, null);
        assertEquals(List.of("Leshan: skills first [a]", "Leshan: skills first [b]"),
                ChartSet.legendNames(List.of(ra, rb), List.of("a", "b"), Lang.EN));
        assertEquals(List.of("乐山市：技能优先情景 [a]", "乐山市：技能优先情景 [b]"),
                ChartSet.legendNames(List.of(ra, rb), List.of("a", "b"), Lang.ZH));
    }

    @Test
    void tornadoSortsBySwingAndDrawsBarsFromTheBaseline() {
        TornadoData d = new TornadoData(Fixtures.INFO, "surveyed_unemployment_rate", 2030, 0.05, List.of(
                new TornadoData.Row("matching efficiency", "0.6", "1.0", 0.055, 0.046),
                new TornadoData.Row("transfer base rate", "0.03", "0.07", 0.049, 0.052),
                new TornadoData.Row("separation rate", "0.03", "0.06", 0.040, 0.065)));
        assertEquals(List.of("separation rate", "matching efficiency", "transfer base rate"),
                d.sorted().stream().map(TornadoData.Row::parameter).toList());
        JFreeChart c = TornadoChart.build(d, en);
        CategoryPlot plot = c.getCategoryPlot();
        IntervalCategoryDataset data = (IntervalCategoryDataset) plot.getDataset();
        assertEquals("separation rate (low 0.03, high 0.06)", data.getColumnKey(0), "unknown: as written");
        assertEquals(0.040, data.getStartValue(0, 0).doubleValue(), 1e-12, "low setting: from 0.040 ...");
        assertEquals(0.05, data.getEndValue(0, 0).doubleValue(), 1e-12, "... to the baseline");
        assertEquals(0.05, data.getStartValue(1, 0).doubleValue(), 1e-12, "high setting: from the baseline ...");
        assertEquals(0.065, data.getEndValue(1, 0).doubleValue(), 1e-12);
        assertEquals(0.05, ((ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next()).getValue());
        assertEquals("Sensitivity of Urban surveyed unemployment rate", c.getTitle().getText());
        c.createBufferedImage(800, 500); // lays the axis out
        org.jfree.data.Range axis = plot.getRangeAxis().getRange();
        assertTrue(axis.getLowerBound() > 0.03 && axis.getUpperBound() < 0.08, "fitted to 4%-6.5%, not from 0: " + axis);
    }

    @Test
    void tornadoRowsAreNamedFromTheCatalogueWithTheirSettings() {
        TornadoData d = new TornadoData(Fixtures.INFO, "skilled_workers", 2025, 350_000, List.of(
                new TornadoData.Row("labour.skills.trainees", "10000", "40000", 340_000, 362_000)));
        CategoryPlot en = TornadoChart.build(d, this.en).getCategoryPlot();
        assertEquals("Subsidised trainees a year (low 10,000, high 40,000)",
                ((IntervalCategoryDataset) en.getDataset()).getColumnKey(0));
        CategoryPlot zh = TornadoChart.build(d, Messages.of(Lang.ZH)).getCategoryPlot();
        assertEquals("每年补贴性职业技能培训人数（低值 10,000，高值 40,000）",
                ((IntervalCategoryDataset) zh.getDataset()).getColumnKey(0));
    }

    @Test
    void tornadoTablesReadBack() {

        List<TornadoData> read = TornadoData.readTables("indicator,year,baseline,parameter,low_setting,high_setting,"
                + "outcome_low,outcome_high\nskilled_workers,2025,350000,trainees,10000,30000,340000,362000\n", Fixtures.INFO);
        assertEquals(1, read.size());
        assertEquals(22_000, read.get(0).rows().get(0).swing(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> TornadoData.readTables("parameter\nx\n", Fixtures.INFO));
    }

    @Test
    void scorecardRowsInBothLanguages() {
        TargetScorecard card = new TargetScorecard(Fixtures.INFO, r.targets(), en);
        List<TargetScorecard.Row> rows = card.rows();
        assertEquals(4, rows.size());
        assertEquals(new TargetScorecard.Row("Urbanization rate of residents", "\u2265 60% in 2025", "60.0%", "75%",
                "On track", "on_track", 0.75, "projected", "projected", Double.NaN, Double.NaN), rows.get(0));
        assertEquals("At risk", rows.get(1).status());
        assertEquals("New urban jobs (five-year total)", rows.get(3).indicator());
        TargetScorecard zh = new TargetScorecard(Fixtures.INFO, r.targets(), Messages.of(Lang.ZH));
        assertEquals(new TargetScorecard.Row("技能劳动者", "2024年 \u2265 40万", "34万", "30%", "存在风险", "at_risk", 0.3,
                        "模型预测", "projected", Double.NaN, Double.NaN),
                zh.rows().get(1));
        assertEquals("测试市：规划目标", zh.title());
        TargetScorecard one = new TargetScorecard(Fixtures.INFO, r.targets().subList(0, 1), en);
        assertTrue(card.heightCm(16) > one.heightCm(16), "grows with its rows");
    }

    @Test
    void forecastChartShowsEachModelsIntervalsBesideTheScenario() {
        List<ForecastSeries> f = org.labourcast.charts.data.ForecastCsv.parse(
                "indicator,model,year,point,lo80,hi80,lo95,hi95\n"
                        + "skilled_workers,ets,2024,330000,320000,340000,310000,350000\n"
                        + "skilled_workers,ets,2025,335000,322000,348000,311000,359000\n"
                        + "skilled_workers,arima,2025,338000,NA,NA,,\n", null);
        List<NamedChart> charts = ChartSet.forecasts(r, f, en, ChartSize.PRINT);
        assertEquals(List.of("forecast_skilled_workers"), charts.stream().map(NamedChart::stem).toList());
        XYPlot plot = ((JFreeChart) charts.get(0).chart()).getXYPlot();
        List<String> legend = labels(plot.getFixedLegendItems());
        assertEquals(List.of("Scenario median", "Scenario, 90% of runs (p05\u2013p95)", "ets forecast",
                "ets, 80% interval", "ets, 95% interval", "arima forecast", "arima, 80% interval", "arima, 95% interval"),
                legend);
        XYDataset b95 = plot.getDataset(1);
        assertEquals(310000, ((org.jfree.data.xy.IntervalXYDataset) b95).getStartYValue(0, 0));
    }

    private static List<String> labels(LegendItemCollection items) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }
}
