package org.labourcast.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.labourcast.InputException;
import org.labourcast.Location;
import org.labourcast.yaml.YamlMerge.ItemKey;

/**
 * The merge rules of scenario variants (docs/scenario-format.md, "Variants") on small trees: mappings merge key by
 * key, scalars and lists are replaced, null removes, and lists of mappings change item by item with remove, update,
 * replace and add. Levers are tested here, at the tree level, as the lever reader lives on another branch.
 */
class YamlMergeTest {
    /** The scenario rules: targets named indicator@year, levers by name, other lists by year or period. */
    private static final YamlMerge MERGE = new YamlMerge(name -> switch (name) {
        case "targets" -> ItemKey.fields("indicator", "year");
        case "levers" -> ItemKey.fields("name");
        default -> ItemKey.anyOf("year", "period");
    }, Set.of("title"));

    private static final SafeYamlLoader LOADER = new SafeYamlLoader();

    private static YamlMapping parent(String text) {
        return LOADER.load("parent.yaml", text);
    }

    private static YamlMapping child(String text) {
        return LOADER.load("child.yaml", text);
    }

    private static YamlMapping merge(String parent, String child) {
        return MERGE.merge(parent(parent), child(child));
    }

    private static InputException fails(String parent, String child) {
        return assertThrows(InputException.class, () -> merge(parent, child));
    }

    /** The node at a dotted path with indices, e.g. {@code targets[1].value}. */
    private static YamlNode at(YamlMapping root, String path) {
        YamlNode n = root;
        for (String part : path.split("\\.")) {
            String key = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
            n = ((YamlMapping) n).get(key);
            if (part.contains("[")) {
                n = ((YamlSequence) n).get(Integer.parseInt(part.substring(part.indexOf('[') + 1, part.indexOf(']'))));
            }
        }
        return n;
    }

    private static String text(YamlMapping root, String path) {
        return ((YamlScalar) at(root, path)).text();
    }

    /** Every node's path is its place in the merged tree. */
    private static void assertPathsConsistent(YamlNode n, String expected) {
        assertEquals(expected, n.path());
        if (n instanceof YamlMapping m) {
            for (String k : m.keys()) {
                assertPathsConsistent(m.get(k), expected.isEmpty() ? k : expected + "." + k);
            }
        } else if (n instanceof YamlSequence s) {
            for (int i = 0; i < s.size(); i++) {
                assertPathsConsistent(s.get(i), expected + "[" + i + "]");
            }
        }
    }

    // ------------------------------------------------------------------ mappings, scalars, lists

    @Test
    void mappingsMergeKeyByKeyAndEachValueKeepsItsOwnFile() {
        YamlMapping m = merge("""
                labour:
                  transfer:
                    base_rate: 0.05
                    ages: 16-64
                  skills: {trainees: 20000}
                horizon: 2035
                """, """
                labour:
                  transfer:
                    base_rate: 0.07
                """);
        assertEquals("0.07", text(m, "labour.transfer.base_rate"));
        assertEquals(new Location("child.yaml", 3, 16), at(m, "labour.transfer.base_rate").location());
        assertEquals("16-64", text(m, "labour.transfer.ages"));
        assertEquals(new Location("parent.yaml", 4, 11), at(m, "labour.transfer.ages").location());
        assertEquals("20000", text(m, "labour.skills.trainees"));
        assertEquals("2035", text(m, "horizon"));
        assertEquals(List.of("labour", "horizon"), m.keys(), "the parent's order is kept");
        assertEquals("child.yaml", at(m, "labour.transfer").location().file(), "a merged mapping is where the child writes it");
        assertEquals(new Location("parent.yaml", 4, 5), ((YamlMapping) at(m, "labour.transfer")).keyLocation("ages"));
        assertPathsConsistent(m, "");
    }

    @Test
    void keysOnlyInTheChildAreAdded() {
        YamlMapping m = merge("a: 1\n", "b: {c: 2}\n");
        assertEquals(List.of("a", "b"), m.keys());
        assertEquals("2", text(m, "b.c"));
        assertEquals("b.c", at(m, "b.c").path());
    }

    @Test
    void aScalarOrListInTheChildReplacesWhateverTheParentHas() {
        YamlMapping m = merge("""
                base_rate: {value: 0.05, source: "assumption"}
                ages: [0-4, 5-9, 10+]
                horizon: 2035
                """, """
                base_rate: 0.07
                ages: [0-14, 15+]
                horizon: [2030]
                """);
        assertEquals("0.07", text(m, "base_rate"), "a scalar replaces a mapping: its source goes too");
        assertEquals(2, ((YamlSequence) at(m, "ages")).size(), "lists are replaced, not concatenated");
        assertEquals("15+", text(m, "ages[1]"));
        assertInstanceOf(YamlSequence.class, at(m, "horizon"));
    }

    @Test
    void aMappingInTheChildReplacesAParentScalar() {
        YamlMapping m = merge("base_rate: 0.05\n", "base_rate: {value: 0.07, source: \"test\"}\n");
        assertEquals("0.07", text(m, "base_rate.value"));
        assertEquals("base_rate.value", at(m, "base_rate.value").path());
    }

    @Test
    void aPlainListReplacesAListOfMappingsWhole() {
        YamlMapping m = merge("""
                targets:
                  - {indicator: a, year: 2025, value: 1}
                  - {indicator: b, year: 2025, value: 2}
                """, """
                targets:
                  - {indicator: c, year: 2030, value: 3}
                """);
        YamlSequence t = (YamlSequence) at(m, "targets");
        assertEquals(1, t.size());
        assertEquals("c", text(m, "targets[0].indicator"));
    }

    @Test
    void theTitleIsReplacedWholeNotMerged() {
        YamlMapping m = merge("title: {en: Baseline, zh: 基准}\n", "title: {en: Variant}\n");
        assertFalse(((YamlMapping) at(m, "title")).containsKey("zh"), "a variant's title is its own");
    }

    @Test
    void aMappingWhereTheParentHasAListOfScalarsIsAReplacementNotListOperations() {
        YamlMapping m = merge("ages: [0-4, 5+]\n", "ages: {add: [10]}\n");
        assertInstanceOf(YamlMapping.class, at(m, "ages"), "left for the reader to refuse as a wrong type");
    }

    @Test
    void mergingChangesNeitherInput() {
        YamlMapping p = parent("a: {x: 1}\nt: [{year: 2020, v: 1}]\n");
        YamlMapping c = child("a: {x: 2}\nt: {remove: [2020]}\n");
        MERGE.merge(p, c);
        assertEquals("1", ((YamlScalar) ((YamlMapping) p.get("a")).get("x")).text());
        assertEquals(1, ((YamlSequence) p.get("t")).size());
    }

    @Test
    void keysTheChildDoesNotTouchAreSharedNotCopied() {
        YamlMapping p = parent("population: {unit: persons, male: [1, 2]}\nhorizon: 2035\n");
        YamlMapping m = MERGE.merge(p, child("horizon: 2030\n"));
        assertSame(p.get("population"), m.get("population"));
    }

    // ------------------------------------------------------------------ null removes

    @Test
    void nullInTheChildRemovesTheParentsField() {
        YamlMapping m = merge("""
                description: Baseline
                simulation: {runs: 100, seed: 1}
                labour: {skills: {trainees: 1}}
                """, """
                description: ~
                simulation:
                  seed: null
                labour:
                  skills:
                """);
        assertFalse(m.containsKey("description"));
        assertEquals(List.of("runs"), ((YamlMapping) at(m, "simulation")).keys());
        assertEquals(List.of(), ((YamlMapping) at(m, "labour")).keys(), "an empty value is null too");
    }

    @Test
    void removingAFieldTheParentLacksIsAnErrorWithASuggestion() {
        InputException e = fails("simulation: {runs: 100, seed: 1}\n", "simulation:\n  sede: ~\n");
        assertEquals(new Location("child.yaml", 2, 3), e.location());
        assertEquals("simulation.sede", e.fieldPath());
        assertTrue(e.getMessage().contains("cannot remove 'sede': the parent scenario has no such field in simulation"),
                e.getMessage());
        assertEquals("did you mean 'seed'?", e.hint());
    }

    @Test
    void aQuotedNullIsTextNotARemoval() {
        YamlMapping m = merge("code: \"511100\"\n", "code: \"~\"\n");
        assertEquals("~", text(m, "code"));
    }

    // ------------------------------------------------------------------ targets: list operations

    private static final String TARGETS = """
            targets:
              - {indicator: urbanization_rate, year: 2025, operator: ">=", value: 0.60, source: plan}
              - {indicator: new_urban_jobs, year: 2025, operator: ">", value: 200000, source: plan}
              - {indicator: skilled_workers, year: 2025, operator: ">=", value: 400000, source: plan}
            """;

    @Test
    void targetsAreRemovedByIndicatorAtYearAndLaterItemsMoveUp() {
        YamlMapping m = merge(TARGETS, "targets: {remove: [new_urban_jobs@2025]}\n");
        YamlSequence t = (YamlSequence) at(m, "targets");
        assertEquals(2, t.size());
        assertEquals("skilled_workers", text(m, "targets[1].indicator"));
        assertEquals("targets[1].value", at(m, "targets[1].value").path(), "paths are those of the merged list");
        assertEquals(new Location("parent.yaml", 4, 69), at(m, "targets[1].value").location(),
                "locations are those of the parent's file");
        assertPathsConsistent(m, "");
    }

    @Test
    void aTargetIsUpdatedFieldByField() {
        YamlMapping m = merge(TARGETS, """
                targets:
                  update:
                    - {indicator: urbanization_rate, year: 2025, value: 0.62}
                """);
        assertEquals("0.62", text(m, "targets[0].value"));
        assertEquals("child.yaml", at(m, "targets[0].value").location().file());
        assertEquals(">=", text(m, "targets[0].operator"));
        assertEquals("parent.yaml", at(m, "targets[0].operator").location().file());
        assertEquals(3, ((YamlSequence) at(m, "targets")).size());
    }

    @Test
    void aTargetIsReplacedWholeInItsPlace() {
        YamlMapping m = merge(TARGETS, """
                targets:
                  replace:
                    - {indicator: new_urban_jobs, year: 2025, operator: ">=", value: 250000}
                """);
        assertEquals("250000", text(m, "targets[1].value"));
        assertFalse(((YamlMapping) at(m, "targets[1]")).containsKey("source"), "replace drops the old fields");
    }

    @Test
    void targetsAreAddedAtTheEnd() {
        YamlMapping m = merge(TARGETS, """
                targets:
                  add:
                    - {indicator: urbanization_rate, year: 2030, operator: ">=", value: 0.65}
                """);
        assertEquals(4, ((YamlSequence) at(m, "targets")).size());
        assertEquals("2030", text(m, "targets[3].year"));
        assertEquals("targets[3].year", at(m, "targets[3].year").path());
        assertEquals(new Location("child.yaml", 3, 7), at(m, "targets[3]").location());
    }

    @Test
    void operationsApplyInTheOrderRemoveUpdateReplaceAdd() {
        YamlMapping m = merge(TARGETS, """
                targets:
                  add:
                    - {indicator: new_urban_jobs, year: 2025, operator: ">", value: 1}
                  remove: [new_urban_jobs@2025]
                  update: [{indicator: skilled_workers, year: 2025, value: 1}]
                """);
        List<String> names = new ArrayList<>();
        for (YamlNode n : ((YamlSequence) at(m, "targets")).items()) {
            names.add(((YamlScalar) ((YamlMapping) n).get("indicator")).text());
        }
        assertEquals(List.of("urbanization_rate", "skilled_workers", "new_urban_jobs"), names,
                "removed first, so the add may bring the item back, at the end");
    }

    @Test
    void removingAnUnknownTargetSuggestsTheClosest() {
        InputException e = fails(TARGETS, "targets:\n  remove: [urbanization_rate@2026]\n");
        assertEquals(new Location("child.yaml", 2, 12), e.location());
        assertEquals("targets.remove[0]", e.fieldPath());
        assertTrue(e.problem().contains("no item 'urbanization_rate@2026' in the list 'targets' (items are named by"
                + " indicator@year)"), e.getMessage());
        assertEquals("did you mean 'urbanization_rate@2025'?", e.hint());
    }

    @Test
    void anUnknownOperationIsLocatedWithASuggestion() {
        InputException e = fails(TARGETS, "targets:\n  replcae: []\n");
        assertEquals(new Location("child.yaml", 2, 3), e.location());
        assertEquals("targets.replcae", e.fieldPath());
        assertTrue(e.problem().startsWith("unknown list operation 'replcae'"), e.getMessage());
        assertEquals("did you mean 'replace'?", e.hint());
        InputException far = fails(TARGETS, "targets:\n  frobnicate: []\n");
        assertEquals("to replace the whole list, write it as a list", far.hint());
    }

    @Test
    void addingATargetThatIsAlreadyThereIsAnError() {
        InputException e = fails(TARGETS, """
                targets:
                  add: [{indicator: skilled_workers, year: 2025, value: 1}]
                """);
        assertEquals("child.yaml", e.location().file());
        assertTrue(e.problem().contains("'skilled_workers@2025' is already in the list 'targets' (at parent.yaml:4:5)"),
                e.getMessage());
    }

    @Test
    void anItemMayBeNamedOnceAcrossOperations() {
        InputException e = fails(TARGETS, """
                targets:
                  remove: [skilled_workers@2025]
                  update: [{indicator: skilled_workers, year: 2025, value: 1}]
                """);
        assertEquals(3, e.location().line());
        assertTrue(e.problem().contains("already changed by this variant (at child.yaml:2:12)"), e.getMessage());
    }

    @Test
    void anUpdateOrReplaceMustNameItsItem() {
        InputException e = fails(TARGETS, "targets:\n  update: [{value: 1}]\n");
        assertTrue(e.problem().contains("must say which item it is: give indicator@year"), e.getMessage());
        assertEquals(new Location("child.yaml", 2, 12), e.location());
    }

    @Test
    void malformedOperationsAreLocatedInTheChild() {
        assertTrue(fails(TARGETS, "targets:\n  remove: skilled_workers@2025\n").problem()
                .contains("expected a list after 'remove'"));
        assertTrue(fails(TARGETS, "targets:\n  remove: [{indicator: x}]\n").problem()
                .contains("expected the name of an item to remove (indicator@year), got a mapping"));
        assertTrue(fails(TARGETS, "targets:\n  replace: [skilled_workers@2025]\n").problem()
                .contains("expected an item (a mapping of fields) to replace"));
        InputException empty = fails(TARGETS, "targets: {}\n");
        assertEquals("no list operation given", empty.problem());
        assertEquals("child.yaml", empty.location().file());
    }

    @Test
    void aNameThatMatchesTwoItemsIsRefused() {
        InputException e = fails("""
                targets:
                  - {indicator: a, year: 2025, value: 1}
                  - {indicator: a, year: 2025, value: 2}
                """, "targets: {remove: [a@2025]}\n");
        assertTrue(e.problem().contains("'a@2025' names 2 items"), e.getMessage());
    }

    @Test
    void operationsWorkOnAnEmptyParentList() {
        YamlMapping m = merge("targets: []\n", "targets: {add: [{indicator: a, year: 2025}]}\n");
        assertEquals(1, ((YamlSequence) at(m, "targets")).size());
    }

    // ------------------------------------------------------------------ levers (tree level)

    private static final String LEVERS = """
            levers:
              - name: training
                type: skills_training
                trainees: 10000
                start: 2021
              - name: loans
                type: guarantee_loans
                amount: 150000
              - name: posts
                type: public_welfare_posts
                posts: 5000
            """;

    private static List<String> leverNames(YamlMapping m) {
        List<String> names = new ArrayList<>();
        for (YamlNode n : ((YamlSequence) at(m, "levers")).items()) {
            names.add(((YamlScalar) ((YamlMapping) n).get("name")).text());
        }
        return names;
    }

    @Test
    void leversWithBilingualNamesAreNamedByTheirEnglishText() {
        YamlMapping m = merge("""
                levers:
                  - name: {en: Key-group training, zh: 重点人群培训工程}
                    type: vocational_training
                    trainees: 10000
                  - name: {en: Guarantee loans, zh: 创业担保贷款}
                    type: startup_guarantee_loans
                """, """
                levers:
                  remove: [Guarantee loans]
                  update:
                    - name: Key-group training
                      trainees: 20000
                """);
        List<YamlNode> items = ((YamlSequence) at(m, "levers")).items();
        assertEquals(1, items.size());
        assertEquals("20000", text(m, "levers[0].trainees"));
        assertEquals("重点人群培训工程", text(m, "levers[0].name.zh"), "the update keeps the bilingual name");
        assertEquals("Key-group training", text(m, "levers[0].name.en"));

        InputException e = assertThrows(InputException.class, () -> merge(LEVERS.replace("name: training",
                "name: {en: training, zh: 培训}"), "levers: {remove: [trainig]}\n"));
        assertTrue(e.getMessage().contains("training"), "suggests the English name: " + e.getMessage());
    }

    @Test
    void leversAreRemovedUpdatedReplacedAndAddedByName() {
        YamlMapping m = merge(LEVERS, """
                levers:
                  remove: [loans]
                  update:
                    - name: training
                      trainees: 20000
                  replace:
                    - {name: posts, type: public_welfare_posts, posts: 8000}
                  add:
                    - {name: stations, type: service_stations, stations: 100}
                """);
        assertEquals(List.of("training", "posts", "stations"), leverNames(m));
        assertEquals("20000", text(m, "levers[0].trainees"));
        assertEquals("child.yaml", at(m, "levers[0].trainees").location().file());
        assertEquals("2021", text(m, "levers[0].start"), "update keeps the fields it does not name");
        assertEquals("parent.yaml", at(m, "levers[0].start").location().file());
        assertEquals("8000", text(m, "levers[1].posts"));
        assertEquals("levers[2].stations", at(m, "levers[2].stations").path());
        assertPathsConsistent(m, "");
    }

    @Test
    void anUpdateMayRemoveALeversFieldWithNull() {
        YamlMapping m = merge(LEVERS, "levers:\n  update: [{name: training, start: ~}]\n");
        assertFalse(((YamlMapping) at(m, "levers[0]")).containsKey("start"));
        InputException e = fails(LEVERS, "levers:\n  update: [{name: training, strat: ~}]\n");
        assertEquals("levers[0].strat", e.fieldPath());
        assertEquals("did you mean 'start'?", e.hint());
    }

    @Test
    void removingAnUnknownLeverSuggestsTheClosestName() {
        InputException e = fails(LEVERS, "levers:\n  remove: [trainig]\n");
        assertEquals("did you mean 'training'?", e.hint());
        assertTrue(e.problem().contains("(items are named by name)"), e.getMessage());
        InputException far = fails(LEVERS, "levers:\n  remove: [hukou]\n");
        assertEquals("the list has training, loans, posts", far.hint());
    }

    @Test
    void aLeverWithoutANameCanBeAddedButNotRemoved() {
        YamlMapping m = merge("levers:\n  - {type: skills_training}\n", "levers:\n  add: [{type: hukou_easing}]\n");
        assertEquals(2, ((YamlSequence) at(m, "levers")).size());
        InputException e = fails("levers:\n  - {type: skills_training}\n", "levers:\n  remove: [skills_training]\n");
        assertEquals("the list has no items named by name", e.hint());
    }

    // ------------------------------------------------------------------ other lists of mappings

    @Test
    void timeEntriesAreNamedByYearOrPeriod() {
        YamlMapping m = merge("""
                fertility:
                  schedules:
                    - {period: 2015-2020, tfr: 1.6}
                    - {period: 2020-2025, tfr: 1.1}
                sectors:
                  history:
                    - {year: 2015, primary: 0.43}
                    - {year: 2020, primary: 0.39}
                """, """
                fertility:
                  schedules:
                    update: [{period: 2020-2025, tfr: 1.3}]
                sectors:
                  history:
                    remove: [2015]
                """);
        assertEquals("1.3", text(m, "fertility.schedules[1].tfr"));
        assertEquals(1, ((YamlSequence) at(m, "sectors.history")).size());
        assertEquals("2020", text(m, "sectors.history[0].year"));
    }

    @Test
    void itemNamesDescribeThemselves() {
        assertEquals("indicator@year", ItemKey.fields("indicator", "year").describe());
        assertEquals("year or period", ItemKey.anyOf("year", "period").describe());
        YamlMapping item = parent("indicator: urbanization_rate\nyear: 2025\n");
        assertEquals("urbanization_rate@2025", ItemKey.fields("indicator", "year").nameOf(item));
        assertNull(ItemKey.fields("name").nameOf(item));
        assertEquals("2025", ItemKey.anyOf("period", "year").nameOf(item));
    }

    @Test
    void withoutKeyDropsOneField() {
        YamlMapping m = parent("extends: base.yaml\nid: x\n");
        assertEquals(List.of("id"), YamlMerge.withoutKey(m, "extends").keys());
        assertSame(m, YamlMerge.withoutKey(m, "nothing"));
    }
}
