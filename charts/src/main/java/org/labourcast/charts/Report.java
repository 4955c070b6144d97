package org.labourcast.charts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.labourcast.charts.data.ReviewTables;
import org.labourcast.charts.data.SavedResults;
import org.labourcast.charts.data.ScenarioDocument;

/**
 * A report of one or more runs for pasting into a plan review: a self-contained HTML page (charts inline as SVG,
 * so it needs no other file and prints sharply) and a Markdown version whose charts are PNG files beside it. For each
 * run: its provenance from the manifest, the target scorecard as a table (with each target's basis, the 95% interval
 * of its share of runs and the sources that move it most, from target_drivers.csv), "How good were past projections"
 * from actuals_summary.csv when the run had actuals, the standard charts, and the scenario's
 * assumptions and policy levers with their sources; with several runs, scenario comparison charts first.
 *
 * <p>Deterministic: the same results give the same bytes (no clock is read; the manifest's times are provenance).
 */
public final class Report {

    /** The report's files: {@code report.html}, {@code report.md} and the PNG images the Markdown links to. */
    public record Files(String html, String markdown, Map<String, byte[]> images) {
    }

    private record Figure(String name, String title, NamedChart chart) {
    }

    private Report() {
    }

    public static Files build(List<SavedResults> results, Messages m, ChartSize size) {
        boolean several = results.size() > 1;
        StringBuilder html = new StringBuilder();
        StringBuilder md = new StringBuilder();
        Map<String, byte[]> images = new LinkedHashMap<>();
        SavedResults first = results.get(0);
        String title = m.text("report.title", several
                ? String.join(" / ", results.stream().map(r -> r.info().title(m.lang())).toList())
                : first.info().title(m.lang()));
        html.append("<!DOCTYPE html>\n<html lang=\"").append(m.lang() == Lang.ZH ? "zh-CN" : "en")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<h1>").append(esc(title))
                .append("</h1>\n");
        md.append("# ").append(mdText(title)).append("\n\n");
        String made = m.text("report.generated", first.info().toolVersion(),
                String.join(", ", results.stream().map(r -> r.dir().toString().replace('\\', '/')).toList()));
        html.append("<p class=\"note\">").append(esc(made)).append("</p>\n");
        md.append(mdText(made)).append("\n\n");

        if (several) {
            section(html, md, 2, m.text("report.comparison"));
            for (NamedChart c : ChartSet.comparisons(results, List.of(), m, size)) {
                figure(html, md, images, new Figure(c.stem(), title(c), c));
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
                    NamedChart named = new NamedChart(prefix + c.stem(), c.chart(), c.size());
                    figure(html, md, images, new Figure(named.stem(), title(c), named));
                }
            }
            section(html, md, h, m.text("report.assumptions"));
            assumptions(html, md, r, m, false);
            section(html, md, h, m.text("report.levers"));
            assumptions(html, md, r, m, true);
            section(html, md, h, m.text("report.provenance"));
            provenance(html, md, r, m);
        }
        html.append("</body>\n</html>\n");
        return new Files(html.toString(), md.toString(), images);
    }

    private static String title(NamedChart c) {
        return c.chart() instanceof org.jfree.chart.JFreeChart j && j.getTitle() != null ? j.getTitle().getText()
                : c.chart() instanceof TargetScorecard s ? s.title() : c.stem();
    }

    private static void section(StringBuilder html, StringBuilder md, int level, String text) {
        html.append("<h").append(level).append('>').append(esc(text)).append("</h").append(level).append(">\n");
        md.append("#".repeat(level)).append(' ').append(mdText(text)).append("\n\n");
    }

    private static void figure(StringBuilder html, StringBuilder md, Map<String, byte[]> images, Figure f) {
        String svg = ChartRenderer.inlineSvg(f.chart().render(ChartFormat.SVG));
        html.append("<figure>\n").append(svg).append("\n<figcaption>").append(esc(f.title()))
                .append("</figcaption>\n</figure>\n");
        String png = f.name() + ".png";
        images.put(png, f.chart().render(ChartFormat.PNG));
        md.append("![").append(mdText(f.title())).append("](").append(png).append(")\n\n");
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
                    : "report.scenario_missing");
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
            rows.add(List.of(in.path(), in.value(), in.source()));
        }
        table(html, md, List.of(m.text("report.field"), m.text("report.value"), m.text("report.source")), rows);
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
            }) + ")";
            rows.add(List.of(m.text("report.scenario_file"), String.valueOf(man.scenarioFile()) + problem));
            rows.add(List.of(m.text("report.scenario_sha"), String.valueOf(man.scenarioSha256())));
            rows.add(List.of(m.text("report.seed"), man.seed() == null ? m.text("report.none") : man.seed().toString()));
            man.settings().forEach((k, v) -> rows.add(List.of(k, v)));
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

    private static void table(StringBuilder html, StringBuilder md, List<String> head, List<List<String>> rows) {
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

    private static final String CSS = """
            body{font-family:"Noto Sans","Helvetica Neue",Arial,"WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;
            max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
            h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
            h3{font-size:1.1rem}
            table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0 1rem}
            th,td{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
            th{border-bottom:2px solid #888}
            figure{margin:1rem 0}figure svg{width:100%;height:auto}figcaption{font-size:.85rem;color:#555}
            .note{font-size:.85rem;color:#555}
            @media print{figure{break-inside:avoid}}
            """;
}
