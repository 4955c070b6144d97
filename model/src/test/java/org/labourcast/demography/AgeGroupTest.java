package org.labourcast.demography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AgeGroupTest {

    @Test
    void parsesASingleYear() {
        AgeGroup g = AgeGroup.parse("0");
        assertEquals(new AgeGroup(0, 0, false), g);
        assertEquals(1, g.width());
        assertEquals("0", g.label());
    }

    @Test
    void parsesAnInclusiveRange() {
        AgeGroup g = AgeGroup.parse("1-4");
        assertEquals(new AgeGroup(1, 4, false), g);
        assertEquals(4, g.width());
        assertTrue(g.contains(1));
        assertTrue(g.contains(4));
        assertFalse(g.contains(0));
        assertFalse(g.contains(5));
    }

    @Test
    void parsesAnOpenGroupAsEndEqualToStart() {
        AgeGroup g = AgeGroup.parse("100+");
        assertEquals(new AgeGroup(100, 100, true), g);
        assertEquals(1, g.width());
        assertEquals("100+", g.label());
        assertTrue(g.contains(100));
        assertTrue(g.contains(130));
        assertFalse(g.contains(99));
    }

    @Test
    void ignoresSurroundingWhiteSpace() {
        assertEquals(AgeGroup.closed(5, 9), AgeGroup.parse(" 5-9 "));
    }

    @Test
    void labelsRoundTrip() {
        for (String label : List.of("0", "1-4", "5-9", "85-89", "100+")) {
            assertEquals(label, AgeGroup.parse(label).label());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "5-", "-1", "9-5", "100++", "1–4", "1 - 4", "5.5", "+100", "1-4-9"})
    void rejectsBadLabelsSayingWhatIsExpected(String label) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgeGroup.parse(label));
        assertTrue(e.getMessage().contains("expected an age label like"), e.getMessage());
    }

    @Test
    void rejectsAMissingLabel() {
        assertThrows(IllegalArgumentException.class, () -> AgeGroup.parse(null));
    }

    @Test
    void rejectsInconsistentComponents() {
        assertThrows(IllegalArgumentException.class, () -> new AgeGroup(-1, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new AgeGroup(5, 4, false));
        assertThrows(IllegalArgumentException.class, () -> new AgeGroup(100, 104, true));
    }
}
