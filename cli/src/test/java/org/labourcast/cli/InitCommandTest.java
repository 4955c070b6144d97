package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * {@code labourcast init}: a new region's scenario from its census figures, which validates and runs, keeps the
 * figures it was given, marks everything else as an assumption, and never overwrites a file.
 */
class InitCommandTest {
    private static final Path ROOT = LabourcastCliTest.repositoryRoot();

    @TempDir
    Path tmp;

    /**
     * Leshan's 2020 figures as its shipped baseline takes them (scenarios/leshan/baseline.yaml, population.source):
     * 3,160,168 residents (7th census), 15-59 61.39% (the plan, ch.1 §2), 0-14 and 60+ splitting the rest in
     * Sichuan's census ratio 16.10:21.71 (the baseline's assumption), urban 53% (the plan); a region started anew.
     */
    private static String[] leshan(Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("init", file.toString(), "--name-en", "Leshan", "--name-zh",
                "乐山市", "--code", "511100", "--base-year", "2020", "--population", "3160168",
                "--age-shares", "0-14=0.1644,15-59=0.6139,60+=0.2217", "--urban-share", "0.53",
                "--id", "leshan-census", "--source", "乐山市第七次全国人口普查公报 (2021-06-03); 乐山市十四五就业促进规划"));
        for (int i = 0; i + 1 < more.length; i += 2) {
            int at = args.indexOf(more[i]);
            if (at >= 0) {
                args.set(at + 1, more[i + 1]); // the flag replaced, not repeated (repeated list flags add up)
            } else {
                args.addAll(List.of(more[i], more[i + 1]));
            }
        }
        return args.toArray(String[]::new);
    }

    @Test
    void theWrittenScenarioValidatesRunsAndKeepsTheGivenFigures() throws IOException {
        Path file = tmp.resolve("leshan/census.yaml");
        LabourcastCliTest.Result r = LabourcastCliTest.run(leshan(file));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote " + file + ": scenario 'leshan-census' (Leshan / 乐山市),"
                + " 2020-2035, 3,160,168 residents\n"), r.out());
        String text = Files.readString(file);
        long assumptions = text.lines().filter(l -> l.contains(InitCommand.ASSUMPTION)).count();
        assertTrue(assumptions >= 8, "fertility, mortality, migration, urbanization… marked: " + assumptions);
        assertTrue(r.out().contains(assumptions + " fields are assumptions to replace"), r.out());

        LabourcastCliTest.Result valid = LabourcastCliTest.run("validate", file.toString());
        assertEquals(0, valid.code(), valid.err());
        ScenarioSpec spec = new ScenarioReader().read(file).spec();
        assertEquals("511100", spec.region().code());
        assertEquals(2020, spec.baseYear());
        assertEquals(2035, spec.horizon());

        Path out = tmp.resolve("out");
        LabourcastCliTest.Result run = LabourcastCliTest.run("run", file.toString(), "--out", out.toString(),
                "--no-charts");
        assertEquals(0, run.code(), run.err());
        // The base year is the census: its total and age shares as given.
        double[] byBand = new double[3];
        double total = 0;
        double urban = 0;
        for (String line : Files.readAllLines(out.resolve("population.csv"))) {
            String[] f = line.split(",");
            if (!f[0].equals("2020")) {
                continue;
            }
            double persons = Double.parseDouble(f[4]);
            int age = Integer.parseInt(f[1].replace("+", ""));
            byBand[age < 15 ? 0 : age < 60 ? 1 : 2] += persons;
            total += persons;
            urban += f[3].equals("urban") ? persons : 0;
        }
        assertEquals(3_160_168, total, 1e-6 * 3_160_168);
        assertArrayEquals(new double[] {0.1644, 0.6139, 0.2217}, new double[] {byBand[0] / total,
                byBand[1] / total, byBand[2] / total}, 1e-4);
        assertEquals(0.53, urban / total, 1e-4);
    }

    @Test
    void withoutAnUrbanShareTheNationalOneIsAnAssumption() throws IOException {
        Path file = tmp.resolve("x.yaml");
        LabourcastCliTest.Result r = LabourcastCliTest.run("init", file.toString(), "--name-en", "Test Region",
                "--code", "510700", "--base-year", "2022", "--population", "1000000",
                "--age-shares", "0-14=0.15,15-59=0.6,60-64=0.08,65+=0.17");
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(file);
        assertTrue(text.contains("value: 0.6389\n    source: >-\n      ASSUMPTION (replace): China's 2020 census"),
                text);
        assertTrue(text.contains("id: test-region-baseline\n"), text);
        String unfolded = text.replaceAll("\n +", " ");
        assertTrue(unfolded.contains("ASSUMPTION (replace): the counts of 2020-11-01 stand for the end of 2022"), text);
        assertTrue(text.contains("[GIVEN]  the figures passed to `labourcast init`: ASSUMPTION (replace)"), text);
        assertEquals(0, LabourcastCliTest.run("validate", file.toString()).code());
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path file = tmp.resolve("baseline.yaml");
        Files.writeString(file, "mine\n");
        LabourcastCliTest.Result r = LabourcastCliTest.run(leshan(file));
        assertEquals(2, r.code());
        assertEquals("error: FILE: " + file + " already exists; init never overwrites a file (choose another name,"
                + " or remove the file first)\n", r.err());
        assertEquals("mine\n", Files.readString(file));
    }

    @Test
    void badFiguresAreInputErrorsNamingTheFlag() {
        Path file = tmp.resolve("bad.yaml");
        String[][] cases = {
            {"--age-shares", "0-14=16.41,15-59=61.78,60+=21.81", "shares are fractions 0-1, got 16.41"},
            {"--age-shares", "0-14=0.2,15-59=0.6,60+=0.1", "the shares must sum to 1, got 0.9000"},
            {"--age-shares", "0-14=0.2,20-59=0.6,60+=0.2", "no band covers ages 15-19"},
            {"--age-shares", "0-14=0.2,15-59=0.6,60+=0.2,65+=0.1", "bands overlap at age 65 (a bulletin's 65+ lies"},
            {"--age-shares", "0-14=0.2,15-62=0.6,63+=0.2", "band 15-62 must start and end at the 5-year groups"},
            {"--age-shares", "0-14=0.2,15-59=0.8", "the last band must be open"},
            {"--code", "51070", "expected the 6-digit administrative division code"},
            {"--base-year", "2015", "expected 2018-2040, got 2015"},
            {"--urban-share", "53", "expected a fraction strictly between 0 and 1, got 53.0 (write 0.53"},
        };
        for (String[] c : cases) {
            String[] args = leshan(file, c[0], c[1]);
            LabourcastCliTest.Result r = LabourcastCliTest.run(args);
            assertEquals(2, r.code(), c[1] + ": " + r.err());
            assertTrue(r.err().startsWith("error: " + c[0] + ": "), r.err());
            assertTrue(r.err().contains(c[2]), c[1] + ": " + r.err());
            assertFalse(Files.exists(file), "nothing written for " + c[1]);
        }
    }

    /** The census pattern shipped in the jar is the repository's census data summed to 5-year groups. */
    @Test
    void theCensusPatternIsTheDataFileSummed() throws IOException {
        long[][] census = InitCommand.census();
        long[][] sums = new long[2][21];
        for (String line : Files.readAllLines(ROOT.resolve("scenarios/data/china2020_census_single_age.csv"))) {
            if (line.startsWith("#") || line.startsWith("age,")) {
                continue;
            }
            String[] f = line.split(",");
            int g = f[0].equals("100+") ? 20 : Integer.parseInt(f[0]) / 5;
            sums[0][g] += Long.parseLong(f[1]);
            sums[1][g] += Long.parseLong(f[2]);
        }
        assertArrayEquals(sums[0], census[0]);
        assertArrayEquals(sums[1], census[1]);
    }

    /** The template's fertility and mortality rates are WPP 2024's, as the shipped Xuzhou baseline carries them. */
    @Test
    void theTemplateRatesAreTheShippedWpp2024Rates() throws IOException {
        String xuzhou = Files.readString(ROOT.resolve("scenarios/xuzhou/baseline.yaml"));
        String template;
        try (var in = InitCommand.class.getResourceAsStream("init/scenario-template.yaml")) {
            template = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String block : List.of("  schedules:\n", "  mx:\n")) {
            String expected = xuzhou.substring(xuzhou.indexOf(block), xuzhou.indexOf("\n\n", xuzhou.indexOf(block)));
            assertTrue(template.contains(expected), block);
        }
    }

    /** Largest remainder: the counts add up to the total exactly, each band keeps its share. */
    @Test
    void theCountsAddUpToTheTotal() {
        List<InitCommand.Band> bands = InitCommand.bands(List.of("0-14=0.2", "15-59=0.6", "60+=0.2"));
        long[][] c = InitCommand.population(1_000_001, bands, InitCommand.census());
        long sum = 0;
        long young = 0;
        for (int g = 0; g < 21; g++) {
            sum += c[0][g] + c[1][g];
            young += g < 3 ? c[0][g] + c[1][g] : 0;
        }
        assertEquals(1_000_001, sum);
        assertEquals(200_000, young, 2);
    }
}
