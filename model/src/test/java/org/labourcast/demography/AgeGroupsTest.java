package org.labourcast.demography;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgeGroupsTest {

    private static void assertMessage(String expected, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(expected), () -> "message was: " + e.getMessage());
    }

    @Test
    void acceptsTheWppAbridgedLayout() {
        assertDoesNotThrow(() -> AgeGroups.requireContiguousFromZero(AgeGroups.abridged(100), true));
    }

    @Test
    void groupsMustStartAtZero() {
        assertMessage("age groups must start at 0",
                () -> AgeGroups.requireContiguousFromZero(AgeGroups.parseAll(List.of("1-4", "5+")), true));
    }

    @Test
    void reportsAGapByNamingBothGroups() {
        assertMessage("gap between 5-9 and 15-19", () -> AgeGroups.requireContiguousFromZero(
                AgeGroups.parseAll(List.of("0-4", "5-9", "15-19", "20+")), true));
    }

    @Test
    void reportsAnOverlap() {
        assertMessage("overlap", () -> AgeGroups.requireContiguousFromZero(
                AgeGroups.parseAll(List.of("0-4", "3-9", "10+")), true));
    }

    @Test
    void onlyTheLastGroupMayBeOpen() {
        assertMessage("only the last group may be open", () -> AgeGroups.requireContiguousFromZero(
                AgeGroups.parseAll(List.of("0-4", "5+", "10+")), false));
    }

    @Test
    void lastGroupMustBeOpenWhenRequired() {
        List<AgeGroup> closed = AgeGroups.parseAll(List.of("0-4", "5-9"));
        assertMessage("must be open", () -> AgeGroups.requireContiguousFromZero(closed, true));
        assertDoesNotThrow(() -> AgeGroups.requireContiguousFromZero(closed, false));
    }

    @Test
    void emptyListIsRejected() {
        assertMessage("must not be empty", () -> AgeGroups.requireContiguousFromZero(List.of(), false));
    }

    @Test
    void contiguousGroupsNeedNotStartAtZero() {
        assertDoesNotThrow(() -> AgeGroups.requireContiguous(
                AgeGroups.parseAll(List.of("15-19", "20-24", "25-29")), false));
    }

    @Test
    void fiveYearGroupsEndInTheOpenGroup() {
        List<AgeGroup> g = AgeGroups.fiveYear(100);
        assertEquals(21, g.size());
        assertEquals("0-4", g.get(0).label());
        assertEquals("95-99", g.get(19).label());
        assertEquals("100+", g.get(20).label());
    }

    @Test
    void abridgedGroupsSplitInfants() {
        List<AgeGroup> g = AgeGroups.abridged(85);
        assertEquals(List.of("0", "1-4", "5-9"), g.subList(0, 3).stream().map(AgeGroup::label).toList());
        assertEquals("85+", g.get(g.size() - 1).label());
        assertEquals(19, g.size());
    }

    @Test
    void builderRejectsAnOpenStartOffTheGrid() {
        assertThrows(IllegalArgumentException.class, () -> AgeGroups.fiveYear(83));
        assertThrows(IllegalArgumentException.class, () -> AgeGroups.abridged(0));
    }

    @Test
    void parseAllKeepsOrderAndFailsOnABadLabel() {
        assertEquals(List.of(AgeGroup.closed(0, 0), AgeGroup.openFrom(1)), AgeGroups.parseAll(List.of("0", "1+")));
        assertThrows(IllegalArgumentException.class, () -> AgeGroups.parseAll(List.of("0", "1-")));
    }
}
