package org.labourcast.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.Location;

/** Specification of {@link SafeYamlLoader}: one test per "Scenario files" rule of the project's reliability rules, and more. */
class SafeYamlLoaderTest {
    private static final String FILE = "s.yaml";
    private static final SafeYamlLoader LOADER = new SafeYamlLoader();

    /** Set by Boom's static initializer: proves no class named in a tag is ever loaded. */
    static volatile boolean boomLoaded;

    static final class Boom {
        static {
            boomLoaded = true;
        }
    }

    private static InputException fails(String text) {
        return assertThrows(InputException.class, () -> LOADER.load(FILE, text));
    }

    private static void assertAt(InputException e, int line, int column) {
        assertEquals(new Location(FILE, line, column), e.location(), e.getMessage());
    }

    // ---------------------------------------------------------------- tags

    @Test
    void globalJavaTagIsRefusedNamingTheLineAndBuildsNothing() {
        InputException e = fails("name: x\nfile: !!java.io.File /etc/passwd\n"
                + "boom: !!org.labourcast.yaml.SafeYamlLoaderTest$Boom {}\n");
        assertAt(e, 2, 7);
        assertTrue(e.problem().contains("YAML tags are not allowed"), e.getMessage());
        assertTrue(e.getMessage().startsWith("s.yaml:2:7: "), e.getMessage());
        InputException boom = fails("boom: !!org.labourcast.yaml.SafeYamlLoaderTest$Boom {}\n");
        assertAt(boom, 1, 7);
        assertFalse(boomLoaded, "a class named in a tag was loaded");
    }

    @Test
    void everyExplicitTagIsRefused() {
        for (String doc : List.of("a: !!str 60", "a: !!int '3'", "a: !foo x", "a: ! x", "a: !!map {b: 1}",
                "a: !!seq [1]", "!!map\na: 1", "a:\n  - !!float 1")) {
            InputException e = fails(doc);
            assertTrue(e.problem().startsWith("YAML tags are not allowed"), doc + " -> " + e.getMessage());
            assertTrue(e.location().line() >= 1);
        }
    }

    // ---------------------------------------------------------------- anchors, aliases, bombs

    @Test
    void billionLaughsIsRefusedQuicklyAtTheFirstAnchor() {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ",").append('*').append(p);
            }
            sb.append("]\n");
        }
        String bomb = sb.toString();
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> fails(bomb));
        assertAt(e, 1, 4);
        assertEquals("YAML anchors and aliases are not allowed in scenario files", e.problem());
    }

    @Test
    void aliasAloneAndMergeKeyAreRefused() {
        InputException alias = fails("a: 1\nb: *a\n");
        assertAt(alias, 2, 4);
        assertEquals("YAML anchors and aliases are not allowed in scenario files", alias.problem());
        InputException merge = fails("base: {x: 1}\nother:\n  <<: {x: 2}\n");
        assertAt(merge, 3, 3);
        assertTrue(merge.problem().contains("merge keys"), merge.getMessage());
    }

    // ---------------------------------------------------------------- nesting

    @Test
    void tenThousandNestedFlowSequencesStopAtTheDepthLimit() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> fails(deep));
        // root mapping is level 1, so the 64th '[' (level 65) is refused: column 4 + 63.
        assertAt(e, 1, 67);
        assertEquals("nesting is deeper than the limit of 64 levels", e.problem());
        assertEquals("a" + "[0]".repeat(63), e.fieldPath());

        InputException rootList = fails("[".repeat(10_000));
        assertTrue(rootList.location().line() >= 1, rootList.getMessage());
    }

    @Test
    void tenThousandNestedBlockMappingsStopAtTheDepthLimit() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append(" ".repeat(i)).append("a:\n");
        }
        String deep = sb.toString();
        // Over 4 MiB: the default loader refuses it by size before parsing.
        assertTrue(fails(deep).problem().contains("larger than the 4 MiB limit"));
        SafeYamlLoader roomy = new SafeYamlLoader(64 * 1024 * 1024, SafeYamlLoader.DEFAULT_MAX_DEPTH);
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> assertThrows(InputException.class, () -> roomy.load(FILE, deep)));
        assertEquals("nesting is deeper than the limit of 64 levels", e.problem());
        assertAt(e, 65, 65);

        String flow = "a: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000);
        InputException f = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> fails(flow));
        assertEquals("nesting is deeper than the limit of 64 levels", f.problem());
    }

    // ---------------------------------------------------------------- size and encoding

    @Test
    void oversizeTextAndFileAreRefusedNamingTheLimit(@TempDir Path dir) throws IOException {
        String big = "a: \"" + "x".repeat(SafeYamlLoader.DEFAULT_MAX_BYTES) + "\"\n";
        InputException e = fails(big);
        assertEquals("file is larger than the 4 MiB limit", e.problem());
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, big);
        InputException f = assertThrows(InputException.class, () -> LOADER.load(file));
        assertEquals("file is larger than the 4 MiB limit", f.problem());
        assertEquals(file.toString(), f.location().file());
        // multi-byte characters count as bytes, not chars
        SafeYamlLoader small = new SafeYamlLoader(1024, 64);
        assertTrue(assertThrows(InputException.class, () -> small.load(FILE, "a: " + "é".repeat(511)))
                .problem().contains("1 KiB"));
    }

    @Test
    void missingFileAndDirectoryHaveNoLocationButAClearMessage(@TempDir Path dir) {
        InputException missing = assertThrows(InputException.class, () -> LOADER.load(dir.resolve("nope.yaml")));
        assertNull(missing.location());
        assertTrue(missing.getMessage().contains("not found") && missing.getMessage().contains("nope.yaml"));
        InputException directory = assertThrows(InputException.class, () -> LOADER.load(dir));
        assertNull(directory.location());
        assertTrue(directory.getMessage().contains("directory"));
    }

    @Test
    void fileWithBomLoadsAndLocationsUseThePathName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.yaml");
        byte[] body = "name: x\nrate: 0.5\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);
        YamlMapping m = LOADER.load(file);
        assertEquals(new Location(file.toString(), 2, 7), m.get("rate").location());
        assertEquals("x", LOADER.load(FILE, "\uFEFFname: x").get("name") instanceof YamlScalar s ? s.text() : null);
    }

    @Test
    void invalidUtf8AndUtf16AndControlCharactersAreLocated(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "name: x\ncity: M\u00fcnchen\n".getBytes(StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> LOADER.load(file));
        assertEquals(new Location(file.toString(), 2, 8), e.location());
        assertTrue(e.problem().contains("not valid UTF-8"), e.getMessage());

        Path utf16 = dir.resolve("utf16.yaml");
        Files.write(utf16, "name: x\n".getBytes(StandardCharsets.UTF_16));
        assertTrue(assertThrows(InputException.class, () -> LOADER.load(utf16)).problem().contains("UTF-16"));

        InputException nul = fails("name: x\nrate: 0\u0000.5\n");
        assertAt(nul, 2, 8);
        assertTrue(nul.problem().contains("U+0000"));
    }

    // ---------------------------------------------------------------- keys and documents

    @Test
    void duplicateKeyIsReportedAtTheSecondOccurrence() {
        InputException e = fails("name: x\nbase_year: 2020\nhorizon: 2040\nbase_year: 2021\n");
        assertAt(e, 4, 1);
        assertEquals("base_year", e.fieldPath());
        assertEquals("duplicate field 'base_year' (first at line 2)", e.problem());
        assertTrue(e.getMessage().startsWith("s.yaml:4:1: base_year: duplicate field"), e.getMessage());

        InputException nested = fails("population:\n  rates: {male: 0.5, male: 0.6}\n");
        assertAt(nested, 2, 22);
        assertEquals("population.rates.male", nested.fieldPath());
    }

    @Test
    void nullEmptyAndComplexKeysAreRefused() {
        assertTrue(fails("~: 1\n").problem().contains("field name"));
        assertTrue(fails("\"\": 1\n").problem().contains("field name"));
        InputException complex = fails("? [a, b]\n: 1\n");
        assertAt(complex, 1, 3);
        assertTrue(complex.problem().contains("field names must be plain text"), complex.getMessage());
        assertTrue(fails("{a: 1}: 2\n").location().line() >= 1);
    }

    @Test
    void onlyOneDocumentWhoseRootIsAMapping() {
        InputException two = fails("a: 1\n---\nb: 2\n");
        assertAt(two, 2, 1);
        assertTrue(two.problem().contains("only one YAML document"));
        assertTrue(fails("- a\n- b\n").problem().contains("top level must be a mapping"));
        assertTrue(fails("just text\n").problem().contains("top level must be a mapping"));
        assertTrue(fails("").problem().contains("empty"));
        assertTrue(fails("# only a comment\n").problem().contains("empty"));
    }

    // ---------------------------------------------------------------- syntax errors

    @Test
    void syntaxErrorsBecomeInputExceptionsWithOneBasedPositions() {
        InputException e = fails("name: x\nrate: [1, 2\nother: 3\n");
        assertTrue(e.problem().startsWith("invalid YAML: "), e.getMessage());
        assertTrue(e.location().line() >= 2, e.getMessage());
        assertFalse(e.getMessage().contains("org.yaml"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());

        InputException colon = fails("name: x\nrate: a: b\n");
        assertAt(colon, 2, 8);
        assertEquals("invalid YAML: mapping values are not allowed here", colon.problem());

        InputException found = fails("name: x\nnote: |x\n  text\n");
        assertAt(found, 2, 8);
        assertEquals("invalid YAML: expected chomping or indentation indicators, but found 'x'", found.problem());

        InputException tab = fails("population:\n\ttotal: 3\n");
        assertEquals(2, tab.location().line(), tab.getMessage());
    }

    // ---------------------------------------------------------------- tree and locations

    @Test
    void locationsAreOneBasedAndPathsUseDotsAndIndexes() {
        String doc = """
                name: test
                targets:
                  - year: 2025
                    share: 0.5
                  - year: oops
                population:
                  male: [1, 2, 3, 4]
                """;
        YamlMapping root = LOADER.load(FILE, doc);
        assertEquals(List.of("name", "targets", "population"), root.keys());
        assertEquals(new Location(FILE, 1, 1), root.location());
        assertEquals(new Location(FILE, 1, 1), root.keyLocation("name"));
        assertEquals(new Location(FILE, 1, 7), root.get("name").location());
        assertEquals(new Location(FILE, 2, 1), root.keyLocation("targets"));
        YamlSequence targets = (YamlSequence) root.get("targets");
        assertEquals("targets", targets.path());
        YamlMapping second = (YamlMapping) targets.get(1);
        assertEquals("targets[1]", second.path());
        assertEquals(new Location(FILE, 5, 5), second.location());
        YamlNode year = second.get("year");
        assertEquals("targets[1].year", year.path());
        assertEquals(new Location(FILE, 5, 11), year.location());
        YamlSequence male = (YamlSequence) ((YamlMapping) root.get("population")).get("male");
        assertEquals("population.male[3]", male.get(3).path());
        assertEquals(new Location(FILE, 7, 19), male.get(3).location());
        assertNull(root.get("absent"));
        assertNull(root.keyLocation("absent"));

        InputException e = assertThrows(InputException.class,
                () -> Fields.of(root).fieldsList("targets").get(1).integer("year"));
        assertEquals("s.yaml:5:11: targets[1].year: expected a whole number, got 'oops'", e.getMessage());
    }

    @Test
    void scalarsKeepTheirTextAndStyle() {
        YamlMapping m = LOADER.load(FILE, "a: NO\nb: '0511'\nc: 0511\nd: ~\ne:\nf: \"null\"\ng: yes\nh: |\n  two\n  lines\n");
        YamlScalar a = (YamlScalar) m.get("a");
        assertEquals("NO", a.text());
        assertTrue(a.plain());
        assertFalse(a.isNull());
        assertFalse(((YamlScalar) m.get("b")).plain());
        assertEquals("0511", ((YamlScalar) m.get("b")).text());
        assertEquals("0511", ((YamlScalar) m.get("c")).text());
        assertTrue(((YamlScalar) m.get("d")).isNull());
        assertTrue(((YamlScalar) m.get("e")).isNull());
        assertFalse(((YamlScalar) m.get("f")).isNull());
        assertEquals("yes", ((YamlScalar) m.get("g")).text());
        assertEquals("two\nlines\n", ((YamlScalar) m.get("h")).text());
        assertFalse(((YamlScalar) m.get("h")).plain());
    }

    @Test
    void loadFileHashesExactlyTheBytesItParsed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("s.yaml");
        byte[] bytes = "\uFEFFa: 1\n".getBytes(StandardCharsets.UTF_8);
        Files.write(f, bytes);
        SafeYamlLoader.LoadedFile loaded = LOADER.loadFile(f);
        assertEquals(org.labourcast.results.Manifest.sha256(bytes), loaded.sha256(), "the byte-order mark included");
        assertEquals("1", ((YamlScalar) loaded.root().get("a")).text());
        assertEquals(f, loaded.file());
    }

    @Test
    void loadValueTakesAnyKindOfValueUnderTheSameRules() {
        YamlScalar number = (YamlScalar) LOADER.loadValue("--set x", "0.07");
        assertEquals("0.07", number.text());
        assertTrue(number.plain());
        assertEquals(new Location("--set x", 1, 1), number.location());
        assertFalse(((YamlScalar) LOADER.loadValue("--set x", "\"NO\"")).plain());
        YamlSequence list = (YamlSequence) LOADER.loadValue("--set x", "[1, 2]");
        assertEquals(new Location("--set x", 1, 5), list.get(1).location());
        assertEquals("[1]", list.get(1).path(), "paths are relative to the value");
        assertEquals(List.of("value"), ((YamlMapping) LOADER.loadValue("--set x", "{value: 1}")).keys());
        for (String bad : List.of("", "  ", "# only a comment", "!!str 1", "&a 1", "*a", "[1, 2", "a\n---\nb")) {
            InputException e = assertThrows(InputException.class, () -> LOADER.loadValue("--set x", bad), bad);
            assertEquals("--set x", e.location().file(), bad);
        }
    }
}
