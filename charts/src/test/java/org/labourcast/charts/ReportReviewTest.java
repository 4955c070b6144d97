package org.labourcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.charts.data.SavedResults;
import org.labourcast.charts.report.Report;

/** The scorecard's basis and interval, the report's drivers and "How good were past projections". */
class ReportReviewTest {
    static final String TARGETS = "indicator,year,operator,target,probability,median,median_first_year_met,status,"
            + "kind,nature,base_year,base_value,runs,label,source,basis,basis_input,probability_low,probability_high\n"
            + "urbanization_rate,2025,>=,0.6,1,0.6,2025,on track,annual,expected,2020,0.5,20,,Plan,input,"
            + "rural_urban_move.urbanization_path,0.838874841947,1\n"
            + "skilled_workers,2024,>=,400000,0.3,340000,,at risk,annual,expected,,,20,,Plan table 1,projected,,"
            + "0.145476,0.519053\n";

    @Test
    void scorecardShowsTheWilsonIntervalAndTheBasis() {
        SavedResults r = SavedResults.of(Path.of("x"), Fixtures.INFO, Fixtures.indicatorsCsv(), TARGETS, null, null,
                null, null);
        List<TargetScorecard.Row> rows = new TargetScorecard(Fixtures.INFO, r.targets(), Messages.of(Lang.EN)).rows();
        assertEquals("100% (84%–100%)", rows.get(0).probability());
        assertEquals("fixed by input", rows.get(0).basis());
        assertEquals("30% (15%–52%)", rows.get(1).probability());
        assertEquals("projected", rows.get(1).basis());
        assertEquals("由输入决定", new TargetScorecard(Fixtures.INFO, r.targets(), Messages.of(Lang.ZH)).rows().get(0)
                .basis());
    }

    @Test
    void reportListsEachTargetsMainDriversAndThePastProjectionsScores(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("target_drivers.csv"), "indicator,year,operator,target,kind,source,share\n"
                + "skilled_workers,2024,>=,400000,annual,policy,0.25\n"
                + "skilled_workers,2024,>=,400000,annual,economic,0.6\n"
                + "skilled_workers,2024,>=,400000,annual,fertility,0.05\n"
                + "skilled_workers,2024,>=,400000,annual,sampling,0.1\n");
        Files.writeString(dir.resolve("actuals_summary.csv"), "indicator,actuals,in_band_80,in_band_90,crps,"
                + "crps_last_value,crps_linear_trend,skill_last_value,skill_linear_trend\n"
                + "urbanization_rate,4,0.75,1,0.004,0.02,0.005,0.8,0.2\n"
                + "all,4,0.75,1,,,,0.8,0.2\n");
        SavedResults r = SavedResults.of(dir, Fixtures.INFO, Fixtures.indicatorsCsv(), TARGETS, null, null, null,
                null);
        Report.Files en = Report.build(List.of(r), Messages.of(Lang.EN), new ChartSize(16, 10, 72));
        assertTrue(en.markdown().contains("economic growth 60%, policy effects 25%, agents' chance and interactions"
                + " 10%"), en.markdown());
        assertFalse(en.markdown().contains("fertility 5%"), "a source under 10% is left out");
        assertTrue(en.markdown().contains("fixed by input: urban\\_transfer.urbanization\\_path"));
        assertTrue(en.markdown().contains("## How good were past projections"));
        assertTrue(en.markdown().contains("| All actuals | 4 | 75% | 100% | – | – | – | +0.80 | +0.20 |"),
                en.markdown());
        Report.Files zh = Report.build(List.of(r), Messages.of(Lang.ZH), new ChartSize(16, 10, 72));
        assertTrue(zh.markdown().contains("## 以往预测的准确性"));
        // Without the files the section is left out.
        SavedResults bare = SavedResults.of(dir.resolve("none"), Fixtures.INFO, Fixtures.indicatorsCsv(), TARGETS,
                null, null, null, null);
        assertFalse(Report.build(List.of(bare), Messages.of(Lang.EN), new ChartSize(16, 10, 72)).markdown()
                .contains("How good were past projections"));
    }
}
