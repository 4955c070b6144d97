package org.labourcast.charts.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.ChartSize;
import org.labourcast.charts.Lang;
import org.labourcast.charts.Messages;
import org.labourcast.charts.NamedChart;
import org.labourcast.charts.RunInfo;
import org.labourcast.charts.TornadoData;
import org.labourcast.charts.ValueUnit;

import org.labourcast.charts.data.ResultsFolder;
import org.labourcast.charts.data.SavedResults;
import org.labourcast.charts.data.ScenarioDocument;

/**
 * Reports of the folders {@code compare}, {@code sweep} and {@code forecast} write, each with the sections its tables
 * hold (docs/charts.md, "Reports"): a comparison's indicators side by side, target probabilities per scenario, paired
 * differences and comparison charts; a sweep's points, sensitivity with its tornado charts, and targets at each point;
 * a forecast's models, back-tests and charts. Every file is read through {@link ResultsFolder}, so it is the one the
 * manifest records. Deterministic: the same folder gives the same bytes. Stateless.
 */
public final class FolderReport {
    /** Longest table of points or rows shown; the rest is counted and left to the CSV file. */
    static final int MAX_ROWS = 60;

    private FolderReport() {
    }

    /** The report of a {@code compare}, {@code sweep} or {@code forecast} folder. */
    public static Report.Files build(ResultsFolder f, Messages m, ChartSize size, List<ChartFormat> formats) {
        return switch (f.kind()) {
            case COMPARE -> compare(f, m, size, formats);
            case SWEEP -> sweep(f, m, size, formats);
            case FORECAST -> forecast(f, m, formats);
            case RUN -> throw new IllegalArgumentException("a run's report is Report.build");
        };
    }

    // --- compare -------------------------------------------------------------------------------------------------

    private static Report.Files compare(ResultsFolder f, Messages m, ChartSize size, List<ChartFormat> formats) {
        List<List<String>> comparison = f.table("comparison.csv");
        Map<String, Integer> c = columns(comparison);
        Set<String> labels = new LinkedHashSet<>();
        for (List<String> row : body(comparison)) {
            labels.add(get(row, c, "scenario"));
        }
        SavedResults.ManifestData man = f.manifest();
        String reference = man != null && man.settings().containsKey("reference") ? man.settings().get("reference")
                : labels.iterator().next();
        List<String> ids = new ArrayList<>(labels);
        List<ScenarioDocument> docs = documents(ids, man);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            titles.add(title(docs.get(i), ids.get(i), m));
        }
        ReportPage page = new ReportPage(m, formats, m.text("report.title", m.text("report.kind_compare",
                String.join(" / ", titles))), man == null ? null : man.toolVersion(), List.of(f.dir()));

        page.section(2, m.text("report.compare_scenarios"));
        List<List<String>> scen = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String file = man == null ? "" : scenarioFile(man, i);
            scen.add(List.of(ids.get(i) + (ids.get(i).equals(reference) ? " (" + m.text("report.reference") + ")" : ""),
                    titles.get(i), file));
        }
        page.table(List.of(m.text("report.scenario"), m.text("report.scenario_title"), m.text("report.scenario_file")),
                scen);

        // Indicators side by side: median and the 80% range of runs, at the base year, every fifth year and the end.
        page.section(2, m.text("report.compare_indicators"));
        Map<String, Map<String, Double>> values = new LinkedHashMap<>(); // indicator|year|scenario -> stat -> value
        Set<Integer> years = new TreeSet<>();
        for (List<String> row : body(comparison)) {
            int year = Integer.parseInt(get(row, c, "year"));
            years.add(year);
            values.computeIfAbsent(get(row, c, "indicator") + "|" + year + "|" + get(row, c, "scenario"),
                    k -> new LinkedHashMap<>()).put(get(row, c, "stat"), number(get(row, c, "value")));
        }
        List<Integer> shown = shownYears(years);
        List<String> head = new ArrayList<>(List.of(m.text("scorecard.indicator"), m.text("report.year")));
        head.addAll(ids);
        List<List<String>> rows = new ArrayList<>();
        for (String indicator : indicators(comparison, c)) {
            ValueUnit unit = ValueUnit.of(indicator);
            for (int year : shown) {
                List<String> row = new ArrayList<>(List.of(m.indicator(indicator), Integer.toString(year)));
                boolean any = false;
                for (String id : ids) {
                    Map<String, Double> s = values.get(indicator + "|" + year + "|" + id);
                    Double median = s == null ? null : s.containsKey("median") ? s.get("median") : s.get("value");
                    any |= median != null;
                    row.add(median == null ? "\u2013" : m.value(median, unit) + (s.containsKey("p10")
                            && s.containsKey("p90") ? " (" + span(s.get("p10"), s.get("p90"), unit, m) + ")" : ""));
                }
                if (any) {
                    rows.add(row);
                }
            }
        }
        page.table(head, rows);
        page.note(m.text("report.compare_indicators_note"));

        // Target probabilities per scenario.
        List<List<String>> targets = f.table("comparison_targets.csv");
        page.section(2, m.text("report.compare_targets"));
        if (body(targets).isEmpty()) {
            page.paragraph(m.text("report.no_targets"));
        } else {
            Map<String, Integer> t = columns(targets);
            Map<String, Map<String, String>> byTarget = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (List<String> row : body(targets)) {
                String indicator = get(row, t, "indicator");
                ValueUnit unit = ValueUnit.of(indicator);
                String key = indicator + "|" + get(row, t, "year") + "|" + get(row, t, "operator") + "|"
                        + get(row, t, "target") + "|" + get(row, t, "kind");
                String label = get(row, t, "label");
                String name = m.indicator(indicator);
                names.putIfAbsent(key, name + (label.isBlank() || label.equals(name) ? "" : " (" + label + ")")
                        + ": " + operator(get(row, t, "operator")) + " " + m.value(number(get(row, t, "target")), unit)
                        + ", " + get(row, t, "year"));
                double d = get(row, t, "scenario").equals(reference) ? Double.NaN
                        : number(get(row, t, "probability_difference"));
                byTarget.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(get(row, t, "scenario"),
                        m.percent(number(get(row, t, "probability"))) + (Double.isNaN(d) ? ""
                                : " (" + signedPoints(d, m) + ")"));
            }
            List<String> th = new ArrayList<>(List.of(m.text("scorecard.target")));
            th.addAll(ids);
            List<List<String>> tr = new ArrayList<>();
            byTarget.forEach((key, by) -> {
                List<String> row = new ArrayList<>(List.of(names.get(key)));
                ids.forEach(id -> row.add(by.getOrDefault(id, "\u2013")));
                tr.add(row);
            });
            page.table(th, tr);
            page.note(m.text("report.compare_targets_note", reference));
        }

        // Paired differences from the reference.
        List<List<String>> diffs = f.table("differences.csv");
        page.section(2, m.text("report.compare_differences"));
        Map<String, Integer> d = columns(diffs);
        List<List<String>> dr = new ArrayList<>();
        for (List<String> row : body(diffs)) {
            int year = Integer.parseInt(get(row, d, "year"));
            if (year == shown.get(0) || !shown.contains(year)) {
                continue; // no difference at the base year: the scenarios start from the same population
            }
            String indicator = get(row, d, "indicator");
            ValueUnit unit = ValueUnit.of(indicator);
            dr.add(List.of(m.indicator(indicator), Integer.toString(year), get(row, d, "scenario"),
                    signed(number(get(row, d, "median")), unit, m),
                    range(number(get(row, d, "p05")), number(get(row, d, "p95")), unit, m),
                    range(number(get(row, d, "unpaired_p05")), number(get(row, d, "unpaired_p95")), unit, m)));
        }
        page.table(List.of(m.text("scorecard.indicator"), m.text("report.year"), m.text("report.scenario"),
                m.text("report.diff_median"), m.text("report.diff_paired"), m.text("report.diff_unpaired")), dr);
        page.note(m.text("report.compare_differences_note", reference));

        // The comparison charts, drawn again in the report's language from the comparison's tables.
        List<SavedResults> saved = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            saved.add(scenarioResults(f, ids.get(i), docs.get(i), comparison, targets, man));
        }
        List<NamedChart> charts = ChartSet.comparisons(saved, ids, List.of(), m, size);
        if (!charts.isEmpty()) {
            page.section(2, m.text("report.charts"));
            charts.forEach(page::figure);
        }
        provenance(page, f, m);
        return page.files();
    }

    /** One scenario of a comparison as the charts read results: its rows of comparison.csv and of its targets. */
    private static SavedResults scenarioResults(ResultsFolder f, String id, ScenarioDocument doc,
                                                List<List<String>> comparison, List<List<String>> targets,
                                                SavedResults.ManifestData man) {
        Map<String, Integer> c = columns(comparison);
        StringBuilder ind = new StringBuilder("scenario,indicator,year,stat,value\n");
        for (List<String> row : body(comparison)) {
            if (get(row, c, "scenario").equals(id)) {
                ind.append(id).append(',').append(get(row, c, "indicator")).append(',').append(get(row, c, "year"))
                        .append(',').append(get(row, c, "stat")).append(',').append(get(row, c, "value")).append('\n');
            }
        }
        StringBuilder tg = new StringBuilder();
        if (!targets.isEmpty()) {
            Map<String, Integer> t = columns(targets);
            tg.append(csvLine(targets.get(0)));
            for (List<String> row : body(targets)) {
                if (get(row, t, "scenario").equals(id)) {
                    tg.append(csvLine(row));
                }
            }
        }
        int runs = man == null ? 1 : intOr(man.settings().get("runs"), 1);
        Integer scale = man == null || man.settings().get("scale") == null ? null : intOr(man.settings().get("scale"), 1);
        RunInfo info = new RunInfo(id, doc == null ? null : doc.titleEn(), doc == null ? null : doc.titleZh(),
                doc == null ? null : doc.regionEn(), doc == null ? null : doc.regionZh(),
                man == null ? null : man.toolVersion(), runs, scale, man == null ? null : man.seed());
        return SavedResults.of(f.dir(), info, ind.toString(), tg.toString(), null, man, doc, null);
    }

    /** Each compared scenario's document, resolved from the file the manifest names and checked (null if not). */
    private static List<ScenarioDocument> documents(List<String> ids, SavedResults.ManifestData man) {
        List<ScenarioDocument> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String file = man == null ? "" : scenarioFile(man, i);
            ScenarioDocument doc = null;
            if (!file.isEmpty()) {
                try {
                    doc = ScenarioDocument.resolve(Path.of(file), man.inputs(), List.of()).document();
                } catch (java.nio.file.InvalidPathException e) {
                    doc = null;
                }
            }
            out.add(doc);
        }
        return out;
    }

    /** The file of the i-th scenario, from the setting {@code scenario.<i+1>} ("label = file"); "" if not recorded. */
    private static String scenarioFile(SavedResults.ManifestData man, int i) {
        String v = man.settings().get(String.format(Locale.ROOT, "scenario.%d", i + 1));
        int eq = v == null ? -1 : v.indexOf(" = ");
        return eq < 0 ? "" : v.substring(eq + 3).strip();
    }

    private static String title(ScenarioDocument doc, String id, Messages m) {
        String t = doc == null ? null : m.lang() == Lang.ZH ? doc.titleZh() : doc.titleEn();
        return t == null || t.isBlank() ? id : t;
    }

    // --- sweep ---------------------------------------------------------------------------------------------------

    private static Report.Files sweep(ResultsFolder f, Messages m, ChartSize size, List<ChartFormat> formats) {
        SavedResults.ManifestData man = f.manifest();
        String id = man == null || man.scenarioId() == null ? f.dir().getFileName().toString() : man.scenarioId();
        ScenarioDocument doc = man == null || man.scenarioFile() == null ? null
                : ScenarioDocument.resolve(Path.of(man.scenarioFile()), map(man), man.overrides()).document();
        ReportPage page = new ReportPage(m, formats, m.text("report.title", m.text("report.kind_sweep",
                title(doc, id, m))), man == null ? null : man.toolVersion(), List.of(f.dir()));

        page.section(2, m.text("report.sweep_points"));
        List<List<String>> points = f.table("points.csv");
        if (!points.isEmpty()) {
            limited(page, points, "points.csv", m);
        }
        // Outcomes at each point: the sweep table, long (point, parameters…, indicator, year, stat, value).
        List<List<String>> sweep = f.table("sweep.csv");
        page.section(3, m.text("report.sweep_outcomes"));
        outcomes(page, sweep, m);

        List<List<String>> sensitivity = f.table("sensitivity.csv");
        if (!sensitivity.isEmpty()) {
            page.section(2, m.text("report.sweep_sensitivity"));
            limited(page, sensitivity, "sensitivity.csv", m);
            String tornado = f.text("tornado.csv");
            if (tornado != null) {
                RunInfo info = new RunInfo(id, doc == null ? null : doc.titleEn(), doc == null ? null : doc.titleZh(),
                        doc == null ? null : doc.regionEn(), doc == null ? null : doc.regionZh(),
                        man == null ? null : man.toolVersion(),
                        man == null ? 1 : intOr(man.settings().get("runs_per_point"), 1),
                        man == null || man.settings().get("scale") == null ? null
                                : intOr(man.settings().get("scale"), 1), man == null ? null : man.seed());
                for (TornadoData t : TornadoData.readTables(tornado, info)) {
                    page.figure(ChartSet.tornado(t, m, size));
                }
            }
        }
        List<List<String>> targets = f.table("sweep_targets.csv");
        page.section(2, m.text("report.sweep_targets"));
        if (body(targets).isEmpty()) {
            page.paragraph(m.text("report.no_targets"));
        } else {
            limited(page, targets, "sweep_targets.csv", m);
        }
        provenance(page, f, m);
        return page.files();
    }

    // --- forecast ------------------------------------------------------------------------------------------------

    private static Report.Files forecast(ResultsFolder f, Messages m, List<ChartFormat> formats) {
        SavedResults.ManifestData man = f.manifest();
        String id = man == null || man.scenarioId() == null ? f.dir().getFileName().toString() : man.scenarioId();
        ScenarioDocument doc = man == null || man.scenarioFile() == null ? null
                : ScenarioDocument.resolve(Path.of(man.scenarioFile()), map(man), man.overrides()).document();
        ReportPage page = new ReportPage(m, formats, m.text("report.title", m.text("report.kind_forecast",
                title(doc, id, m))), man == null ? null : man.toolVersion(), List.of(f.dir()));
        page.section(2, m.text("report.forecast_models"));
        List<List<String>> models = f.table("models.csv");
        Map<String, Integer> mc = columns(models);
        List<List<String>> mr = new ArrayList<>();
        for (List<String> row : body(models)) {
            String description = get(row, mc, "description");
            double aicc = number(get(row, mc, "aicc"));
            mr.add(List.of(m.indicator(get(row, mc, "indicator")),
                    description.isEmpty() ? get(row, mc, "model") : description, // a model not fitted has none
                    "true".equals(get(row, mc, "chosen")) ? "\u2714" : "", get(row, mc, "observations"),
                    Double.isNaN(aicc) ? "" : String.format(Locale.ROOT, "%.2f", aicc), get(row, mc, "parameters"),
                    get(row, mc, "note")));
        }
        page.table(List.of(m.text("scorecard.indicator"), m.text("report.forecast_model"),
                m.text("report.forecast_chosen"), m.text("report.forecast_observations"), "AICc",
                m.text("report.forecast_parameters"), m.text("report.forecast_note")), mr);

        page.section(2, m.text("report.forecast_backtest"));
        List<List<String>> backtest = f.table("backtest.csv");
        if (body(backtest).isEmpty()) {
            page.paragraph(m.text("report.forecast_no_backtest"));
        } else {
            Map<String, Integer> bc = columns(backtest);
            List<List<String>> br = new ArrayList<>();
            for (List<String> row : body(backtest)) {
                br.add(List.of(m.indicator(get(row, bc, "indicator")), get(row, bc, "model"), get(row, bc, "horizon"),
                        get(row, bc, "origins"), get(row, bc, "MAE"), get(row, bc, "MAPE"), get(row, bc, "MASE")));
            }
            page.table(List.of(m.text("scorecard.indicator"), m.text("report.forecast_model"),
                    m.text("report.forecast_horizon"), m.text("report.forecast_origins"), "MAE", "MAPE", "MASE"), br);
        }
        // The charts forecast drew, embedded as written (checked against the manifest): SVG when the report asks
        // for it and the folder has it, else PNG.
        List<String> svg = f.files("forecast_", ".svg");
        List<String> png = f.files("forecast_", ".png");
        List<String> charts = formats.get(0) == ChartFormat.SVG && !svg.isEmpty() ? svg : png.isEmpty() ? svg : png;
        if (!charts.isEmpty()) {
            page.section(2, m.text("report.forecast_charts"));
            for (String name : charts) {
                String indicator = name.substring("forecast_".length(), name.lastIndexOf('.'));
                page.figureFile(name, f.bytes(name), m.indicator(indicator));
            }
        }
        provenance(page, f, m);
        return page.files();
    }

    // --- shared --------------------------------------------------------------------------------------------------

    private static void provenance(ReportPage page, ResultsFolder f, Messages m) {
        page.section(2, m.text("report.provenance"));
        SavedResults.ManifestData man = f.manifest();
        if (man == null) {
            page.paragraph(m.text("report.no_manifest"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(m.text("report.scenario"), String.valueOf(man.scenarioId())));
        rows.add(List.of(m.text("report.tool"), String.valueOf(man.toolVersion())));
        if (man.scenarioFile() != null) {
            rows.add(List.of(m.text("report.scenario_file"), man.scenarioFile()));
            rows.add(List.of(m.text("report.scenario_sha"), String.valueOf(man.scenarioSha256())));
        }
        man.inputs().forEach((file, sha) -> rows.add(List.of(m.text("report.scenario_input"), file + "  " + sha)));
        man.overrides().forEach(o -> rows.add(List.of(m.text("report.origin_set"), o)));
        rows.add(List.of(m.text("report.seed"), man.seed() == null ? m.text("report.none") : man.seed().toString()));
        man.settings().forEach((k, v) -> {
            if (!k.matches("set\\.\\d+") || man.overrides().isEmpty()) {
                rows.add(List.of(k, v));
            }
        });
        rows.add(List.of(m.text("report.started"), String.valueOf(man.started())));
        rows.add(List.of(m.text("report.finished"), String.valueOf(man.finished())));
        page.table(List.of(m.text("report.setting"), m.text("report.value")), rows);
    }

    /**
     * The sweep's outcomes wide: one row per point (its parameter values), one column per indicator and year with the
     * median over the point's runs (the value of a deterministic sweep).
     */
    private static void outcomes(ReportPage page, List<List<String>> sweep, Messages m) {
        Map<String, Integer> c = columns(sweep);
        if (sweep.isEmpty() || !c.containsKey("indicator")) {
            return;
        }
        List<String> params = sweep.get(0).subList(1, c.get("indicator"));
        Map<String, List<String>> points = new LinkedHashMap<>();
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        Set<String> outcomes = new LinkedHashSet<>();
        Set<String> stats = new LinkedHashSet<>();
        body(sweep).forEach(r -> stats.add(get(r, c, "stat")));
        String stat = stats.contains("median") ? "median" : "value";
        for (List<String> row : body(sweep)) {
            if (!get(row, c, "stat").equals(stat)) {
                continue;
            }
            String point = get(row, c, "point");
            points.computeIfAbsent(point, k -> row.subList(0, c.get("indicator")));
            String indicator = get(row, c, "indicator");
            String outcome = m.indicator(indicator) + " " + get(row, c, "year");
            outcomes.add(outcome);
            cells.computeIfAbsent(point, k -> new LinkedHashMap<>()).put(outcome,
                    m.value(number(get(row, c, "value")), ValueUnit.of(indicator)));
        }
        List<String> head = new ArrayList<>(List.of("point"));
        head.addAll(params);
        head.addAll(outcomes);
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<String>> p : points.entrySet()) {
            if (rows.size() == MAX_ROWS) {
                break;
            }
            List<String> row = new ArrayList<>(p.getValue());
            outcomes.forEach(o -> row.add(cells.get(p.getKey()).getOrDefault(o, "\u2013")));
            rows.add(row);
        }
        page.table(head, rows);
        page.note(m.text("report.sweep_outcomes_note", stat));
        if (points.size() > MAX_ROWS) {
            page.note(m.text("report.rows_more", Integer.toString(points.size() - MAX_ROWS), "sweep.csv"));
        }
    }

    /** A table as the CSV has it, at most {@link #MAX_ROWS} rows, the rest counted. */
    private static void limited(ReportPage page, List<List<String>> table, String file, Messages m) {
        if (table.isEmpty()) {
            return;
        }
        List<List<String>> rows = body(table);
        int width = table.get(0).size();
        List<List<String>> shown = new ArrayList<>();
        for (List<String> row : rows.subList(0, Math.min(MAX_ROWS, rows.size()))) {
            List<String> padded = new ArrayList<>(row);
            while (padded.size() < width) {
                padded.add("");
            }
            shown.add(padded.subList(0, width));
        }
        page.table(headers(table.get(0), m), shown);
        if (rows.size() > MAX_ROWS) {
            page.note(m.text("report.rows_more", Integer.toString(rows.size() - MAX_ROWS), file));
        }
    }

    /**
     * A CSV table's column names in the report's language: the columns the tables share ({@code report.col.*}),
     * swept parameters by their catalogue names; a column neither knows stays as the file writes it.
     */
    static List<String> headers(List<String> csvHeader, Messages m) {
        List<String> out = new ArrayList<>();
        for (String name : csvHeader) {
            out.add(m.has("report.col." + name) ? m.text("report.col." + name) : m.parameter(name));
        }
        return out;
    }

    private static Map<String, String> map(SavedResults.ManifestData man) {
        Map<String, String> out = new LinkedHashMap<>(man.inputs());
        man.scenarioFiles().forEach(f -> out.put(f.file(), f.sha256()));
        return out;
    }

    /** Base year, every fifth year and the last, as the summary tables show them. */
    static List<Integer> shownYears(Set<Integer> years) {
        List<Integer> all = new ArrayList<>(years);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            int y = all.get(i);
            if (i == 0 || i == all.size() - 1 || y % 5 == 0) {
                out.add(y);
            }
        }
        return out;
    }

    private static List<String> indicators(List<List<String>> table, Map<String, Integer> c) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> row : body(table)) {
            out.add(get(row, c, "indicator"));
        }
        return new ArrayList<>(out);
    }

    /** A range "a–b", or "a … b" when a sign would make the dash read as minus. */
    private static String span(double lo, double hi, ValueUnit unit, Messages m) {
        return m.value(lo, unit) + (lo < 0 || hi < 0 ? " \u2026 " : "\u2013") + m.value(hi, unit);
    }

    private static String operator(String op) {
        return switch (op) {
            case ">=" -> "\u2265";
            case "<=" -> "\u2264";
            default -> op;
        };
    }

    private static String signed(double v, ValueUnit unit, Messages m) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        return (v > 0 ? "+" : "") + m.value(v, unit);
    }

    private static String range(double lo, double hi, ValueUnit unit, Messages m) {
        return Double.isNaN(lo) || Double.isNaN(hi) ? "\u2013" : signed(lo, unit, m) + " \u2026 " + signed(hi, unit, m);
    }

    private static String signedPoints(double d, Messages m) {
        return m.text("report.points", String.format(Locale.ROOT, "%+.0f", d * 100));
    }

    private static Map<String, Integer> columns(List<List<String>> table) {
        Map<String, Integer> col = new LinkedHashMap<>();
        if (!table.isEmpty()) {
            List<String> h = table.get(0);
            for (int i = 0; i < h.size(); i++) {
                col.putIfAbsent(h.get(i).trim(), i);
            }
        }
        return col;
    }

    private static List<List<String>> body(List<List<String>> table) {
        return table.size() <= 1 ? List.of() : table.subList(1, table.size()).stream()
                .filter(r -> !(r.size() == 1 && r.get(0).isBlank())).toList();
    }

    private static String get(List<String> row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= row.size() ? "" : row.get(i).trim();
    }

    private static double number(String s) {
        try {
            return s == null || s.isBlank() ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static int intOr(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String csvLine(List<String> row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row) {
            cells.add(cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                    ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return String.join(",", cells) + "\n";
    }
}
