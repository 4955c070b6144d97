package org.labourcast.agents;

/**
 * An agent's state packed into one small integer, its <em>key</em>: status (2 bits), sector (2 bits) and the five
 * flags (5 bits), 512 values in all. Every agent with the same key, sex, age and residence is interchangeable for a
 * process's eligibility rules, so a group can be counted by a histogram over keys (one array increment per agent)
 * and a rule evaluated once per key instead of once per agent. The years-in-status column is not part of the key.
 */
public final class AgentKeys {
    /** Number of distinct keys. */
    public static final int COUNT = 512;
    private static final int FLAG_MASK = 0x1F;

    private AgentKeys() {
    }

    public static int key(AgentColumns c, int i) {
        return (c.status[i] & 3) | (c.sector[i] & 3) << 2 | (c.flags[i] & FLAG_MASK) << 4;
    }

    public static int status(int key) {
        return key & 3;
    }

    public static int sector(int key) {
        return (key >>> 2) & 3;
    }

    public static int flags(int key) {
        return key >>> 4;
    }

    /** Adds the agents of {@code c} to {@code histogram[offset + key]}. */
    public static void histogram(AgentColumns c, int[] histogram, int offset) {
        byte[] status = c.status;
        byte[] sector = c.sector;
        byte[] flags = c.flags;
        int n = c.size();
        for (int i = 0; i < n; i++) {
            histogram[offset + ((status[i] & 3) | (sector[i] & 3) << 2 | (flags[i] & FLAG_MASK) << 4)]++;
        }
    }
}
