package org.labourcast.charts.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labourcast.InputException;
import org.labourcast.charts.CsvText;
import org.labourcast.charts.TargetResult;

/**
 * The report's extra tables read back from a results folder: {@code target_drivers.csv} (what moves each target's
 * probability) and {@code actuals_summary.csv} (how good the projection's bands were against what happened). Both
 * are optional; a folder without them gives empty tables. Like every file of a results folder, each is checked
 * against the folder's manifest ({@link SavedResults#read}). Stateless.
 */
public final class ReviewTables {
    /** A source's share of a target's projected-value variance (a row of target_drivers.csv). */
    public record Driver(String source, double share) {
    }

    /** A row of actuals_summary.csv; NaN where the file has an empty cell. */
    public record Score(String indicator, int actuals, double inBand80, double inBand90, double crps,
                        double crpsLastValue, double crpsLinearTrend, double skillLastValue,
                        double skillLinearTrend) {
    }

    private ReviewTables() {
    }

    /**
     * Each target's drivers, largest share first, keyed as {@link #key(TargetResult)}; empty when the folder has no
     * target_drivers.csv.
     *
     * @throws InputException if the file is malformed
     */
    public static Map<String, List<Driver>> targetDrivers(Path dir) {
        String text = SavedResults.optionalVerifiedText(dir.resolve("target_drivers.csv"));
        Map<String, List<Driver>> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try {
            List<List<String>> rows = CsvText.parse(text);
            Map<String, Integer> col = SavedResults.header(rows, "target_drivers.csv", "indicator", "year",
                    "operator", "target", "kind", "source", "share");
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                String key = key(SavedResults.get(row, col, "indicator"),
                        SavedResults.parseInt(SavedResults.get(row, col, "year"), "target_drivers.csv", r),
                        SavedResults.get(row, col, "operator"),
                        SavedResults.parseDouble(SavedResults.get(row, col, "target"), "target_drivers.csv", r),
                        SavedResults.get(row, col, "kind"));
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(new Driver(SavedResults.get(row, col, "source"),
                        SavedResults.parseDouble(SavedResults.get(row, col, "share"), "target_drivers.csv", r)));
            }
        } catch (IllegalArgumentException e) {
            throw new InputException(null, "RESULTS_DIR", "cannot read the results in '" + dir + "': "
                    + e.getMessage());
        }
        out.values().forEach(l -> l.sort((a, b) -> Double.compare(b.share(), a.share())));
        return out;
    }

    /** The key of a target in {@link #targetDrivers}. */
    public static String key(TargetResult t) {
        return key(t.indicator(), t.year(), t.operator(), t.target(), t.kind());
    }

    private static String key(String indicator, int year, String operator, double target, String kind) {
        return indicator + "|" + year + "|" + operator + "|" + target + "|" + kind;
    }

    /**
     * The rows of actuals_summary.csv (the {@code all} row last), or empty without the file.
     *
     * @throws InputException if the file is malformed
     */
    public static List<Score> actualsSummary(Path dir) {
        String text = SavedResults.optionalVerifiedText(dir.resolve("actuals_summary.csv"));
        List<Score> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try {
            List<List<String>> rows = CsvText.parse(text);
            Map<String, Integer> col = SavedResults.header(rows, "actuals_summary.csv", "indicator", "actuals",
                    "in_band_80", "in_band_90", "crps", "crps_last_value", "crps_linear_trend", "skill_last_value",
                    "skill_linear_trend");
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                out.add(new Score(SavedResults.get(row, col, "indicator"),
                        SavedResults.parseInt(SavedResults.get(row, col, "actuals"), "actuals_summary.csv", r),
                        number(row, col, "in_band_80", r), number(row, col, "in_band_90", r),
                        number(row, col, "crps", r), number(row, col, "crps_last_value", r),
                        number(row, col, "crps_linear_trend", r), number(row, col, "skill_last_value", r),
                        number(row, col, "skill_linear_trend", r)));
            }
        } catch (IllegalArgumentException e) {
            throw new InputException(null, "RESULTS_DIR", "cannot read the results in '" + dir + "': "
                    + e.getMessage());
        }
        return out;
    }

    private static double number(List<String> row, Map<String, Integer> col, String name, int r) {
        String s = SavedResults.get(row, col, name);
        return s.isEmpty() ? Double.NaN : SavedResults.parseDouble(s, "actuals_summary.csv", r);
    }
}
