package org.labourcast.yaml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.labourcast.InputException;
import org.labourcast.Location;

/** Specification of {@link Fields}: types, missing values, ranges, unknown fields, all with exact locations. */
class FieldsTest {
    private static final String FILE = "s.yaml";

    private static Fields fields(String text) {
        return Fields.of(new SafeYamlLoader().load(FILE, text));
    }

    private static InputException fails(String text, Function<Fields, Object> read) {
        Fields f = fields(text);
        return assertThrows(InputException.class, () -> read.apply(f));
    }

    // ---------------------------------------------------------------- numbers

    @Test
    void wordWhereANumberIsExpected() {
        InputException e = fails("population:\n  growth: sixty\n", f -> f.fields("population").number("growth"));
        assertEquals("s.yaml:2:11: population.growth: expected a number, got 'sixty'", e.getMessage());
        assertNull(e.hint());
    }

    @Test
    void percentWhereANumberIsExpected() {
        InputException e = fails("population:\n  growth: 60%\n", f -> f.fields("population").number("growth"));
        assertEquals(new Location(FILE, 2, 11), e.location());
        assertEquals("population.growth", e.fieldPath());
        assertEquals("expected a number, got '60%'", e.problem());
        assertEquals("write shares as fractions: 0.6 for 60%", e.hint());
    }

    @Test
    void percentHintIsFreeOfBinaryRoundingNoise() {
        // 5.6 / 100 is 0.055999999999999994 in binary floating point.
        InputException e = fails("population:\n  growth: 5.6%\n", f -> f.fields("population").number("growth"));
        assertEquals("write shares as fractions: 0.056 for 5.6%", e.hint());
        InputException huge = fails("population:\n  growth: 1e999%\n", f -> f.fields("population").number("growth"));
        assertEquals("expected a number, got '1e999%'", huge.problem());
        assertEquals("write shares as fractions, e.g. 0.6 for 60%", huge.hint());
    }

    @Test
    void quotedNumberIsAString() {
        InputException e = fails("population:\n  growth: \"60\"\n", f -> f.fields("population").number("growth"));
        assertEquals("s.yaml:2:11: population.growth: expected a number, got the string \"60\" (remove the quotes)",
                e.getMessage());
    }

    @Test
    void nullEmptyAndMissingNumbersAreNeverZero() {
        InputException tilde = fails("population:\n  growth: ~\n", f -> f.fields("population").number("growth"));
        assertEquals("s.yaml:2:11: population.growth: missing value: a number is required", tilde.getMessage());
        InputException nul = fails("population:\n  growth: null\n", f -> f.fields("population").number("growth"));
        assertEquals(new Location(FILE, 2, 11), nul.location());
        InputException empty = fails("population:\n  growth:\n  total: 3\n", f -> f.fields("population").number("growth"));
        assertEquals("population.growth", empty.fieldPath());
        assertEquals("missing value: a number is required", empty.problem());
        assertEquals(2, empty.location().line());
        InputException missing = fails("population:\n  total: 3\n", f -> f.fields("population").number("growth"));
        assertEquals(new Location(FILE, 2, 3), missing.location());
        assertEquals("population.growth", missing.fieldPath());
        assertEquals("missing value: a number is required", missing.problem());
    }

    @Test
    void acceptedNumberForms() {
        Fields f = fields("a: 1\nb: -0.25\nc: +3\nd: .5\ne: 1.5e3\nf: 2E-2\ng: 0\nh: 7.\n");
        assertEquals(1, f.number("a"));
        assertEquals(-0.25, f.number("b"));
        assertEquals(3, f.number("c"));
        assertEquals(0.5, f.number("d"));
        assertEquals(1500, f.number("e"));
        assertEquals(0.02, f.number("f"));
        assertEquals(0, f.number("g"));
        assertEquals(7, f.number("h"));
        f.finish();
    }

    @Test
    void refusedNumberFormsWithHints() {
        String[][] cases = {
            {".inf", "only finite numbers are allowed"},
            {"-.Inf", "only finite numbers are allowed"},
            {".nan", "only finite numbers are allowed"},
            {"0x1F", "write numbers in decimal"},
            {"0o17", "write numbers in decimal"},
            {"1_000", "write numbers without underscores, e.g. 1000000"},
            {"1,000", "write numbers without thousands separators or decimal commas, e.g. 1000 or 0.5"},
            {"0511", "remove the leading zeros"},
            {"true", null},
            {"1e999", "the number is too large"},
        };
        for (String[] c : cases) {
            InputException e = fails("a: " + c[0] + "\n", f -> f.number("a"));
            assertEquals(new Location(FILE, 1, 4), e.location(), c[0]);
            assertEquals(c[1], e.hint(), c[0] + " -> " + e.getMessage());
        }
        assertEquals("expected a number, got a list", fails("a: [1]\n", f -> f.number("a")).problem());
        assertEquals("expected a number, got a mapping", fails("a: {b: 1}\n", f -> f.number("a")).problem());
        assertEquals("expected a finite number, got '1e999'", fails("a: 1e999\n", f -> f.number("a")).problem());
    }

    @Test
    void rangeViolationNamesTheRule() {
        InputException e = fails("labour:\n  rate: 1.2\n", f -> f.fields("labour").number("rate", 0, 1, "a rate"));
        assertEquals("s.yaml:2:9: labour.rate: must be between 0 and 1 (a rate), got 1.2", e.getMessage());
        InputException plain = fails("rate: -0.5\n", f -> f.number("rate", 0, 1));
        assertEquals("must be between 0 and 1, got -0.5", plain.problem());
        assertEquals(0.25, fields("rate: 0.25").number("rate", 0, 1));
        assertEquals(1, fields("rate: 1").number("rate", 0, 1));
    }

    @Test
    void wholeNumbers() {
        Fields f = fields("year: 2030\nsci: 2.03e3\nseed: 4294967297\nbig: 9223372036854775807\nr: 3\n");
        assertEquals(2030, f.integer("year"));
        assertEquals(2030, f.integer("sci"));
        assertEquals(4294967297L, f.longInteger("seed"));
        assertEquals(Long.MAX_VALUE, f.longInteger("big"));
        assertEquals(3, f.optionalInteger("r").getAsInt());
        assertTrue(f.optionalInteger("absent").isEmpty());
        assertEquals("expected a whole number, got '2030.5'",
                fails("year: 2030.5\n", x -> x.integer("year")).problem());
        assertEquals("must be between -2147483648 and 2147483647, got 4294967297",
                fails("year: 4294967297\n", x -> x.integer("year")).problem());
        assertTrue(fails("seed: 99999999999999999999\n", x -> x.longInteger("seed")).problem()
                .startsWith("whole number out of range"));
        assertEquals("must be between 1950 and 2100, got 1900",
                fails("year: 1900\n", x -> x.integer("year", 1950, 2100)).problem());
        assertEquals("missing value: a whole number is required", fails("year:\n", x -> x.integer("year")).problem());
    }

    @Test
    void numberListsLocateTheBadItem() {
        InputException e = fails("population:\n  male: [1, 2, 3, x]\n", f -> f.fields("population").numbers("male"));
        assertEquals("s.yaml:2:19: population.male[3]: expected a number, got 'x'", e.getMessage());
        assertArrayEquals(new double[] {1, 2.5}, fields("a:\n  - 1\n  - 2.5\n").numbers("a"));
        assertEquals("expected a list of numbers, got an empty list", fails("a: []\n", f -> f.numbers("a")).problem());
        assertEquals("expected a list of numbers, got '3'", fails("a: 3\n", f -> f.numbers("a")).problem());
    }

    // ---------------------------------------------------------------- text, booleans, choices

    @Test
    void unquotedNoStaysTheRegionCode() {
        Fields f = fields("region: NO\ncode: 0511\nflag: yes\nregions: [NO, 'off', on]\n");
        assertEquals("NO", f.string("region"));
        assertEquals("0511", f.string("code"));
        assertEquals("yes", f.string("flag"));
        assertEquals(List.of("NO", "off", "on"), f.strings("regions"));
        assertEquals("missing value: a text value is required", fails("region: ~\n", x -> x.string("region")).problem());
        assertEquals("expected a text value, got an empty string", fails("region: ''\n", x -> x.string("region")).problem());
        assertEquals("expected a text value, got a list", fails("region: [a]\n", x -> x.string("region")).problem());
        assertEquals(Optional.empty(), fields("a: 1").optionalString("b"));
        assertEquals(Optional.empty(), fields("b: null").optionalString("b"));
    }

    @Test
    void onlyYaml12Booleans() {
        Fields f = fields("a: true\nb: false\nc: True\n");
        assertTrue(f.bool("a"));
        assertFalse(f.bool("b"));
        assertTrue(f.bool("c"));
        InputException yes = fails("policy:\n  enabled: yes\n", x -> x.fields("policy").bool("enabled"));
        assertEquals("s.yaml:2:12: policy.enabled: expected true or false, got 'yes' "
                + "(write true or false; yes/no/on/off are not booleans in scenario files)", yes.getMessage());
        assertEquals("remove the quotes", fails("a: 'true'\n", x -> x.bool("a")).hint());
        assertEquals("missing value: true or false is required", fails("a:\n", x -> x.bool("a")).problem());
    }

    @Test
    void choiceSuggestsTheClosest() {
        assertEquals("gradual", fields("s: gradual").choice("s", "gradual", "immediate"));
        InputException e = fails("s: graduall\n", f -> f.choice("s", "gradual", "immediate"));
        assertEquals("s.yaml:1:4: s: expected one of gradual, immediate, got 'graduall' (did you mean 'gradual'?)",
                e.getMessage());
        assertNull(fails("s: zzz\n", f -> f.choice("s", "gradual", "immediate")).hint());
        assertEquals(Optional.empty(), fields("a: 1").optionalChoice("s", "x"));
    }

    // ---------------------------------------------------------------- nested and lists

    @Test
    void fieldsListAndPaths() {
        String doc = "targets:\n  - year: 2025\n  - year: 2020\n  - 7\n";
        InputException e = fails(doc, f -> f.fieldsList("targets"));
        assertEquals("s.yaml:4:5: targets[2]: expected a mapping of fields (key: value), got '7'", e.getMessage());
        Fields ok = fields("targets:\n  - year: 2025\n  - year: 2020\n");
        assertEquals(2020, ok.fieldsList("targets").get(1).integer("year"));
        InputException year = ok.fieldsList("targets").get(1).error("year", "must not be before base_year (2021)");
        assertEquals("s.yaml:3:11: targets[1].year: must not be before base_year (2021)", year.getMessage());
        assertEquals("expected a list of mappings, got an empty list",
                fails("targets: []\n", f -> f.fieldsList("targets")).problem());
        assertEquals(List.of(), fields("targets: []\n").fieldsList("targets", true));
        assertEquals("expected a mapping of fields (key: value), got a list",
                fails("population: [1]\n", f -> f.fields("population")).problem());
        assertEquals(0, fields("s: []").sequence("s").size());
    }

    @Test
    void hasAndOptionals() {
        Fields f = fields("a: 1\nb: ~\nc: {d: 2}\n");
        assertTrue(f.has("a"));
        assertFalse(f.has("b"));
        assertFalse(f.has("zzz"));
        assertTrue(f.optionalFields("c").isPresent());
        assertSame(f.fields("c"), f.optionalFields("c").get());
        assertTrue(f.optionalNumber("b").isEmpty());
        assertEquals(1, f.optionalNumber("a").getAsDouble());
    }

    @Test
    void errorsAreLocatedAtTheValueOrTheMapping() {
        Fields f = fields("name: x\nsectors:\n  shares: [0.5, 0.48]\n");
        Fields sectors = f.fields("sectors");
        InputException sum = sectors.error("shares", "sector shares must sum to 1, got 0.98", "check the rounding");
        assertEquals("s.yaml:3:11: sectors.shares: sector shares must sum to 1, got 0.98 (check the rounding)",
                sum.getMessage());
        assertEquals(new Location(FILE, 3, 3), sectors.error("absent", "x").location());
        assertEquals("sectors.absent", sectors.error("absent", "x").fieldPath());
        assertEquals("s.yaml:3:3: sectors: shares do not add up", sectors.errorHere("shares do not add up").getMessage());
    }

    // ---------------------------------------------------------------- unknown fields

    @Test
    void typoInAFieldNameSuggestsTheClosest() {
        String doc = "base_year: 2020\nurbanisation_target: 0.6\n";
        Fields f = fields(doc);
        f.integer("base_year");
        f.optionalNumber("urbanization_target");
        f.optionalNumber("horizon");
        InputException e = assertThrows(InputException.class, f::finish);
        assertEquals(new Location(FILE, 2, 1), e.location());
        assertEquals("urbanisation_target", e.fieldPath());
        assertEquals("unknown field 'urbanisation_target', expected one of: base_year, horizon, urbanization_target",
                e.problem());
        assertEquals("did you mean 'urbanization_target'?", e.hint());
        assertTrue(e.getMessage().startsWith("s.yaml:2:1: urbanisation_target: unknown field"));
    }

    @Test
    void unknownFieldWithoutACloseNameHasNoHint() {
        Fields f = fields("base_year: 2020\nwibble: 1\n");
        f.integer("base_year");
        InputException e = assertThrows(InputException.class, f::finish);
        assertNull(e.hint());
        assertEquals("unknown field 'wibble', expected one of: base_year", e.problem());
    }

    @Test
    void finishCoversNestedFieldsAndReportsTheEarliestInTheDocument() {
        Fields f = fields("population:\n  totl: 3\n  total: 4\nbase_yaer: 2020\n");
        f.fields("population").number("total");
        f.optionalInteger("base_year");
        InputException e = assertThrows(InputException.class, f::finish);
        assertEquals("s.yaml:2:3: population.totl: unknown field 'totl', expected one of: total (did you mean 'total'?)",
                e.getMessage());
        Fields list = fields("targets:\n  - year: 2020\n    yaer: 2021\n");
        list.fieldsList("targets").get(0).integer("year");
        InputException inList = assertThrows(InputException.class, list::finish);
        assertEquals("targets[0].yaer", inList.fieldPath());
        assertEquals("did you mean 'year'?", inList.hint());
    }

    @Test
    void suggestionDistance() {
        assertEquals("urbanization_target", Texts.closest("urbanisation_target", List.of("base_year", "urbanization_target")));
        assertEquals("base_year", Texts.closest("BaseYear", List.of("base_year", "horizon")));
        assertEquals("horizon", Texts.closest("hroizon", List.of("base_year", "horizon")));
        assertNull(Texts.closest("population", List.of("base_year", "horizon")));
        assertEquals(1, Texts.distance("ab", "ba"));
    }
}
