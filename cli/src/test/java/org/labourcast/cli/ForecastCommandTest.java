package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labourcast forecast}: files, table, exit codes and determinism, on the shipped Leshan baseline. */
class ForecastCommandTest {
    private static Path baseline;

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void findScenario() {
        Path p = LabourcastCliTest.repositoryRoot();
        baseline = p.resolve("scenarios/leshan/baseline.yaml");
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabourcastCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void writesTablesChartsAndManifest() throws IOException {
        Path out = tmp.resolve("f");
        Result r = run("forecast", baseline.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("forecast.csv", "backtest.csv", "models.csv", "manifest.json",
                "forecast_urbanization_rate.png", "forecast_sector_share_primary.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<String> forecast = Files.readAllLines(out.resolve("forecast.csv"));
        assertEquals("indicator,model,year,point,lo80,hi80,lo95,hi95", forecast.get(0));
        assertEquals(1 + 5 * 15, forecast.size()); // five series, 2021..2035
        // Two points (2015: 42.9%, 2020: 38.7%): the line falls 0.84 points a year, 0.345 in 2025, no interval.
        assertTrue(forecast.contains("sector_share_primary,linear,2025,0.345,,,,"), String.join("\n", forecast));
        assertEquals("indicator,model,horizon,origins,MAE,MAPE,MASE",
                Files.readAllLines(out.resolve("backtest.csv")).get(0));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"forecast.csv\""), manifest);
        assertTrue(manifest.contains("\"model\": \"auto\""), manifest);
        assertTrue(r.out().contains("sector_share_primary"), r.out());
        assertTrue(r.out().contains("why: 2 points, fewer than 6: linear trend without AICc comparison"), r.out());
    }

    @Test
    void chartsFollowTheRunCommandsLanguageAndFormatFlags() throws IOException {
        Path out = tmp.resolve("zh");
        Result r = run("forecast", baseline.toString(), "--out", out.toString(), "--lang", "zh", "--format", "svg,pdf");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("forecast_urbanization_rate.pdf")));
        assertTrue(!Files.exists(out.resolve("forecast_urbanization_rate.png")), "only the formats asked for");
        String svg = Files.readString(out.resolve("forecast_urbanization_rate.svg"));
        assertTrue(svg.contains("width=\"16cm\"") && svg.contains("lc-forecast_urbanization_rate-"), "print size, ids");
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"chart_language\": \"zh\"") && manifest.contains("\"chart_formats\": \"svg,pdf\""),
                manifest);
        Result bad = run("forecast", baseline.toString(), "--out", tmp.resolve("bad").toString(), "--lang", "fr");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--lang"), bad.err());
    }

    @Test
    void sameScenarioTwiceGivesIdenticalTables() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, run("forecast", baseline.toString(), "--out", a.toString(), "--no-charts").code());
        assertEquals(0, run("forecast", baseline.toString(), "--out", b.toString(), "--no-charts").code());
        for (String f : List.of("forecast.csv", "backtest.csv", "models.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void refusesToOverwriteUnlessAsked() {
        Path out = tmp.resolve("o");
        assertEquals(0, run("forecast", baseline.toString(), "--out", out.toString(), "--no-charts").code());
        Result again = run("forecast", baseline.toString(), "--out", out.toString(), "--no-charts");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already holds results"), again.err());
        assertEquals(0, run("forecast", baseline.toString(), "--out", out.toString(), "--no-charts", "--overwrite")
                .code());
    }

    @Test
    void badModelOrHorizonIsBadInput() {
        Result model = run("forecast", baseline.toString(), "--out", tmp.resolve("m").toString(), "--model", "prophet");
        assertEquals(2, model.code());
        assertTrue(model.err().contains("unknown model 'prophet'"), model.err());
        Result horizon = run("forecast", baseline.toString(), "--out", tmp.resolve("h").toString(), "--horizon", "2019");
        assertEquals(2, horizon.code());
        assertTrue(horizon.err().contains("--horizon: must be after the base year 2020"), horizon.err());
    }

    /**
     * Every shipped baseline (each {@code scenarios/<region>/baseline.yaml}, found by listing, so a new region is
     * covered) forecasts its history, and that history holds at least the two series every region has published:
     * resident population and urbanization. Removing a baseline's history, or either series, fails here.
     */
    @Test
    void everyShippedBaselineForecastsItsHistory() throws IOException {
        List<Path> baselines;
        try (Stream<Path> regions = Files.list(LabourcastCliTest.repositoryRoot().resolve("scenarios"))) {
            baselines = regions.map(d -> d.resolve("baseline.yaml")).filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(baselines.size() >= 5, baselines.toString());
        for (Path b : baselines) {
            String region = b.getParent().getFileName().toString();
            Path out = tmp.resolve("every-" + region);
            Result r = run("forecast", b.toString(), "--out", out.toString(), "--no-charts");
            assertEquals(0, r.code(), region + ": " + r.err());
            List<String> forecast = Files.readAllLines(out.resolve("forecast.csv"));
            for (String series : List.of("urbanization_rate", "population_total")) {
                assertTrue(forecast.stream().anyMatch(l -> l.startsWith(series + ",")),
                        region + " has no " + series + " history to forecast");
            }
        }
    }

    @Test
    void aScenarioWithoutHistoryIsBadInput() throws IOException {
        String text = Files.readString(baseline);
        Path noHistory = tmp.resolve("no-history.yaml");
        Files.writeString(noHistory, text.substring(0, text.indexOf("\nhistory:")) + "\n");
        Result r = run("forecast", noHistory.toString(), "--out", tmp.resolve("n").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("has no history: section"), r.err());
    }

    @Test
    void aRequestedModelAndAShorterHorizon() throws IOException {
        Path out = tmp.resolve("r");
        Result r = run("forecast", baseline.toString(), "--out", out.toString(), "--no-charts", "--model", "holt",
                "--horizon", "2025");
        assertEquals(0, r.code(), r.err());
        List<String> forecast = Files.readAllLines(out.resolve("forecast.csv"));
        assertEquals(1 + 5 * 5, forecast.size());
        // Leshan's series are too short for Holt: each falls back to the automatic choice and says why.
        String models = Files.readString(out.resolve("models.csv"));
        assertTrue(models.contains("holt not applicable"), models);
    }
}
