package org.labourcast.agents;

import java.util.Arrays;

/**
 * The agents of one group (one birth cohort, sex and residence), stored column-wise: one primitive array per
 * attribute, four bytes per agent in all. Age, sex and residence are properties of the group, so they cost
 * nothing per agent. Removal swaps the last agent into the freed slot, so order is deterministic but not stable.
 *
 * <p>Columns: {@link #status} (see {@link Status}), {@link #sector} (0 none, 1..3 a
 * {@link org.labourcast.labour.Sector} code), {@link #flags} (bit set, see the {@code F_} constants) and
 * {@link #years} (whole years in the current status, capped at 127).
 *
 * <p>Not thread-safe: a group is only ever touched by one thread at a time.
 */
public final class AgentColumns {
    /** Urban (non-agricultural) hukou; absent means rural hukou. */
    public static final int F_URBAN_HUKOU = 1;
    /** Holds a vocational qualification (技能劳动者). */
    public static final int F_SKILLED = 1 << 1;
    /** Unemployed and registered with the employment service (urban hukou only). */
    public static final int F_REGISTERED = 1 << 2;
    /** A farm worker looking for non-farm work this year (cleared after matching). */
    public static final int F_SEEKING_NONFARM = 1 << 3;
    /** A woman whose original statutory retirement age is 55 (cadre) rather than 50 (worker). */
    public static final int F_FEMALE_CADRE = 1 << 4;

    private static final int INITIAL_CAPACITY = 16;

    public byte[] status;
    public byte[] sector;
    public byte[] flags;
    public byte[] years;
    private int size;

    public AgentColumns(int capacity) {
        int c = Math.max(capacity, INITIAL_CAPACITY);
        status = new byte[c];
        sector = new byte[c];
        flags = new byte[c];
        years = new byte[c];
    }

    public int size() {
        return size;
    }

    /** Appends an agent and returns its index. */
    public int add(byte status, byte sector, byte flags, byte years) {
        if (size == this.status.length) {
            grow(size + 1);
        }
        this.status[size] = status;
        this.sector[size] = sector;
        this.flags[size] = flags;
        this.years[size] = years;
        return size++;
    }

    /** Appends agent {@code i} of {@code from}. */
    public int addCopyOf(AgentColumns from, int i) {
        return add(from.status[i], from.sector[i], from.flags[i], from.years[i]);
    }

    /** Removes agent {@code i}; the last agent takes its index. */
    public void removeAt(int i) {
        int last = --size;
        status[i] = status[last];
        sector[i] = sector[last];
        flags[i] = flags[last];
        years[i] = years[last];
    }

    /** Appends every agent of {@code other} (used when a cohort joins the open age group). */
    public void addAll(AgentColumns other) {
        ensureCapacity(size + other.size);
        System.arraycopy(other.status, 0, status, size, other.size);
        System.arraycopy(other.sector, 0, sector, size, other.size);
        System.arraycopy(other.flags, 0, flags, size, other.size);
        System.arraycopy(other.years, 0, years, size, other.size);
        size += other.size;
    }

    public void ensureCapacity(int needed) {
        if (needed > status.length) {
            grow(needed);
        }
    }

    public boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    public void set(int i, int flag) {
        flags[i] |= (byte) flag;
    }

    public void clear(int i, int flag) {
        flags[i] &= (byte) ~flag;
    }

    /** Sets status (and sector), restarting the years-in-status count if the status changes. */
    public void setStatus(int i, byte newStatus, byte newSector) {
        if (status[i] != newStatus || sector[i] != newSector) {
            years[i] = 0;
        }
        status[i] = newStatus;
        sector[i] = newSector;
    }

    /** Bytes held by the columns (capacity, not size). */
    public long bytes() {
        return 4L * status.length;
    }

    private void grow(int needed) {
        // 25% headroom: groups grow slowly (in-migration, transfers), and memory per person is the constraint.
        int c = Math.max(needed, status.length + (status.length >> 2) + 1);
        status = Arrays.copyOf(status, c);
        sector = Arrays.copyOf(sector, c);
        flags = Arrays.copyOf(flags, c);
        years = Arrays.copyOf(years, c);
    }
}
