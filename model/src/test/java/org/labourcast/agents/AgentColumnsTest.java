package org.labourcast.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Every change through {@link AgentColumns} keeps its histograms (keys; traits bytes; keys by education; keys by spell
 * band) equal to a recount of the agents.
 */
class AgentColumnsTest {
    private static void assertCounted(AgentColumns c) {
        int[] recount = new int[AgentKeys.COUNT];
        AgentKeys.histogram(c, recount, 0);
        int[] byEducation = new int[AgentKeys.COUNT * 8];
        int[] bySpell = new int[AgentKeys.COUNT * 3];
        int[] byTraits = new int[256];
        for (int i = 0; i < c.size(); i++) {
            byEducation[c.key(i) * 8 + AgentTraits.education(c.traits(i))]++;
            bySpell[c.key(i) * 3 + AgentColumns.spellBand(c.years(i))]++;
            byTraits[c.traits(i)]++;
        }
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            assertEquals(recount[key], c.count(key), "key " + key);
            for (int level = 0; level < 8; level++) {
                assertEquals(byEducation[key * 8 + level], c.count(key, level), "key " + key + " level " + level);
            }
            for (int band = 0; band < 3; band++) {
                assertEquals(bySpell[key * 3 + band], c.countBySpell(key, band), "key " + key + " band " + band);
            }
        }
        for (int level = 0; level < 8; level++) {
            int n = 0;
            for (int t = 0; t < 256; t++) {
                n += AgentTraits.education(t) == level ? byTraits[t] : 0;
            }
            assertEquals(n, c.educationCount(level), "level " + level);
        }
        for (int bit = 8; bit < 256; bit <<= 1) {
            int n = 0;
            for (int t = 0; t < 256; t++) {
                n += (t & bit) != 0 ? byTraits[t] : 0;
            }
            assertEquals(n, c.traitCount(bit), "trait bit " + bit);
        }
    }

    /** Random changes of every kind, checked against a recount after each: the histograms the rules read. */
    @Test
    void randomChangesKeepEveryHistogram() {
        java.util.Random random = new java.util.Random(11);
        AgentColumns c = new AgentColumns(4);
        for (int step = 0; step < 3000; step++) {
            int i = c.size() == 0 ? -1 : random.nextInt(c.size());
            switch (i < 0 ? 0 : random.nextInt(11)) {
                case 0 -> c.add(random.nextInt(4), random.nextInt(4), random.nextInt(32), random.nextInt(128));
                case 1 -> c.setTraits(i, random.nextInt(256));
                case 2 -> c.setStatus(i, random.nextInt(4), random.nextInt(4));
                case 3 -> c.setState(i, random.nextInt(4), random.nextInt(4), random.nextInt(32));
                case 4 -> c.setYears(i, random.nextInt(128));
                case 5 -> c.removeAt(i);
                case 6 -> c.addCopyOf(c, i);
                case 7 -> c.advanceYears();
                case 8 -> c.clearEverywhere(1 << random.nextInt(5));
                case 9 -> c.set(i, 1 << random.nextInt(5));
                default -> c.addIdentical(random.nextInt(3), random.nextInt(4), random.nextInt(4), 0);
            }
            if (step % 50 == 0) {
                assertCounted(c);
            }
        }
        assertCounted(c);
        short[] shift = new short[AgentKeys.COUNT];
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            shift[key] = (short) AgentKeys.key((AgentKeys.status(key) + 1) % 4, AgentKeys.sector(key),
                    AgentKeys.flags(key));
        }
        c.remap(shift);
        assertCounted(c);
        AgentColumns other = new AgentColumns(0);
        other.addAll(c);
        assertCounted(other);
    }

    @Test
    void everyChangeKeepsTheHistogram() {
        AgentColumns c = new AgentColumns(2);
        for (int i = 0; i < 40; i++) {
            c.add(i % 4, i % 3, i % 32, 0);
        }
        assertCounted(c);
        c.set(3, AgentColumns.F_SKILLED);
        c.clear(5, AgentColumns.F_URBAN_HUKOU);
        c.setStatus(7, Status.EMPLOYED, 2);
        c.removeAt(0);
        c.addCopyOf(c, 10);
        assertCounted(c);
        AgentColumns other = new AgentColumns(0);
        other.add(Status.UNEMPLOYED, 0, AgentColumns.F_SEEKING_NONFARM, 0);
        c.addAll(other);
        c.clearEverywhere(AgentColumns.F_SEEKING_NONFARM);
        assertCounted(c);
        for (int i = 0; i < c.size(); i++) {
            assertTrue(!c.has(i, AgentColumns.F_SEEKING_NONFARM));
        }
        short[] retire = new short[AgentKeys.COUNT];
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            retire[key] = (short) (AgentKeys.status(key) == Status.INACTIVE
                    ? AgentKeys.key(Status.RETIRED, AgentKeys.sector(key), AgentKeys.flags(key)) : key);
        }
        c.remap(retire);
        assertCounted(c);
        assertEquals(0, c.count(AgentKeys.key(Status.INACTIVE, 0, 0)));
    }

    @Test
    void statusChangesRestartYearsAndFlagsDoNot() {
        AgentColumns c = new AgentColumns(0);
        c.add(Status.EMPLOYED, 1, 0, 5);
        c.set(0, AgentColumns.F_SKILLED);
        assertEquals(5, c.years(0));
        c.setStatus(0, Status.EMPLOYED, 1);
        assertEquals(5, c.years(0));
        c.setStatus(0, Status.EMPLOYED, 2);
        assertEquals(0, c.years(0));
        assertEquals(AgentColumns.F_SKILLED, c.flags(0));
    }

    @Test
    void yearsInStatusStopAt127() {
        AgentColumns c = new AgentColumns(0);
        c.add(Status.RETIRED, 0, 0, 125);
        c.add(Status.INACTIVE, 0, 0, 0);
        for (int y = 0; y < 4; y++) {
            c.advanceYears();
        }
        assertEquals(127, c.years(0));
        assertEquals(4, c.years(1));
    }

    @Test
    void traitsTravelWithTheirAgent() {
        AgentColumns a = new AgentColumns(2);
        for (int i = 0; i < 40; i++) {
            a.add(Status.EMPLOYED, 1, 0, 0);
            a.setTraits(i, i * 6 + 1); // distinct bytes, some above 127
        }
        AgentColumns b = new AgentColumns(2);
        b.addCopyOf(a, 39);
        assertEquals(39 * 6 + 1, b.traits(0));
        a.removeAt(3); // the last agent (39) takes index 3
        assertEquals(39 * 6 + 1, a.traits(3));
        b.addAll(a);
        assertEquals(10 * 6 + 1, b.traits(1 + 10));
        b.addIdentical(2, Status.INACTIVE, 0, 0);
        assertEquals(0, b.traits(b.size() - 1));
        int t = AgentTraits.withEducation(AgentTraits.UNEMPLOYMENT_INSURED | AgentTraits.RETURNED_MIGRANT,
                AgentTraits.Education.BACHELOR);
        assertEquals(AgentTraits.Education.BACHELOR.ordinal(), AgentTraits.education(t));
        assertTrue(AgentTraits.has(t, AgentTraits.RETURNED_MIGRANT));
        assertEquals(16, AgentTraits.Education.of(AgentTraits.education(t)).years);
        assertEquals(AgentTraits.UNEMPLOYMENT_INSURED | AgentTraits.RETURNED_MIGRANT,
                AgentTraits.with(t & ~0x7, AgentTraits.PENSION_INSURED, false));
    }

    @Test
    void newInStatusListsExactlyTheAgentsWithNoYearsInStatus() {
        AgentColumns c = new AgentColumns(2);
        int[] years = {0, 3, 0, 0, 127, 1, 0, 2};
        for (int y : years) {
            c.add(Status.EMPLOYED, 1, 0, y);
        }
        int[] into = new int[c.size()];
        int n = c.newInStatus(into);
        assertEquals(4, n);
        assertEquals("[0, 2, 3, 6]", java.util.Arrays.toString(java.util.Arrays.copyOf(into, n)));
        c.setYears(2, 5);
        c.advanceYears(); // everyone's years go up by one: nobody is new
        assertEquals(0, c.newInStatus(into));
        assertEquals(0, new AgentColumns(4).newInStatus(new int[0]));
    }

    @Test
    void listInListsTheAgentsWhoseKeyHasAnEntry() {
        AgentColumns c = new AgentColumns(2);
        int[] statuses = {Status.EMPLOYED, Status.UNEMPLOYED, Status.INACTIVE, Status.UNEMPLOYED, Status.EMPLOYED};
        for (int s : statuses) {
            c.add(s, s == Status.EMPLOYED ? 1 : 0, 0, 0);
        }
        int[] table = new int[AgentKeys.COUNT];
        java.util.Arrays.fill(table, -1);
        table[AgentKeys.key(Status.UNEMPLOYED, 0, 0)] = 0;
        table[AgentKeys.key(Status.INACTIVE, 0, 0)] = 3;
        int[] into = new int[2 + c.size()];
        assertEquals(5, c.listIn(table, into, 2), "written from index 2");
        assertEquals("[1, 2, 3]", java.util.Arrays.toString(java.util.Arrays.copyOfRange(into, 2, 5)));
    }

    @Test
    void histogramsAreAFixedCostPerColumn() {
        AgentColumns c = new AgentColumns(4);
        // keys 512, traits bytes 256, key x education 512 x 8, key x spell 512 x 4 (three bands used), four bytes each
        assertEquals(4L * (512 + 256 + 4096 + 2048), c.countBytes());
        c.addIdentical(100_000, Status.EMPLOYED, 1, 0);
        assertEquals(27_648L, c.countBytes());
        assertTrue(c.bytes() >= 4L * 100_000, "the columns, not the histograms, grow with the agents");
    }

    /**
     * The changes the household pass counts instead of scanning (members who left, jobs gained or lost) are reported
     * for linked members only, in order, once; flags, links and unlinked agents report nothing.
     */
    @Test
    void householdChangesReportLinkedMembersLeavingAndChangingJobs() {
        AgentColumns c = new AgentColumns(4);
        c.add(Status.EMPLOYED, 1, 0, 3);   // 0: member of record 7
        c.add(Status.UNEMPLOYED, 0, 0, 1); // 1: member of record 9
        c.add(Status.EMPLOYED, 2, 0, 2);   // 2: collective
        c.add(Status.INACTIVE, 0, 0, 0);   // 3: not linked yet
        c.forEachHouseholdChange((h, kind) -> { throw new AssertionError("a column that links none reports none"); });
        c.linkHouseholds();
        c.setHousehold(0, 7);
        c.setHousehold(1, 9);
        c.setHousehold(2, -2);
        StringBuilder seen = new StringBuilder();
        AgentColumns.HouseholdChange log = (h, kind) -> seen.append(h).append(':').append(kind).append(' ');
        c.forEachHouseholdChange(log);
        assertEquals("", seen.toString(), "links are the pass's own");
        c.set(0, AgentColumns.F_SKILLED);               // a flag: nothing
        c.setStatus(0, Status.EMPLOYED, 3);             // another sector, still employed: nothing
        c.setStatus(1, Status.EMPLOYED, 3);             // hired
        c.setState(0, Status.UNEMPLOYED, 0, 0);         // lost the job
        c.setStatus(2, Status.UNEMPLOYED, 0);           // collective: nothing
        c.setStatus(3, Status.EMPLOYED, 1);             // not linked: nothing
        c.removeAt(1);                                  // an employed member leaves; agent 3 takes index 1
        c.removeAt(0);                                  // a member not employed leaves; agent 2 takes index 0
        c.forEachHouseholdChange(log);
        assertEquals(9 + ":" + AgentColumns.MEMBER_HIRED + " 7:" + AgentColumns.MEMBER_LOST_JOB + " 9:"
                + AgentColumns.EMPLOYED_MEMBER_LEFT + " 7:" + AgentColumns.MEMBER_LEFT + " ", seen.toString());
        seen.setLength(0);
        c.forEachHouseholdChange(log);
        assertEquals("", seen.toString(), "each change is reported once");
        short[] fire = new short[AgentKeys.COUNT]; // every employed key to unemployed, the rest kept
        for (int key = 0; key < AgentKeys.COUNT; key++) {
            fire[key] = (short) (AgentKeys.status(key) == Status.EMPLOYED
                    ? AgentKeys.key(Status.UNEMPLOYED, 0, AgentKeys.flags(key)) : key);
        }
        c.setHousehold(0, 5);
        c.setHousehold(1, 6);
        c.setStatus(0, Status.EMPLOYED, 2); // agent 2 now at index 0, linked to record 5
        c.forEachHouseholdChange(log);
        seen.setLength(0);
        c.remap(fire); // agent 3 at index 1 (employed, record 6) and index 0 lose their jobs
        c.forEachHouseholdChange(log);
        assertEquals("5:" + AgentColumns.MEMBER_LOST_JOB + " 6:" + AgentColumns.MEMBER_LOST_JOB + " ", seen.toString());
        seen.setLength(0);
        c.unlinkHouseholds();
        c.setStatus(0, Status.EMPLOYED, 1);
        c.forEachHouseholdChange(log);
        assertEquals("", seen.toString());
    }
}
