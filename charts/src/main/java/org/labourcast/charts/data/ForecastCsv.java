package org.labourcast.charts.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.labourcast.InputException;
import org.labourcast.charts.CsvText;
import org.labourcast.charts.ForecastSeries;

/**
 * Reads a forecast file: one row per indicator, model and year, with the point forecast and its 80% and 95%
 * intervals. The header is matched loosely, so files from R's {@code forecast}, Python or the forecasting module all
 * read: case, spaces, '_', '-', '%' and '.' are ignored, columns may come in any order, and extra columns are
 * skipped. Accepted names:
 * <ul>
 *   <li>indicator: {@code indicator}, {@code variable}, {@code series} (optional when the file has one indicator and
 *       the caller names it);</li>
 *   <li>model: {@code model}, {@code method} (optional: "forecast");</li>
 *   <li>year: {@code year}, {@code period}, {@code date} (the first four digits are the year);</li>
 *   <li>point: {@code point}, {@code pointforecast}, {@code mean}, {@code forecast}, {@code median},
 *       {@code value}, {@code fc};</li>
 *   <li>intervals (optional, empty or NA for none): {@code lo80}/{@code lower80}/{@code low80}/{@code l80}/{@code p10},
 *       {@code hi80}/{@code upper80}/{@code high80}/{@code up80}/{@code u80}/{@code p90}, and the same with 95.</li>
 * </ul>
 * Rows with an empty or NA point are skipped. Series come out in the order of their first row.
 */
public final class ForecastCsv {

    private static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

    static {
        ALIASES.put("indicator", List.of("indicator", "variable", "series"));
        ALIASES.put("model", List.of("model", "method"));
        ALIASES.put("year", List.of("year", "period", "date"));
        ALIASES.put("point", List.of("point", "pointforecast", "mean", "forecast", "median", "value", "fc"));
        ALIASES.put("lo80", List.of("lo80", "lower80", "low80", "l80", "p10"));
        ALIASES.put("hi80", List.of("hi80", "upper80", "high80", "up80", "u80", "p90"));
        ALIASES.put("lo95", List.of("lo95", "lower95", "low95", "l95"));
        ALIASES.put("hi95", List.of("hi95", "upper95", "high95", "up95", "u95"));
    }

    private ForecastCsv() {
    }

    /** Reads a file. @throws InputException if it is missing, unreadable or lacks a required column */
    public static List<ForecastSeries> read(Path file, String defaultIndicator) {
        String text;
        try {
            text = verifiedIfListed(file);
            if (text == null) {
                text = Files.readString(file, StandardCharsets.UTF_8);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(null, "--forecast", "forecast file '" + file + "' does not exist");
        } catch (IOException e) {
            throw new InputException(null, "--forecast", "cannot read forecast file '" + file + "': " + e.getMessage());
        }
        try {
            return parse(text, defaultIndicator);
        } catch (IllegalArgumentException e) {
            throw new InputException(null, "--forecast", file + ": " + e.getMessage(),
                    "columns: indicator, model, year, point, lo80, hi80, lo95, hi95");
        }
    }

    /**
     * The file's text when it lies in a folder whose {@code manifest.json} lists it (as {@code labourcast forecast}
     * writes it): checked against the manifest's SHA-256 like every results file, so a forecast cut short or edited
     * since is refused. Null for a file without such a manifest (a forecast made by hand or by another tool).
     */
    private static String verifiedIfListed(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            SavedResults.Listed listed = SavedResults.readIfListed(file);
            return listed == null ? null : listed.text();
        } catch (InputException e) {
            throw new InputException(null, "--forecast", e.problem(), e.hint());
        }
    }

    /**
     * Parses CSV text.
     *
     * @param defaultIndicator the indicator when the file has no indicator column (may be null)
     * @throws IllegalArgumentException for a missing required column or a bad number
     */
    public static List<ForecastSeries> parse(String text, String defaultIndicator) {
        List<List<String>> rows = CsvText.parse(text);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the file is empty");
        }
        Map<String, Integer> col = columns(rows.get(0));
        for (String required : List.of("year", "point")) {
            if (!col.containsKey(required)) {
                throw new IllegalArgumentException("no '" + required + "' column (accepted: "
                        + String.join(", ", ALIASES.get(required)) + ")");
            }
        }
        if (!col.containsKey("indicator") && (defaultIndicator == null || defaultIndicator.isBlank())) {
            throw new IllegalArgumentException("no 'indicator' column (accepted: "
                    + String.join(", ", ALIASES.get("indicator")) + ")");
        }
        Map<String, List<ForecastSeries.Point>> series = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = r + 1;
            double point = number(cell(row, col, "point"), line, "point");
            if (Double.isNaN(point)) {
                continue;
            }
            String indicator = col.containsKey("indicator") ? cell(row, col, "indicator").trim() : defaultIndicator;
            String model = col.containsKey("model") ? cell(row, col, "model").trim() : "forecast";
            if (model.isEmpty()) {
                model = "forecast";
            }
            String yearText = cell(row, col, "year").trim();
            if (yearText.length() < 4 || !yearText.substring(0, 4).chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("line " + line + ": year '" + yearText + "' is not a year");
            }
            int year = Integer.parseInt(yearText.substring(0, 4));
            series.computeIfAbsent(indicator + "\u0000" + model, k -> new ArrayList<>()).add(new ForecastSeries.Point(
                    year, point, number(cell(row, col, "lo80"), line, "lo80"), number(cell(row, col, "hi80"), line, "hi80"),
                    number(cell(row, col, "lo95"), line, "lo95"), number(cell(row, col, "hi95"), line, "hi95")));
        }
        List<ForecastSeries> out = new ArrayList<>();
        series.forEach((key, points) -> {
            String[] parts = key.split("\u0000", 2);
            List<ForecastSeries.Point> sorted = new ArrayList<>(points);
            sorted.sort((a, b) -> Integer.compare(a.year(), b.year()));
            out.add(new ForecastSeries(parts[0], parts[1], sorted));
        });
        return out;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalize(header.get(i));
            for (Map.Entry<String, List<String>> e : ALIASES.entrySet()) {
                if (e.getValue().contains(name) && !col.containsKey(e.getKey())) {
                    col.put(e.getKey(), i);
                }
            }
        }
        return col;
    }

    static String normalize(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-%.\"]", "");
    }

    private static String cell(List<String> row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= row.size() ? "" : row.get(i);
    }

    private static double number(String s, int line, String column) {
        String t = s.trim();
        if (t.isEmpty() || t.equalsIgnoreCase("NA") || t.equalsIgnoreCase("NaN") || t.equalsIgnoreCase("null")) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + line + ": " + column + " '" + t + "' is not a number");
        }
    }
}
