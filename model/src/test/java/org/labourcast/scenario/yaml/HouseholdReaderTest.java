package org.labourcast.scenario.yaml;

import static org.labourcast.scenario.yaml.LeshanVariant.fails;
import static org.labourcast.scenario.yaml.LeshanVariant.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.labour.HouseholdAssumption;

/** {@code labour.households} is read as strictly as the rest: located errors, did-you-mean, ranges, its targets. */
class HouseholdReaderTest {

    @TempDir
    Path tmp;

    private Path variant(String body) throws IOException {
        return LeshanVariant.write(tmp, body);
    }

    @Test
    void theShippedBlockIsReadWithItsSources() {
        HouseholdAssumption h = read(ShippedScenarios.leshanBaseline()).labour().households();
        assertEquals(2.54, h.meanSize(), "乐山市第七次全国人口普查公报(第一号): 平均每个家庭户的人口为2.54人");
        assertEquals(1.0, h.zeroEmploymentHelp(), "[PLAN ch.2 §3] 确保零就业家庭动态清零");
        assertTrue(h.source().contains("size_shape:"), h.source());
        double[] p = h.sizeDistribution();
        double mean = 0;
        for (int s = 0; s < p.length; s++) {
            mean += (s + 1) * p[s];
        }
        assertEquals(2.54, mean, 1e-9);
        assertEquals(0.2539, p[0], 0);
    }

    @Test
    void theTargetsNeedTheBlock() throws IOException {
        InputException e = fails(variant("labour:\n  households: ~\n"));
        assertTrue(e.problem().contains("no labour.households block"), e.problem());
        assertTrue(e.fieldPath().startsWith("targets["), e.fieldPath());
        assertNotNull(e.location());
    }

    @Test
    void aTypoIsLocatedWithASuggestion() throws IOException {
        Path v = variant("labour:\n  households:\n    mean_sise: 2.5\n");
        InputException e = fails(v);
        assertEquals(v.toString(), e.location().file());
        assertEquals(3 + 3, e.location().line());
        assertEquals("did you mean 'mean_size'?", e.hint());
    }

    @Test
    void theShapeNeedsTenShares() throws IOException {
        InputException e = fails(variant("labour:\n  households:\n    size_shape:\n      shares: [0.3, 0.3, 0.4]\n"));
        assertEquals("labour.households.size_shape.shares", e.fieldPath());
        assertTrue(e.problem().contains("10 shares"), e.problem());
        assertNotNull(e.location());
    }

    @Test
    void rangesAndAnImpossibleMeanAreRefused() throws IOException {
        InputException help = fails(variant("labour:\n  households:\n    zero_employment_help: 1.5\n"));
        assertEquals("labour.households.zero_employment_help", help.fieldPath());
        InputException text = fails(variant("labour:\n  households:\n    collective_share: 5%\n"));
        assertEquals("labour.households.collective_share", text.fieldPath());
        // 1.2 persons a household with a quarter of one-person households: the others would average under 2.
        InputException mean = fails(variant("labour:\n  households:\n    mean_size: 1.2\n"));
        assertTrue(mean.problem().contains("strictly between 2 and 10"), mean.problem());
        assertNotNull(mean.location());
    }
}
