package org.labourcast.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ScenarioUncertainty;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.uncertainty.Distribution;
import org.labourcast.uncertainty.InputDraws;
import org.labourcast.uncertainty.RandomStreams;
import org.labourcast.uncertainty.UncertaintySource;

/**
 * The calibrated variant is a scenario {@code run} accepts: it reads back with every check, carries the fitted values
 * exactly as central values, writes each value with a standard error as a distribution with {@code basis: calibrated}
 * that a run draws per replicate with that sd, keeps values without one plain, and puts the calibration's note in the
 * source each value answers to, whatever form the parent wrote the value in. No calibration is run: the result is
 * made up.
 */
class CalibratedVariantTest {
    /**
     * Fitted values and standard errors of base_rate (a beta with a source in the parent), an elasticity (plain, in a
     * block with a source), migration.total ({value} without a source), matching efficiency ({value, source}) and
     * the surveyed unemployment rate (a truncated normal with a source).
     */
    private static final double[] FITTED = {0.0612345678901, -0.987654321, -21234.5, 0.91, 0.0587};
    private static final double[] SE = {0.004, 0.08, 1500, 0.05, 0.002};

    @TempDir
    static Path tmp;

    private static CalibrationResult madeUpResult(StandardErrors se) {
        Path file = CalibrationFiles.write(tmp, "calibration.yaml", """
                labourcast_calibration: 1
                scenario: %s
                id: leshan-test-calibrated
                title: {en: 'Quotes "like this", a back\\slash: and # a hash', zh: "乐山市：测试"}
                description: "A note: with a colon, # a hash and 'quotes'."
                settings: {optimiser: cma_es, max_evaluations: 5, runs: 2, scale: 100}
                parameters:
                  - {path: labour.transfer.base_rate, bounds: [0.01, 0.2]}
                  - {path: labour.sectors.employment_elasticity.secondary, bounds: [-3, 1]}
                  - {path: migration.total, bounds: [-60000, 0]}
                  - {path: labour.matching.efficiency, bounds: [0.2, 2]}
                  - {path: labour.base.surveyed_unemployment_rate, bounds: [0.046, 0.066]}
                targets:
                  - {indicator: sector_share_secondary, statistic: yearly_change, observed_years: 2015-2020,
                     tolerance: 0.0005}
                """.formatted(CalibrationFiles.leshanWithIntensity(tmp).toString().replace('\\', '/')));
        CalibrationProblem p = new CalibrationReader().read(file);
        Evaluation start = new Evaluation(1, p.start(), new double[] {0.0035}, new double[] {2e-5}, 441);
        Evaluation fit = new Evaluation(2, FITTED, new double[] {-0.00701}, new double[] {2e-5}, 0.0004);
        return new CalibrationResult(p, 2025, start, fit, se, 2, 0, "made up", List.of(start, fit));
    }

    private static StandardErrors identified() {
        return new StandardErrors(SE, new double[] {0.001, 0.01, 100, 0.01, 0.0005}, true, 12);
    }

    private static StandardErrors notIdentified() {
        double[] none = new double[SE.length];
        Arrays.fill(none, Double.NaN);
        return new StandardErrors(none, none, false, Double.POSITIVE_INFINITY);
    }

    private static String parent() {
        return tmp.resolve("leshan-intensity.yaml").toString().replace('\\', '/');
    }

    private static ScenarioSpec read(String name, String yaml) {
        return new ScenarioReader().read(CalibrationFiles.write(tmp, name, yaml)).spec();
    }

    private static Map<String, ScenarioUncertainty.Field> calibratedFields(ScenarioSpec v) {
        return v.uncertainty().fields().stream().filter(f -> f.basis().equals("calibrated"))
                .collect(Collectors.toMap(ScenarioUncertainty.Field::path, f -> f));
    }

    @Test
    void readsBackWithTheFittedValuesAndTheirSources() {
        CalibrationResult r = madeUpResult(identified());
        String yaml = CalibratedVariant.yaml(r, parent(), "calibration.yaml");
        ScenarioSpec v = read("calibrated.yaml", yaml);

        assertEquals("leshan-test-calibrated", v.id());
        assertEquals("Quotes \"like this\", a back\\slash: and # a hash", v.title().en());
        assertEquals("乐山市：测试", v.title().zh());
        assertTrue(v.description().startsWith("Calibrated variant of leshan-intensity (labourcast calibrate"
                + " calibration.yaml). A note: with a colon, # a hash and 'quotes'. Fitted:"), v.description());

        // The central values, which a run without uncertainty uses, are the fitted values exactly.
        assertEquals(0.0612345678901, v.labour().transfer().baseRate(), 0);
        assertEquals(-0.987654321, v.labour().sectors().employmentElasticity().secondary(), 0);
        assertEquals(0.5411, v.labour().sectors().employmentElasticity().tertiary(), 0, "inherited");
        assertEquals(0.91, v.labour().matching().efficiency(), 0);
        assertEquals(0.0587, v.labour().base().surveyedUnemploymentRate(), 0);

        // A distribution with a source in the parent (base_rate is a beta): the note goes to its own source.
        String transfer = v.labour().transfer().source();
        assertTrue(transfer.contains("| base_rate: base_rate = 0.06123 (s.e. 0.004, drawn per replicate from a beta"
                + " with this mean and sd; start 0.05): calibrated by labourcast calibrate calibration.yaml on"
                + " sector_share_secondary yearly change 2020-2025 (history 2015-2020); objective"), transfer);
        assertTrue(transfer.contains("Before calibration: Assumption: 5% of the 365,800 farm workers"), transfer);
        // A plain number in a per-sector mapping: the mapping's source.
        String sectors = v.labour().sectors().source();
        assertTrue(sectors.contains("employment_elasticity: secondary = -0.9877 (s.e. 0.08, drawn per replicate from a"
                + " normal with this mean and sd truncated to the calibration bounds [-3, 1]; start -0.4694):"
                + " calibrated"), sectors);
        // {value} without a source of its own: the enclosing block's source (migration.total takes no source).
        assertTrue(v.migration().source().startsWith("total = -21230 (s.e. 1500, drawn per replicate from a normal"
                + " with this mean and sd; start -18650): calibrated by"), v.migration().source());
        assertTrue(v.migration().source().contains("Before calibration: Derived: Leshan's residents changed by"),
                v.migration().source());
        assertTrue(yaml.contains("extends: \"" + parent() + "\"\n"), yaml);

        // Each form as written: a distribution in the field's place (a beta for a rate, a normal truncated to the
        // calibration bounds for an elasticity the field limits to [-5, 5], a log-normal for a positive number), and
        // inside migration.total's {value} mapping, which its reader needs.
        assertTrue(yaml.contains("""
                    base_rate:
                      beta: {mean: 0.0612345678901, sd: 0.004}
                      basis: calibrated
                      source: >-
                """), yaml);
        assertTrue(yaml.contains("""
                      secondary:
                        value: -0.987654321
                        sd: 0.08
                        within: [-3, 1]
                        basis: calibrated
                """), yaml);
        assertTrue(yaml.contains("""
                  total:
                    value:
                      value: -21234.5
                      sd: 1500
                      basis: calibrated
                """), yaml);
        assertTrue(yaml.contains("""
                    efficiency:
                      lognormal: {median: 0.91, sd_log: 0.0548213360721}
                      basis: calibrated
                      source: >-
                """), yaml);
        assertTrue(yaml.contains("""
                    surveyed_unemployment_rate:
                      beta: {mean: 0.0587, sd: 0.002}
                      basis: calibrated
                      source: >-
                """), yaml);
    }

    @Test
    void eachValueWithAStandardErrorIsACalibratedDistribution() {
        ScenarioSpec v = read("calibrated.yaml", CalibratedVariant.yaml(madeUpResult(identified()), parent(),
                "calibration.yaml"));
        Map<String, ScenarioUncertainty.Field> fields = calibratedFields(v);
        assertEquals(List.of("labour.base.surveyed_unemployment_rate", "labour.matching.efficiency",
                "labour.sectors.employment_elasticity.secondary", "labour.transfer.base_rate",
                "migration.total.value"), fields.keySet().stream().sorted().toList());

        Distribution.Beta beta = assertInstanceOf(Distribution.Beta.class,
                fields.get("labour.transfer.base_rate").distribution());
        double a = beta.alpha();
        double b = beta.beta();
        assertEquals(0.0612345678901, beta.central(), 0);
        assertEquals(0.0612345678901, a / (a + b), 1e-15);
        assertEquals(0.004, Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1))), 1e-15);
        assertEquals(new Distribution.Normal(-0.987654321, 0.08, -3, 1),
                fields.get("labour.sectors.employment_elasticity.secondary").distribution());
        assertEquals(new Distribution.Normal(-21234.5, 1500, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
                fields.get("migration.total.value").distribution());
        Distribution.LogNormal log = assertInstanceOf(Distribution.LogNormal.class,
                fields.get("labour.matching.efficiency").distribution());
        double t = Math.exp(log.sdLog() * log.sdLog());
        assertEquals(0.91, log.median(), 0);
        assertEquals(0.05, 0.91 * Math.sqrt(t * (t - 1)), 1e-12, "its sd is the standard error");
        Distribution.Beta surveyed = assertInstanceOf(Distribution.Beta.class,
                fields.get("labour.base.surveyed_unemployment_rate").distribution());
        assertEquals(0.0587, surveyed.central(), 0);
        assertTrue(v.uncertainty().fields().stream().noneMatch(f -> f.path().equals("labour.transfer.base_rate")
                && f.basis().equals("assumption")), "the parent's assumed beta is replaced");
    }

    /**
     * A run draws each calibrated value per replicate from its own stream (docs/uncertainty.md, "Common random
     * numbers"): the run's drawn inputs are the distribution's quantiles at those streams' uniforms. Over 20,000
     * replicates' streams the draws have the fitted value as mean (median for the log-normal) and the standard error
     * as sd. Tolerances are 4 standard errors of the estimates: 4 sd/√N = 0.028 sd for the mean, and
     * 4 sd √((κ − 1)/(4N)) = 0.021 sd for the sd with kurtosis κ ≤ 3.1 (these distributions are close to normal:
     * beta(220, 3372) and beta(811, 13002), log-normal with sd_log 0.055; the elasticity's truncation lies 25 sd from
     * its mean).
     */
    @Test
    void aRunDrawsEachCalibratedValuePerReplicateWithItsStandardError() {
        ScenarioSpec v = read("calibrated.yaml", CalibratedVariant.yaml(madeUpResult(identified()), parent(),
                "calibration.yaml"));
        long seed = 11;
        AgentRun run = AgentRun.of(v, new RunSettings(3, seed, 1, 300, EnumSet.of(UncertaintySource.PARAMETER,
                UncertaintySource.BASE_YEAR, UncertaintySource.MIGRATION)), ProgressListener.NONE);
        InputDraws inputs = run.inputs();
        RandomStreams streams = new RandomStreams(seed);
        Map<String, ScenarioUncertainty.Field> fields = calibratedFields(v);
        for (ScenarioUncertainty.Field f : fields.values()) {
            double[] drawn = inputs.column(inputs.names().indexOf(f.path()));
            for (int i = 0; i < drawn.length; i++) {
                assertEquals(draw(streams, i, f), drawn[i], 0, f.path() + " in replicate " + i);
            }
            assertNotEquals(drawn[0], drawn[1], f.path() + " varies between replicates");
        }

        int n = 20_000;
        Map<String, Double> expectedMean = Map.of(
                "labour.transfer.base_rate", FITTED[0],
                "labour.sectors.employment_elasticity.secondary", FITTED[1],
                "migration.total.value", FITTED[2],
                "labour.matching.efficiency", FITTED[3] * Math.exp(0.5 * Math.pow(
                        ((Distribution.LogNormal) fields.get("labour.matching.efficiency").distribution()).sdLog(), 2)),
                "labour.base.surveyed_unemployment_rate", FITTED[4]);
        Map<String, Double> se = Map.of("labour.transfer.base_rate", SE[0],
                "labour.sectors.employment_elasticity.secondary", SE[1], "migration.total.value", SE[2],
                "labour.matching.efficiency", SE[3], "labour.base.surveyed_unemployment_rate", SE[4]);
        for (ScenarioUncertainty.Field f : fields.values()) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = draw(streams, i, f);
            }
            double mean = Arrays.stream(x).average().orElseThrow();
            double sd = Math.sqrt(Arrays.stream(x).map(d -> (d - mean) * (d - mean)).sum() / (n - 1));
            double s = se.get(f.path());
            assertEquals(expectedMean.get(f.path()), mean, 4 * s / Math.sqrt(n), f.path() + " mean");
            assertEquals(s, sd, 4 * s * Math.sqrt(2.1 / (4 * n)), f.path() + " sd");
            if (f.distribution() instanceof Distribution.LogNormal) {
                Arrays.sort(x);
                // the median's standard error is √(π/2) sd/√N for a near-normal shape
                assertEquals(FITTED[3], 0.5 * (x[n / 2 - 1] + x[n / 2]), 4 * 1.26 * s / Math.sqrt(n), "median");
            }
        }
    }

    /** Replicate i's draw of a field, as ReplicateDraws makes it. */
    private static double draw(RandomStreams streams, int i, ScenarioUncertainty.Field f) {
        double u = streams.source(i, f.source(), f.path()).nextDouble();
        return f.distribution().quantile(Math.max(u, 0x1.0p-53));
    }

    @Test
    void valuesWithoutAStandardErrorStayPlain() {
        String yaml = CalibratedVariant.yaml(madeUpResult(notIdentified()), parent(), "calibration.yaml");
        ScenarioSpec v = read("plain.yaml", yaml);
        assertFalse(yaml.contains("basis: calibrated\n"), yaml);
        assertTrue(calibratedFields(v).isEmpty());
        for (String path : List.of("labour.transfer.base_rate", "labour.base.surveyed_unemployment_rate")) {
            assertTrue(v.uncertainty().fields().stream().noneMatch(f -> f.path().equals(path)),
                    path + ": the parent's assumed distribution is replaced by the fitted number");
        }
        assertEquals(0.0612345678901, v.labour().transfer().baseRate(), 0);
        assertEquals(-0.987654321, v.labour().sectors().employmentElasticity().secondary(), 0);
        assertEquals(0.91, v.labour().matching().efficiency(), 0);
        assertEquals(0.0587, v.labour().base().surveyedUnemploymentRate(), 0);

        assertTrue(yaml.contains("      secondary: -0.987654321\n"), yaml);
        assertTrue(yaml.contains("  total:\n    value: -21234.5\n"), yaml);
        assertTrue(yaml.contains("    efficiency:\n      value: 0.91\n      source: >-\n"), yaml);
        // Over the parent's beta a {value, source} replaces it whole; over its normal the normal's keys are removed.
        assertTrue(yaml.contains("    base_rate:\n      value: 0.0612345678901\n      source: >-\n"), yaml);
        assertTrue(yaml.contains("""
                    surveyed_unemployment_rate:
                      value: 0.0587
                      sd: ~
                      within: ~
                      basis: ~
                      source: >-
                """), yaml);
        String sectors = v.labour().sectors().source();
        assertTrue(sectors.contains("secondary = -0.9877 (no standard error: the parameters are not identified by"
                + " these targets, so the value is fixed; start -0.4694): calibrated by"), sectors);
    }

    @Test
    void foldedTextWrapsAtSpacesAndKeepsLongWords() {
        String text = "word ".repeat(40) + "x".repeat(150) + " end";
        String folded = CalibratedVariant.folded(text, 4);
        for (String line : folded.split("\n")) {
            assertTrue(line.length() <= 110 || line.strip().equals("x".repeat(150)), line);
        }
        assertTrue(folded.startsWith(" >-\n    word word"), folded);
    }
}
