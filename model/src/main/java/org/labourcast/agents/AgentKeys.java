package org.labourcast.agents;

/**
 * An agent's state packed into one small integer, its <em>key</em>: status (bits 0–1), sector (bits 2–3) and the
 * five flags (bits 4–8), 512 values in all. {@link AgentColumns} stores the key itself, one {@code short} per agent.
 * Every agent with the same key, sex, age and residence is interchangeable for a process's eligibility rules, so a
 * group is counted by its histogram over keys (which {@link AgentColumns} keeps up to date as agents change) and a
 * rule is evaluated once per key instead of once per agent. The years-in-status column is not part of the key.
 */
public final class AgentKeys {
    /** Number of distinct keys. */
    public static final int COUNT = 512;
    static final int FLAG_SHIFT = 4;
    static final int STATUS_SECTOR_MASK = 0xF;
    private static final int FLAG_MASK = 0x1F;

    private AgentKeys() {
    }

    public static int key(int status, int sector, int flags) {
        return (status & 3) | (sector & 3) << 2 | (flags & FLAG_MASK) << FLAG_SHIFT;
    }

    public static int status(int key) {
        return key & 3;
    }

    public static int sector(int key) {
        return (key >>> 2) & 3;
    }

    public static int flags(int key) {
        return key >>> FLAG_SHIFT;
    }

    /**
     * Adds the agents of {@code c} to {@code histogram[offset + key]} by scanning them: the reference the maintained
     * histogram ({@link AgentColumns#count}) is checked against.
     */
    public static void histogram(AgentColumns c, int[] histogram, int offset) {
        short[] keys = c.keys;
        for (int i = 0, n = c.size(); i < n; i++) {
            histogram[offset + keys[i]]++;
        }
    }
}
