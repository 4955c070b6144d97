package org.labourcast.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.api.examples.ChartsExample;
import org.labourcast.api.examples.ForecastExample;
import org.labourcast.api.examples.Overrides;
import org.labourcast.api.examples.QuickStart;
import org.labourcast.api.examples.ReportExample;
import org.labourcast.api.examples.SweepExample;
import org.labourcast.api.examples.SweepResultExample;
import org.labourcast.api.examples.Tables;
import org.labourcast.api.examples.TargetsAndFiles;
import org.labourcast.charts.ChartFormat;

/**
 * The documentation's examples run, and the documentation shows them as they run (Tablesaw's docs-src idea: examples
 * that are compiled and executed cannot rot). Each example is a method body in {@code examples/} between
 * {@code // example: NAME} and {@code // end example}; the Javadoc shows it in a {@code <pre>{@code …}</pre>} block
 * after {@code <!-- example: NAME -->}, and the README's "API and notebooks" section shows the quick start and the
 * sweep, and docs/sweeps.md the sweep, each in a {@code ```java} block after {@code <!-- example: NAME -->}. Tests
 * run from the project root (surefire's working directory), as a user would.
 */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("api/src/test/java/org/labourcast/api/examples");
    private static final Path SOURCES = Path.of("api/src/main/java/org/labourcast/api");

    @TempDir
    Path out;

    @Test
    void quickStartRunsAndWritesWhatRunWrites() {
        Result r = QuickStart.run(out);
        assertEquals(5, r.runs());
        assertTrue(r.monteCarlo());
        double v = r.value("rural_labour_transfer_rate", 2025);
        assertTrue(v > 0.7 && v < 0.9, "Leshan's 2025 transfer rate near the README's 77.6%: " + v);
        for (String f : List.of("indicators.csv", "population.csv", "targets.csv", "manifest.json",
                "urbanization_rate.png", "population_pyramid.png", "employment_structure.png", "target_scorecard.png")) {
            assertTrue(Files.isRegularFile(out.resolve("leshan-quick").resolve(f)), f);
        }
    }

    @Test
    void overridesChangeTheRun() {
        double[] v = Overrides.run(out);
        assertTrue(v[1] > v[0], "a higher transfer base rate raises the 2025 transfer rate: " + v[0] + " -> " + v[1]);
    }

    @Test
    void targetsAndFiles() {
        List<List<Path>> made = TargetsAndFiles.run(out);
        assertEquals("manifest.json", made.get(0).get(made.get(0).size() - 1).getFileName().toString());
        assertTrue(made.get(1).stream().allMatch(p -> p.toString().endsWith(".svg") && Files.isRegularFile(p)));
        assertTrue(made.get(1).stream().anyMatch(p -> p.getFileName().toString().equals("target_scorecard.svg")));
    }

    @Test
    void tables() {
        Tables.Values v = Tables.run(out);
        assertEquals(16, v.years().length);
        assertEquals(2020, v.years()[0]);
        assertEquals(0.53, v.shares()[0], 1e-9, "Leshan's 2020 urbanization (census)");
        assertEquals(v.shares()[5], v.in2025());
        assertEquals(3, v.csv().lines().count(), v.csv());
        assertTrue(v.csv().startsWith("scenario,indicator,year,stat,value\n"), v.csv());
    }

    @Test
    void charts() {
        ChartsExample.Made m = ChartsExample.run(out);
        assertEquals(List.of("urbanization_rate", "population_pyramid", "target_scorecard"), m.names(),
                "a projection's standard charts: no labour indicators, so no employment structure");
        assertEquals(Math.round(16 / 2.54 * 96), m.pyramid().getWidth());
        assertEquals(6, m.written().size(), "three charts in two formats");
        assertTrue(Files.isRegularFile(m.one()));
        assertTrue(m.one().getFileName().toString().equals("population_total.svg"));
    }

    @Test
    void forecast() {
        double point = ForecastExample.run(out);
        assertTrue(point > 0.5 && point < 0.8, "urbanization forecast 2025: " + point);
        assertTrue(Files.isRegularFile(out.resolve("forecast/forecast.csv")));
        assertTrue(Files.isRegularFile(out.resolve("forecast/forecast_urbanization_rate.png")));
    }

    @Test
    void report() throws IOException {
        ReportExample.Made m = ReportExample.run(out);
        String html = Files.readString(m.html());
        assertTrue(html.contains("乐山"), "a Chinese report");
        assertTrue(Files.isRegularFile(m.html().resolveSibling("report.md")));
        assertFalse(m.saved().names().isEmpty());
    }

    /**
     * The quick sweep file's 13 one-at-a-time points run and are written as {@code labourcast sweep} writes them:
     * the tables, a tornado chart per outcome, the manifest and a checkpoint per point, which read back to the same
     * result. More training raises the skilled workers; a faster transfer rate the transfer rate.
     */
    @Test
    void sweep() throws IOException {
        SweepExample.Made m = SweepExample.run(out);
        assertEquals(13, m.sweep().size(), "the baseline and 4 points for each of 3 parameters");
        assertEquals(List.of("labour.transfer.base_rate", "labour.skills.trainees", "fertility_scale"),
                m.sweep().parameters());
        Path dir = out.resolve("sweep");
        for (String f : List.of("sweep.csv", "sweep_targets.csv", "points.csv", "sweep.json", "sensitivity.csv",
                "tornado.csv", "sensitivity_skilled_workers_2025.png", "sensitivity_employment_total_2035.png",
                "manifest.json")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        try (Stream<Path> points = Files.list(dir.resolve("points"))) {
            assertEquals(13, points.count(), "a checkpoint per point");
        }
        assertEquals(m.result().sweepCsv(), Files.readString(dir.resolve("sweep.csv")));
        assertEquals(m.result().table(), SweepResult.read(dir).table(), "the folder reads back to the same table");
        assertEquals(13, m.transfer().size(), "one row per point");
        assertTrue(m.result().elasticity("rural_labour_transfer_rate", 2025, "labour.transfer.base_rate") > 0);
        assertEquals("sensitivity_skilled_workers_2025.png", m.tornado().fileName(ChartFormat.PNG));
    }

    @Test
    void sweepResult() {
        SweepResultExample.Values v = SweepResultExample.run(out);
        assertEquals(13, v.byPoint().size());
        int baseline = v.result().plan().oatBaseline();
        assertTrue(v.atDouble() > v.byPoint().get(baseline),
                "40,000 trainees a year give more skilled workers than 20,000: " + v.atDouble() + " vs "
                        + v.byPoint().get(baseline));
        assertEquals(13, v.chance().length);
        assertTrue(Arrays.stream(v.chance()).allMatch(p -> p >= 0 && p <= 1));
        assertTrue(v.e() > 0.05 && v.e() < 1, "elasticity of skilled workers to trainees: " + v.e());
        assertEquals(8, v.charts().size(), "4 indicators x 2 years, one PNG each");
        assertTrue(v.charts().stream().allMatch(Files::isRegularFile));
    }

    /** Every example shown in the Javadoc is an example that runs, shown exactly; every example is shown. */
    @Test
    void theJavadocShowsTheExamplesAsTheyRun() throws IOException {
        Map<String, String> examples = examples();
        assertEquals(9, examples.size(), examples.keySet().toString());
        Map<String, String> shown = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                shown.putAll(javadocExamples(f));
            }
        }
        for (Map.Entry<String, String> e : shown.entrySet()) {
            assertTrue(examples.containsKey(e.getKey()), "no example named " + e.getKey());
            assertEquals(examples.get(e.getKey()), e.getValue(), "the Javadoc's example " + e.getKey());
        }
        assertEquals(examples.keySet(), shown.keySet(), "every example is shown in the Javadoc");
    }

    /**
     * The README's Java snippets are examples as they run: in the "API and notebooks" section, every
     * {@code ```java} block follows a {@code <!-- example: NAME -->} line and shows that example exactly; the quick
     * start and the sweep are shown.
     */
    @Test
    void theReadmeShowsTheQuickStartAndTheSweep() throws IOException {
        assertEquals(List.of("quickstart", "sweep"), markdownExamples(Path.of("README.md"), "## API and notebooks"));
    }

    /** docs/sweeps.md's Java API section shows the sweep example as it runs. */
    @Test
    void theSweepDocsShowTheSweepExample() throws IOException {
        assertEquals(List.of("sweep"), markdownExamples(Path.of("docs/sweeps.md"), "## Java API"));
    }

    /**
     * A newcomer pastes the README's snippets into a program (or jshell) and they compile: each block, its imports
     * at the top and the rest as a method body, compiles against the API's classpath with nothing added. (Before,
     * the quick start named {@code RunSettings} without saying it lives in {@code org.labourcast.experiment}.)
     */
    @Test
    void theReadmeSnippetsCompileAsPasted() throws IOException {
        for (Path file : List.of(Path.of("README.md"), Path.of("docs/sweeps.md"))) {
            for (String block : markdownBlocks(file)) {
                String errors = compile(block);
                assertEquals("", errors, file + ": the snippet does not compile as pasted:\n" + block);
            }
        }
    }

    /** Breaking a snippet makes the compile check fail: it is not vacuous. */
    @Test
    void aSnippetWithoutItsImportsDoesNotCompile() throws IOException {
        String quickstart = markdownBlocks(Path.of("README.md")).get(0);
        String withoutExperiment = quickstart.replaceAll("import org.labourcast.scenario.RunSettings;.*\n", "");
        assertFalse(withoutExperiment.equals(quickstart), "the quick start imports RunSettings");
        assertTrue(compile(withoutExperiment).contains("cannot find symbol"), "RunSettings needs its import");
    }

    /** The {@code ```java} blocks of a markdown file, as pasted. */
    private static List<String> markdownBlocks(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("```java")) {
                int end = lines.subList(i + 1, lines.size()).indexOf("```") + i + 1;
                blocks.add(String.join("\n", lines.subList(i + 1, end)) + "\n");
                i = end;
            }
        }
        assertFalse(blocks.isEmpty(), file + " has java blocks");
        return blocks;
    }

    /** Compiles a snippet (imports, then statements) as the body of a main method; returns javac's errors. */
    private static String compile(String snippet) throws IOException {
        List<String> imports = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (String line : snippet.lines().toList()) {
            (line.startsWith("import ") ? imports : body).add(line);
        }
        String source = String.join("\n", imports) + "\n\npublic class Pasted {\n"
                + "    public static void main(String[] args) throws Exception {\n"
                + String.join("\n", body) + "\n    }\n}\n";
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        Path dir = Files.createTempDirectory("pasted");
        Path file = dir.resolve("Pasted.java");
        Files.writeString(file, source);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = javac.run(null, null, err, "-proc:none", "-encoding", "UTF-8", "-d", dir.toString(),
                "-classpath", classpath(), file.toString());
        String errors = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        return code == 0 ? "" : errors.isEmpty() ? "javac exit " + code : errors;
    }

    /** The test's classpath, with the Class-Path of surefire's manifest-only jar spelt out. */
    private static String classpath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            entries.add(e);
            if (e.endsWith(".jar")) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(e)) {
                    java.util.jar.Manifest mf = jar.getManifest();
                    String cp = mf == null ? null : mf.getMainAttributes().getValue("Class-Path");
                    if (cp != null) {
                        for (String u : cp.trim().split("\\s+")) {
                            entries.add(Path.of(java.net.URI.create(u).isAbsolute() ? java.net.URI.create(u)
                                    : Path.of(e).toAbsolutePath().getParent().toUri().resolve(u)).toString());
                        }
                    }
                }
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /**
     * Checks that every {@code ```java} block in a markdown file's section follows a {@code <!-- example: NAME -->}
     * line and shows that example exactly, after the lines a paste needs first: the imports and the folder
     * {@code out}; returns the names shown, in order.
     */
    private static List<String> markdownExamples(Path file, String heading) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int section = lines.indexOf(heading);
        assertTrue(section >= 0, file + " has a section " + heading);
        int next = section + 1;
        while (next < lines.size() && !lines.get(next).startsWith("## ")) {
            next++;
        }
        Map<String, String> examples = examples();
        Pattern marker = Pattern.compile("<!-- example: (\\S+) -->");
        List<String> shown = new ArrayList<>();
        for (int i = section; i < next; i++) {
            if (!lines.get(i).equals("```java")) {
                continue;
            }
            Matcher m = marker.matcher(lines.get(i - 1));
            assertTrue(m.matches(), file + ":" + i + ": a java block follows <!-- example: NAME -->");
            int end = lines.subList(i + 1, lines.size()).indexOf("```") + i + 1;
            int start = i + 1;
            while (start < end && (lines.get(start).startsWith("import ") || lines.get(start).isBlank()
                    || lines.get(start).startsWith("Path out = "))) {
                start++;
            }
            String block = String.join("\n", lines.subList(start, end)) + "\n";
            assertEquals(examples.get(m.group(1)), dedent(block), file + "'s example " + m.group(1));
            shown.add(m.group(1));
        }
        return shown;
    }

    /** Name to code of every {@code // example: NAME} … {@code // end example} region, dedented. */
    static Map<String, String> examples() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path f : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i).strip();
                    if (l.startsWith("// example: ")) {
                        String name = l.substring("// example: ".length());
                        int end = i + 1;
                        while (!lines.get(end).strip().equals("// end example")) {
                            end++;
                        }
                        out.put(name, dedent(String.join("\n", lines.subList(i + 1, end)) + "\n"));
                    }
                }
            }
        }
        return out;
    }

    /** Name to code of each {@code <!-- example: NAME -->} followed by a {@code <pre>{@code …}</pre>} block. */
    static Map<String, String> javadocExamples(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String l = javadocText(lines.get(i)).strip();
            if (l.startsWith("<!-- example: ") && l.endsWith(" -->")) {
                String name = l.substring("<!-- example: ".length(), l.length() - " -->".length());
                assertEquals("<pre>{@code", javadocText(lines.get(i + 1)).strip(), file + ":" + (i + 2));
                List<String> code = new ArrayList<>();
                int j = i + 2;
                while (!javadocText(lines.get(j)).strip().equals("}</pre>")) {
                    code.add(javadocText(lines.get(j)));
                    j++;
                }
                out.put(name, dedent(String.join("\n", code) + "\n"));
            }
        }
        return out;
    }

    /** A Javadoc line without its leading {@code " * "}. */
    private static String javadocText(String line) {
        String s = line.stripLeading();
        if (s.startsWith("* ")) {
            return s.substring(2);
        }
        return s.equals("*") ? "" : s;
    }

    /** The text with the common leading spaces removed from every non-blank line, trailing spaces dropped. */
    static String dedent(String text) {
        List<String> lines = text.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l.isBlank() ? "" : l.substring(indent).stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
