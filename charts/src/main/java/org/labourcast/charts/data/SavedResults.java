package org.labourcast.charts.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.labourcast.InputException;
import org.labourcast.charts.CsvText;
import org.labourcast.charts.IndicatorProjection;
import org.labourcast.charts.PopulationTable;
import org.labourcast.charts.RunInfo;
import org.labourcast.charts.TargetResult;
import org.labourcast.charts.YearBand;
import org.labourcast.charts.YearValue;
import org.labourcast.results.Manifest;
import org.labourcast.results.OutputDirectory;

/**
 * The results of one run as saved on disk — {@code indicators.csv}, {@code targets.csv}, {@code population.csv},
 * {@code manifest.json} and the scenario file the manifest names — read back for charts and reports, so they can
 * be redrawn without running the model again. {@code run} builds the same object from the CSV text it has just
 * written, so its charts and {@code labourcast chart}'s are the same bytes.
 *
 * <p>Only {@code indicators.csv} is required; the others are used when present. Immutable.
 */
public final class SavedResults {

    /**
     * What {@code manifest.json} says, as far as charts and reports use it.
     *
     * @param scenarioFiles the files the scenario was read from with their SHA-256 (scenario file first, then its
     *                      parents); from a manifest that lists none, the scenario file with its hash under
     *                      {@code inputs}
     * @param overrides     the {@code --set} overrides in order; from a manifest without {@code scenario.set}, the
     *                      {@code set.N} settings
     */
    public record ManifestData(String toolVersion, String scenarioId, String scenarioFile, String scenarioSha256,
                               Long seed, String started, String finished, SortedMap<String, String> settings,
                               SortedMap<String, String> outputs, SortedMap<String, String> inputs,
                               List<Manifest.ScenarioInput> scenarioFiles, List<String> overrides) {
        public ManifestData {
            scenarioFiles = List.copyOf(scenarioFiles);
            overrides = List.copyOf(overrides);
        }
    }

    private static final Pattern WORKING_AGE = Pattern.compile("working_age_population_(\\d+)_(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final RunInfo info;
    private final Map<String, IndicatorProjection> indicators;
    private final List<TargetResult> targets;
    private final PopulationTable population;
    private final ManifestData manifest;
    private final ScenarioDocument scenario;
    private final ScenarioDocument.Problem scenarioProblem;

    private SavedResults(Path dir, RunInfo info, Map<String, IndicatorProjection> indicators,
                         List<TargetResult> targets, PopulationTable population, ManifestData manifest,
                         ScenarioDocument scenario, ScenarioDocument.Problem scenarioProblem) {
        this.dir = dir;
        this.info = info;
        this.indicators = indicators;
        this.targets = targets;
        this.population = population;
        this.manifest = manifest;
        this.scenario = scenario;
        this.scenarioProblem = scenarioProblem;
    }

    /**
     * Reads a results directory. Every file read from it must be a regular file in it (not a symbolic link), and
     * when the folder has a {@code manifest.json}, every file read must be listed there with the SHA-256 of the bytes
     * read: a file changed or cut short after the run is refused, naming it. The scenario file the manifest names
     * (outside the folder) is opened only when it is a regular {@code .yaml}/{@code .yml} file within the scenario
     * size limit, and used only when its SHA-256 is the one the manifest records; otherwise the results are read
     * without it ({@link #scenarioProblem()}). So a manifest cannot make labourcast show any other file.
     *
     * @throws InputException if it is not a directory or holds no {@code indicators.csv}, a file is malformed, or a
     *                        file does not match the manifest
     */
    public static SavedResults read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(null, "RESULTS_DIR", "'" + dir + "' is not a directory",
                    "give a directory written by labourcast run");
        }
        Path indicatorsFile = dir.resolve("indicators.csv");
        if (!Files.exists(indicatorsFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(null, "RESULTS_DIR", "'" + dir + "' holds no labourcast results (no indicators.csv)",
                    "give a directory written by labourcast run");
        }
        ManifestData manifest = null;
        Path manifestFile = dir.resolve(OutputDirectory.MANIFEST);
        if (Files.exists(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
            requireFileInFolder(manifestFile);
            manifest = readManifest(manifestFile);
        }
        String indicatorsCsv = readVerified(indicatorsFile, manifest);
        String targetsCsv = optionalVerified(dir.resolve("targets.csv"), manifest);
        String populationCsv = optionalVerified(dir.resolve("population.csv"), manifest);
        ScenarioDocument scenario = null;
        ScenarioDocument.Problem problem = null;
        if (manifest != null && manifest.scenarioFile() != null) {
            ScenarioDocument.Resolution s = readScenario(manifest);
            scenario = s.document();
            problem = s.problem();
        }
        String scenarioId = manifest != null && manifest.scenarioId() != null ? manifest.scenarioId()
                : firstScenarioId(indicatorsCsv, indicatorsFile);
        RunInfo info = new RunInfo(scenarioId,
                scenario == null ? null : scenario.titleEn(), scenario == null ? null : scenario.titleZh(),
                scenario == null ? null : scenario.regionEn(), scenario == null ? null : scenario.regionZh(),
                manifest == null ? null : manifest.toolVersion(),
                manifest == null ? 1 : intSetting(manifest, "runs", 1),
                manifest == null || !manifest.settings().containsKey("scale") ? null : intSetting(manifest, "scale", 1),
                manifest == null ? null : manifest.seed());
        try {
            return of(dir, info, indicatorsCsv, targetsCsv, populationCsv, manifest, scenario, problem);
        } catch (IllegalArgumentException e) {
            throw new InputException(null, "RESULTS_DIR", "cannot read the results in '" + dir + "': " + e.getMessage());
        }
    }

    /**
     * The scenario the manifest names, resolved as it was run (its parents and {@code --set} overrides), each file
     * checked against the SHA-256 recorded for it; or why it is not used, naming the file.
     */
    private static ScenarioDocument.Resolution readScenario(ManifestData manifest) {
        String name = manifest.scenarioFile();
        Path file;
        try {
            file = Path.of(name);
        } catch (InvalidPathException e) {
            return new ScenarioDocument.Resolution(null, new ScenarioDocument.Problem("missing", name));
        }
        Map<String, String> recorded = new LinkedHashMap<>();
        for (Manifest.ScenarioInput f : manifest.scenarioFiles()) {
            recorded.put(f.file(), f.sha256());
        }
        return ScenarioDocument.resolve(file, recorded, manifest.overrides());
    }

    /**
     * Results from CSV texts as {@code run} writes them.
     *
     * @param targetsCsv    null or empty for none
     * @param populationCsv null or empty for none
     * @param manifest      null when not written yet
     * @param scenario      null when unknown
     * @param problem       why the scenario is missing or differs, or null
     * @throws IllegalArgumentException on malformed text
     */
    public static SavedResults of(Path dir, RunInfo info, String indicatorsCsv, String targetsCsv, String populationCsv,
                                  ManifestData manifest, ScenarioDocument scenario, ScenarioDocument.Problem problem) {
        return new SavedResults(dir, info, indicators(indicatorsCsv, info.runs()), targets(targetsCsv),
                population(populationCsv), manifest, scenario, problem);
    }

    public Path dir() {
        return dir;
    }

    public RunInfo info() {
        return info;
    }

    /** Indicators in file order. */
    public Map<String, IndicatorProjection> indicators() {
        return indicators;
    }

    public IndicatorProjection indicator(String name) {
        return indicators.get(name);
    }

    public List<TargetResult> targets() {
        return targets;
    }

    /** The population by age, sex and residence, or null if population.csv is absent. */
    public PopulationTable population() {
        return population;
    }

    /** The manifest, or null if absent. */
    public ManifestData manifest() {
        return manifest;
    }

    /** The scenario file, or null if it cannot be read. */
    public ScenarioDocument scenario() {
        return scenario;
    }

    /** "missing", "unreadable" or "changed" when the scenario file is not the one that was run; else null. */
    public String scenarioProblem() {
        return scenarioProblem == null ? null : scenarioProblem.kind();
    }

    /** The file of the scenario's chain that is missing, unreadable or changed since the run; else null. */
    public String scenarioProblemFile() {
        return scenarioProblem == null ? null : scenarioProblem.file();
    }

    /** Working-age bands reported (from the indicator names), e.g. [15, 59], in file order. */
    public List<int[]> workingAgeBands() {
        List<int[]> out = new ArrayList<>();
        for (String name : indicators.keySet()) {
            Matcher m = WORKING_AGE.matcher(name);
            if (m.matches()) {
                out.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
            }
        }
        return out;
    }

    // --- parsing ------------------------------------------------------------------------------------------------

    static Map<String, IndicatorProjection> indicators(String csv, int runs) {
        List<List<String>> rows = CsvText.parse(csv);
        Map<String, Integer> col = header(rows, "indicators.csv", "scenario", "indicator", "year", "stat", "value");
        Map<String, Map<String, List<double[]>>> byIndicator = new LinkedHashMap<>();
        String scenario = null;
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String valueText = get(row, col, "value");
            if (valueText.isEmpty()) {
                continue; // not available
            }
            scenario = scenario == null ? get(row, col, "scenario") : scenario;
            int year = parseInt(get(row, col, "year"), "indicators.csv", r);
            double value = parseDouble(valueText, "indicators.csv", r);
            byIndicator.computeIfAbsent(get(row, col, "indicator"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(get(row, col, "stat"), k -> new ArrayList<>()).add(new double[] {year, value});
        }
        Map<String, IndicatorProjection> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, List<double[]>>> e : byIndicator.entrySet()) {
            Map<String, List<double[]>> stats = e.getValue();
            List<double[]> central = stats.containsKey("median") ? stats.get("median") : stats.get("value");
            if (central == null) {
                continue;
            }
            int n = stats.containsKey("median") ? Math.max(1, runs) : 1;
            out.put(e.getKey(), new IndicatorProjection(scenario, e.getKey(), n, values(central),
                    bands(stats.get("p10"), stats.get("p90")), bands(stats.get("p05"), stats.get("p95"))));
        }
        return Collections.unmodifiableMap(out);
    }

    static List<TargetResult> targets(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        List<List<String>> rows = CsvText.parse(csv);
        Map<String, Integer> col = header(rows, "targets.csv", "indicator", "year", "operator", "target", "probability",
                "median", "status");
        List<TargetResult> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String first = get(row, col, "median_first_year_met");
            String baseYear = get(row, col, "base_year");
            String baseValue = get(row, col, "base_value");
            String runs = get(row, col, "runs");
            String low = get(row, col, "probability_low");
            String high = get(row, col, "probability_high");
            out.add(new TargetResult(get(row, col, "indicator"), parseInt(get(row, col, "year"), "targets.csv", r),
                    get(row, col, "operator"), parseDouble(get(row, col, "target"), "targets.csv", r),
                    parseDouble(get(row, col, "probability"), "targets.csv", r),
                    parseDouble(get(row, col, "median"), "targets.csv", r),
                    first.isEmpty() ? OptionalInt.empty() : OptionalInt.of(parseInt(first, "targets.csv", r)),
                    get(row, col, "status"), orDefault(get(row, col, "kind"), "annual"),
                    orDefault(get(row, col, "nature"), "expected"),
                    baseYear.isEmpty() ? OptionalInt.empty() : OptionalInt.of(parseInt(baseYear, "targets.csv", r)),
                    baseValue.isEmpty() ? Double.NaN : parseDouble(baseValue, "targets.csv", r),
                    runs.isEmpty() ? 1 : parseInt(runs, "targets.csv", r), get(row, col, "label"),
                    get(row, col, "source"), basis(get(row, col, "basis"), r), get(row, col, "basis_input"),
                    low.isEmpty() ? Double.NaN : parseDouble(low, "targets.csv", r),
                    high.isEmpty() ? Double.NaN : parseDouble(high, "targets.csv", r)));
        }
        return List.copyOf(out);
    }

    // The basis column (absent in a targets.csv from before it: projected), checked with its row.
    private static String basis(String value, int row) {
        if (value.isEmpty() || List.of("projected", "input", "base-year").contains(value)) {
            return value;
        }
        throw new IllegalArgumentException("targets.csv row " + (row + 1) + ": basis '" + value
                + "' is not projected, input or base-year");
    }

    static PopulationTable population(String csv) {
        if (csv == null || csv.isBlank()) {
            return null;
        }
        List<List<String>> rows = CsvText.parse(csv);
        Map<String, Integer> col = header(rows, "population.csv", "year", "age", "sex", "residence", "persons");
        int maxAge = 0;
        for (int r = 1; r < rows.size(); r++) {
            maxAge = Math.max(maxAge, age(get(rows.get(r), col, "age"), r));
        }
        PopulationTable.Builder b = new PopulationTable.Builder(Math.max(1, maxAge));
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String sex = get(row, col, "sex");
            String res = get(row, col, "residence");
            int s = sex.equals("male") ? PopulationTable.MALE : sex.equals("female") ? PopulationTable.FEMALE : -1;
            int u = res.equals("urban") ? PopulationTable.URBAN : res.equals("rural") ? PopulationTable.RURAL : -1;
            if (s < 0 || u < 0) {
                throw new IllegalArgumentException("population.csv line " + (r + 1) + ": unknown sex or residence '"
                        + sex + "', '" + res + "'");
            }
            b.add(parseInt(get(row, col, "year"), "population.csv", r), age(get(row, col, "age"), r), s, u,
                    parseDouble(get(row, col, "persons"), "population.csv", r));
        }
        return b.build();
    }

    static ManifestData readManifest(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            SortedMap<String, String> settings = new TreeMap<>();
            root.path("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
            SortedMap<String, String> outputs = new TreeMap<>();
            root.path("outputs").fields().forEachRemaining(e -> outputs.put(e.getKey(),
                    e.getValue().path("sha256").asText()));
            SortedMap<String, String> inputs = new TreeMap<>();
            root.path("inputs").fields().forEachRemaining(e -> inputs.put(e.getKey(), e.getValue().asText()));
            JsonNode seed = root.path("seed");
            JsonNode scenario = root.path("scenario");
            String scenarioFile = text(scenario.path("file"));
            List<Manifest.ScenarioInput> files = new ArrayList<>();
            for (JsonNode f : scenario.path("files")) {
                String path = text(f.path("file"));
                String sha = text(f.path("sha256"));
                if (path != null && sha != null) {
                    files.add(new Manifest.ScenarioInput(path, sha));
                }
            }
            if (files.isEmpty() && scenarioFile != null) {
                // A manifest from before scenario.files: the file's own hash is under inputs (scenario.sha256 covers
                // a variant's parents and overrides too), and a parent's too when it was recorded.
                String own = inputs.getOrDefault(scenarioFile, text(scenario.path("sha256")));
                if (own != null) {
                    files.add(new Manifest.ScenarioInput(scenarioFile, own));
                }
                inputs.forEach((path, sha) -> {
                    if (!path.equals(scenarioFile)) {
                        files.add(new Manifest.ScenarioInput(path, sha));
                    }
                });
            }
            List<String> overrides = new ArrayList<>();
            if (scenario.has("set")) {
                scenario.path("set").forEach(o -> overrides.add(o.asText()));
            } else {
                settings.forEach((k, v) -> {
                    if (k.matches("set\\.\\d+")) {
                        overrides.add(v); // zero-padded, so in the order applied
                    }
                });
            }
            return new ManifestData(text(root.path("tool").path("version")), text(scenario.path("id")),
                    scenarioFile, text(scenario.path("sha256")),
                    seed.isIntegralNumber() ? seed.asLong() : null, text(root.path("started")),
                    text(root.path("finished")), Collections.unmodifiableSortedMap(settings),
                    Collections.unmodifiableSortedMap(outputs), Collections.unmodifiableSortedMap(inputs),
                    files, overrides);
        } catch (IOException e) {
            throw new InputException(null, "RESULTS_DIR", "cannot read '" + file + "': " + e.getMessage());
        }
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static int intSetting(ManifestData m, String key, int fallback) {
        try {
            return Integer.parseInt(m.settings().getOrDefault(key, Integer.toString(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String firstScenarioId(String csv, Path file) {
        List<List<String>> rows = CsvText.parse(csv);
        if (rows.size() < 2 || rows.get(1).isEmpty() || rows.get(1).get(0).isBlank()) {
            throw new InputException(null, "RESULTS_DIR", "'" + file + "' has no rows");
        }
        return rows.get(1).get(0);
    }

    private static List<YearValue> values(List<double[]> rows) {
        List<YearValue> out = new ArrayList<>();
        for (double[] r : rows) {
            out.add(new YearValue((int) r[0], r[1]));
        }
        return out;
    }

    private static List<YearBand> bands(List<double[]> lo, List<double[]> hi) {
        List<YearBand> out = new ArrayList<>();
        if (lo == null || hi == null) {
            return out;
        }
        Map<Integer, Double> high = new TreeMap<>();
        for (double[] r : hi) {
            high.put((int) r[0], r[1]);
        }
        for (double[] r : lo) {
            Double h = high.get((int) r[0]);
            if (h != null) {
                out.add(new YearBand((int) r[0], Math.min(r[1], h), Math.max(r[1], h)));
            }
        }
        return out;
    }

    static Map<String, Integer> header(List<List<String>> rows, String file, String... required) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty");
        }
        Map<String, Integer> col = new LinkedHashMap<>();
        List<String> h = rows.get(0);
        for (int i = 0; i < h.size(); i++) {
            col.putIfAbsent(h.get(i).trim(), i);
        }
        for (String r : required) {
            if (!col.containsKey(r)) {
                throw new IllegalArgumentException(file + " has no '" + r + "' column");
            }
        }
        return col;
    }

    static String get(List<String> row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= row.size() ? "" : row.get(i).trim();
    }

    private static String orDefault(String s, String d) {
        return s.isEmpty() ? d : s;
    }

    private static int age(String s, int r) {
        return parseInt(s.endsWith("+") ? s.substring(0, s.length() - 1) : s, "population.csv", r);
    }

    static int parseInt(String s, String file, int r) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + " line " + (r + 1) + ": '" + s + "' is not a whole number");
        }
    }

    static double parseDouble(String s, String file, int r) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + " line " + (r + 1) + ": '" + s + "' is not a number");
        }
    }

    /** A file of the results folder as text, checked against the manifest when there is one. */
    private static String readVerified(Path f, ManifestData manifest) {
        return new String(readVerifiedBytes(f, manifest), StandardCharsets.UTF_8);
    }

    /** A file of the results folder, checked against the manifest when there is one. */
    static byte[] readVerifiedBytes(Path f, ManifestData manifest) {
        requireFileInFolder(f);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            throw new InputException(null, "RESULTS_DIR", "cannot read '" + f + "': " + e.getMessage());
        }
        if (manifest != null) {
            String name = f.getFileName().toString();
            String expected = manifest.outputs().get(name);
            if (expected == null) {
                throw new InputException(null, "RESULTS_DIR", "'" + f + "' is not listed in the folder's "
                        + OutputDirectory.MANIFEST + ", so it cannot be checked",
                        "give a folder as labourcast run wrote it, or run the scenario again");
            }
            if (!expected.equals(Manifest.sha256(bytes))) {
                throw new InputException(null, "RESULTS_DIR", "'" + f + "' does not match the folder's "
                        + OutputDirectory.MANIFEST + " (its SHA-256 differs from the one recorded when it was written: the"
                        + " file was changed or cut short)", "run the scenario again, or restore the file");
            }
        }
        return bytes;
    }

    private static String optionalVerified(Path f, ManifestData manifest) {
        return Files.exists(f, LinkOption.NOFOLLOW_LINKS) ? readVerified(f, manifest) : null;
    }

    /** Only a regular file inside the folder is read: not a link to a file elsewhere, a FIFO or a device. */
    static void requireFileInFolder(Path f) {
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(null, "RESULTS_DIR", "'" + f + "' is not a regular file in the results folder"
                    + (Files.isSymbolicLink(f) ? " (a symbolic link)" : ""),
                    "labourcast reads only the files a run wrote into the folder");
        }
    }

    /** A file's text checked against the manifest beside it, and that manifest. */
    record Listed(String text, ManifestData manifest) {
    }

    /**
     * A table handed over on its own ({@code chart --forecast}, {@code --sensitivity}) that lies in a folder whose
     * {@code manifest.json} lists it: read as {@link #read} reads its files, checked against that manifest. Null when
     * no manifest beside it lists it (a table made by hand or by another tool, read as it is).
     */
    static Listed readIfListed(Path file) {
        Path manifestFile = file.toAbsolutePath().resolveSibling(OutputDirectory.MANIFEST);
        if (!Files.exists(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        requireFileInFolder(manifestFile);
        ManifestData m = readManifest(manifestFile);
        if (!m.outputs().containsKey(file.getFileName().toString())) {
            return null; // a manifest of some other run
        }
        return new Listed(optionalVerified(file.toAbsolutePath(), m), m);
    }

    /**
     * Another file of a results folder (the report's extra tables), read as {@link #read} reads its files: a regular
     * file in the folder, checked against the folder's manifest when there is one; null when there is no such file.
     */
    static String optionalVerifiedText(Path f) {
        Path manifestFile = f.resolveSibling(OutputDirectory.MANIFEST);
        ManifestData manifest = null;
        if (Files.exists(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
            requireFileInFolder(manifestFile);
            manifest = readManifest(manifestFile);
        }
        return optionalVerified(f, manifest);
    }
}
