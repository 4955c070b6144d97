package org.labourcast.scenario.yaml;

import static org.labourcast.scenario.yaml.LeshanVariant.fails;
import static org.labourcast.scenario.yaml.LeshanVariant.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.labour.InsuranceAssumption;

/**
 * {@code labour.insurance} and the {@code insurance_expansion} lever are read as strictly as the rest of the
 * scenario: located errors, did-you-mean for typos, ranges and the rules between fields.
 */
class InsuranceReaderTest {

    @TempDir
    Path tmp;

    private Path variant(String body) throws IOException {
        return LeshanVariant.write(tmp, body);
    }

    @Test
    void theShippedBlockIsReadWithItsSources() {
        InsuranceAssumption i = read(ShippedScenarios.leshanBaseline()).labour().insurance();
        assertEquals(268_000, i.unemployment().enrolled());
        assertEquals(426_000, i.injury().enrolled());
        assertEquals(0.084, i.unemployment().ruralHukouCoverage());
        assertEquals(0.24, i.injury().ruralHukouCoverage());
        assertTrue(i.source().contains("unemployment.enrolled: [PLAN ch.1 §1]"), i.source());
        assertTrue(i.source().contains("injury.rural_hukou_coverage: Same NBS 2012 report"), i.source());
    }

    @Test
    void theBlockIsOptionalButItsTargetsNeedIt() throws IOException {
        // The Leshan baseline's targets on enrolment (专栏1 rows 10-11) go with the block.
        String noBlock = "labour:\n  insurance: ~\n";
        InputException e = fails(variant(noBlock));
        assertEquals("targets[8].indicator", e.fieldPath());
        assertTrue(e.problem().contains("no labour.insurance block"), e.problem());
        assertNotNull(e.location());
        String noTargets = "targets:\n  - {indicator: urbanization_rate, year: 2025, operator: \">=\", value: 0.6,"
                + " kind: annual, nature: expected, source: test}\n";
        assertNull(read(variant(noBlock + noTargets)).labour().insurance(), "a variant may drop the block");
    }

    @Test
    void aTypoIsLocatedWithASuggestion() throws IOException {
        Path v = variant("labour:\n  insurance:\n    unemployment:\n      enroled: 268000\n");
        InputException e = fails(v);
        assertEquals(v.toString(), e.location().file());
        assertEquals(3 + 4, e.location().line()); // three lines of extends, id and title, then the body's fourth
        assertEquals("did you mean 'enrolled'?", e.hint());
    }

    @Test
    void coverageMustBeAShare() throws IOException {
        InputException e = fails(variant("labour:\n  insurance:\n    injury:\n      rural_hukou_coverage: 1.2\n"));
        assertEquals("labour.insurance.injury.rural_hukou_coverage", e.fieldPath());
        assertEquals(3 + 4, e.location().line());
    }

    @Test
    void aCountAboveNonFarmEmploymentIsRefused() throws IOException {
        // 26.8万 written as 2680000 by mistake: more than the 109.4万 non-farm employed.
        InputException e = fails(variant("labour:\n  insurance:\n    unemployment:\n      enrolled: 2680000\n"));
        assertEquals("labour.insurance.unemployment.enrolled", e.fieldPath());
        assertTrue(e.problem().contains("non-farm"), e.problem());
        assertNotNull(e.location());
    }

    @Test
    void aSchemeCannotBeLeftOut() throws IOException {
        InputException e = fails(variant("labour:\n  insurance:\n    injury: ~\n"));
        assertTrue(e.fieldPath().startsWith("labour.insurance"), e.fieldPath());
    }

    /** {@code uptake} is optional: read with its range, a distribution in the shipped Leshan baseline, 0 when absent. */
    @Test
    void aSchemesUptakeIsOptionalAndChecked() throws IOException {
        InsuranceAssumption shipped = read(ShippedScenarios.leshanBaseline()).labour().insurance();
        assertEquals(0.006, shipped.unemployment().uptake(), 1e-12, "uniform [0, 0.012]: its centre");
        assertEquals(0.0225, shipped.injury().uptake(), 1e-12);
        assertEquals(0, read(ShippedScenarios.baseline("sichuan")).labour().insurance().unemployment().uptake());
        InputException range = fails(variant("labour:\n  insurance:\n    unemployment:\n      uptake: 1.2\n"));
        assertTrue(range.fieldPath().endsWith("unemployment.uptake"), range.fieldPath());
        InputException typo = fails(variant("labour:\n  insurance:\n    unemployment:\n      uptak: 0.01\n"));
        assertTrue(typo.getMessage().contains("uptake"), typo.getMessage());
    }

    @Test
    void theLeverIsReadStrictly() throws IOException {
        String lever = "levers:\n  - type: insurance_expansion\n    source: test\n    from: 2021\n    group: %s\n"
                + "    unemployment_uptake: %s\n    injury_uptake: 0.05\n";
        ScenarioSpec ok = read(variant(String.format(lever, "rural_hukou", "0.02")));
        assertEquals(1, ok.levers().size());
        InputException group = fails(variant(String.format(lever, "rural", "0.02")));
        assertTrue(group.fieldPath().endsWith("group"), group.fieldPath());
        assertEquals(3 + 5, group.location().line());
        InputException range = fails(variant(String.format(lever, "all", "2")));
        assertTrue(range.fieldPath().endsWith("unemployment_uptake"), range.fieldPath());
        InputException noBlock = fails(variant("labour:\n  insurance: ~\n"
                + "targets:\n  - {indicator: urbanization_rate, year: 2025, operator: \">=\", value: 0.6, kind: annual,"
                + " nature: expected, source: test}\n" + String.format(lever, "all", "0.02")));
        assertTrue(noBlock.problem().contains("no labour.insurance block"), noBlock.problem());
        assertNotNull(noBlock.location());
        String pension = String.format(lever, "all", "0.02") + "    pension_uptake: %s\n";
        assertEquals(0.03, ((org.labourcast.policy.InsuranceExpansion) read(variant(String.format(pension, "0.03")))
                .levers().get(0)).pensionUptake());
        InputException pensionRange = fails(variant(String.format(pension, "1.5")));
        assertTrue(pensionRange.fieldPath().endsWith("pension_uptake"), pensionRange.fieldPath());
        InputException noPension = fails(variant("labour:\n  insurance:\n    pension: ~\n" + String.format(pension,
                "0.03")));
        assertTrue(noPension.fieldPath().endsWith("pension_uptake"), noPension.fieldPath());
        assertTrue(noPension.problem().contains("no labour.insurance.pension block"), noPension.problem());
        assertEquals(3 + 3 + 8, noPension.location().line()); // header, the labour block, the lever's 8th line
    }

    @Test
    void theOtherShippedBaselinesCarryTheBlock() {
        for (String region : List.of("sichuan", "taizhou", "xiangtan", "xuzhou")) {
            InsuranceAssumption i = read(ShippedScenarios.baseline(region)).labour().insurance();
            assertNotNull(i, region);
            assertTrue(i.unemployment().enrolled() > 0 && i.injury().enrolled() > 0, region);
        }
        assertEquals(1_127_800, read(ShippedScenarios.baseline("taizhou")).labour().insurance().unemployment()
                .enrolled(), "台州 2020, plan table row 5");
    }
}
