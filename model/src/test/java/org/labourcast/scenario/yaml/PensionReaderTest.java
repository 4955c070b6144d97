package org.labourcast.scenario.yaml;

import static org.labourcast.scenario.yaml.LeshanVariant.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.labour.InsuranceAssumption;

/**
 * {@code labour.insurance.pension}, and the levers that need an attribute block ({@code graduate_internships} needs
 * {@code labour.education}), are read as strictly as the rest: located errors, did-you-mean, ranges.
 */
class PensionReaderTest {
    private static final String ONE_TARGET = "targets:\n  - {indicator: urbanization_rate, year: 2025, operator:"
            + " \">=\", value: 0.6, kind: annual, nature: expected, source: test}\n";

    @TempDir
    Path tmp;

    private Path variant(String body) throws IOException {
        return LeshanVariant.write(tmp, body);
    }

    private static InputException fails(Path file) {
        InputException e = LeshanVariant.fails(file);
        assertNotNull(e.location(), e.getMessage());
        return e;
    }

    @Test
    void theShippedBlockIsReadWithItsSources() {
        InsuranceAssumption.Pension p = read(ShippedScenarios.leshanBaseline()).labour().insurance().pension();
        assertEquals(2_494_000, p.enrolled());
        assertEquals(0.389, p.newEmployeeEnrolment());
        String source = read(ShippedScenarios.leshanBaseline()).labour().insurance().source();
        assertTrue(source.contains("pension.enrolled: [PLAN ch.1 §1]"), source);
        assertEquals(60_000_000, read(ShippedScenarios.baseline("sichuan")).labour().insurance().pension()
                .enrolled());
    }

    @Test
    void theBlockIsOptionalButATargetNeedsIt() throws IOException {
        assertNull(read(variant("labour:\n  insurance:\n    pension: ~\n")).labour().insurance().pension());
        InputException e = fails(variant("labour:\n  insurance:\n    pension: ~\n" + ONE_TARGET.replace(
                "urbanization_rate, year: 2025, operator: \">=\", value: 0.6", "pension_insured, year: 2025, operator:"
                        + " \">=\", value: 2500000")));
        assertEquals("targets[0].indicator", e.fieldPath());
        assertTrue(e.problem().contains("no labour.insurance.pension block"), e.problem());
    }

    @Test
    void aTypoIsLocatedWithASuggestion() throws IOException {
        InputException e = fails(variant("labour:\n  insurance:\n    pension:\n      new_employee_enrollment: 0.4\n"));
        assertEquals(3 + 4, e.location().line());
        assertEquals("labour.insurance.pension.new_employee_enrollment", e.fieldPath());
        assertEquals("did you mean 'new_employee_enrolment'?", e.hint());
    }

    @Test
    void rangesAreChecked() throws IOException {
        InputException share = fails(variant("labour:\n  insurance:\n    pension:\n      new_employee_enrolment: 39%\n"));
        assertEquals("labour.insurance.pension.new_employee_enrolment", share.fieldPath());
        assertTrue(share.getMessage().contains("0.39 for 39%"), share.getMessage());
        // 249.4万 written as 24940000 by mistake: more than Leshan's 3.16 million residents.
        InputException count = fails(variant("labour:\n  insurance:\n    pension:\n      enrolled: 24940000\n"));
        assertEquals("labour.insurance.pension.enrolled", count.fieldPath());
        assertTrue(count.problem().contains("population"), count.problem());
        InputException word = fails(variant("labour:\n  insurance:\n    pension:\n      enrolled: many\n"));
        assertEquals(3 + 4, word.location().line());
    }

    @Test
    void internshipsNeedTheEducationBlock() throws IOException {
        String lever = "levers:\n  - type: graduate_internships\n    source: test\n    from: 2021\n"
                + "    participants: 4000\n    placement_gain: 0.1\n";
        assertEquals(1, read(variant(lever)).levers().size());
        InputException e = fails(variant("labour:\n  education: ~\n" + ONE_TARGET + lever));
        assertTrue(e.problem().contains("no labour.education block"), e.problem());
        assertTrue(e.fieldPath().endsWith(".type"), e.fieldPath());
    }
}
