package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.InputException;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.uncertainty.Distribution;
import org.labourcast.uncertainty.UncertaintySource;

/**
 * Distribution-valued scenario numbers (docs/uncertainty.md) on the real Leshan baseline: read at their central
 * values, drawn values go through the strict reader, and every malformed or out-of-range distribution is a located
 * error naming the field path (the project\'s reliability rules: "a distribution whose support leaves its field's range").
 */
class DistributionFieldsTest {
    private static final String FILE = "leshan.yaml";
    /** The body of labour.transfer.base_rate in the shipped file (6 spaces in). */
    private static final String BASE_RATE = "    base_rate:\n      beta: {mean: 0.05, sd: 0.015}\n      basis: assumption\n";
    private static String baseline;

    @BeforeAll
    static void load() throws IOException {
        baseline = Files.readString(ShippedScenarios.leshanBaseline());
    }

    /** The baseline with base_rate's block replaced; {@code replacement} is written without indentation. */
    private static String withBaseRate(String replacement) {
        assertTrue(baseline.contains(BASE_RATE), "test setup: the baseline's base_rate has changed");
        String indented = replacement.lines().map(l -> "    " + l + "\n").reduce("", String::concat);
        return baseline.replace(BASE_RATE, indented);
    }

    private static InputException fail(String text) {
        InputException e = assertThrows(InputException.class, () -> new ScenarioReader().read(FILE, text));
        assertNotNull(e.location(), "every scenario error has a location: " + e.getMessage());
        assertEquals(FILE, e.location().file());
        return e;
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void centralValuesAreWhatTheScenarioHolds() {
        ScenarioSpec spec = new ScenarioReader().read(FILE, baseline).spec();
        assertEquals(0.05, spec.labour().transfer().baseRate());
        assertEquals(0.056, spec.labour().base().surveyedUnemploymentRate());
        assertEquals(0.045, spec.labour().hukou().settlementRate().scalarAt(2025.5), 1e-15); // uniform midpoint
        ScenarioUncertainty.Field f = spec.uncertainty().fields().stream()
                .filter(x -> x.path().equals("labour.transfer.base_rate")).findFirst().orElseThrow();
        assertEquals(UncertaintySource.PARAMETER, f.source());
        assertEquals("assumption", f.basis());
        assertTrue(f.distribution() instanceof Distribution.Beta);
        assertTrue(spec.labour().transfer().source().contains("base_rate: Assumption: 5%"),
                "a distribution's source is kept as a cited number's: " + spec.labour().transfer().source());
        assertEquals(UncertaintySource.BASE_YEAR, spec.uncertainty().fields().stream()
                .filter(x -> x.path().equals("labour.base.surveyed_unemployment_rate")).findFirst().orElseThrow()
                .source());
    }

    @Test
    void drawnValuesAreReadIntoTheirFields() {
        ScenarioSpec spec = new ScenarioReader().read(FILE, baseline).spec();
        List<ScenarioUncertainty.Field> fields = spec.uncertainty().fields();
        double[] values = new double[fields.size()];
        java.util.Arrays.fill(values, Double.NaN);
        int i = fields.indexOf(fields.stream().filter(x -> x.path().equals("labour.transfer.base_rate"))
                .findFirst().orElseThrow());
        values[i] = 0.0625;
        ScenarioSpec drawn = spec.uncertainty().withValues(values);
        assertEquals(0.0625, drawn.labour().transfer().baseRate());
        assertEquals(spec.labour().base().surveyedUnemploymentRate(), drawn.labour().base().surveyedUnemploymentRate());
    }

    @Test
    void negativeSdIsLocated() {
        String text = withBaseRate("""
                base_rate:
                  value: 0.05
                  sd: -0.01
                  basis: assumption
                """);
        InputException e = fail(text);
        assertEquals("labour.transfer.base_rate.sd", e.fieldPath());
        assertEquals(lineOf(text, "sd: -0.01"), e.location().line());
        assertTrue(e.problem().contains("cannot be negative"), e.problem());
    }

    @Test
    void reversedUniformBoundsAreLocated() {
        String text = withBaseRate("""
                base_rate:
                  uniform: [0.08, 0.02]
                  basis: assumption
                """);
        InputException e = fail(text);
        assertEquals("labour.transfer.base_rate.uniform", e.fieldPath());
        assertEquals(lineOf(text, "uniform: [0.08"), e.location().line());
        assertTrue(e.problem().contains("reversed"), e.problem());
    }

    @Test
    void anUntruncatedNormalOnARateIsRefusedNotClipped() {
        String text = withBaseRate("""
                base_rate:
                  value: 0.05
                  sd: 0.01
                  basis: assumption
                """);
        InputException e = fail(text);
        assertEquals("labour.transfer.base_rate", e.fieldPath());
        assertEquals(lineOf(text, "value: 0.05\n      sd: 0.01"), e.location().line());
        assertTrue(e.problem().contains("can draw any value below 0"), e.problem());
        assertTrue(e.hint().contains("beta"), e.hint());
    }

    @Test
    void aUniformLeavingTheRateRangeIsRefused() {
        InputException e = fail(withBaseRate("""
                base_rate:
                  uniform: [0.5, 1.05]
                  basis: assumption
                """));
        assertEquals("labour.transfer.base_rate", e.fieldPath(), e.getMessage());
        assertTrue(e.problem().contains("values up to 1.05"), e.problem());
        InputException central = fail(withBaseRate("""
                base_rate:
                  uniform: [0.5, 1.5]
                  basis: assumption
                """));
        assertEquals("labour.transfer.base_rate", central.fieldPath(), central.getMessage());
        assertTrue(central.problem().startsWith("the central value"), central.problem());
    }

    @Test
    void aTruncatedNormalInsideTheRangeIsAccepted() {
        ScenarioSpec spec = new ScenarioReader().read(FILE, withBaseRate("""
                base_rate:
                  value: 0.05
                  sd: 0.01
                  within: [0.01, 0.09]
                  basis: assumption
                """)).spec();
        assertEquals(0.05, spec.labour().transfer().baseRate());
    }

    @Test
    void aNormalOnAPositiveFieldIsRefused() {
        String text = baseline.replace("      lognormal: {median: 3.0, sd_log: 0.35}",
                "      value: 3.0\n      sd: 0.5");
        InputException e = fail(text);
        assertEquals("labour.transfer.out_migration_weight", e.fieldPath());
    }

    @Test
    void betaSdTooLargeForItsMeanIsLocated() {
        InputException e = fail(withBaseRate("""
                base_rate:
                  beta: {mean: 0.05, sd: 0.3}
                  basis: assumption
                """));
        assertEquals("labour.transfer.base_rate.beta.sd", e.fieldPath());
    }

    @Test
    void basisIsRequiredAndChecked() {
        InputException e = fail(withBaseRate("""
                base_rate:
                  beta: {mean: 0.05, sd: 0.015}
                  basis: guess
                """));
        assertEquals("labour.transfer.base_rate.basis", e.fieldPath());
        InputException typo = fail(withBaseRate("""
                base_rate:
                  beta: {mean: 0.05, sd: 0.015}
                  basis: calibrted
                """));
        assertEquals("labour.transfer.base_rate.basis", typo.fieldPath());
        assertEquals(lineOf(withBaseRate("base_rate:\n  beta: {mean: 0.05, sd: 0.015}\n  basis: calibrted\n"),
                "basis: calibrted"), typo.location().line());
        assertEquals("expected one of calibrated, assumption, got 'calibrted'", typo.problem());
        assertEquals("did you mean 'calibrated'?", typo.hint());
        InputException missing = fail(withBaseRate("""
                base_rate:
                  beta: {mean: 0.05, sd: 0.015}
                """));
        assertEquals("labour.transfer.base_rate.basis", missing.fieldPath());
    }

    @Test
    void twoDistributionsInOneFieldAreRefused() {
        InputException e = fail(withBaseRate("""
                base_rate:
                  beta: {mean: 0.05, sd: 0.015}
                  uniform: [0.02, 0.08]
                  basis: assumption
                """));
        assertEquals("labour.transfer.base_rate", e.fieldPath());
        assertTrue(e.problem().contains("one distribution"), e.problem());
    }

    @Test
    void targetsTakeNoDistribution() {
        String text = baseline.replace("    value: 0.60\n", "    value: {uniform: [0.58, 0.62], basis: assumption}\n");
        InputException e = fail(text);
        assertEquals("targets[0].value", e.fieldPath());
    }
}
