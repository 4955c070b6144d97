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

    /**
     * Adds the agents of {@code c} to {@code histogram[offset + key]}. Four interleaved partial histograms keep
     * runs of equal keys (the common case) from serialising on one counter.
     */
    public static void histogram(AgentColumns c, int[] histogram, int offset) {
        byte[] status = c.status;
        byte[] sector = c.sector;
        byte[] flags = c.flags;
        int n = c.size();
        int[] h = PARTIAL.get();
        java.util.Arrays.fill(h, 0);
        int i = 0;
        for (; i + 3 < n; i += 4) {
            h[(status[i] & 3) | (sector[i] & 3) << 2 | (flags[i] & FLAG_MASK) << 4]++;
            h[COUNT + ((status[i + 1] & 3) | (sector[i + 1] & 3) << 2 | (flags[i + 1] & FLAG_MASK) << 4)]++;
            h[2 * COUNT + ((status[i + 2] & 3) | (sector[i + 2] & 3) << 2 | (flags[i + 2] & FLAG_MASK) << 4)]++;
            h[3 * COUNT + ((status[i + 3] & 3) | (sector[i + 3] & 3) << 2 | (flags[i + 3] & FLAG_MASK) << 4)]++;
        }
        for (; i < n; i++) {
            h[(status[i] & 3) | (sector[i] & 3) << 2 | (flags[i] & FLAG_MASK) << 4]++;
        }
        for (int k = 0; k < COUNT; k++) {
            histogram[offset + k] += h[k] + h[COUNT + k] + h[2 * COUNT + k] + h[3 * COUNT + k];
        }
    }

    private static final ThreadLocal<int[]> PARTIAL = ThreadLocal.withInitial(() -> new int[4 * COUNT]);
}
