package org.labourcast.agents;

import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;

/**
 * All agents, as one {@link CohortGroup} per sex and age at the end of the current year (0..maxAge, the last
 * being the open group maxAge+). Ageing moves groups, not agents: each group shifts up one age, the group reaching
 * maxAge joins the open group, and an empty group takes age 0 for the year's births.
 *
 * <p>A group's {@linkplain #slot(Sex, int) slot} (sex × age) names its random stream and its place in every
 * reduction, so the order of work never depends on threads.
 */
public final class AgentPopulation {
    /** Sex.values() copies its array on every call; sexOf is called per slot in hot loops. */
    private static final Sex[] SEXES = Sex.values();

    private final int maxAge;
    private final CohortGroup[][] groups;

    public AgentPopulation(int maxAge) {
        this.maxAge = maxAge;
        this.groups = new CohortGroup[Sex.values().length][maxAge + 1];
        for (Sex s : Sex.values()) {
            for (int a = 0; a <= maxAge; a++) {
                groups[s.ordinal()][a] = new CohortGroup(s, 0, 0);
            }
        }
    }

    public int maxAge() {
        return maxAge;
    }

    /** Number of groups: sexes × ages. */
    public int slots() {
        return Sex.values().length * (maxAge + 1);
    }

    public static int slot(Sex s, int age, int maxAge) {
        return s.ordinal() * (maxAge + 1) + age;
    }

    public int slot(Sex s, int age) {
        return slot(s, age, maxAge);
    }

    public CohortGroup group(Sex s, int age) {
        return groups[s.ordinal()][age];
    }

    public CohortGroup group(int slot) {
        return groups[slot / (maxAge + 1)][slot % (maxAge + 1)];
    }

    public Sex sexOf(int slot) {
        return SEXES[slot / (maxAge + 1)];
    }

    public int ageOf(int slot) {
        return slot % (maxAge + 1);
    }

    /** Replaces the group of a sex and age (used when building the base population). */
    public void setGroup(Sex s, int age, CohortGroup g) {
        groups[s.ordinal()][age] = g;
    }

    /** Everyone becomes a year older; age 0 gets an empty group with room for {@code births[sex]} agents. */
    public void ageOneYear(int[] birthsBySex) {
        for (Sex s : Sex.values()) {
            CohortGroup[] g = groups[s.ordinal()];
            g[maxAge].absorb(g[maxAge - 1]);
            System.arraycopy(g, 0, g, 1, maxAge - 1);
            g[0] = new CohortGroup(s, birthsBySex[s.ordinal()] / 2 + 1, birthsBySex[s.ordinal()] / 2 + 1);
        }
    }

    public long count(Sex s, Residence r, int age) {
        return group(s, age).residents(r).size();
    }

    public long total() {
        return sum(CohortGroup::size);
    }

    /** Bytes held by all agent columns. */
    public long bytes() {
        return sum(CohortGroup::bytes);
    }

    /** Bytes of all columns' histograms ({@link AgentColumns#countBytes}): a fixed cost per group, not per agent. */
    public long countBytes() {
        return sum(CohortGroup::countBytes);
    }

    private long sum(java.util.function.ToLongFunction<CohortGroup> of) {
        long n = 0;
        for (CohortGroup[] bySex : groups) {
            for (CohortGroup g : bySex) {
                n += of.applyAsLong(g);
            }
        }
        return n;
    }
}
