package org.labourcast.scenario.yaml;

import static org.labourcast.scenario.yaml.LeshanVariant.fails;
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
import org.labourcast.scenario.labour.WageAssumption;

/**
 * {@code labour.wages} is read as strictly as the rest of the scenario: located errors, did-you-mean for typos,
 * ranges, every field required, and targets on the wage indicators only with the block.
 */
class WagesReaderTest {

    @TempDir
    Path tmp;

    private Path variant(String body) throws IOException {
        return LeshanVariant.write(tmp, body);
    }

    @Test
    void theShippedBlockIsReadWithItsSources() {
        WageAssumption w = read(ShippedScenarios.leshanBaseline()).labour().wages();
        assertEquals(68_960, w.baseWage());
        assertEquals(0.8, w.secondaryRatio());
        assertEquals(1.0, w.tertiaryRatio());
        assertEquals(0.08, w.returnToSchooling());
        assertEquals(10.4, w.meanSchooling());
        assertEquals(0.035, w.experienceLinear());
        assertEquals(-0.0006, w.experienceQuadratic());
        assertEquals(1.15, w.skillPremium());
        assertEquals(1.0, w.productivityPassThrough());
        assertTrue(w.source().contains("base_wage: [PLAN ch.1 §1]"), w.source());
        assertTrue(w.source().contains("sector_ratio: Assumption informed by NBS 2020"), w.source());
    }

    @Test
    void theBlockIsOptionalButItsTargetsNeedIt() throws IOException {
        // The Leshan baseline's average-wage target (专栏1 row 5) goes with the block.
        String noBlock = "labour:\n  wages: ~\n";
        InputException e = fails(variant(noBlock));
        assertEquals("targets[10].indicator", e.fieldPath());
        assertTrue(e.problem().contains("no labour.wages block"), e.problem());
        assertNotNull(e.location());
        String noTargets = "targets:\n  - {indicator: urbanization_rate, year: 2025, operator: \">=\", value: 0.6,"
                + " kind: annual, nature: expected, source: test}\n";
        assertNull(read(variant(noBlock + noTargets)).labour().wages(), "a variant may drop the block");
    }

    @Test
    void aTypoIsLocatedWithASuggestion() throws IOException {
        Path v = variant("labour:\n  wages:\n    return_to_schoolin: 0.08\n");
        InputException e = fails(v);
        assertEquals(v.toString(), e.location().file());
        assertEquals(3 + 3, e.location().line()); // three lines of extends, id and title, then the body's third
        assertEquals("did you mean 'return_to_schooling'?", e.hint());
    }

    @Test
    void valuesAreCheckedAgainstTheirRanges() throws IOException {
        // 8% written as 8 instead of 0.08.
        InputException returns = fails(variant("labour:\n  wages:\n    return_to_schooling: 8\n"));
        assertEquals("labour.wages.return_to_schooling", returns.fieldPath());
        assertEquals(3 + 3, returns.location().line());
        InputException square = fails(variant("labour:\n  wages:\n    experience_squared: 0.0006\n"));
        assertEquals("labour.wages.experience_squared", square.fieldPath());
        InputException premium = fails(variant("labour:\n  wages:\n    skill_premium: 0.15\n"));
        assertEquals("labour.wages.skill_premium", premium.fieldPath());
        InputException wage = fails(variant("labour:\n  wages:\n    base_wage: 0\n"));
        assertEquals("labour.wages.base_wage", wage.fieldPath());
    }

    @Test
    void aSectorRatioCannotBeLeftOut() throws IOException {
        InputException e = fails(variant("labour:\n  wages:\n    sector_ratio: {secondary: 0.8, tertiary: ~}\n"));
        assertTrue(e.fieldPath().startsWith("labour.wages.sector_ratio"), e.fieldPath());
        assertNotNull(e.location());
        InputException primary = fails(variant("labour:\n  wages:\n    sector_ratio: {primary: 0.6}\n"));
        assertTrue(primary.fieldPath().startsWith("labour.wages.sector_ratio"), primary.fieldPath());
    }
}
