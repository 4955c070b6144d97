package org.labourcast.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.InputException;
import org.labourcast.Location;

/** {@code --set path=value} on a loaded tree: paths, YAML values, where values set this way are located, and errors. */
class FieldOverrideTest {
    private static final SafeYamlLoader LOADER = new SafeYamlLoader();
    private static final YamlMapping TREE = LOADER.load("s.yaml", """
            region: {code: "511100"}
            simulation: {runs: 100}
            labour:
              transfer:
                base_rate: {value: 0.05, source: assumption}
                age_log_odds: [0.8, 0.7, 0]
            targets:
              - {indicator: a, year: 2025, value: 0.60}
              - {indicator: b, year: 2025, value: 200000}
              - {indicator: c, year: 2025, value: 0.55}
            """);

    private static YamlMapping set(String argument) {
        return FieldOverride.parse(argument).applyTo(TREE, LOADER);
    }

    private static InputException fails(String argument) {
        return assertThrows(InputException.class, () -> set(argument));
    }

    private static YamlNode at(YamlMapping root, String... keys) {
        YamlNode n = root;
        for (String k : keys) {
            n = k.matches("\\d+") ? ((YamlSequence) n).get(Integer.parseInt(k)) : ((YamlMapping) n).get(k);
        }
        return n;
    }

    @Test
    void aNumberStaysPlainTextForTheReaderToType() {
        YamlMapping m = set("labour.transfer.base_rate=0.07");
        YamlScalar v = (YamlScalar) at(m, "labour", "transfer", "base_rate");
        assertEquals("0.07", v.text());
        assertTrue(v.plain());
        assertEquals("labour.transfer.base_rate", v.path());
        assertEquals(new Location("--set labour.transfer.base_rate", 1, 1), v.location());
        assertEquals("--set labour.transfer.base_rate:1:1", v.location().toString());
    }

    @Test
    void aQuotedValueIsAString() {
        YamlScalar quoted = (YamlScalar) at(set("region.code=\"NO\""), "region", "code");
        assertEquals("NO", quoted.text());
        assertFalse(quoted.plain());
        YamlScalar plain = (YamlScalar) at(set("region.code=NO"), "region", "code");
        assertEquals("NO", plain.text(), "kept as written; never the boolean false");
    }

    @Test
    void aListIndexReachesOneItem() {
        YamlMapping m = set("targets[2].value=0.62");
        YamlScalar v = (YamlScalar) at(m, "targets", "2", "value");
        assertEquals("0.62", v.text());
        assertEquals("targets[2].value", v.path());
        assertEquals("0.60", ((YamlScalar) at(m, "targets", "0", "value")).text());
        assertEquals("s.yaml", at(m, "targets", "2", "indicator").location().file(), "the rest keeps its file");
    }

    @Test
    void theValueMayBeAFlowListOrMapping() {
        YamlMapping m = set("labour.transfer.age_log_odds=[0.9, 0.7, -0.1]");
        YamlSequence odds = (YamlSequence) at(m, "labour", "transfer", "age_log_odds");
        assertEquals("-0.1", ((YamlScalar) odds.get(2)).text());
        assertEquals("labour.transfer.age_log_odds[2]", odds.get(2).path());
        assertEquals(12, odds.get(2).location().column(), "columns count within the value");
        YamlMapping withSource = set("labour.transfer.base_rate={value: 0.07, source: test}");
        assertEquals("test", ((YamlScalar) at(withSource, "labour", "transfer", "base_rate", "source")).text());
    }

    @Test
    void aNewFieldIsCreatedForTheReaderToCheck() {
        YamlMapping m = set("simulation.seed=7");
        assertEquals(List.of("runs", "seed"), ((YamlMapping) at(m, "simulation")).keys());
        YamlMapping deeper = set("labour.skills.trainees=30000");
        YamlMapping skills = (YamlMapping) at(deeper, "labour", "skills");
        assertEquals(new Location("--set labour.skills.trainees", 1, 1), skills.location());
        assertEquals("labour.skills", skills.path());
    }

    @Test
    void nullRemovesAFieldOrAListItem() {
        assertFalse(((YamlMapping) set("simulation.runs=~").get("simulation")).containsKey("runs"));
        YamlMapping m = set("targets[0]=null");
        YamlSequence t = (YamlSequence) m.get("targets");
        assertEquals(2, t.size());
        assertEquals("b", ((YamlScalar) at(m, "targets", "0", "indicator")).text());
        assertEquals("targets[0].indicator", at(m, "targets", "0", "indicator").path());
        InputException e = fails("simulation.rusn=~");
        assertEquals("did you mean 'runs'?", e.hint());
        assertEquals("--set simulation.rusn", e.location().file());
    }

    @Test
    void theTreeItselfIsUnchanged() {
        set("simulation.runs=2");
        assertEquals("100", ((YamlScalar) at(TREE, "simulation", "runs")).text());
    }

    @Test
    void anIndexPastTheEndSaysHowManyItemsThereAre() {
        InputException e = fails("targets[3].value=1");
        assertEquals(new Location("--set targets[3].value", 1, 1), e.location());
        assertEquals("targets[3]", e.fieldPath());
        assertEquals("targets has 3 items (indices 0 to 2)", e.problem());
    }

    @Test
    void aListThatIsNotThereIsAnErrorWithASuggestion() {
        InputException e = fails("targts[0].value=1");
        assertEquals("--set targts[0].value", e.location().file());
        assertEquals("did you mean 'targets'?", e.hint());
    }

    @Test
    void aFieldOfAListOrOfAValueIsAnError() {
        InputException list = fails("targets.value=1");
        assertTrue(list.problem().startsWith("targets is a list (at s.yaml:8:3), so it has no field 'value'"),
                list.getMessage());
        assertEquals("choose an item: targets[0].value", list.hint());
        InputException scalar = fails("simulation.runs.value=1");
        assertTrue(scalar.problem().startsWith("simulation.runs is the value 100"), scalar.getMessage());
        InputException index = fails("simulation[0]=1");
        assertTrue(index.problem().contains("not a list, so it has no item [0]"), index.getMessage());
    }

    @Test
    void anInvalidValueIsLocatedInTheValue() {
        InputException e = fails("simulation.runs=[1, 2");
        assertEquals("--set simulation.runs", e.location().file());
        assertTrue(e.problem().startsWith("invalid YAML"), e.getMessage());
        InputException tag = fails("simulation.runs=!!java.io.File /etc");
        assertTrue(tag.problem().contains("YAML tags are not allowed"), tag.getMessage());
        assertEquals("no value given", fails("simulation.runs=").problem());
    }

    @Test
    void malformedArgumentsNameThemselves() {
        InputException noEquals = assertThrows(InputException.class, () -> FieldOverride.parse("simulation.runs"));
        assertNull(noEquals.location());
        assertEquals("--set: expected path=value, got 'simulation.runs' (for example --set simulation.runs=10)",
                noEquals.getMessage());
        for (String bad : List.of("=1", "a..b=1", "a.=1", "[0]=1", "a[x]=1", "a[01]=1", "a[0]b=1", "a. b=1")) {
            InputException e = assertThrows(InputException.class, () -> FieldOverride.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--set: cannot read the path of '"), e.getMessage());
        }
        assertThrows(InputException.class, () -> FieldOverride.parse("title.en=a\nb"));
    }

    @Test
    void pathsSplitIntoKeysAndIndices() {
        FieldOverride o = FieldOverride.parse("labour.sectors.output_growth[1].primary=0.05");
        assertEquals(List.of("labour", "sectors", "output_growth", 1, "primary"), o.steps());
        assertEquals("0.05", o.value());
        assertEquals("labour.sectors.output_growth[1].primary=0.05", o.argument());
        assertEquals("a=b=c", FieldOverride.parse("a=b=c").argument(), "split at the first '='");
        assertInstanceOf(YamlScalar.class, at(FieldOverride.parse("a=b=c").applyTo(TREE, LOADER), "a"));
    }

    @Test
    void aVeryLongPathIsRefused() {
        String path = "a" + ".a".repeat(FieldOverride.MAX_STEPS);
        assertThrows(InputException.class, () -> FieldOverride.parse(path + "=1"));
    }
}
