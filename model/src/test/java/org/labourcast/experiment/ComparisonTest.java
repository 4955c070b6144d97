package org.labourcast.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.InputException;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.indicators.MonteCarloSummary;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioFile;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.targets.TargetAttainment;

/**
 * Scenario comparison with common random numbers on the Leshan baseline (quick settings: 200 persons per agent):
 * a scenario against itself differs by exactly zero in every replicate; a change of one parameter gives paired
 * differences with a much narrower band than unpaired ones; the LMDI decomposition closes exactly.
 */
class ComparisonTest {
    private static final RunSettings FAST = new RunSettings(6, RunSettings.DEFAULT_SEED, 2, 200);
    private static String baselineText;
    private static ScenarioSpec baseline;
    private static AgentRun baselineRun;
    private static AgentRun fasterTransferRun;

    @BeforeAll
    static void runScenarios() throws IOException {
        // Migration that answers the labour market would let a labour-market lever move the demography; the tests
        // below check that the demography term is exactly zero, so the response is switched off here
        // (MigrationResponseTest covers it).
        String shipped = Files.readString(ShippedScenarios.leshanBaseline());
        String response = "    migration_response:\n      uniform: [0, 0.47]\n      basis: assumption\n";
        assertEquals(1, shipped.split(java.util.regex.Pattern.quote(response), -1).length - 1, "test setup");
        baselineText = shipped.replace(response, "    migration_response:\n      value: 0\n");
        baseline = new ScenarioReader().read("baseline.yaml", baselineText).spec();
        baselineRun = AgentRun.of(baseline, FAST, ProgressListener.NONE);
        fasterTransferRun = AgentRun.of(variant("leshan-fast-transfer", "      beta: {mean: 0.05, sd: 0.015}\n",
                "      beta: {mean: 0.08, sd: 0.015}\n"),
                FAST, ProgressListener.NONE);
    }

    /** The baseline with another id and one replacement (which must occur exactly once). */
    static ScenarioSpec variant(String id, String from, String to) {
        assertEquals(1, baselineText.split(java.util.regex.Pattern.quote(from), -1).length - 1, "test setup: " + from);
        String text = baselineText.replace("id: leshan-baseline", "id: " + id).replace(from, to);
        return new ScenarioReader().read(id + ".yaml", text).spec();
    }

    @Test
    void theTransferRateIsTheParameterTheVariantChanges() {
        ScenarioSpec v = fasterTransferRun.scenario();
        assertEquals(0.08, v.labour().transfer().baseRate(), 0);
        assertEquals(0.05, baseline.labour().transfer().baseRate(), 0);
    }

    @Test
    void aScenarioComparedWithItselfDiffersByZeroInEveryReplicate() {
        AgentRun again = AgentRun.of(baseline, FAST.withThreads(1), ProgressListener.NONE);
        Comparison c = Comparison.of(List.of(baselineRun, again));
        assertEquals(List.of("leshan-baseline", "leshan-baseline-2"), c.labels());
        int cells = 0;
        for (String indicator : c.indicators()) {
            for (int year : c.years()) {
                for (double d : c.paired("leshan-baseline-2", indicator, year)) {
                    assertTrue(d == 0 || Double.isNaN(d), indicator + " " + year + ": " + d);
                    cells++;
                }
            }
        }
        assertTrue(cells > 1000);
        for (Comparison.Difference d : c.differences()) {
            assertEquals(0.0, d.p05(), d.toString());
            assertEquals(0.0, d.p95(), d.toString());
        }
        for (Comparison.DecompositionRow r : c.decomposition()) {
            assertEquals(0.0, r.mean(), r.toString());
            assertEquals(0.0, r.p05(), r.toString());
            assertEquals(0.0, r.p95(), r.toString());
        }
        // Different replicates are independent: unpaired differences are not zero.
        Comparison.Difference employment = difference(c, LabourIndicators.EMPLOYMENT_TOTAL, 2030);
        assertTrue(employment.unpairedP95() - employment.unpairedP05() > 0, employment.toString());
        for (Comparison.TargetRow t : c.targets()) {
            if (t.scenario().equals("leshan-baseline-2")) {
                assertEquals(0.0, t.probabilityDifference().getAsDouble());
            }
        }
    }

    @Test
    void pairedDifferencesHaveANarrowerBandThanUnpairedOnes() {
        Comparison c = Comparison.of(List.of(baselineRun, fasterTransferRun));
        for (String indicator : List.of(LabourIndicators.RURAL_LABOUR_TRANSFERRED,
                LabourIndicators.EMPLOYMENT_PRIMARY, LabourIndicators.EMPLOYMENT_TERTIARY,
                LabourIndicators.RURAL_LABOUR_TRANSFER_RATE)) {
            for (int year : new int[] {2025, 2035}) {
                Comparison.Difference d = difference(c, indicator, year);
                double paired = d.p95() - d.p05();
                double unpaired = d.unpairedP95() - d.unpairedP05();
                                assertTrue(paired < unpaired, indicator + " " + year + ": paired band " + paired
                        + ", unpaired " + unpaired);
                if (indicator.equals(LabourIndicators.RURAL_LABOUR_TRANSFERRED)) {
                    // The indicator the parameter acts on directly: well under the unpaired band. With every source
                    // drawn the faster transfer's effect interacts with the other draws (the base rate's own spread,
                    // the drawn demography and growth), so the paired differences keep a spread of their own: 0.57 of
                    // the unpaired band in 2025 at this seed with 6 runs, 0.66 with 12.
                    assertTrue(paired < 0.7 * unpaired, indicator + " " + year + ": paired band " + paired
                            + ", unpaired " + unpaired);
                }
            }
        }
        // A faster transfer moves rural labour out of farming in every replicate.
        for (double d : c.paired("leshan-fast-transfer", LabourIndicators.RURAL_LABOUR_TRANSFERRED, 2030)) {
            assertTrue(d > 0, "transferred: " + d);
        }
        for (double d : c.paired("leshan-fast-transfer", LabourIndicators.EMPLOYMENT_PRIMARY, 2030)) {
            assertTrue(d < 0, "farm employment: " + d);
        }
        // The demography is the same cohort projection: zero difference, exactly.
        assertEquals(0.0, difference(c, IndicatorCatalog.POPULATION_16_PLUS, 2035).p95());
        assertEquals(0.0, difference(c, IndicatorCatalog.POPULATION_16_PLUS, 2035).p05());
    }

    @Test
    void theDecompositionAddsUpToThePairedDifferenceInEveryReplicate() {
        Comparison c = Comparison.of(List.of(baselineRun, fasterTransferRun));
        int checked = 0;
        for (LabourDecomposition.Identity id : LabourDecomposition.IDENTITIES) {
            for (int year : c.years()) {
                double[][] effects = c.effects(id, "leshan-fast-transfer", year);
                double[] total = c.paired("leshan-fast-transfer", id.indicator(), year);
                for (int r = 0; r < effects.length; r++) {
                    double sum = Arrays.stream(effects[r]).sum();
                    double size = Math.abs(baselineRun.replicates().value(r, id.indicator(), year));
                    assertEquals(total[r], sum, 1e-9 * size, id.indicator() + " " + year + " run " + r);
                    assertEquals(0.0, effects[r][0], "the demography is the same: " + id.indicator());
                    checked++;
                }
            }
        }
        assertEquals(LabourDecomposition.IDENTITIES.size() * 16 * FAST.runs(), checked);
        // The summary rows: the components' means add up to the total's mean.
        Map<String, List<Comparison.DecompositionRow>> byCell = c.decomposition().stream()
                .collect(Collectors.groupingBy(r -> r.indicator() + r.year()));
        for (List<Comparison.DecompositionRow> rows : byCell.values()) {
            assertEquals(LabourDecomposition.TOTAL, rows.get(0).component());
            double parts = rows.stream().skip(1).mapToDouble(Comparison.DecompositionRow::mean).sum();
            assertEquals(rows.get(0).mean(), parts, 1e-6, rows.get(0).toString());
        }
        // Transfer drives the difference in rural labour transferred.
        Comparison.DecompositionRow transfer = c.decomposition().stream().filter(r -> r.year() == 2030
                && r.indicator().equals(LabourIndicators.RURAL_LABOUR_TRANSFERRED)
                && r.component().equals(LabourDecomposition.TRANSFER)).findFirst().orElseThrow();
        assertTrue(transfer.p05() > 0, transfer.toString());
        assertEquals("rural_labour_transferred / rural_labour_force", transfer.factor());
    }

    @Test
    void handComputedDecompositionThroughTheComparison() {
        // One run each; the chain P, LF, E, E_primary of LmdiTest's hand case: 100, 60, 54, 27 and 110, 70, 63, 35.
        List<String> names = List.of(IndicatorCatalog.POPULATION_16_PLUS, LabourIndicators.LABOUR_FORCE,
                LabourIndicators.EMPLOYMENT_TOTAL, LabourIndicators.EMPLOYMENT_PRIMARY);
        Fake a = new Fake(baseline, new ReplicateValues("a", names, new int[] {2020},
                new double[][][] {{{100}, {60}, {54}, {27}}}));
        Fake b = new Fake(baseline, new ReplicateValues("b", names, new int[] {2020},
                new double[][][] {{{110}, {70}, {63}, {35}}}));
        Comparison c = Comparison.of(List.of(a, b));
        List<Comparison.DecompositionRow> rows = c.decomposition().stream()
                .filter(r -> r.indicator().equals(LabourIndicators.EMPLOYMENT_PRIMARY)).toList();
        assertEquals(List.of("total", "demography", "participation", "employment_rate", "sector_shift"),
                rows.stream().map(Comparison.DecompositionRow::component).toList());
        double weight = 8 / Math.log(35.0 / 27.0);
        assertEquals(8, rows.get(0).mean(), 1e-12);
        assertEquals(weight * Math.log(1.1), rows.get(1).mean(), 1e-12);
        assertEquals(weight * Math.log(7 / 6.6), rows.get(2).mean(), 1e-12);
        assertEquals(0, rows.get(3).mean(), 1e-12);
        assertEquals(weight * Math.log(10.0 / 9), rows.get(4).mean(), 1e-12);
        assertEquals("employment_primary / employment_total", rows.get(4).factor());
        // Labour force: P · (LF/P), with L(70, 60) = 10 / ln(7/6).
        List<Comparison.DecompositionRow> lf = c.decomposition().stream()
                .filter(r -> r.indicator().equals(LabourIndicators.LABOUR_FORCE)).toList();
        assertEquals(10 / Math.log(7.0 / 6) * Math.log(1.1), lf.get(1).mean(), 1e-12);
        assertEquals(10 / Math.log(7.0 / 6) * Math.log(7 / 6.6), lf.get(2).mean(), 1e-12);
    }

    @Test
    void targetsAreMatchedAcrossScenariosAndReportedWhereTheyExist() {
        String extra = "  - indicator: urbanization_rate\n    label: extra\n    year: 2030\n    operator: \">=\"\n"
                + "    value: 0.65\n    kind: annual\n    nature: expected\n    source: test\n";
        ScenarioSpec withExtra = new ScenarioReader().read("extra.yaml", baselineText
                .replace("id: leshan-baseline", "id: with-extra").replace("targets:\n", "targets:\n" + extra)).spec();
        Comparison c = Comparison.of(List.of(ProjectionRun.of(demographic("a")), ProjectionRun.of(
                demographicOf(withExtra))));
        List<Comparison.TargetRow> rows = c.targets();
        List<Comparison.TargetRow> extraRows = rows.stream().filter(r -> r.target().year() == 2030).toList();
        assertEquals(1, extraRows.size(), "reported only for the scenario that has it");
        assertEquals("with-extra", extraRows.get(0).scenario());
        assertTrue(extraRows.get(0).probabilityDifference().isEmpty());
        List<Comparison.TargetRow> shared = rows.stream().filter(r -> r.target().year() == 2025).toList();
        assertEquals(List.of("a", "with-extra"), shared.stream().map(Comparison.TargetRow::scenario).toList());
        assertEquals(0.0, shared.get(1).probabilityDifference().getAsDouble());
    }

    @Test
    void scenariosWithOtherYearsOrWithoutALabourSectionAreRefused() {
        ScenarioSpec shorter = variant("shorter", "horizon: 2035 ", "horizon: 2030 ");
        InputException years = assertThrows(InputException.class,
                () -> Comparison.requireComparable(List.of(loaded(baseline), loaded(shorter))));
        assertTrue(years.getMessage().contains("must share base year and horizon"), years.getMessage());
        assertTrue(years.getMessage().contains("2020-2030"), years.getMessage());
        InputException labour = assertThrows(InputException.class,
                () -> Comparison.requireComparable(List.of(loaded(baseline), loaded(demographic("demo")))));
        assertTrue(labour.getMessage().contains("has a labour: section and demo"), labour.getMessage());
        Comparison.requireComparable(List.of(loaded(demographic("x")), loaded(demographic("y"))));
    }

    @Test
    void demographicOnlyScenariosCompareDeterministically() {
        // A faster decay of the projected URGD (persistence 0.926 -> 0.9) urbanizes more slowly.
        ScenarioSpec slower = demographicOf(variant("slower", "      value: 0.926\n", "      value: 0.9\n"));
        ScenarioSpec ref = demographic("ref");
        Comparison c = Comparison.of(List.of(ProjectionRun.of(ref), ProjectionRun.of(slower)));
        assertEquals(1, c.runs());
        Comparison.Difference d = difference(c, IndicatorCatalog.URBANIZATION_RATE, 2025);
        double expected = slower.ruralUrbanMove().projection().median(2025, 2025)[0]
                - ref.ruralUrbanMove().projection().median(2025, 2025)[0];
        assertTrue(expected < -0.001, "test setup: " + expected);
        assertEquals(expected, d.median(), 1e-9);
        assertEquals(d.median(), d.p05());
        assertTrue(Double.isNaN(d.unpairedP05()), "no pairs of different replicates in one run");
        assertTrue(c.decomposition().isEmpty());
        assertTrue(c.rows().stream().allMatch(r -> r.stat().equals(IndicatorRow.VALUE)));
    }

    /** The baseline without its labour section and labour targets, with another id. */
    static ScenarioSpec demographic(String id) {
        return new ScenarioReader().read(id + ".yaml", withoutLabour(baselineText).replace("id: leshan-baseline",
                "id: " + id)).spec();
    }

    private static ScenarioSpec demographicOf(ScenarioSpec s) {
        return new ScenarioSpec(s.id(), s.title(), s.description(), s.region(), s.baseYear(), s.horizon(),
                s.maxAge(), s.population(), s.fertility(), s.mortality(), s.migration(), s.ruralUrbanMove(),
                s.workingAge(), s.targets().stream().filter(t -> !IndicatorCatalog.isLabour(t.indicator())).toList(),
                null, List.of(), s.uncertainty());
    }

    /** A spec as if read from {@code <id>.yaml}, for the checks that name the file. */
    private static LoadedScenario loaded(ScenarioSpec s) {
        return LoadedScenario.of(s, new RunSettings(1, RunSettings.DEFAULT_SEED, 1, 1),
                new ScenarioFile(s.id() + ".yaml", ""));
    }

    static String withoutLabour(String text) {
        int labour = text.indexOf("\nlabour:\n");
        int indicators = text.indexOf("\nindicators:\n");
        int labourTargets = text.indexOf("\n  # Labour targets");
        return text.substring(0, labour) + text.substring(indicators, labourTargets) + "\n";
    }

    private static Comparison.Difference difference(Comparison c, String indicator, int year) {
        return c.differences().stream().filter(d -> d.indicator().equals(indicator) && d.year() == year)
                .findFirst().orElseThrow();
    }

    /** A result with given replicate values, for hand-computed cases. */
    record Fake(ScenarioSpec scenario, ReplicateValues replicates) implements ScenarioResult {
        @Override
        public List<ProjectedYear> years() {
            return List.of();
        }

        @Override
        public List<IndicatorRow> indicators() {
            return MonteCarloSummary.summarize(replicates);
        }

        @Override
        public List<TargetAttainment> targets() {
            return List.of();
        }

        @Override
        public String engine() {
            return "test";
        }
    }

    @Test
    void labelsDistinguishRepeatedScenarios() {
        assertEquals(List.of("leshan-baseline", "leshan-baseline-2", "leshan-baseline-3"),
                Comparison.labels(List.of(baseline, baseline, baseline)));
        assertFalse(Comparison.labels(List.of(baseline, fasterTransferRun.scenario())).get(1).endsWith("-2"));
    }
}
