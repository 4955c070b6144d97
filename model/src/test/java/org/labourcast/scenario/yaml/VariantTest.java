package org.labourcast.scenario.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.results.Manifest;
import org.labourcast.scenario.InputFile;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioFile;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.Target;
import org.labourcast.yaml.FieldOverride;

/**
 * Variants of the shipped Leshan baseline ({@code extends:}) and command-line overrides ({@code --set}) through the
 * real reader: what is inherited and what is overridden, chains and cycles, and that each mistake is located in the
 * file (or the {@code --set} argument) it comes from.
 */
class VariantTest {
    private static final String OWN = "id: leshan-variant\ntitle: {en: Leshan variant, zh: 乐山变体}\n";

    @TempDir
    Path tmp;

    private Path baseline;
    /** The baseline's path as a variant in {@link #tmp} writes it: relative to the variant's folder. */
    private String toBaseline;

    @BeforeEach
    void paths() {
        baseline = ShippedScenarios.leshanBaseline();
        toBaseline = tmp.relativize(baseline).toString().replace('\\', '/');
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Path variant(String body) throws IOException {
        return write("variant.yaml", "extends: " + toBaseline + "\n" + OWN + body);
    }

    private static ScenarioSpec read(Path file, String... sets) {
        return loaded(file, sets).spec();
    }

    private static LoadedScenario loaded(Path file, String... sets) {
        return new ScenarioReader().read(file, java.util.Arrays.stream(sets).map(FieldOverride::parse).toList());
    }

    private static InputException fails(Path file, String... sets) {
        return assertThrows(InputException.class, () -> read(file, sets));
    }

    /** 1-based line of the first line of {@code file} containing {@code needle}. */
    private static int lineOf(Path file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " lacks " + needle);
    }

    private static Target target(ScenarioSpec s, String indicator, int year) {
        return s.targets().stream().filter(t -> t.indicator().equals(indicator) && t.year() == year).findFirst()
                .orElseThrow(() -> new AssertionError("no target " + indicator + "@" + year));
    }

    // ------------------------------------------------------------------ inheriting and overriding

    @Test
    void aVariantInheritsEverythingItDoesNotOverride() throws IOException {
        ScenarioSpec base = new ScenarioReader().read(baseline).spec();
        ScenarioSpec v = read(variant("""
                rural_urban_move:
                  max_rate: 0.25
                labour:
                  transfer:
                    base_rate: 0.07
                """));
        assertEquals("leshan-variant", v.id());
        assertEquals("Leshan variant", v.title().en());
        assertEquals(0.25, v.ruralUrbanMove().maxRate());
        assertEquals(0.07, v.labour().transfer().baseRate());
        assertEquals(base.labour().transfer().ageLogOdds().length, v.labour().transfer().ageLogOdds().length);
        assertEquals(base.region(), v.region());
        assertEquals(base.population().persons().total(), v.population().persons().total());
        assertEquals(base.targets(), v.targets());
        assertEquals(base.description(), v.description());
        assertEquals(base.labour().skills().certificationRate(), v.labour().skills().certificationRate());
    }

    @Test
    void targetsChangeByIndicatorAndYear() throws IOException {
        ScenarioSpec base = new ScenarioReader().read(baseline).spec();
        ScenarioSpec v = read(variant("""
                targets:
                  remove: [employment_primary@2025]
                  update:
                    - {indicator: urbanization_rate, year: 2025, value: 0.62}
                  replace:
                    - indicator: skilled_workers
                      year: 2025
                      operator: ">="
                      value: 330000
                      kind: annual
                      nature: expected
                      source: "[PLAN ch.2 §3] 技能人才总量达到33万人 (the text's figure)"
                  add:
                    - {indicator: urbanization_rate, year: 2030, operator: ">=", value: 0.65, kind: annual,
                       nature: expected, source: "test: a 2030 goal"}
                """));
        assertEquals(base.targets().size(), v.targets().size(), "one removed, one added");
        assertTrue(v.targets().stream().noneMatch(t -> t.indicator().equals("employment_primary")));
        Target urban = target(v, "urbanization_rate", 2025);
        assertEquals(0.62, urban.value());
        assertEquals(target(base, "urbanization_rate", 2025).source(), urban.source(), "update keeps other fields");
        assertEquals(330000, target(v, "skilled_workers", 2025).value());
        assertEquals(303280, target(base, "skilled_workers", 2025).baseValue().getAsDouble());
        assertTrue(target(v, "skilled_workers", 2025).baseValue().isEmpty(), "replace drops the old fields");
        assertEquals(v.targets().get(v.targets().size() - 1), target(v, "urbanization_rate", 2030), "added last");
    }

    @Test
    void nullRemovesAnInheritedField() throws IOException {
        ScenarioSpec v = read(variant("description: ~\nsimulation: ~\n"));
        assertEquals("", v.description());
        assertEquals(1, loaded(variant("description: ~\nsimulation: ~\n")).run().runs(), "without simulation: the defaults apply");
        InputException e = fails(variant("simulaton: ~\n"));
        assertEquals("did you mean 'simulation'?", e.hint());
        assertEquals(tmp.resolve("variant.yaml").toString(), e.location().file());
    }

    @Test
    void switchingToAnotherFormNeedsTheParentsFormRemoved() throws IOException {
        InputException both = fails(variant("labour:\n  transfer:\n    wage_gap: {value: 2.3}\n"));
        assertEquals("labour.transfer.wage_gap.values", both.fieldPath(), "the merged mapping holds both forms");
        assertTrue(both.problem().contains("give either 'value'"), both.getMessage());
        ScenarioSpec s = read(variant("""
                labour:
                  transfer:
                    wage_gap: {value: 2.3, values: ~}
                rural_urban_move:
                  intensity: {value: 0.05}
                  projection: ~
                """));
        assertNull(s.ruralUrbanMove().projection());
        assertNull(s.ruralUrbanMove().path());
        assertEquals(0.05, s.ruralUrbanMove().intensity().scalarAt(2030.5));
    }

    @Test
    void aVariantOfAVariantInheritsThroughTheChain() throws IOException {
        write("a/urban.yaml", "extends: ../" + toBaseline + "\n" + "id: leshan-urban\ntitle: {en: U, zh: U}\n"
                + "rural_urban_move: {max_rate: 0.25}\nlabour: {transfer: {base_rate: 0.07}}\n");
        Path c = write("b/urban-skills.yaml", "extends: ../a/urban.yaml\nid: leshan-urban-skills\n"
                + "title: {en: US, zh: US}\nlabour: {transfer: {base_rate: 0.08}, skills: {certification_rate: 0.8}}\n");
        ScenarioSpec s = read(c);
        assertEquals("leshan-urban-skills", s.id());
        assertEquals(0.25, s.ruralUrbanMove().maxRate(), "from the parent");
        assertEquals(0.08, s.labour().transfer().baseRate(), "the child wins over its parent");
        assertEquals(0.8, s.labour().skills().certificationRate());
        List<String> inputs = loaded(c).source().inputs().stream().map(InputFile::path).toList();
        assertEquals(List.of(c.toString(), tmp.resolve("a/urban.yaml").toString(), baseline.toString()), inputs,
                "the scenario file first, then its parent and the parent's parent, paths relative to each child");
    }

    @Test
    void theExampleInTheFormatDocumentReads() throws IOException {
        String doc = Files.readString(ShippedScenarios.root().getParent().resolve("docs/scenario-format.md"));
        int section = doc.indexOf("\n## Variants\n");
        int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        assertTrue(section > 0 && example.startsWith("extends: baseline.yaml"), example);
        Files.copy(baseline, tmp.resolve("baseline.yaml"));
        ScenarioSpec s = read(write("urban-push.yaml", example));
        assertEquals("leshan-urban-push", s.id());
        assertEquals(0.25, s.ruralUrbanMove().maxRate());
        assertEquals(0.07, s.labour().transfer().baseRate());
        assertEquals(0.62, target(s, "urbanization_rate", 2025).value());
        assertEquals(0.65, target(s, "urbanization_rate", 2030).value());
    }

    // ------------------------------------------------------------------ what a variant must say

    @Test
    void aVariantMustGiveItsOwnIdAndTitle() throws IOException {
        Path noId = write("no-id.yaml", "extends: " + toBaseline + "\ntitle: {en: a, zh: b}\nhorizon: 2030\n");
        InputException e = fails(noId);
        assertEquals("id", e.fieldPath());
        assertEquals(noId.toString(), e.location().file());
        assertTrue(e.problem().contains("a variant must give its own id"), e.getMessage());

        Path noTitle = write("no-title.yaml", "extends: " + toBaseline + "\nid: x\n");
        assertEquals("title", fails(noTitle).fieldPath());

        Path sameId = write("same.yaml", "extends: " + toBaseline + "\nid: leshan-baseline\ntitle: {en: a, zh: b}\n");
        InputException same = fails(sameId);
        assertEquals(2, same.location().line());
        assertTrue(same.problem().contains("a variant needs its own id"), same.getMessage());
    }

    @Test
    void aVariantsTitleIsNotMergedWithTheParents() throws IOException {
        Path p = write("t.yaml", "extends: " + toBaseline + "\nid: x\ntitle: {en: only English}\n");
        InputException e = fails(p);
        assertEquals("title.zh", e.fieldPath());
        assertEquals(p.toString(), e.location().file());
    }

    @Test
    void extendsNeedsAPath() throws IOException {
        InputException e = fails(write("e.yaml", "extends: ~\n" + OWN));
        assertEquals(new org.labourcast.Location(tmp.resolve("e.yaml").toString(), 1, 10), e.location());
        assertTrue(e.problem().contains("expected the path of the parent scenario file"), e.getMessage());
    }

    @Test
    void extendsNeedsAFile() {
        InputException e = assertThrows(InputException.class,
                () -> new ScenarioReader().read("text.yaml", "extends: baseline.yaml\n" + OWN));
        assertEquals(1, e.location().line());
        assertTrue(e.problem().contains("works only in a scenario read from a file"), e.getMessage());
    }

    // ------------------------------------------------------------------ chains that go wrong

    @Test
    void aMissingParentIsLocatedAtTheExtendsValue() throws IOException {
        Path p = write("v.yaml", OWN + "extends: baselien.yaml\n");
        InputException e = fails(p);
        assertEquals(new org.labourcast.Location(p.toString(), 3, 10), e.location());
        assertEquals("extends", e.fieldPath());
        assertTrue(e.problem().contains("parent scenario not found: " + tmp.resolve("baselien.yaml")), e.getMessage());
    }

    @Test
    void aParentThatIsAFolderIsLocatedAtTheExtendsValue() throws IOException {
        Files.createDirectories(tmp.resolve("folder"));
        InputException e = fails(write("v.yaml", "extends: folder\n" + OWN));
        assertEquals(1, e.location().line());
        assertEquals("'" + tmp.resolve("folder") + "' is a directory, not a scenario file", e.problem());
    }

    @Test
    void aCycleIsAnErrorNamingTheChain() throws IOException {
        Path a = write("a.yaml", "extends: b.yaml\nid: a\ntitle: {en: a, zh: a}\n");
        Path b = write("b.yaml", "extends: a.yaml\nid: b\ntitle: {en: b, zh: b}\n");
        InputException e = fails(a);
        assertEquals(b.toString(), e.location().file(), "located where the cycle closes");
        assertEquals(1, e.location().line());
        assertTrue(e.problem().contains("cycle: " + a + " → " + b + " → " + a), e.getMessage());

        Path self = write("self.yaml", "extends: ./self.yaml\nid: s\ntitle: {en: s, zh: s}\n");
        InputException selfError = fails(self);
        assertEquals("a scenario cannot extend itself", selfError.hint());
    }

    @Test
    void aLongChainIsCutOff() throws IOException {
        for (int i = 0; i < Variants.MAX_CHAIN + 2; i++) {
            write("c" + i + ".yaml", "extends: c" + (i + 1) + ".yaml\nid: c" + i + "\ntitle: {en: c, zh: c}\n");
        }
        InputException e = fails(tmp.resolve("c0.yaml"));
        assertTrue(e.problem().startsWith("more than " + Variants.MAX_CHAIN + " scenarios extend one another"),
                e.getMessage());
    }

    // ------------------------------------------------------------------ errors in the right file

    @Test
    void aMistakeInTheVariantPointsIntoTheVariant() throws IOException {
        Path v = variant("rural_urban_move:\n  max_rate: 1.5\n");
        InputException e = fails(v);
        assertEquals(v.toString(), e.location().file());
        assertEquals(lineOf(v, "max_rate: 1.5"), e.location().line());
        assertEquals("rural_urban_move.max_rate", e.fieldPath());
        InputException typo = fails(variant("rural_urban_move:\n  max_rat: 0.2\n"));
        assertEquals(v.toString(), typo.location().file());
        assertEquals("did you mean 'max_rate'?", typo.hint());
    }

    @Test
    void aMistakeInAValueFromTheParentPointsIntoTheParent() throws IOException {
        // The variant ends the projection in 2022; values of the parent after 2022 (its 2025 targets, the 2025-01
        // retirement reform) no longer fit, and the error is located in the parent, where the value is written.
        InputException e = fails(variant("horizon: 2022\n"));
        assertEquals(baseline.toString(), e.location().file());
        assertTrue(e.getMessage().contains("2022"), e.getMessage());
    }

    @Test
    void theParentMustBeAValidScenarioOnItsOwn() throws IOException {
        Path parent = write("parent.yaml", Files.readString(baseline).replace("  max_rate: 0.3", "  max_rat: 0.3"));
        Path child = write("child.yaml", "extends: parent.yaml\n" + OWN + "rural_urban_move: {max_rate: 0.2}\n");
        InputException e = fails(child);
        assertEquals(parent.toString(), e.location().file(), "the parent's own strictness applies");
        assertEquals(lineOf(parent, "max_rat: 0.3"), e.location().line());

        Path partial = write("partial.yaml", "labourcast_scenario: 1\nhorizon: 2035\n");
        InputException notAScenario = fails(write("p-child.yaml", "extends: partial.yaml\n" + OWN));
        assertEquals(partial.toString(), notAScenario.location().file());
    }

    @Test
    void aMistakeInAListOperationPointsIntoTheVariant() throws IOException {
        Path v = variant("targets:\n  remove: [urbanisation_rate@2025]\n");
        InputException e = fails(v);
        assertEquals(v.toString(), e.location().file());
        assertEquals(lineOf(v, "remove:"), e.location().line());
        assertEquals("did you mean 'urbanization_rate@2025'?", e.hint());
    }

    // ------------------------------------------------------------------ what was read, and its hash

    @Test
    void aPlainScenarioIsHashedByItsBytes() throws IOException {
        ScenarioFile s = loaded(baseline).source();
        String sha = Manifest.sha256(Files.readAllBytes(baseline));
        assertEquals(sha, s.sha256());
        assertEquals(List.of(new InputFile(baseline.toString(), sha)), s.inputs());
        assertEquals(List.of(), s.overrides());
    }

    @Test
    void aVariantIsHashedOverAllItsInputs() throws IOException {
        Path v = variant("horizon: 2035\n");
        ScenarioFile s = loaded(v).source();
        String childSha = Manifest.sha256(Files.readAllBytes(v));
        String parentSha = Manifest.sha256(Files.readAllBytes(baseline));
        assertEquals(List.of(new InputFile(v.toString(), childSha),
                new InputFile(baseline.toString(), parentSha)), s.inputs());
        String listing = "labourcast scenario inputs 1\nfile " + childSha + "\nfile " + parentSha + "\n";
        assertEquals(Manifest.sha256(listing.getBytes(java.nio.charset.StandardCharsets.UTF_8)), s.sha256(),
                "the documented definition");
        String withSet = listing + "set simulation.runs=2\n";
        ScenarioFile set = loaded(v, "simulation.runs=2").source();
        assertEquals(Manifest.sha256(withSet.getBytes(java.nio.charset.StandardCharsets.UTF_8)), set.sha256());
        assertEquals(List.of("simulation.runs=2"), set.overrides());
        assertNotEquals(loaded(baseline, "simulation.runs=2").source().sha256(), loaded(baseline).source().sha256());
    }

    // ------------------------------------------------------------------ --set

    @Test
    void setChangesNumbersStringsAndListItems() throws IOException {
        ScenarioSpec s = read(baseline, "labour.transfer.base_rate=0.07", "region.code=\"NO\"", "simulation.runs=10",
                "targets[2].value=0.055", "labour.transfer.age_log_odds=[0.9, 0.8, 0, -0.6, -1]");
        assertEquals(0.07, s.labour().transfer().baseRate());
        assertEquals("NO", s.region().code());
        assertEquals(10, loaded(baseline, "simulation.runs=10").run().runs());
        assertEquals("surveyed_unemployment_rate", s.targets().get(2).indicator());
        assertEquals(0.055, s.targets().get(2).value());
        assertEquals(0.9, s.labour().transfer().ageLogOdds()[0]);
        assertEquals("NO", read(baseline, "region.code=NO").region().code(), "unquoted NO is text, not false");
    }

    @Test
    void setAppliesAfterTheVariantIsMerged() throws IOException {
        Path v = variant("labour:\n  transfer:\n    base_rate: 0.07\ntargets: {remove: [new_urban_jobs@2025]}\n");
        ScenarioSpec s = read(v, "labour.transfer.base_rate=0.09", "targets[1].value=0.059");
        assertEquals(0.09, s.labour().transfer().baseRate());
        assertEquals("surveyed_unemployment_rate", s.targets().get(1).indicator(), "indices of the merged list");
        assertEquals(0.059, s.targets().get(1).value());
    }

    @Test
    void setAddsAnOptionalFieldAndRemovesOne() {
        RunSettings s = loaded(baseline, "simulation=~", "simulation.seed=7").run();
        assertEquals(7, s.seed());
        assertEquals(1, s.runs());
        assertNull(read(baseline, "labour=~", "targets=[]", "history=~").labour());
    }

    @Test
    void anUnknownSetPathNamesTheArgumentAndSuggests() {
        InputException e = fails(baseline, "labour.transfer.base_rat=0.07");
        assertEquals("--set labour.transfer.base_rat", e.location().file());
        assertEquals("labour.transfer.base_rat", e.fieldPath());
        assertEquals("did you mean 'base_rate'?", e.hint());
        assertTrue(e.getMessage().startsWith("--set labour.transfer.base_rat:1:1: labour.transfer.base_rat: unknown"
                + " field 'base_rat'"), e.getMessage());
        InputException section = fails(baseline, "simulaton.runs=3");
        assertEquals("did you mean 'simulation'?", section.hint());
        assertEquals("--set simulaton.runs", section.location().file());
    }

    @Test
    void aBadSetValueIsLocatedInTheArgument() {
        InputException e = fails(baseline, "labour.transfer.base_rate=1.2");
        assertEquals("--set labour.transfer.base_rate:1:1", e.location().toString());
        assertTrue(e.problem().contains("got 1.2"), e.getMessage());
        InputException word = fails(baseline, "simulation.runs=ten");
        assertTrue(word.getMessage().startsWith("--set simulation.runs:1:1: simulation.runs: expected a whole number,"
                + " got 'ten'"), word.getMessage());
        InputException quoted = fails(baseline, "simulation.runs=\"10\"");
        assertEquals("remove the quotes", quoted.hint());
    }

    @Test
    void extendsCannotBeSet() {
        InputException e = fails(baseline, "extends=other.yaml");
        assertTrue(e.getMessage().contains("extends cannot be set on the command line"), e.getMessage());
    }
}
