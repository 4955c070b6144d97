package org.labourcast.charts.report;

import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labourcast.charts.ChartFormat;
import org.labourcast.charts.ChartRenderer;
import org.labourcast.charts.ChartSize;
import org.labourcast.charts.Lang;
import org.labourcast.charts.Messages;
import org.labourcast.charts.NamedChart;

/**
 * One report being written: the HTML and Markdown texts side by side, and the chart files the Markdown links to.
 * Charts are embedded in the HTML in the first of the report's formats (PNG at {@link Report#HTML_PNG_DPI} at most,
 * as a data URI; or SVG inline), so the page needs no other file; beside the Markdown each chart is written in every
 * format asked for, at the requested size. Not thread-safe.
 */
final class ReportPage {
    final StringBuilder html = new StringBuilder();
    final StringBuilder md = new StringBuilder();
    final Map<String, byte[]> images = new LinkedHashMap<>();
    final Messages m;
    private final List<ChartFormat> formats;

    /**
     * Starts the page with its title and the line saying what it was made from.
     *
     * @throws IllegalArgumentException when there is no format or the first is not {@link Report#EMBEDDABLE}
     */
    ReportPage(Messages m, List<ChartFormat> formats, String title, String toolVersion, List<Path> dirs) {
        if (formats.isEmpty() || !Report.EMBEDDABLE.contains(formats.get(0))) {
            throw new IllegalArgumentException("a report embeds its charts as png or svg, not "
                    + (formats.isEmpty() ? "nothing" : formats.get(0).extension()));
        }
        this.m = m;
        this.formats = List.copyOf(formats);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(m.lang() == Lang.ZH ? "zh-CN" : "en")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Report.esc(title))
                .append("</title>\n<style>\n").append(Report.CSS).append("</style>\n</head>\n<body>\n<h1>")
                .append(Report.esc(title)).append("</h1>\n");
        md.append("# ").append(Report.mdText(title)).append("\n\n");
        String made = m.text("report.generated", toolVersion == null ? "?" : toolVersion,
                String.join(", ", dirs.stream().map(d -> d.toString().replace('\\', '/')).toList()));
        note(made);
    }

    void section(int level, String text) {
        Report.section(html, md, level, text);
    }

    void paragraph(String text) {
        html.append("<p>").append(Report.esc(text)).append("</p>\n");
        md.append(Report.mdText(text)).append("\n\n");
    }

    void note(String text) {
        html.append("<p class=\"note\">").append(Report.esc(text)).append("</p>\n");
        md.append(Report.mdText(text)).append("\n\n");
    }

    void table(List<String> head, List<List<String>> rows) {
        Report.table(html, md, head, rows);
    }

    /** A chart drawn now: embedded in the HTML, written beside the Markdown in every format. */
    void figure(NamedChart c) {
        String caption = Report.title(c);
        ChartFormat embedded = formats.get(0);
        if (embedded == ChartFormat.SVG) {
            html.append("<figure>\n").append(ChartRenderer.inlineSvg(c.render(ChartFormat.SVG)));
        } else {
            ChartSize s = c.size();
            NamedChart screen = s.dpi() <= Report.HTML_PNG_DPI ? c
                    : new NamedChart(c.stem(), c.chart(), new ChartSize(s.widthCm(), s.heightCm(), Report.HTML_PNG_DPI));
            img(screen.render(ChartFormat.PNG), "image/png", caption, s.widthCm());
        }
        html.append("\n<figcaption>").append(Report.esc(caption)).append("</figcaption>\n</figure>\n");
        for (ChartFormat f : formats) {
            images.put(c.fileName(f), c.render(f));
        }
        md.append("![").append(Report.mdText(caption)).append("](").append(c.fileName(embedded)).append(")\n\n");
    }

    /**
     * A chart file the results folder already holds (checked against its manifest by the caller): embedded as it
     * is, and copied beside the Markdown.
     */
    void figureFile(String fileName, byte[] bytes, String caption) {
        if (fileName.endsWith(".svg")) {
            html.append("<figure>\n").append(ChartRenderer.inlineSvg(bytes));
        } else {
            img(bytes, "image/png", caption, 0);
        }
        html.append("\n<figcaption>").append(Report.esc(caption)).append("</figcaption>\n</figure>\n");
        images.put(fileName, bytes);
        md.append("![").append(Report.mdText(caption)).append("](").append(fileName).append(")\n\n");
    }

    private void img(byte[] png, String type, String alt, double widthCm) {
        html.append("<figure>\n<img alt=\"").append(Report.esc(alt)).append('"')
                .append(widthCm > 0 ? " style=\"max-width:" + Messages.decimalText(widthCm) + "cm\"" : "")
                .append(" src=\"data:").append(type).append(";base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\">");
    }

    Report.Files files() {
        html.append("</body>\n</html>\n");
        return new Report.Files(html.toString(), md.toString(), images);
    }
}
