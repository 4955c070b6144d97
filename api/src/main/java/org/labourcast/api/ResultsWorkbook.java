package org.labourcast.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.labourcast.Csv;
import org.labourcast.charts.CsvText;
import org.labourcast.charts.Lang;
import org.labourcast.charts.Messages;
import org.labourcast.charts.ValueUnit;

/**
 * {@code results.xlsx}: a run's (or a comparison's) tables as a workbook for planners, who work in Excel. It holds
 * what the CSV files hold, read from their text, so the two never disagree: the indicators in wide form (one row per
 * indicator and statistic, one column per year), the plan targets, the population by five-year age group, sex and
 * residence, and the published actuals against the projection when the scenario has any. With several scenarios
 * (a comparison) every sheet gets a scenario column and the scenarios' rows of one indicator, target or age group
 * sit together.
 *
 * <p>Each sheet has two header rows, Chinese above English, frozen with the columns that name a row; shares and
 * rates are formatted as percentages, persons with thousands separators. Text that a spreadsheet would run as a
 * formula ({@link Csv#startsLikeFormula}) is written as a text cell with Excel's quote prefix, the workbook's
 * equivalent of the CSV files' apostrophe; no cell is ever a formula.
 *
 * <p>The same tables give the same bytes: the document properties carry no creation date and every zip entry the
 * time {@link #ENTRY_TIME}, so the manifest's SHA-256 of the workbook is reproducible like the CSVs'. Column widths
 * come from the text's length, not from font metrics, which differ between machines. Stateless and thread-safe.
 */
public final class ResultsWorkbook {
    /** The workbook's file name beside the CSV files. */
    public static final String FILE_NAME = "results.xlsx";

    /** The time stamped on every zip entry: the zip format's own epoch, as reproducible builds use. */
    public static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** Column width limits, in characters; a CJK character counts two. */
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    /** Height of a line of text at the default 11-point font, in points. */
    private static final float LINE_POINTS = 15f;

    /**
     * One scenario's tables as its CSV files hold them.
     *
     * @param scenario      the scenario's id or, in a comparison, its label
     * @param indicatorsCsv {@code indicators.csv}
     * @param targetsCsv    {@code targets.csv}
     * @param populationCsv {@code population.csv}
     * @param actualsCsv    {@code actuals.csv}, or null when the scenario has no actuals
     */
    public record Tables(String scenario, String indicatorsCsv, String targetsCsv, String populationCsv,
                         String actualsCsv) {
    }

    static {
        quietPoiLogging();
    }

    private ResultsWorkbook() {
    }

    /**
     * POI logs through the Log4j API. With no Log4j implementation on the class path (the labourcast command ships
     * none) the API falls back to its simple logger, errors only, to stderr, but first prints "could not find a
     * logging provider" on every run; naming that same fallback avoids the line. A program that brings Log4j or
     * names a provider itself keeps its choice.
     */
    private static void quietPoiLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") != null || System.getProperty("log4j.provider") != null) {
            return;
        }
        try {
            Class.forName("org.apache.logging.log4j.core.LoggerContext", false, ResultsWorkbook.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    /**
     * The workbook of one run ({@code scenarios} of size 1) or of a comparison (several, the reference first).
     *
     * @throws IllegalArgumentException when a table is not in the layout labourcast writes (a bug upstream)
     */
    public static byte[] render(List<Tables> scenarios) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one scenario's tables");
        }
        boolean compare = scenarios.size() > 1;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            // No creation date: it would make two writes of the same results differ.
            wb.getProperties().getCoreProperties().getUnderlyingProperties().setCreatedProperty(Optional.empty());
            wb.getProperties().getCoreProperties().getUnderlyingProperties().setCreatorProperty("labourcast");
            Styles styles = new Styles(wb);
            indicatorsSheet(new SheetWriter(wb.createSheet("indicators 指标"), styles), scenarios, compare);
            targetsSheet(new SheetWriter(wb.createSheet("targets 目标"), styles), scenarios, compare);
            populationSheet(new SheetWriter(wb.createSheet("population 人口"), styles), scenarios, compare);
            if (scenarios.stream().anyMatch(t -> t.actualsCsv() != null)) {
                actualsSheet(new SheetWriter(wb.createSheet("actuals 实际值"), styles), scenarios, compare);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            return withFixedEntryTimes(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook in memory", e); // no file is involved
        }
    }

    // ---------------------------------------------------------------- sheets

    /** The statistics of indicators.csv in the order a planner reads them: median, the 80% band, the 90% band. */
    private static final List<String> STAT_ORDER = List.of("value", "median", "p10", "p90", "p05", "p95", "mean");
    private static final Map<String, String> STAT_ZH = Map.of(
            "value", "value 数值", "median", "median 中位数", "mean", "mean 均值",
            "p10", "p10 80%区间下限", "p90", "p90 80%区间上限", "p05", "p05 90%区间下限", "p95", "p95 90%区间上限");

    private static void indicatorsSheet(SheetWriter w, List<Tables> scenarios, boolean compare) {
        // indicator -> stat -> scenario -> year -> value, each in order of first appearance
        Map<String, Map<String, Map<String, Map<Integer, String>>>> cells = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (Tables t : scenarios) {
            Table csv = Table.of("indicators.csv", t.indicatorsCsv(), "scenario", "indicator", "year", "stat",
                    "value");
            for (List<String> r : csv.rows()) {
                int year = csv.integer(r, "year");
                years.add(year);
                cells.computeIfAbsent(csv.get(r, "indicator"), k -> new LinkedHashMap<>())
                        .computeIfAbsent(csv.get(r, "stat"), k -> new LinkedHashMap<>())
                        .computeIfAbsent(t.scenario(), k -> new TreeMap<>())
                        .put(year, csv.get(r, "value"));
            }
        }
        int firstYear = yearHeader(w, List.of("指标代码", "指标名称", "指标名称（英文）", "统计量"),
                List.of("indicator", "name (Chinese)", "name", "statistic"), compare, years);
        Messages mZh = Messages.of(Lang.ZH);
        Messages mEn = Messages.of(Lang.EN);
        for (var ind : cells.entrySet()) {
            String indicator = ind.getKey();
            CellStyle style = w.styles.value(indicator);
            List<String> stats = new ArrayList<>(ind.getValue().keySet());
            stats.sort((a, b) -> Integer.compare(statRank(a), statRank(b))); // stable: unknown stats keep their order
            for (String stat : stats) {
                for (var sc : ind.getValue().get(stat).entrySet()) {
                    Row row = w.nextRow();
                    w.text(row, 0, indicator);
                    w.text(row, 1, mZh.indicator(indicator));
                    w.text(row, 2, mEn.indicator(indicator));
                    w.text(row, 3, STAT_ZH.getOrDefault(stat, stat));
                    if (compare) {
                        w.text(row, 4, sc.getKey());
                    }
                    int col = firstYear;
                    for (int y : years) {
                        w.number(row, col++, sc.getValue().get(y), style);
                    }
                }
            }
        }
        w.finish(compare ? 5 : 4);
    }

    private static int statRank(String stat) {
        int i = STAT_ORDER.indexOf(stat);
        return i < 0 ? STAT_ORDER.size() : i;
    }

    /**
     * The two header rows of a sheet in wide form: the naming columns, the scenario column of a comparison, then one
     * column per year. Returns the first year's column.
     */
    private static int yearHeader(SheetWriter w, List<String> namesZh, List<String> namesEn, boolean compare,
                                   TreeSet<Integer> years) {
        List<String> zh = new ArrayList<>(namesZh);
        List<String> en = new ArrayList<>(namesEn);
        if (compare) {
            zh.add("情景");
            en.add("scenario");
        }
        int firstYear = zh.size();
        for (int y : years) {
            zh.add(Integer.toString(y));
            en.add(Integer.toString(y));
        }
        w.header(zh, en, firstYear);
        return firstYear;
    }

    private static void targetsSheet(SheetWriter w, List<Tables> scenarios, boolean compare) {
        Messages mZh = Messages.of(Lang.ZH);
        Messages mEn = Messages.of(Lang.EN);
        List<String> zh = new ArrayList<>(List.of("目标", "指标代码", "指标名称", "指标名称（英文）", "年份", "类型",
                "性质", "比较", "目标值"));
        List<String> en = new ArrayList<>(List.of("label", "indicator", "name (Chinese)", "name", "year", "kind",
                "nature", "operator", "target"));
        if (compare) {
            zh.add("情景");
            en.add("scenario");
        }
        zh.addAll(List.of("达标概率", "概率95%区间下限", "概率95%区间上限", "评估", "中位数", "中位数首次达标年份",
                "基期年份", "基期值", "模拟次数", "依据", "决定该指标的输入", "来源"));
        en.addAll(List.of("probability", "probability_low", "probability_high", "status", "median",
                "median_first_year_met", "base_year", "base_value", "runs", "basis", "basis_input", "source"));
        w.header(zh, en, -1);
        // target (indicator, year, operator, value, kind) -> scenario -> row: one target's scenarios together
        Map<List<String>, Map<String, List<String>>> rows = new LinkedHashMap<>();
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Tables t : scenarios) {
            Table csv = Table.of("targets.csv", t.targetsCsv(), "indicator", "year", "operator", "target",
                    "probability", "median", "median_first_year_met", "status", "kind", "nature", "base_year",
                    "base_value", "runs", "label", "source", "basis", "basis_input", "probability_low",
                    "probability_high");
            tables.put(t.scenario(), csv);
            for (List<String> r : csv.rows()) {
                List<String> key = List.of(csv.get(r, "indicator"), csv.get(r, "year"), csv.get(r, "operator"),
                        csv.get(r, "target"), csv.get(r, "kind"));
                rows.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(t.scenario(), r);
            }
        }
        for (var target : rows.values()) {
            for (var sc : target.entrySet()) {
                Table csv = tables.get(sc.getKey());
                List<String> r = sc.getValue();
                String indicator = csv.get(r, "indicator");
                CellStyle value = w.styles.value(indicator);
                Row row = w.nextRow();
                int c = 0;
                w.text(row, c++, csv.get(r, "label"));
                w.text(row, c++, indicator);
                w.text(row, c++, mZh.indicator(indicator));
                w.text(row, c++, mEn.indicator(indicator));
                w.number(row, c++, csv.get(r, "year"), w.styles.year);
                w.text(row, c++, bilingual(mZh, "kind.", csv.get(r, "kind")));
                w.text(row, c++, bilingual(mZh, "nature.", csv.get(r, "nature")));
                w.text(row, c++, csv.get(r, "operator"));
                w.number(row, c++, csv.get(r, "target"), value);
                if (compare) {
                    w.text(row, c++, sc.getKey());
                }
                w.number(row, c++, csv.get(r, "probability"), w.styles.probability);
                w.number(row, c++, csv.get(r, "probability_low"), w.styles.probability);
                w.number(row, c++, csv.get(r, "probability_high"), w.styles.probability);
                w.text(row, c++, bilingual(mZh, "status.", csv.get(r, "status")));
                w.number(row, c++, csv.get(r, "median"), value);
                w.number(row, c++, csv.get(r, "median_first_year_met"), w.styles.year);
                w.number(row, c++, csv.get(r, "base_year"), w.styles.year);
                w.number(row, c++, csv.get(r, "base_value"), value);
                w.number(row, c++, csv.get(r, "runs"), w.styles.count);
                w.text(row, c++, bilingual(mZh, "basis.", csv.get(r, "basis")));
                w.text(row, c++, csv.get(r, "basis_input"));
                w.text(row, c++, csv.get(r, "source"));
            }
        }
        w.finish(1);
    }

    /** "at risk 存在风险": a label of targets.csv with its Chinese from the charts' catalogue, if it has one. */
    private static String bilingual(Messages zh, String prefix, String label) {
        if (label.isEmpty()) {
            return label;
        }
        String key = prefix + label.replace(' ', '_').replace('-', '_');
        return zh.keys().contains(key) ? label + " " + zh.text(key) : label;
    }

    private static final String ALL = "all 合计";
    private static final Map<String, String> SEX = Map.of("male", "male 男", "female", "female 女");
    private static final Map<String, String> RESIDENCE = Map.of("urban", "urban 城镇", "rural", "rural 乡村");

    private static void populationSheet(SheetWriter w, List<Tables> scenarios, boolean compare) {
        // (sex, residence) block -> age group -> scenario -> year -> persons
        Map<List<String>, Map<String, Map<String, TreeMap<Integer, Double>>>> blocks = new LinkedHashMap<>();
        for (String sex : List.of(ALL, SEX.get("male"), SEX.get("female"))) {
            blocks.put(List.of(sex, ALL), new LinkedHashMap<>());
        }
        for (String residence : List.of(RESIDENCE.get("urban"), RESIDENCE.get("rural"))) {
            blocks.put(List.of(ALL, residence), new LinkedHashMap<>());
        }
        TreeSet<Integer> years = new TreeSet<>();
        for (Tables t : scenarios) {
            Table csv = Table.of("population.csv", t.populationCsv(), "year", "age", "sex", "residence", "persons");
            for (List<String> r : csv.rows()) {
                int year = csv.integer(r, "year");
                years.add(year);
                String group = ageGroup(csv.get(r, "age"));
                double persons = csv.number(r, "persons");
                String sex = SEX.get(csv.get(r, "sex"));
                String residence = RESIDENCE.get(csv.get(r, "residence"));
                if (sex == null || residence == null) {
                    throw new IllegalArgumentException("population.csv: unknown sex or residence in " + r);
                }
                for (List<String> block : List.of(List.of(ALL, ALL), List.of(sex, ALL), List.of(ALL, residence))) {
                    for (String g : List.of(group, "total 合计")) {
                        blocks.get(block).computeIfAbsent(g, k -> new LinkedHashMap<>())
                                .computeIfAbsent(t.scenario(), k -> new TreeMap<>())
                                .merge(year, persons, Double::sum);
                    }
                }
            }
        }
        int firstYear = yearHeader(w, List.of("性别", "城乡", "年龄组"), List.of("sex", "residence", "age group"),
                compare, years);
        for (var block : blocks.entrySet()) {
            Map<String, Map<String, TreeMap<Integer, Double>>> groups = block.getValue();
            List<String> order = new ArrayList<>(groups.keySet());
            order.remove("total 合计");
            order.add("total 合计"); // the total closes each block, as in a statistical yearbook
            for (String group : order) {
                for (var sc : groups.get(group).entrySet()) {
                    Row row = w.nextRow();
                    w.text(row, 0, block.getKey().get(0));
                    w.text(row, 1, block.getKey().get(1));
                    w.text(row, 2, group);
                    if (compare) {
                        w.text(row, 3, sc.getKey());
                    }
                    int col = firstYear;
                    for (int y : years) {
                        Double v = sc.getValue().get(y);
                        w.number(row, col++, v == null ? Double.NaN : v, w.styles.count);
                    }
                }
            }
        }
        w.finish(compare ? 4 : 3);
    }

    /** "0–4", "5–9" … for single ages, the open group ("100+") as it is. */
    static String ageGroup(String age) {
        if (age.endsWith("+")) {
            return age;
        }
        int a;
        try {
            a = Integer.parseInt(age);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("population.csv: age '" + age + "' is not a number", e);
        }
        int from = a / 5 * 5;
        return from + "–" + (from + 4);
    }

    private static void actualsSheet(SheetWriter w, List<Tables> scenarios, boolean compare) {
        Messages mZh = Messages.of(Lang.ZH);
        Messages mEn = Messages.of(Lang.EN);
        List<String> zh = new ArrayList<>(List.of("指标代码", "指标名称", "指标名称（英文）", "年份"));
        List<String> en = new ArrayList<>(List.of("indicator", "name (Chinese)", "name", "year"));
        if (compare) {
            zh.add("情景");
            en.add("scenario");
        }
        zh.addAll(List.of("实际值", "预测中位数", "p05", "p95", "偏差（中位数−实际值）", "相对偏差",
                "实际值在90%区间内", "来源"));
        en.addAll(List.of("actual", "median", "p05", "p95", "deviation", "relative_deviation", "in_band_90",
                "source"));
        w.header(zh, en, -1);
        Map<List<String>, Map<String, List<String>>> rows = new LinkedHashMap<>();
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Tables t : scenarios) {
            if (t.actualsCsv() == null) {
                continue;
            }
            Table csv = Table.of("actuals.csv", t.actualsCsv(), "indicator", "year", "actual", "median", "p05",
                    "p95", "deviation", "relative_deviation", "in_band_90", "source");
            tables.put(t.scenario(), csv);
            for (List<String> r : csv.rows()) {
                rows.computeIfAbsent(List.of(csv.get(r, "indicator"), csv.get(r, "year")),
                        k -> new LinkedHashMap<>()).put(t.scenario(), r);
            }
        }
        for (var actual : rows.values()) {
            for (var sc : actual.entrySet()) {
                Table csv = tables.get(sc.getKey());
                List<String> r = sc.getValue();
                String indicator = csv.get(r, "indicator");
                CellStyle value = w.styles.value(indicator);
                Row row = w.nextRow();
                int c = 0;
                w.text(row, c++, indicator);
                w.text(row, c++, mZh.indicator(indicator));
                w.text(row, c++, mEn.indicator(indicator));
                w.number(row, c++, csv.get(r, "year"), w.styles.year);
                if (compare) {
                    w.text(row, c++, sc.getKey());
                }
                for (String col : List.of("actual", "median", "p05", "p95", "deviation")) {
                    w.number(row, c++, csv.get(r, col), value);
                }
                w.number(row, c++, csv.get(r, "relative_deviation"), w.styles.share);
                String inBand = csv.get(r, "in_band_90");
                w.text(row, c++, inBand.equals("true") ? "yes 是" : inBand.equals("false") ? "no 否" : inBand);
                w.text(row, c++, csv.get(r, "source"));
            }
        }
        w.finish(compare ? 5 : 4);
    }

    // ---------------------------------------------------------------- writing

    /** The cell styles of a workbook, created once (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle headerLast;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle wrapped;
        final CellStyle quotedWrapped;
        final CellStyle share;
        final CellStyle probability;
        final CellStyle count;
        final CellStyle year;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            headerLast = wb.createCellStyle();
            headerLast.cloneStyleFrom(header);
            headerLast.setBorderBottom(BorderStyle.THIN);
            text = wb.createCellStyle();
            quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            quotedWrapped = wb.createCellStyle();
            quotedWrapped.cloneStyleFrom(quoted);
            quotedWrapped.setWrapText(true);
            var format = wb.createDataFormat();
            share = wb.createCellStyle();
            share.setDataFormat(format.getFormat("0.00%"));
            probability = wb.createCellStyle();
            probability.setDataFormat(format.getFormat("0.0%"));
            count = wb.createCellStyle();
            count.setDataFormat(format.getFormat("#,##0"));
            year = wb.createCellStyle();
            year.setDataFormat(format.getFormat("0"));
            for (CellStyle st : List.of(text, quoted, wrapped, quotedWrapped, share, probability, count, year)) {
                st.setVerticalAlignment(VerticalAlignment.TOP); // a row with a wrapped note reads from its top
            }
        }

        /** Percent for shares and rates, thousands separators for persons. */
        CellStyle value(String indicator) {
            return ValueUnit.of(indicator).percent() ? share : count;
        }
    }

    /** Writes one sheet row by row and remembers each column's widest text. */
    private static final class SheetWriter {
        final XSSFSheet sheet;
        final Styles styles;
        private final List<Integer> widths = new ArrayList<>();
        private int nextRow;
        private int columns;

        SheetWriter(XSSFSheet sheet, Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        /** The Chinese header row above the English one; years (from {@code firstYear}, or none) as numbers. */
        void header(List<String> zh, List<String> en, int firstYear) {
            columns = zh.size();
            Row z = sheet.createRow(0);
            Row e = sheet.createRow(1);
            for (int c = 0; c < columns; c++) {
                if (firstYear >= 0 && c >= firstYear) {
                    for (Row r : List.of(z, e)) {
                        Cell cell = r.createCell(c);
                        cell.setCellValue(Integer.parseInt(zh.get(c)));
                        cell.setCellStyle(r == z ? styles.header : styles.headerLast);
                    }
                    widen(c, 10);
                } else {
                    text(z, c, zh.get(c)).setCellStyle(styles.header);
                    text(e, c, en.get(c)).setCellStyle(styles.headerLast);
                }
            }
            nextRow = 2;
        }

        Row nextRow() {
            return sheet.createRow(nextRow++);
        }

        /** A text cell, never a formula; text a spreadsheet would run as one gets the quote prefix. */
        Cell text(Row row, int col, String s) {
            Cell cell = row.createCell(col);
            if (s == null || s.isEmpty()) {
                return cell; // blank
            }
            cell.setCellValue(s);
            int width = displayWidth(s);
            boolean wrap = width > MAX_WIDTH; // a long source note wraps in its column instead of running on
            cell.setCellStyle(Csv.startsLikeFormula(s) ? (wrap ? styles.quotedWrapped : styles.quoted)
                    : wrap ? styles.wrapped : styles.text);
            if (wrap) { // its lines at the column's width (MAX_WIDTH + 2), set: not every reader fits rows itself
                int lines = (width + MAX_WIDTH - 1) / MAX_WIDTH;
                row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS));
            }
            widen(col, width);
            return cell;
        }

        /** A number from a CSV field; an empty field (a missing value) stays blank. */
        void number(Row row, int col, String csvField, CellStyle style) {
            number(row, col, csvField == null || csvField.isEmpty() ? Double.NaN : parse(csvField), style);
        }

        void number(Row row, int col, double v, CellStyle style) {
            Cell cell = row.createCell(col);
            cell.setCellStyle(style);
            if (Double.isNaN(v)) {
                return;
            }
            cell.setCellValue(v);
            int digits = Long.toString(Math.abs(Math.round(v))).length();
            widen(col, style == styles.share || style == styles.probability ? 9 : digits + digits / 3 + 2);
        }

        /** Frozen header rows and naming columns, a filter on the English header, widths from the content. */
        void finish(int frozenColumns) {
            sheet.createFreezePane(frozenColumns, 2);
            if (columns > 0) {
                sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, nextRow - 1), 0, columns - 1));
            }
            // Printed: landscape, one page wide, both header rows on every page.
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
            for (int c = 0; c < widths.size(); c++) {
                int chars = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths.get(c) + 2));
                sheet.setColumnWidth(c, chars * 256);
            }
        }

        private void widen(int col, int chars) {
            while (widths.size() <= col) {
                widths.add(0);
            }
            widths.set(col, Math.max(widths.get(col), chars));
        }

        private static double parse(String field) {
            try {
                return Double.parseDouble(field);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + field + "' is not a number", e);
            }
        }

        /** Characters as a spreadsheet lays them out: CJK and full-width forms take two columns. */
        static int displayWidth(String s) {
            int w = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                boolean wide = script == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F)
                        || (cp >= 0xFF00 && cp <= 0xFFEF);
                w += wide ? 2 : 1;
            }
            return w;
        }
    }

    /** A CSV table read by its header's column names, which must include the expected ones. */
    private record Table(String file, Map<String, Integer> columns, List<List<String>> rows) {
        static Table of(String file, String text, String... expected) {
            List<List<String>> all = CsvText.parse(text);
            if (all.isEmpty()) {
                throw new IllegalArgumentException(file + " is empty");
            }
            Map<String, Integer> columns = new LinkedHashMap<>();
            List<String> header = all.get(0);
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i), i);
            }
            for (String name : expected) {
                if (!columns.containsKey(name)) {
                    throw new IllegalArgumentException(file + " has no column '" + name + "'");
                }
            }
            return new Table(file, columns, all.subList(1, all.size()));
        }

        String get(List<String> row, String column) {
            int i = columns.get(column);
            return i < row.size() ? row.get(i) : "";
        }

        int integer(List<String> row, String column) {
            try {
                return Integer.parseInt(get(row, column));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": " + column + " '" + get(row, column)
                        + "' is not a whole number", e);
            }
        }

        double number(List<String> row, String column) {
            String s = get(row, column);
            return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
        }
    }

    /**
     * The zip again with every entry stamped {@link #ENTRY_TIME} (POI stamps the time of writing), in the same
     * order and with the same content. {@link ZipEntry#setTimeLocal} stores the local date-time as it is, so the
     * bytes do not depend on the machine's time zone.
     */
    static byte[] withFixedEntryTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(ENTRY_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
