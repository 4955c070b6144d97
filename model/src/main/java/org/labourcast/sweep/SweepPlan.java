package org.labourcast.sweep;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.labourcast.Csv;
import org.labourcast.results.Manifest;
import org.labourcast.sweep.definition.Design;
import org.labourcast.sweep.definition.ParameterValue;
import org.labourcast.sweep.definition.SensitivitySpec;
import org.labourcast.sweep.definition.SweepDefinition;

/**
 * Everything needed to run a sweep's points and to turn their results into the sweep's tables, independent of the
 * machine and folder: the scenario's identity, the model settings every point shares, the parameters, the points,
 * what to report and the sensitivity analysis with the points it uses. Written as {@code sweep.json} and
 * {@code points.csv} at the start of a sweep and read back by {@code --resume} and {@code labourcast merge}, so a
 * sweep's final tables depend on this plan and the points' results only.
 *
 * <p>{@link #fingerprint()} (the SHA-256 of {@code sweep.json}, which holds the SHA-256 of {@code points.csv})
 * identifies the sweep: every point's checkpoint carries it, and folders are only resumed or merged when it agrees.
 * Immutable and thread-safe.
 *
 * @param scenario     the scenario swept (its hash covers its file, parents, the sweep section and overrides)
 * @param toolVersion  labourcast's version (points run by another version may differ)
 * @param agents       true when points run the agent-based labour model (Monte Carlo), false for the deterministic
 *                     cohort-component projection
 * @param runsPerPoint Monte Carlo runs per point (1 for the projection)
 * @param scale        persons per agent
 * @param modelSeed    the master seed of every point's runs (common random numbers)
 * @param design       the sweep's design
 * @param samples      the design's samples ({@code points:}), 0 for grid and oat
 * @param seed         the seed of sampling and bootstrap
 * @param parameters   parameter names, in order
 * @param points       the points, indexed 0..n-1
 * @param outputs      what {@code sweep.csv} reports
 * @param sensitivity  the analysis, if any
 * @param oat          for a one-at-a-time analysis (or design), where each parameter's points are; else empty
 * @param oatBaseline  the point with every parameter at baseline, or -1
 */
public record SweepPlan(ScenarioInfo scenario, String toolVersion, boolean agents, int runsPerPoint, int scale,
                        long modelSeed, Design design, int samples, long seed, List<String> parameters,
                        List<SweepPoint> points, SweepDefinition.Outputs outputs, Optional<SensitivitySpec> sensitivity,
                        List<OatLayout> oat, int oatBaseline) {
    /** File name of the plan. */
    public static final String PLAN_FILE = "sweep.json";
    /** File name of the design's points. */
    public static final String POINTS_FILE = "points.csv";
    private static final String FORMAT = "labourcast sweep plan";
    private static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    public SweepPlan {
        Objects.requireNonNull(scenario, "scenario");
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
        oat = List.copyOf(oat);
        for (int i = 0; i < points.size(); i++) {
            SweepPoint p = points.get(i);
            if (p.index() != i || p.values().size() != parameters.size()) {
                throw new IllegalArgumentException("point " + i + " is out of place or has the wrong number of values");
            }
        }
    }

    /**
     * Who and what was swept, for tables and chart notes.
     *
     * @param sha256 the scenario's hash (docs/scenario-format.md, "What the run manifest records")
     */
    public record ScenarioInfo(String id, String sha256, String titleEn, String titleZh, String regionEn,
                               String regionZh, int baseYear, int horizon) {
    }

    public int size() {
        return points.size();
    }

    /** True when a point's checkpoint keeps the indicator in the year: reported, or needed for sensitivity. */
    public boolean keeps(String indicator, int year) {
        return outputs.includes(indicator, year) || sensitivity.map(s -> s.indicators().contains(indicator)
                && s.years().contains(year)).orElse(false);
    }

    /** For a Sobol' design: the point of Saltelli's row j in block b (0 = A, 1 = B, 1 + i = AB_i, i from 1). */
    public int sobolPoint(int row, int block) {
        return row * (parameters.size() + 2) + block;
    }

    /** SHA-256 of {@code sweep.json}: what identifies the sweep. */
    public String fingerprint() {
        return Manifest.sha256(toJson().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code points.csv}: {@code point,block,sample,<parameter>…}, one line per point (sample empty for OAT points). */
    public String pointsCsv() {
        StringBuilder sb = new StringBuilder();
        List<Object> header = new ArrayList<>(List.of("point", "block", "sample"));
        header.addAll(parameters);
        sb.append(Csv.row(header.toArray()));
        for (SweepPoint p : points) {
            List<Object> cells = new ArrayList<>(List.of(p.index(), p.block(), p.sample() < 0 ? "" : p.sample()));
            p.values().forEach(v -> cells.add(v.text()));
            sb.append(Csv.row(cells.toArray()));
        }
        return sb.toString();
    }

    /** {@code sweep.json}: pretty JSON with a fixed field order and LF line ends (points only by their hash). */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", FORMAT_VERSION);
        root.put("tool_version", toolVersion);
        ObjectNode s = root.putObject("scenario");
        s.put("id", scenario.id());
        s.put("sha256", scenario.sha256());
        s.put("title_en", scenario.titleEn());
        s.put("title_zh", scenario.titleZh());
        s.put("region_en", scenario.regionEn());
        s.put("region_zh", scenario.regionZh());
        s.put("base_year", scenario.baseYear());
        s.put("horizon", scenario.horizon());
        ObjectNode m = root.putObject("model");
        m.put("engine", agents ? "agents" : "cohort");
        m.put("runs_per_point", runsPerPoint);
        m.put("scale", scale);
        m.put("seed", Long.toString(modelSeed));
        ObjectNode d = root.putObject("design");
        d.put("name", design.label());
        d.put("samples", samples);
        d.put("seed", Long.toString(seed));
        strings(root.putArray("parameters"), parameters);
        ObjectNode o = root.putObject("outputs");
        strings(o.putArray("indicators"), outputs.indicators());
        ArrayNode oy = o.putArray("years");
        outputs.years().forEach(oy::add);
        if (sensitivity.isPresent()) {
            SensitivitySpec spec = sensitivity.get();
            ObjectNode n = root.putObject("sensitivity");
            n.put("method", spec.method().label());
            strings(n.putArray("indicators"), spec.indicators());
            ArrayNode y = n.putArray("years");
            spec.years().forEach(y::add);
            n.put("stat", spec.stat());
            n.put("delta", Csv.number(spec.delta()));
            n.put("bootstrap", spec.bootstrap());
            n.put("confidence", Csv.number(spec.confidence()));
        } else {
            root.putNull("sensitivity");
        }
        ObjectNode oatNode = root.putObject("oat");
        oatNode.put("baseline_point", oatBaseline);
        ArrayNode layout = oatNode.putArray("parameters");
        for (OatLayout l : oat) {
            ObjectNode e = layout.addObject();
            e.put("name", l.parameter());
            e.put("baseline", l.baseline().text());
            e.put("low_point", l.lowPoint());
            e.put("high_point", l.highPoint());
            e.put("minus_point", l.minusPoint());
            e.put("plus_point", l.plusPoint());
        }
        ObjectNode pts = root.putObject("points");
        pts.put("count", points.size());
        pts.put("file", POINTS_FILE);
        pts.put("sha256", Manifest.sha256(pointsCsv().getBytes(StandardCharsets.UTF_8)));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(lf);
        printer.indentArraysWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
        try {
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    /**
     * Reads a plan back from the texts of {@code sweep.json} and {@code points.csv}.
     *
     * @throws IllegalArgumentException naming what is wrong when the texts are not a plan this version writes, or
     *                                  {@code points.csv} does not match the hash in {@code sweep.json}
     */
    public static SweepPlan parse(String json, String pointsCsv) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("format_version").asInt() != 1) {
            throw new IllegalArgumentException("not a sweep plan of format version " + FORMAT_VERSION);
        }
        try {
            JsonNode s = root.get("scenario");
            ScenarioInfo info = new ScenarioInfo(text(s, "id"), text(s, "sha256"), text(s, "title_en"),
                    text(s, "title_zh"), text(s, "region_en"), text(s, "region_zh"), s.get("base_year").asInt(),
                    s.get("horizon").asInt());
            JsonNode m = root.get("model");
            JsonNode d = root.get("design");
            List<String> parameters = strings(root.get("parameters"));
            JsonNode o = root.get("outputs");
            SweepDefinition.Outputs outputs = new SweepDefinition.Outputs(strings(o.get("indicators")),
                    integers(o.get("years")));
            Optional<SensitivitySpec> sensitivity = Optional.empty();
            JsonNode n = root.get("sensitivity");
            if (n != null && !n.isNull()) {
                sensitivity = Optional.of(new SensitivitySpec(SensitivitySpec.Method.of(text(n, "method")),
                        strings(n.get("indicators")), integers(n.get("years")), text(n, "stat"),
                        Double.parseDouble(text(n, "delta")), n.get("bootstrap").asInt(),
                        Double.parseDouble(text(n, "confidence"))));
            }
            JsonNode oatNode = root.get("oat");
            List<OatLayout> oat = new ArrayList<>();
            for (JsonNode e : oatNode.get("parameters")) {
                String baseline = text(e, "baseline");
                oat.add(new OatLayout(text(e, "name"), value(baseline), e.get("low_point").asInt(),
                        e.get("high_point").asInt(), e.get("minus_point").asInt(), e.get("plus_point").asInt()));
            }
            JsonNode pts = root.get("points");
            String sha = Manifest.sha256(pointsCsv.getBytes(StandardCharsets.UTF_8));
            if (!sha.equals(text(pts, "sha256"))) {
                throw new IllegalArgumentException(POINTS_FILE + " does not match " + PLAN_FILE + " (its SHA-256 differs)");
            }
            List<SweepPoint> points = parsePoints(pointsCsv, parameters);
            if (points.size() != pts.get("count").asInt()) {
                throw new IllegalArgumentException(POINTS_FILE + " has " + points.size() + " points, " + PLAN_FILE
                        + " says " + pts.get("count").asInt());
            }
            return new SweepPlan(info, text(root, "tool_version"), "agents".equals(text(m, "engine")),
                    m.get("runs_per_point").asInt(), m.get("scale").asInt(), Long.parseLong(text(m, "seed")),
                    Design.of(text(d, "name")), d.get("samples").asInt(), Long.parseLong(text(d, "seed")), parameters,
                    points, outputs, sensitivity, oat, oatNode.get("baseline_point").asInt());
        } catch (NullPointerException | IllegalStateException e) {
            throw new IllegalArgumentException("a field of the plan is missing or malformed");
        }
    }

    private static List<SweepPoint> parsePoints(String csv, List<String> parameters) {
        String[] lines = csv.split("\n", -1);
        List<String> header = CsvLine.split(lines[0]);
        List<String> expected = new ArrayList<>(List.of("point", "block", "sample"));
        expected.addAll(parameters);
        if (!header.equals(expected)) {
            throw new IllegalArgumentException(POINTS_FILE + " has the columns " + header + ", expected " + expected);
        }
        List<SweepPoint> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            List<String> cells = CsvLine.split(lines[i]);
            if (cells.size() != expected.size()) {
                throw new IllegalArgumentException(POINTS_FILE + " line " + (i + 1) + " has " + cells.size() + " fields");
            }
            List<ParameterValue> values = new ArrayList<>();
            for (String c : cells.subList(3, cells.size())) {
                values.add(value(c));
            }
            out.add(new SweepPoint(Integer.parseInt(cells.get(0)), cells.get(1),
                    cells.get(2).isEmpty() ? -1 : Integer.parseInt(cells.get(2)), values));
        }
        return out;
    }

    /** A value as written in points.csv: a number when it reads as one, else text. */
    private static ParameterValue value(String text) {
        try {
            double x = Double.parseDouble(text);
            if (Double.isFinite(x) && Csv.number(x).equals(text)) {
                return new ParameterValue(text, x);
            }
        } catch (NumberFormatException notANumber) {
            // text
        }
        return ParameterValue.text(text);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalStateException(field);
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static List<Integer> integers(JsonNode a) {
        List<Integer> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asInt()));
        return out;
    }
}
