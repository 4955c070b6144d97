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
import org.labourcast.scenario.labour.ReturneeAssumption;

/** {@code labour.returnees} is read as strictly as the rest: located errors, did-you-mean, ranges, its targets. */
class ReturneeReaderTest {
    private static final String ONLY_URBANIZATION_TARGET = "targets:\n  - {indicator: urbanization_rate, year: 2025,"
            + " operator: \">=\", value: 0.6, kind: annual, nature: expected, source: test}\n";

    @TempDir
    Path tmp;

    private Path variant(String body) throws IOException {
        return LeshanVariant.write(tmp, body);
    }

    @Test
    void theShippedBlockIsReadWithItsSources() {
        ReturneeAssumption r = read(ShippedScenarios.leshanBaseline()).labour().returnees();
        assertEquals(19_000, r.baseEntrepreneurs(), "乐山 2020: 返乡下乡创业人员累计达到1.9万人 (plan ch.1)");
        assertTrue(r.source().contains("base_entrepreneurs:"), r.source());
        assertEquals(814_000, read(ShippedScenarios.baseline("sichuan")).labour().returnees().baseEntrepreneurs(),
                "四川 2020: 返乡入乡创业人员累计达81.4万人 (plan ch.1)");
    }

    @Test
    void theBlockIsOptionalButItsTargetsNeedIt() throws IOException {
        String noBlock = "labour:\n  returnees: ~\n";
        InputException e = fails(variant(noBlock));
        assertTrue(e.problem().contains("no labour.returnees block"), e.problem());
        assertTrue(e.fieldPath().startsWith("targets["), e.fieldPath());
        assertNotNull(e.location());
        assertNull(read(variant(noBlock + ONLY_URBANIZATION_TARGET)).labour().returnees());
    }

    @Test
    void aTypoIsLocatedWithASuggestion() throws IOException {
        Path v = variant("labour:\n  returnees:\n    startup_shar: 0.1\n");
        InputException e = fails(v);
        assertEquals(v.toString(), e.location().file());
        assertEquals(3 + 3, e.location().line());
        assertEquals("did you mean 'startup_share'?", e.hint());
    }

    /** A target naming a new indicator with a typo is refused at the name with the catalogue's near name. */
    @Test
    void aMisspeltTargetIndicatorIsLocatedWithASuggestion() throws IOException {
        Path v = variant("targets:\n  - {indicator: returnee_entrepreneur, year: 2025, operator: \">\", value: 22000,"
                + " kind: annual, nature: expected, source: test}\n");
        InputException e = fails(v);
        assertEquals("targets[0].indicator", e.fieldPath());
        assertEquals(5, e.location().line()); // extends, id, title, targets:, then the item
        assertEquals("did you mean 'returnee_entrepreneurs'?", e.hint());
    }

    @Test
    void ratesMustBeShares() throws IOException {
        InputException e = fails(variant("labour:\n  returnees:\n    return_rate: 1.5\n"));
        assertEquals("labour.returnees.return_rate", e.fieldPath());
        assertEquals(3 + 3, e.location().line());
        InputException s = fails(variant("labour:\n  returnees:\n    startup_share: -0.1\n"));
        assertEquals("labour.returnees.startup_share", s.fieldPath());
    }

    @Test
    void aStockAboveEmploymentIsRefused() throws IOException {
        // 1.9万 written with four zeros too many.
        InputException e = fails(variant("labour:\n  returnees:\n    base_entrepreneurs: 190000000\n"));
        assertEquals("labour.returnees.base_entrepreneurs", e.fieldPath());
        assertTrue(e.problem().contains("employed"), e.problem());
        assertNotNull(e.location());
    }
}
