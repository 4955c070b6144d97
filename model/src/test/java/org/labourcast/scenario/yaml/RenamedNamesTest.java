package org.labourcast.scenario.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.yaml.FieldOverride;

/** Old names (issue 18) are read as the new ones with a located deprecation warning; both names are an error. */
class RenamedNamesTest {
    static final String FILE = "renamed.yaml";
    static String baseline;

    @BeforeAll
    static void readBaseline() throws IOException {
        baseline = Files.readString(ShippedScenarios.leshanBaseline());
        assertTrue(baseline.contains("\nrural_urban_move:\n"), "test setup: the shipped baseline uses the new name");
    }

    @Test
    void theOldSectionNameIsReadAsTheNewOneWithALocatedWarning() {
        String old = baseline.replace("\nrural_urban_move:\n", "\nurban_transfer:\n");
        LoadedScenario now = new ScenarioReader().read(FILE, baseline);
        LoadedScenario then = new ScenarioReader().read(FILE, old);
        assertEquals(List.of(), now.warnings());
        assertEquals(1, then.warnings().size(), then.warnings().toString());
        int line = old.substring(0, old.indexOf("\nurban_transfer:\n") + 1).split("\n", -1).length;
        String w = then.warnings().get(0);
        assertTrue(w.startsWith(FILE + ":" + line + ":1: warning: 'urban_transfer' is an old name, read as"
                + " 'rural_urban_move'"), w);
        assertTrue(w.contains("警告"), "bilingual: " + w);
        assertEquals(now.spec().ruralUrbanMove().maxRate(), then.spec().ruralUrbanMove().maxRate());
        assertEquals(now.source().sha256().equals(then.source().sha256()), false, "the files differ, so do hashes");
        assertEquals(ProjectionRun.of(now.spec()).indicators(), ProjectionRun.of(then.spec()).indicators(),
                "the same scenario, the same projection");
    }

    @Test
    void bothNamesAreAnErrorAtTheOldOne() {
        String both = baseline + "\nurban_transfer: {max_rate: 0.2}\n";
        InputException e = assertThrows(InputException.class, () -> new ScenarioReader().read(FILE, both));
        assertEquals("urban_transfer", e.fieldPath());
        assertEquals(both.split("\n", -1).length - 1, e.location().line());
        assertTrue(e.problem().contains("both 'urban_transfer' (the old name) and 'rural_urban_move'"), e.problem());
        assertTrue(e.hint().contains("keep rural_urban_move only"), e.hint());
    }

    @Test
    void anOldIndicatorNameInATargetIsReadAsTheNewOne() {
        String target = "targets:\n  - indicator: rural_urban_transfer_intensity\n    label: test\n    year: 2025\n"
                + "    operator: \"<=\"\n    value: 0.5\n    kind: annual\n    nature: expected\n    source: test\n";
        LoadedScenario s = new ScenarioReader().read(FILE, baseline.replace("targets:\n", target));
        assertEquals("rural_urban_move_intensity", s.spec().targets().get(0).indicator());
        assertEquals(1, s.warnings().size(), s.warnings().toString());
        assertTrue(s.warnings().get(0).contains("'rural_urban_transfer_intensity' is an old name, read as"
                + " 'rural_urban_move_intensity'"), s.warnings().get(0));
    }

    @Test
    void anOldNameInASetIsReadAsTheNewOneWithAWarning(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("b.yaml"), baseline);
        LoadedScenario s = new ScenarioReader().read(file, List.of(FieldOverride.parse("urban_transfer.max_rate=0.2")));
        assertEquals(0.2, s.spec().ruralUrbanMove().maxRate());
        assertEquals(1, s.warnings().size(), s.warnings().toString());
        assertTrue(s.warnings().get(0).startsWith("--set urban_transfer.max_rate=0.2: warning:"), s.warnings().get(0));
        assertEquals(List.of("urban_transfer.max_rate=0.2"), s.source().overrides(), "recorded as given");
    }
}
