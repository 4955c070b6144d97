package org.labourcast.charts.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.ChartSize;
import org.labourcast.charts.Messages;
import org.labourcast.charts.NamedChart;
import org.labourcast.charts.RunInfo;
import org.labourcast.charts.TargetResult;
import org.labourcast.charts.TargetScorecard;
import org.labourcast.charts.ValueUnit;

import org.labourcast.charts.data.ReviewTables;
import org.labourcast.charts.data.SavedResults;
import org.labourcast.charts.data.ScenarioDocument;

/**
 * A report of one or more runs for pasting into a plan review: a self-contained HTML page (charts embedded as PNG at
 * {@value #HTML_PNG_DPI} dpi or inline as SVG, so it needs no other file) and a Markdown version whose charts are PNG files beside it. For each
 * run: its provenance from the manifest, the target scorecard as a table (with each target's basis, the 95% interval
 * of its share of runs and the sources that move it most, from target_drivers.csv), "How good were past projections"
 * from actuals_summary.csv when the run had actuals, the standard charts, and the scenario's
 * assumptions and policy levers with their sources; with several runs, scenario comparison charts first.
 *
 * <p>Deterministic: the same results give the same bytes (no clock is read; the manifest's times are provenance).
 */
public final class Report {

    /** The report's files: {@code report.html}, {@code report.md} and the chart files the Markdown links to. */
    public record Files(String html, String markdown, Map<String, byte[]> images) {
    }

    private record Figure(String name, String title, NamedChart chart) {
    }

    /**
     * Resolution of the PNG charts embedded in {@code report.html}: enough for a screen and for printing a page,
     * and what keeps a single run's page under 2 MB (at 300 dpi it was 7–12 MB). The chart files beside
     * {@code report.md} keep the requested size and dpi.
     */
    public static final int HTML_PNG_DPI = 150;

    /** The formats a report can embed in its HTML and link from its Markdown (the first one asked for). */
    public static final List<ChartFormat> EMBEDDABLE = List.of(ChartFormat.PNG, ChartFormat.SVG);

    private Report() {
    }

    /** {@link #build(List, Messages, ChartSize, List)} with PNG charts. */
    public static Files build(List<SavedResults> results, Messages m, ChartSize size) {
        return build(results, m, size, List.of(ChartFormat.PNG));
    }

    /**
     * The report of one or more runs.
     *
     * @param formats chart formats: the first, PNG or SVG, is embedded in the HTML (PNG at {@link #HTML_PNG_DPI} at
     *                most, SVG inline) and linked from the Markdown; every format listed is written beside it
     * @throws IllegalArgumentException when the first format is not {@link #EMBEDDABLE}
     */
    public static Files build(List<SavedResults> results, Messages m, ChartSize size, List<ChartFormat> formats) {
        boolean several = results.size() > 1;
        SavedResults first = results.get(0);
        String title = m.text("report.title", several
                ? String.join(" / ", results.stream().map(r -> r.info().title(m.lang())).toList())
                : first.info().title(m.lang()));
        ReportPage page = new ReportPage(m, formats, title, first.info().toolVersion(),
                results.stream().map(SavedResults::dir).toList());
        StringBuilder html = page.html;
        StringBuilder md = page.md;
        Map<String, byte[]> images = page.images;

        if (several) {
            section(html, md, 2, m.text("report.comparison"));
            for (NamedChart c : ChartSet.comparisons(results, List.of(), m, size)) {
                page.figure(c);
            }
        }
        for (SavedResults r : results) {
            String prefix = several ? r.info().scenarioId() + "_" : "";
            if (several) {
                section(html, md, 2, r.info().title(m.lang()));
            }
            int h = several ? 3 : 2;
            section(html, md, h, m.text("report.scorecard"));
            targets(html, md, r, m);
            pastProjections(html, md, r, m, h);
            section(html, md, h, m.text("report.charts"));
            for (NamedChart c : ChartSet.standard(r, m, size)) {
                if (!c.stem().equals(ChartSet.SCORECARD)) {
                    page.figure(new NamedChart(prefix + c.stem(), c.chart(), c.size()));
                }
            }
            section(html, md, h, m.text("report.assumptions"));
            assumptions(html, md, r, m, false);
            section(html, md, h, m.text("report.levers"));
            assumptions(html, md, r, m, true);
            section(html, md, h, m.text("report.provenance"));
            provenance(html, md, r, m);
        }
        return page.files();
    }

    static String title(NamedChart c) {
        return c.chart() instanceof org.jfree.chart.JFreeChart j && j.getTitle() != null ? j.getTitle().getText()
                : c.chart() instanceof TargetScorecard s ? s.title() : c.stem();
    }

    static void section(StringBuilder html, StringBuilder md, int level, String text) {
        html.append("<h").append(level).append('>').append(esc(text)).append("</h").append(level).append(">\n");
        md.append("#".repeat(level)).append(' ').append(mdText(text)).append("\n\n");
    }

    private static void targets(StringBuilder html, StringBuilder md, SavedResults r, Messages m) {
        if (r.targets().isEmpty()) {
            html.append("<p>").append(esc(m.text("report.no_targets"))).append("</p>\n");
            md.append(mdText(m.text("report.no_targets"))).append("\n\n");
            return;
        }
        List<String> head = List.of(m.text("scorecard.indicator"), m.text("scorecard.target"),
                m.text("scorecard.median"), m.text("scorecard.probability"), m.text("scorecard.status"),
                m.text("scorecard.basis"), m.text("report.drivers"), m.text("report.source"));
        Map<String, List<ReviewTables.Driver>> drivers = ReviewTables.targetDrivers(r.dir());
        List<List<String>> rows = new ArrayList<>();
        for (TargetResult t : r.targets()) {
            TargetScorecard.Row row = TargetScorecard.row(t, m);
            String label = t.label().isBlank() ? "" : " (" + t.label() + ")";
            String basis = t.basisInput().isEmpty() ? row.basis() : row.basis() + ": " + t.basisInput();
            rows.add(List.of(row.indicator() + label, row.target() + ", " + m.text("nature." + t.nature()),
                    row.median(), row.probability(), statusMark(row.statusKey()) + " " + row.status(), basis,
                    topDrivers(drivers.get(ReviewTables.key(t)), m), t.source()));
        }
        table(html, md, head, rows);
        html.append("<p class=\"note\">").append(esc(m.text("scorecard.note"))).append("</p>\n");
        md.append(mdText(m.text("scorecard.note"))).append("\n\n");
    }

    /**
     * The two or three sources that explain most of a target's variance over the runs (target_drivers.csv): those
     * with at least 10% each, at most three, e.g. "economic 52%, policy 21%"; "–" when not attributed.
     */
    static String topDrivers(List<ReviewTables.Driver> drivers, Messages m) {
        if (drivers == null || drivers.isEmpty()) {
            return "–";
        }
        List<String> parts = new ArrayList<>();
        for (ReviewTables.Driver d : drivers) {
            if (parts.size() == 3 || (parts.size() >= 1 && d.share() < 0.10)) {
                break;
            }
            parts.add(m.text("source." + d.source()) + " " + m.percent(d.share()));
        }
        return String.join(", ", parts);
    }

    /** "How good were past projections": actuals_summary.csv as a table, when the run had actuals. */
    private static void pastProjections(StringBuilder html, StringBuilder md, SavedResults r, Messages m, int level) {
        List<ReviewTables.Score> scores = ReviewTables.actualsSummary(r.dir());
        if (scores.isEmpty()) {
            return;
        }
        section(html, md, level, m.text("report.past"));
        List<String> head = List.of(m.text("scorecard.indicator"), m.text("report.past_actuals"),
                m.text("report.past_in80"), m.text("report.past_in90"), m.text("report.past_crps"),
                m.text("report.past_crps_last"), m.text("report.past_crps_trend"), m.text("report.past_skill_last"),
                m.text("report.past_skill_trend"));
        List<List<String>> rows = new ArrayList<>();
        for (ReviewTables.Score s : scores) {
            boolean all = s.indicator().equals("all");
            ValueUnit unit = all ? null : ValueUnit.of(s.indicator());
            rows.add(List.of(all ? m.text("report.past_all") : m.indicator(s.indicator()),
                    Integer.toString(s.actuals()), m.percent(s.inBand80()), m.percent(s.inBand90()),
                    number(s.crps(), unit, m), number(s.crpsLastValue(), unit, m), number(s.crpsLinearTrend(), unit, m),
                    skill(s.skillLastValue()), skill(s.skillLinearTrend())));
        }
        table(html, md, head, rows);
        html.append("<p class=\"note\">").append(esc(m.text("report.past_note"))).append("</p>\n");
        md.append(mdText(m.text("report.past_note"))).append("\n\n");
    }

    private static String number(double v, ValueUnit unit, Messages m) {
        return Double.isNaN(v) || unit == null ? "\u2013" : m.value(v, unit, unit == ValueUnit.PERCENT ? 2 : 0);
    }

    private static String skill(double v) {
        return Double.isNaN(v) ? "\u2013" : String.format(java.util.Locale.ROOT, "%+.2f", v);
    }

    private static String statusMark(String key) {
        return switch (key) {
            case "on_track" -> "\u25CF";
            case "at_risk" -> "\u25B2";
            default -> "\u2715";
        };
    }

    private static void assumptions(StringBuilder html, StringBuilder md, SavedResults r, Messages m, boolean levers) {
        ScenarioDocument doc = r.scenario();
        if (doc == null) {
            String why = m.text("changed".equals(r.scenarioProblem()) ? "report.scenario_changed_not_shown"
                    : "report.scenario_missing", String.valueOf(r.scenarioProblemFile()));
            html.append("<p>").append(esc(why)).append("</p>\n");
            md.append(mdText(why)).append("\n\n");
            return;
        }
        List<ScenarioDocument.SourcedInput> inputs = levers ? doc.levers() : doc.assumptions();
        if (inputs.isEmpty()) {
            html.append("<p>").append(esc(m.text("report.none"))).append("</p>\n");
            md.append(mdText(m.text("report.none"))).append("\n\n");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ScenarioDocument.SourcedInput in : inputs) {
            rows.add(List.of(in.path(), in.value(), origin(in, doc, m), in.source()));
        }
        table(html, md, List.of(m.text("report.field"), m.text("report.value"), m.text("report.origin"),
                m.text("report.source")), rows);
        if (!levers && (doc.files().size() > 1 || !doc.overrides().isEmpty())) {
            String note = m.text("report.resolved_note", String.join(" \u2190 ", doc.files()));
            html.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
            md.append(mdText(note)).append("\n\n");
        }
    }

    /** Where an input's value comes from: "--set" marked as such, else the file's name (the path in the note). */
    private static String origin(ScenarioDocument.SourcedInput in, ScenarioDocument doc, Messages m) {
        if (in.set()) {
            return m.text("report.origin_set");
        }
        String o = in.origin();
        int slash = Math.max(o.lastIndexOf('/'), o.lastIndexOf('\\'));
        return slash < 0 ? o : o.substring(slash + 1);
    }

    private static void provenance(StringBuilder html, StringBuilder md, SavedResults r, Messages m) {
        List<List<String>> rows = new ArrayList<>();
        RunInfo info = r.info();
        rows.add(List.of(m.text("report.scenario"), info.scenarioId()));
        rows.add(List.of(m.text("report.tool"), info.toolVersion()));
        SavedResults.ManifestData man = r.manifest();
        if (man != null) {
            String problem = r.scenarioProblem() == null ? "" : " (" + m.text(switch (r.scenarioProblem()) {
                case "changed" -> "report.scenario_changed";
                default -> "report.scenario_missing";
            }, String.valueOf(r.scenarioProblemFile())) + ")";
            rows.add(List.of(m.text("report.scenario_file"), String.valueOf(man.scenarioFile()) + problem));
            rows.add(List.of(m.text(man.scenarioFiles().size() > 1 || !man.overrides().isEmpty()
                    ? "report.scenario_sha_all" : "report.scenario_sha"), String.valueOf(man.scenarioSha256())));
            // Each file read, with its own hash: the one the report checked it against.
            for (var f : man.scenarioFiles()) {
                boolean bad = f.file().equals(r.scenarioProblemFile());
                rows.add(List.of(m.text("report.scenario_input"), f.file() + "  " + f.sha256()
                        + (bad ? " (" + m.text("changed".equals(r.scenarioProblem()) ? "report.scenario_changed"
                        : "report.scenario_missing", f.file()) + ")" : "")));
            }
            for (String o : man.overrides()) {
                rows.add(List.of(m.text("report.origin_set"), o));
            }
            rows.add(List.of(m.text("report.seed"), man.seed() == null ? m.text("report.none") : man.seed().toString()));
            man.settings().forEach((k, v) -> {
                if (!k.matches("set\\.\\d+") || man.overrides().isEmpty()) { // overrides are listed above
                    rows.add(List.of(k, v));
                }
            });
            rows.add(List.of(m.text("report.started"), String.valueOf(man.started())));
            rows.add(List.of(m.text("report.finished"), String.valueOf(man.finished())));
        }
        table(html, md, List.of(m.text("report.setting"), m.text("report.value")), rows);
        if (man != null && !man.outputs().isEmpty()) {
            List<List<String>> outs = new ArrayList<>();
            man.outputs().forEach((k, v) -> outs.add(List.of(k, v)));
            html.append("<details><summary>").append(esc(m.text("report.outputs"))).append("</summary>\n");
            md.append("**").append(mdText(m.text("report.outputs"))).append("**\n\n");
            table(html, md, List.of("file", "SHA-256"), outs);
            html.append("</details>\n");
        }
    }

    static void table(StringBuilder html, StringBuilder md, List<String> head, List<List<String>> rows) {
        html.append("<table>\n<thead><tr>");
        for (String h : head) {
            html.append("<th>").append(esc(h)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        md.append('|');
        for (String h : head) {
            md.append(' ').append(mdCell(h)).append(" |");
        }
        md.append("\n|").append(" --- |".repeat(head.size())).append('\n');
        for (List<String> row : rows) {
            html.append("<tr>");
            md.append('|');
            for (String cell : row) {
                html.append("<td>").append(esc(cell)).append("</td>");
                md.append(' ').append(mdCell(cell)).append(" |");
            }
            html.append("</tr>\n");
            md.append('\n');
        }
        html.append("</tbody>\n</table>\n");
        md.append('\n');
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Markdown text: characters that would start markup are escaped. */
    static String mdText(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replaceAll("\\s+", " ").strip();
    }

    static String mdCell(String s) {
        return mdText(s);
    }

    /** Size of a file's text in UTF-8 bytes (for callers writing the files). */
    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static final String CSS = """
            body{font-family:"Noto Sans","Helvetica Neue",Arial,"WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;
            max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
            h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
            h3{font-size:1.1rem}
            table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0 1rem}
            th,td{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
            th{border-bottom:2px solid #888}
            figure{margin:1rem 0}figure svg,figure img{width:100%;height:auto}figcaption{font-size:.85rem;color:#555}
            .note{font-size:.85rem;color:#555}
            @media print{figure{break-inside:avoid}}
            """;
}
