package org.labourcast.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.scenario.ScenarioReader;
import org.labourcast.scenario.ScenarioSpec;

/**
 * The calibrated variant is a scenario {@code run} accepts: it reads back with every check, carries the fitted values
 * exactly, and puts the calibration's note in the source each value answers to, whatever form the parent wrote the
 * value in. No model is run: the result is made up.
 */
class CalibratedVariantTest {
    @TempDir
    Path tmp;

    private CalibrationResult madeUpResult() {
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
                targets:
                  - {indicator: sector_share_secondary, statistic: yearly_change, observed_years: 2015-2020,
                     tolerance: 0.0005}
                """.formatted(CalibrationFiles.leshanWithIntensity(tmp).toString().replace('\\', '/')));
        CalibrationProblem p = new CalibrationReader().read(file);
        double[] fitted = {0.0612345678901, -0.987654321, -21234.5, 0.91};
        Evaluation start = new Evaluation(1, p.start(), new double[] {0.0035}, new double[] {2e-5}, 441);
        Evaluation fit = new Evaluation(2, fitted, new double[] {-0.00701}, new double[] {2e-5}, 0.0004);
        StandardErrors se = new StandardErrors(new double[] {0.004, 0.08, 1500, 0.05},
                new double[] {0.001, 0.01, 100, 0.01}, true, 12);
        return new CalibrationResult(p, 2025, start, fit, se, 2, 0, "made up", List.of(start, fit));
    }

    @Test
    void readsBackWithTheFittedValuesAndTheirSources() {
        CalibrationResult r = madeUpResult();
        // The parent holds net migration as one total (the baseline projects it: docs/migration.md).
        String parent = CalibrationFiles.leshanWithIntensity(tmp).toString().replace('\\', '/');
        String yaml = CalibratedVariant.yaml(r, parent, "calibration.yaml");
        ScenarioSpec v = new ScenarioReader().read(CalibrationFiles.write(tmp, "calibrated.yaml", yaml));

        assertEquals("leshan-test-calibrated", v.id());
        assertEquals("Quotes \"like this\", a back\\slash: and # a hash", v.title().en());
        assertEquals("乐山市：测试", v.title().zh());
        assertTrue(v.description().startsWith("Calibrated variant of leshan-intensity (labourcast calibrate"
                + " calibration.yaml). A note: with a colon, # a hash and 'quotes'. Fitted:"), v.description());

        assertEquals(0.0612345678901, v.labour().transfer().baseRate(), 0);
        assertEquals(-0.987654321, v.labour().sectors().employmentElasticity().secondary(), 0);
        assertEquals(0.5411, v.labour().sectors().employmentElasticity().tertiary(), 0, "inherited");
        assertEquals(0.91, v.labour().matching().efficiency(), 0);

        // A distribution in the parent (base_rate is a beta): replaced by the fitted number, noted in the block's source.
        String transfer = v.labour().transfer().source();
        assertTrue(transfer.contains("base_rate = 0.06123 (s.e. 0.004; start 0.05): calibrated by"
                + " labourcast calibrate calibration.yaml on sector_share_secondary yearly change 2020-2025 (history"
                + " 2015-2020); objective"), transfer);
        assertTrue(v.uncertainty().fields().stream().noneMatch(f -> f.path().equals("labour.transfer.base_rate")),
                "the calibrated number is no longer drawn");
        // A plain number in a per-sector mapping: the mapping's source.
        String sectors = v.labour().sectors().source();
        assertTrue(sectors.contains("employment_elasticity: secondary = -0.9877 (s.e. 0.08; start -0.4694): calibrated"),
                sectors);
        // {value} without a source of its own: the enclosing block's source (migration.total takes no source).
        assertTrue(v.migration().source().startsWith("total = -21230 (s.e. 1500; start -18650): calibrated by"),
                v.migration().source());
        assertTrue(v.migration().source().contains("Before calibration: Derived: Leshan's residents changed by"),
                v.migration().source());
        assertTrue(yaml.contains("  total:\n    value: -21234.5\n"), yaml);
        assertTrue(yaml.contains("extends: \"" + parent + "\"\n"), yaml);
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
