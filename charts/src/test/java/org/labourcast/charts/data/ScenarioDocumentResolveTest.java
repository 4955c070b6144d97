package org.labourcast.charts.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.results.Manifest;

/**
 * A report shows the scenario as it was run: a variant with everything it inherits, the {@code --set} values, each
 * input checked against its own recorded hash (issue 16, item 1).
 */
class ScenarioDocumentResolveTest {
    @TempDir
    Path tmp;

    private static Path scenarios() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.exists(p.resolve("scenarios/leshan/baseline.yaml"))) {
            p = p.getParent();
        }
        return p.resolve("scenarios/leshan");
    }

    /** The shipped plan-measures variant and its parent, copied, with the hashes a run would record. */
    private Map<String, String> copyVariant() throws IOException {
        Map<String, String> recorded = new LinkedHashMap<>();
        for (String name : List.of("plan-measures.yaml", "baseline.yaml")) {
            Path to = tmp.resolve(name);
            Files.copy(scenarios().resolve(name), to);
            recorded.put(to.toString().replace('\\', '/'), Manifest.sha256(to));
        }
        return recorded;
    }

    @Test
    void aVariantShowsWhatItInheritsAndWhereEachValueIsWritten() throws IOException {
        Map<String, String> recorded = copyVariant();
        ScenarioDocument.Resolution r = ScenarioDocument.resolve(tmp.resolve("plan-measures.yaml"), recorded, List.of());
        assertNull(r.problem(), "the files are the ones recorded: no false alarm");
        ScenarioDocument doc = r.document();
        // Region and plan context come from the parent.
        assertEquals("乐山市", doc.regionZh());
        assertEquals("乐山市：规划量化措施情景（2021—2025年）", doc.titleZh(), "the variant's own title");
        assertEquals(0.429, doc.sectorHistory().get(2015)[0], "the plan's 2015 sector bars are inherited");
        ScenarioDocument.SourcedInput rate = row(doc, "labour.transfer.base_rate");
        assertEquals("beta {mean: 0.05, sd: 0.015}; basis: assumption", rate.value());
        assertTrue(rate.origin().endsWith("baseline.yaml"), "inherited: " + rate.origin());
        ScenarioDocument.SourcedInput trainees = row(doc, "labour.skills.trainees");
        assertEquals("0", trainees.value(), "the variant's own value");
        assertTrue(trainees.origin().endsWith("plan-measures.yaml"), trainees.origin());
        assertTrue(doc.assumptions().size() > 40, "every inherited input, not only the changed ones: "
                + doc.assumptions().size());
        assertEquals(2, doc.files().size());
    }

    @Test
    void setValuesReplaceTheFilesAndAreMarked() throws IOException {
        Map<String, String> recorded = copyVariant();
        ScenarioDocument doc = ScenarioDocument.resolve(tmp.resolve("plan-measures.yaml"), recorded,
                List.of("labour.transfer.base_rate=0.07", "labour.skills.trainees.value=5")).document();
        assertNotNull(doc);
        // A sourced block replaced by a plain value: its own row, marked.
        ScenarioDocument.SourcedInput rate = row(doc, "labour.transfer.base_rate");
        assertEquals("0.07", rate.value());
        assertTrue(rate.set());
        assertTrue(row(doc, "labour.transfer").value().contains("base_rate: 0.07"), "the block shows the run's value");
        ScenarioDocument.SourcedInput trainees = row(doc, "labour.skills.trainees");
        assertEquals("5", trainees.value());
        assertTrue(trainees.set(), "a value set inside a sourced block marks the block");
        assertTrue(!row(doc, "labour.participation").set(), "a sibling block is not marked");
    }

    @Test
    void aChangedParentIsNamedAndNothingIsShown() throws IOException {
        Map<String, String> recorded = copyVariant();
        Path parent = tmp.resolve("baseline.yaml");
        Files.writeString(parent, Files.readString(parent) + "\n# edited after the run\n");
        ScenarioDocument.Resolution r = ScenarioDocument.resolve(tmp.resolve("plan-measures.yaml"), recorded, List.of());
        assertNull(r.document());
        assertEquals(new ScenarioDocument.Problem("changed", parent.toString().replace('\\', '/')), r.problem());

        Map<String, String> unrecorded = new LinkedHashMap<>(recorded);
        unrecorded.remove(parent.toString().replace('\\', '/'));
        Files.copy(scenarios().resolve("baseline.yaml"), parent, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals("changed", ScenarioDocument.resolve(tmp.resolve("plan-measures.yaml"), unrecorded, List.of())
                .problem().kind(), "a parent the run did not record is not shown either");
    }

    private static ScenarioDocument.SourcedInput row(ScenarioDocument doc, String path) {
        return doc.assumptions().stream().filter(i -> i.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + path));
    }
}
