package org.labourcast.charts;

import java.util.Comparator;
import java.util.List;

/**
 * Input of a sensitivity (tornado) chart: how one outcome — an indicator in a year — moves when each parameter in
 * turn is set to a low and a high value, the others staying at baseline. Sweeps (issue 7) produce it; it can also be
 * read from a CSV with {@link #parseCsv}.
 *
 * @param indicator the outcome's indicator, e.g. {@code surveyed_unemployment_rate}
 * @param year      the outcome's year
 * @param baseline  the outcome with every parameter at baseline, in the indicator's unit
 * @param rows      one row per parameter (any order: the chart sorts by swing)
 */
public record TornadoData(RunInfo info, String indicator, int year, double baseline, List<Row> rows) {

    /**
     * One parameter.
     *
     * @param parameter   what it is called, e.g. "transfer base rate"
     * @param lowSetting  its low value as text, e.g. "0.03"
     * @param highSetting its high value as text, e.g. "0.07"
     * @param outcomeLow  the outcome with the parameter at its low value (indicator's unit)
     * @param outcomeHigh the outcome with the parameter at its high value
     */
    public record Row(String parameter, String lowSetting, String highSetting, double outcomeLow, double outcomeHigh) {
        public Row {
            if (parameter == null || parameter.isBlank()) {
                throw new IllegalArgumentException("parameter name must not be blank");
            }
            if (!Double.isFinite(outcomeLow) || !Double.isFinite(outcomeHigh)) {
                throw new IllegalArgumentException("outcomes of " + parameter + " must be finite");
            }
            lowSetting = lowSetting == null ? "" : lowSetting;
            highSetting = highSetting == null ? "" : highSetting;
        }

        /** |high − low|: how far the outcome swings over the parameter's range. */
        public double swing() {
            return Math.abs(outcomeHigh - outcomeLow);
        }
    }

    public TornadoData {
        if (!Double.isFinite(baseline)) {
            throw new IllegalArgumentException("baseline must be finite");
        }
        rows = List.copyOf(rows);
    }

    /** Rows by decreasing swing (ties by name), as the chart draws them from the top. */
    public List<Row> sorted() {
        return rows.stream().sorted(Comparator.comparingDouble(Row::swing).reversed()
                .thenComparing(Row::parameter)).toList();
    }

    /**
     * Reads sensitivity tables from CSV text with the header
     * {@code indicator,year,baseline,parameter,low_setting,high_setting,outcome_low,outcome_high}: one chart per
     * indicator and year, in order of first appearance. Baseline is taken from the first row of each group.
     *
     * @throws IllegalArgumentException for a missing column or a bad number
     */
    public static List<TornadoData> readTables(String text, RunInfo info) {
        List<List<String>> rows = org.labourcast.charts.CsvText.parse(text);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("sensitivity CSV is empty");
        }
        List<String> h = rows.get(0).stream().map(String::trim).toList();
        int ind = h.indexOf("indicator");
        int yr = h.indexOf("year");
        int bl = h.indexOf("baseline");
        if (ind < 0 || yr < 0 || bl < 0) {
            throw new IllegalArgumentException("sensitivity CSV needs the columns indicator, year, baseline, parameter,"
                    + " outcome_low, outcome_high");
        }
        java.util.Map<String, List<List<String>>> groups = new java.util.LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= Math.max(ind, Math.max(yr, bl))) {
                throw new IllegalArgumentException("sensitivity CSV has an incomplete line: " + String.join(",", row));
            }
            groups.computeIfAbsent(row.get(ind).trim() + "\u0000" + row.get(yr).trim(), k -> new java.util.ArrayList<>())
                    .add(row);
        }
        List<TornadoData> out = new java.util.ArrayList<>();
        for (List<List<String>> g : groups.values()) {
            List<List<String>> table = new java.util.ArrayList<>();
            table.add(rows.get(0));
            table.addAll(g);
            StringBuilder csv = new StringBuilder();
            for (List<String> r : table) {
                csv.append(String.join(",", r.stream().map(org.labourcast.Csv::field).toList())).append('\n');
            }
            try {
                out.add(new TornadoData(info, g.get(0).get(ind).trim(), Integer.parseInt(g.get(0).get(yr).trim()),
                        Double.parseDouble(g.get(0).get(bl).trim()), parseCsv(csv.toString())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("sensitivity CSV: year or baseline is not a number");
            }
        }
        return out;
    }

    /**
     * Reads rows from CSV text with the header {@code parameter,low_setting,high_setting,outcome_low,outcome_high}
     * (columns in any order; settings optional).
     *
     * @throws IllegalArgumentException for a missing column or a bad number
     */
    public static List<Row> parseCsv(String text) {
        List<List<String>> rows = org.labourcast.charts.CsvText.parse(text);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("sensitivity CSV is empty");
        }
        List<String> h = rows.get(0).stream().map(String::trim).toList();
        int p = h.indexOf("parameter");
        int lo = h.indexOf("outcome_low");
        int hi = h.indexOf("outcome_high");
        int ls = h.indexOf("low_setting");
        int hs = h.indexOf("high_setting");
        if (p < 0 || lo < 0 || hi < 0) {
            throw new IllegalArgumentException("sensitivity CSV needs the columns parameter, outcome_low, outcome_high");
        }
        List<Row> out = new java.util.ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            try {
                out.add(new Row(row.get(p), ls >= 0 ? row.get(ls) : "", hs >= 0 ? row.get(hs) : "",
                        Double.parseDouble(row.get(lo).trim()), Double.parseDouble(row.get(hi).trim())));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw new IllegalArgumentException("sensitivity CSV line " + (r + 1) + " is incomplete or not numeric");
            }
        }
        return out;
    }
}
