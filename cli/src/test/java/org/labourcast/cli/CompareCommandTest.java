package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.results.Manifest;

/**
 * {@code labourcast compare} and the mid-term review of {@code run} as a planner meets them: the files and their
 * columns, common random numbers, exit codes. Quick settings: 3 runs at 200 persons per agent.
 */
class CompareCommandTest {
    private static Path baseline;
    private static String baselineText;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findScenario() throws IOException {
        Path p = LabourcastCliTest.repositoryRoot();
        baseline = p.resolve("scenarios/leshan/baseline.yaml");
        baselineText = Files.readString(baseline);
    }

    /** A copy of the baseline with another id and the transfer base rate 0.05 → 0.08. */
    private Path fasterTransfer() throws IOException {
        return variant("leshan-fast-transfer", "      beta: {mean: 0.05, sd: 0.015}\n",
                "      beta: {mean: 0.08, sd: 0.015}\n");
    }

    private Path variant(String id, String from, String to) throws IOException {
        assertTrue(baselineText.contains(from), "test setup: " + from);
        Path p = tmp.resolve(id + ".yaml");
        Files.writeString(p, baselineText.replace("id: leshan-baseline", "id: " + id).replace(from, to));
        return p;
    }

    private static LabourcastCliTest.Result compare(Path out, Path... scenarios) {
        List<String> args = new ArrayList<>(List.of("compare"));
        for (Path s : scenarios) {
            args.add(s.toString());
        }
        args.addAll(List.of("--out", out.toString(), "--runs", "3", "--scale", "200"));
        return LabourcastCliTest.run(args.toArray(String[]::new));
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * One comparison chart, whichever way it is drawn: {@code compare A B} draws from its runs in memory what
     * {@code chart a b} draws from the two runs' saved folders (same seed, runs and scale: the same runs).
     */
    @Test
    void compareDrawsTheChartsThatChartDrawsFromSavedRuns() throws IOException {
        Path b = fasterTransfer();
        Path out = tmp.resolve("cmp-zh");
        List<String> args = new ArrayList<>(List.of("compare", baseline.toString(), b.toString(), "--out",
                out.toString(), "--runs", "3", "--scale", "200", "--lang", "zh", "--format", "png,svg"));
        LabourcastCliTest.Result r = LabourcastCliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        Path runA = tmp.resolve("a");
        Path runB = tmp.resolve("b");
        for (Path[] run : new Path[][] {{baseline, runA}, {b, runB}}) {
            LabourcastCliTest.Result rr = LabourcastCliTest.run("run", run[0].toString(), "--out", run[1].toString(),
                    "--runs", "3", "--scale", "200", "--no-charts");
            assertEquals(0, rr.code(), rr.err());
        }
        Path charts = tmp.resolve("charts");
        LabourcastCliTest.Result rc = LabourcastCliTest.run("chart", runA.toString(), runB.toString(), "--out",
                charts.toString(), "--lang", "zh", "--format", "png,svg");
        assertEquals(0, rc.code(), rc.err());
        for (String f : List.of("compare_skilled_workers.png", "compare_skilled_workers.svg",
                "compare_urbanization_rate.png")) {
            assertArrayEquals(Files.readAllBytes(charts.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
    }

    @Test
    void compareWritesEveryTableChartsAndAManifestOfBothScenarios() throws IOException {
        Path b = fasterTransfer();
        Path out = tmp.resolve("cmp");
        LabourcastCliTest.Result r = compare(out, baseline, b);
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("comparison.csv", "differences.csv", "comparison_targets.csv", "decomposition.csv",
                "manifest.json", "compare_urbanization_rate.png", "compare_rural_labour_transfer_rate.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertEquals("indicator,year,scenario,stat,value", Files.readAllLines(out.resolve("comparison.csv")).get(0));
        assertTrue(Files.readAllLines(out.resolve("comparison.csv"))
                .contains("employment_total,2020,leshan-fast-transfer,median,1784000"));
        assertEquals("indicator,year,scenario,reference,runs,mean,median,p05,p95,unpaired_p05,unpaired_p95",
                Files.readAllLines(out.resolve("differences.csv")).get(0));
        assertEquals("indicator,year,operator,target,kind,nature,scenario,probability,probability_difference,median,"
                + "median_first_year_met,status,runs,label,source,basis,basis_input,probability_low,probability_high",
                Files.readAllLines(out.resolve("comparison_targets.csv")).get(0));
        assertEquals("indicator,year,scenario,reference,component,factor,runs,mean,median,p05,p95",
                Files.readAllLines(out.resolve("decomposition.csv")).get(0));

        // More transfer: the paired difference of rural labour transferred is positive in the median, and pairing
        // (common random numbers for every source) makes its band narrower than the unpaired one. With every source
        // drawn and 3 runs at 200 persons per agent, a single run's agents' chance can still outweigh the effect.
        Map<String, String> transferred = csv(out.resolve("differences.csv")).stream()
                .filter(m -> m.get("indicator").equals("rural_labour_transferred") && m.get("year").equals("2030"))
                .findFirst().orElseThrow();
        assertTrue(Double.parseDouble(transferred.get("median")) > 0, transferred.toString());
        assertTrue(Double.parseDouble(transferred.get("p95")) - Double.parseDouble(transferred.get("p05"))
                < Double.parseDouble(transferred.get("unpaired_p95")) - Double.parseDouble(transferred.get("unpaired_p05")),
                transferred.toString());
        assertEquals("3", transferred.get("runs"));

        // The decomposition: components' means add up to the total's mean, per indicator and year.
        Map<String, Double> totals = new HashMap<>();
        Map<String, Double> parts = new HashMap<>();
        for (Map<String, String> m : csv(out.resolve("decomposition.csv"))) {
            String key = m.get("indicator") + m.get("year");
            double mean = Double.parseDouble(m.get("mean"));
            if (m.get("component").equals("total")) {
                totals.put(key, mean);
            } else {
                parts.merge(key, mean, Double::sum);
            }
        }
        assertEquals(16 * 7, totals.size(), "seven identities, sixteen years");
        totals.forEach((k, v) -> assertEquals(v, parts.get(k), 1e-3 * Math.max(1, Math.abs(v)), k));

        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"" + baseline.toString().replace('\\', '/') + "\": \"" + Manifest.sha256(baseline)
                + "\""), manifest);
        assertTrue(manifest.contains("\"" + b.toString().replace('\\', '/') + "\": \"" + Manifest.sha256(b) + "\""),
                manifest);
        assertTrue(manifest.contains("\"decomposition.csv\""), manifest);
        assertTrue(manifest.contains("\"seed\": 20201101"), manifest);

        assertTrue(r.out().contains("Comparison with leshan-baseline (reference)"), r.out());
        assertTrue(r.out().contains("common random numbers: 3 Monte Carlo runs per scenario"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  rural_labour_transferred") && l.contains("2025")
                && l.contains(" [+")), r.out());
        assertTrue(r.out().contains("  target rural_labour_transfer_rate > 70.00% in 2025: leshan-baseline 100%,"
                + " leshan-fast-transfer 100% (+0)"), r.out());
    }

    @Test
    void aScenarioComparedWithItselfHasZeroDifferencesAndTheSameTablesForAnyThreadCount() throws IOException {
        Path a = tmp.resolve("self1");
        Path b = tmp.resolve("self2");
        LabourcastCliTest.Result r = compare(a, baseline, baseline);
        assertEquals(0, r.code(), r.err());
        for (Map<String, String> m : csv(a.resolve("differences.csv"))) {
            for (String stat : List.of("mean", "median", "p05", "p95")) {
                assertEquals("0", m.get(stat), m.toString());
            }
            assertEquals("leshan-baseline-2", m.get("scenario"));
        }
        List<String> args = List.of("compare", baseline.toString(), baseline.toString(), "--out", b.toString(),
                "--runs", "3", "--scale", "200", "--threads", "1", "--no-charts");
        assertEquals(0, LabourcastCliTest.run(args.toArray(String[]::new)).code());
        for (String f : List.of("comparison.csv", "differences.csv", "comparison_targets.csv", "decomposition.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        assertFalse(Files.exists(b.resolve("compare_urbanization_rate.png")), "--no-charts");
    }

    @Test
    void scenariosWithAnotherHorizonOrMixedLabourSectionsExitTwo() throws IOException {
        Path shorter = variant("shorter", "horizon: 2035 ", "horizon: 2030 ");
        LabourcastCliTest.Result r = compare(tmp.resolve("h"), baseline, shorter);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("must share base year and horizon"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");

        Path demographic = tmp.resolve("demo.yaml");
        Files.writeString(demographic, withoutLabour(baselineText).replace("id: leshan-baseline", "id: demo"));
        LabourcastCliTest.Result mixed = compare(tmp.resolve("m"), baseline, demographic);
        assertEquals(2, mixed.code(), mixed.err());
        assertTrue(mixed.err().contains("has a labour: section and demo"), mixed.err());
    }

    @Test
    void demographicOnlyScenariosAreComparedDeterministically() throws IOException {
        Path a = tmp.resolve("demo-a.yaml");
        Path b = tmp.resolve("demo-b.yaml");
        String demo = withoutLabour(baselineText);
        Files.writeString(a, demo.replace("id: leshan-baseline", "id: demo-a"));
        // demo-b: the projected URGD decays faster (persistence 0.926 -> 0.9), so urbanization is lower in 2025.
        Files.writeString(b, demo.replace("id: leshan-baseline", "id: demo-b").replace("      value: 0.926\n",
                "      value: 0.9\n"));
        double expected = new org.labourcast.scenario.yaml.ScenarioReader().read(b).spec().ruralUrbanMove().projection()
                .median(2025, 2025)[0] - new org.labourcast.scenario.yaml.ScenarioReader().read(a).spec().ruralUrbanMove()
                .projection().median(2025, 2025)[0];
        assertTrue(expected < -0.001, "test setup: " + expected);
        Path out = tmp.resolve("demo");
        LabourcastCliTest.Result r = LabourcastCliTest.run("compare", a.toString(), b.toString(), "--out",
                out.toString(), "--no-charts");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("deterministic projections"), r.out());
        assertFalse(Files.exists(out.resolve("decomposition.csv")), "no labour indicators to decompose");
        Map<String, String> urbanization = csv(out.resolve("differences.csv")).stream()
                .filter(m -> m.get("indicator").equals("urbanization_rate") && m.get("year").equals("2025"))
                .findFirst().orElseThrow();
        assertEquals(expected, Double.parseDouble(urbanization.get("median")), 1e-9);
        assertEquals("", urbanization.get("unpaired_p05"));
        assertTrue(Files.readString(out.resolve("comparison_targets.csv"))
                .contains("urbanization_rate,2025,>=,0.6,annual,expected,demo-b,0,0,"));
    }

    @Test
    void usageMistakesAndExistingResultsExitTwo() throws IOException {
        LabourcastCliTest.Result one = LabourcastCliTest.run("compare", baseline.toString());
        assertEquals(2, one.code());
        assertTrue(one.err().contains("Usage: labourcast compare"), one.err());
        Path out = tmp.resolve("exists");
        Files.createDirectories(out);
        Files.writeString(out.resolve("comparison.csv"), "old\n");
        LabourcastCliTest.Result again = compare(out, baseline, baseline);
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already holds results"), again.err());
        assertEquals("old\n", Files.readString(out.resolve("comparison.csv")));
        LabourcastCliTest.Result bad = LabourcastCliTest.run("compare", baseline.toString(), baseline.toString(),
                "--runs", "0");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--runs: must be a whole number of at least 1"), bad.err());
    }

    // ---- actuals and --reanchor on run

    private Path withActuals() throws IOException {
        Path p = tmp.resolve("actuals.yaml");
        Files.writeString(p, baselineText + "\nactuals:\n"
                + "  - {indicator: employment_total, year: 2022, value: 1750000, source: \"test value\"}\n"
                + "  - {indicator: employment_total, year: 2023, value: 1740000, source: \"test value\"}\n"
                + "  - {indicator: rural_labour_transfer_rate, year: 2023, value: 0.745, source: \"test value\"}\n");
        return p;
    }

    @Test
    void runWritesActualsAndWithReanchorTheReanchoredProjection() throws IOException {
        Path out = tmp.resolve("review");
        LabourcastCliTest.Result r = LabourcastCliTest.run("run", withActuals().toString(), "--out", out.toString(),
                "--runs", "3", "--scale", "200", "--no-charts", "--reanchor");
        assertEquals(0, r.code(), r.err());
        List<String> actuals = Files.readAllLines(out.resolve("actuals.csv"));
        assertEquals("indicator,year,actual,median,p05,p95,deviation,relative_deviation,in_band_90,source",
                actuals.get(0));
        assertEquals(4, actuals.size());
        Map<String, String> first = csv(out.resolve("actuals.csv")).get(0);
        double median = Double.parseDouble(first.get("median"));
        assertEquals(median - 1_750_000, Double.parseDouble(first.get("deviation")), 1e-6);
        assertEquals((median - 1_750_000) / 1_750_000, Double.parseDouble(first.get("relative_deviation")), 1e-9);

        // Re-anchored: every run passes through the latest actual, 1,740,000 in 2023.
        List<String> reanchored = Files.readAllLines(out.resolve("indicators_reanchored.csv"));
        for (String stat : List.of("mean", "median", "p05", "p95")) {
            assertTrue(reanchored.contains("leshan-baseline,employment_total,2023," + stat + ",1740000"), stat);
            assertTrue(reanchored.contains("leshan-baseline,rural_labour_transfer_rate,2023," + stat + ",0.745"), stat);
            assertTrue(reanchored.contains("leshan-baseline,employment_total,2022," + stat + ",1750000"), stat);
        }
        assertTrue(Files.readAllLines(out.resolve("targets_reanchored.csv")).get(0).startsWith("indicator,year,"));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"reanchor.employment_total\": \"2023\""), manifest);
        assertTrue(manifest.contains("\"targets_reanchored.csv\""), manifest);
        assertTrue(r.out().contains("  actuals: "), r.out());
        assertTrue(r.out().contains("re-anchored on the latest actual of each indicator"), r.out());
    }

    @Test
    void reanchorWithoutActualsAndBadActualsExitTwo() throws IOException {
        LabourcastCliTest.Result none = LabourcastCliTest.run("run", baseline.toString(), "--out",
                tmp.resolve("n").toString(), "--reanchor");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("--reanchor: scenario leshan-baseline"), none.err());
        assertTrue(none.err().contains("has no actuals"), none.err());

        Path bad = tmp.resolve("bad.yaml");
        String text = baselineText + "\nactuals:\n  - {indicator: urbanization_rate, year: 2023, value: 57.5,"
                + " source: bulletin}\n";
        Files.writeString(bad, text);
        LabourcastCliTest.Result r = LabourcastCliTest.run("validate", bad.toString());
        assertEquals(2, r.code());
        int line = (int) text.lines().count();
        assertTrue(r.err().contains(bad + ":" + line + ":"), r.err());
        assertTrue(r.err().contains("actuals[0].value: must be between 0 and 1"), r.err());
    }

    /**
     * The README's "Comparing scenarios" example runs as written (Tablesaw-style: documentation examples cannot rot):
     * the Leshan baseline against its shipped skills-first variant, the output folder moved into a temporary one.
     */
    @Test
    void theReadmeCompareExampleRuns() throws IOException {
        Path root = baseline.getParent().getParent().getParent();
        List<String> lines = Files.readAllLines(root.resolve("README.md"));
        int section = lines.indexOf("## Comparing scenarios");
        assertTrue(section >= 0, "README has a Comparing scenarios section");
        String command = lines.subList(section, lines.size()).stream().filter(l -> l.startsWith("./labourcast compare "))
                .findFirst().orElseThrow();
        List<String> args = new ArrayList<>();
        String[] words = command.substring("./labourcast ".length()).split(" +");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("--out")) {
                args.addAll(List.of("--out", tmp.resolve("readme").toString()));
                i++;
            } else {
                args.add(words[i].endsWith(".yaml") ? root.resolve(words[i]).toString() : words[i]);
            }
        }
        assertTrue(args.stream().anyMatch(a -> a.endsWith("scenarios/leshan/skills-first.yaml")), command);
        LabourcastCliTest.Result r = LabourcastCliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readAllLines(tmp.resolve("readme/comparison.csv")).stream()
                .anyMatch(l -> l.startsWith("employment_total,2020,leshan-skills-first,median,")), command);
    }

    /** The baseline without its labour section and labour targets. */
    static String withoutLabour(String text) {
        int labour = text.indexOf("\nlabour:\n");
        int indicators = text.indexOf("\nindicators:\n");
        int labourTargets = text.indexOf("\n  # Labour targets");
        return text.substring(0, labour) + text.substring(indicators, labourTargets) + "\n";
    }
}
