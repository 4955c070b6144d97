package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The process contract: the declared order passes the engine's check, an order in which a process reads state of the
 * year before anyone writes it is refused, and each process's class comment says what it reads and writes in the
 * words of its {@link SharedState} declaration.
 */
class YearlyProcessesTest {
    /** How a class comment names each part of the shared state. */
    private static final Map<SharedState, String> WORDS = Map.of(
            SharedState.AGENTS, "agents",
            SharedState.AWAY, "away stock",
            SharedState.SECTOR_DEMAND, "sector demand",
            SharedState.SECTOR_TARGETS, "sector targets",
            SharedState.EVENTS, "events",
            SharedState.JOB_TALLIES, "job tallies",
            SharedState.COHORT_YEARS, "cohort years",
            SharedState.RECORD, "record",
            SharedState.INSURANCE, "insurance coverage",
            SharedState.HOUSEHOLDS, "households");

    @Test
    void theDeclaredOrderPassesTheCheck() {
        YearlyProcesses.checkOrder(YearlyProcesses.inOrder());
    }

    @Test
    void matchingBeforeSectorDemandIsRefused() {
        List<YearlyProcess> swapped = new ArrayList<>(YearlyProcesses.inOrder());
        int demand = indexOf(swapped, SectorDemandProcess.class);
        int matching = indexOf(swapped, JobMatchingProcess.class);
        swapped.set(demand, swapped.get(matching));
        swapped.set(matching, new SectorDemandProcess());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> YearlyProcesses.checkOrder(swapped));
        assertEquals("JobMatchingProcess reads SECTOR_TARGETS before any process writes it in the year", e.getMessage());
    }

    @Test
    void recordingFirstIsRefused() {
        List<YearlyProcess> moved = new ArrayList<>(YearlyProcesses.inOrder());
        moved.add(0, moved.remove(moved.size() - 1));
        assertThrows(IllegalStateException.class, () -> YearlyProcesses.checkOrder(moved));
    }

    @Test
    void eachClassCommentSaysWhatItsProcessReadsAndWrites() throws IOException {
        Pattern block = Pattern.compile("<p>Reads: (.*?) Writes: (.*?)\\n \\*/", Pattern.DOTALL);
        for (YearlyProcess p : YearlyProcesses.inOrder()) {
            String source = Files.readString(Path.of("src/main/java/org/labourcast/labour/" + p.name() + ".java"));
            Matcher m = block.matcher(source);
            assertTrue(m.find(), p.name() + " has no \"<p>Reads: … Writes: …\" block in its class comment");
            assertEquals(p.reads(), named(m.group(1)), p.name() + " reads");
            assertEquals(p.writes(), named(m.group(2)), p.name() + " writes");
        }
    }

    /** The parts a comment's list names, parenthesised detail left out. */
    private static Set<SharedState> named(String list) {
        String plain = list.replaceAll("\\s*\\*\\s*", " ").replaceAll("\\([^)]*\\)", "");
        Set<SharedState> parts = EnumSet.noneOf(SharedState.class);
        for (Map.Entry<SharedState, String> w : WORDS.entrySet()) {
            if (Pattern.compile("\\b" + w.getValue() + "\\b").matcher(plain).find()) {
                parts.add(w.getKey());
            }
        }
        return parts;
    }

    private static int indexOf(List<YearlyProcess> processes, Class<?> type) {
        for (int i = 0; i < processes.size(); i++) {
            if (type.isInstance(processes.get(i))) {
                return i;
            }
        }
        throw new AssertionError(type.getSimpleName() + " is not scheduled");
    }
}
