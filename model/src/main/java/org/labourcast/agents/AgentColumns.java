package org.labourcast.agents;

import java.util.Arrays;

/**
 * The agents of one group (one birth cohort, sex and residence), stored column-wise: four bytes per agent. Age, sex
 * and residence are properties of the group, so they cost nothing per agent. Removal swaps the last agent into the
 * freed slot, so order is deterministic but not stable.
 *
 * <p>Columns: the agent's {@linkplain AgentKeys key}, a two-byte packing of its status (see {@link Status}), sector
 * (0 none, 1..3 a {@link org.labourcast.scenario.labour.Sector} code) and flags (bit set, see the {@code F_} constants); and
 * {@code years}, whole years in the current status, capped at 127; and {@code traits}, one byte of attributes that
 * no rule counts by histogram (education, insurance enrolment, disability: see {@link AgentTraits}). Read them with {@link #status}, {@link #sector},
 * {@link #flags}, {@link #has} and {@link #years}; change them only through the methods of this class, which keep
 * the column's {@linkplain #count(int) histogram of keys} exact. Processes count agents from that histogram instead
 * of scanning them.
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
    /** Education levels a traits byte can hold: the key-by-education histogram's second index ({@code key << 3}). */
    public static final int EDUCATION_LEVELS = 8;

    private static final int INITIAL_CAPACITY = 16;
    /** The household link of an agent not (yet) linked to a household record. */
    public static final int NO_HOUSEHOLD = -1;

    /** Each agent's {@link AgentKeys key}; read by the scans of this package, written only by this class. */
    short[] keys;
    private byte[] years;
    /** Each agent's {@link AgentTraits} byte; kept out of the key so the key histogram stays 512 entries. */
    private byte[] traits;
    /** No agent has more years in status than this (so {@link #advanceYears} cannot reach the cap below it). */
    private int maxYears;
    /** Agents by key: {@code counts[key]} agents have that key. */
    final int[] counts = new int[AgentKeys.COUNT];
    /** Agents by traits byte: the schooling and enrolment indicators read it, not the agents. */
    private final int[] traitCounts = new int[256];
    /**
     * Agents by key and education level, {@code [key * 8 + level]}: what rules weigh by schooling within a key (the
     * average wage) read it instead of scanning the agents.
     */
    private final int[] keyEducationCounts = new int[AgentKeys.COUNT * EDUCATION_LEVELS];
    /**
     * Agents by key and {@linkplain #spellBand spell band}, {@code [key * 4 + band]}: matching counts the unemployed by
     * how long they have been so from it instead of scanning the agents.
     */
    private final int[] keySpellCounts = new int[AgentKeys.COUNT * 4];
    /**
     * Each agent's household record ({@link #NO_HOUSEHOLD} before the household pass links it), or null when the
     * column links none: only urban columns of working age carry it (labour.households, docs/labour-model.md).
     */
    private int[] households;
    /**
     * What changed this year for linked agents that the household records count ({@link #forEachHouseholdChange}): one
     * entry {@code record << 2 | kind} per member who left the column or gained or lost a job. The household pass
     * applies them instead of scanning every linked agent; written by whichever thread has the group, so the records,
     * shared by groups, are never written concurrently. Null when the column links none.
     */
    private int[] householdChanges;
    private int householdChangeCount;
    /** Kinds of {@link #householdChanges}: a member left (not employed, employed); a member was hired; lost a job. */
    public static final int MEMBER_LEFT = 0;
    public static final int EMPLOYED_MEMBER_LEFT = 1;
    public static final int MEMBER_HIRED = 2;
    public static final int MEMBER_LOST_JOB = 3;
    private int size;

    public AgentColumns(int capacity) {
        int c = Math.max(capacity, INITIAL_CAPACITY);
        keys = new short[c];
        years = new byte[c];
        traits = new byte[c];
    }

    public int size() {
        return size;
    }

    /** The agent's {@linkplain AgentKeys key}. */
    public int key(int i) {
        return keys[i];
    }

    public int status(int i) {
        return AgentKeys.status(keys[i]);
    }

    public int sector(int i) {
        return AgentKeys.sector(keys[i]);
    }

    /** The {@code F_} bits. */
    public int flags(int i) {
        return AgentKeys.flags(keys[i]);
    }

    public int years(int i) {
        return years[i];
    }

    /**
     * Writes the indices of the agents with no years in status (those whose status or sector changed this year: every
     * change of either resets the count) to the start of {@code into}, in index order, and returns how many. Without a
     * data-dependent branch: such agents are scattered through a column, so a test per agent would be mispredicted.
     *
     * @param into at least {@link #size()} long
     */
    public int newInStatus(int[] into) {
        byte[] y = years;
        int n = 0;
        for (int i = 0, size = this.size; i < size; i++) {
            into[n] = i;
            n += (y[i] - 1) >>> 31; // 1 when years is 0 (years are 0..127)
        }
        return n;
    }

    /**
     * Writes the indices of the agents whose key has an entry of 0 or more in {@code table} (−1 elsewhere; one entry
     * per key) to {@code into} from {@code at}, in index order, and returns the index after the last written. Without
     * a data-dependent branch, as {@link #newInStatus}.
     *
     * @param into at least {@code at + }{@link #size()} long
     */
    public int listIn(int[] table, int[] into, int at) {
        short[] k = keys;
        int m = at;
        for (int i = 0, size = this.size; i < size; i++) {
            into[m] = i;
            m += ~table[k[i]] >>> 31; // 1 when the entry is not −1
        }
        return m;
    }

    /** The agent's {@link AgentTraits} byte (0..255). */
    public int traits(int i) {
        return traits[i] & 0xFF;
    }

    /** Replaces the agent's {@link AgentTraits} byte. */
    public void setTraits(int i, int value) {
        int old = traits[i] & 0xFF;
        traitCounts[old]--;
        traitCounts[value]++;
        int key = keys[i];
        keyEducationCounts[key << 3 | AgentTraits.education(old)]--;
        keyEducationCounts[key << 3 | AgentTraits.education(value)]++;
        traits[i] = (byte) value;
    }

    /** Agents of this column with the given education level code (0..6), kept up to date like the key histogram. */
    public int educationCount(int level) {
        int n = 0;
        for (int t = level; t < 256; t += 8) {
            n += traitCounts[t];
        }
        return n;
    }

    /** Agents of this column with every bit of {@code mask} set in their traits byte. */
    public int traitCount(int mask) {
        int n = 0;
        for (int t = 0; t < 256; t++) {
            if ((t & mask) == mask) {
                n += traitCounts[t];
            }
        }
        return n;
    }

    /** Spell bands of the years in status: under one year, one year, two years or more. */
    public static final int SPELL_BANDS = 3;

    /** The spell band of a years-in-status count: 0, 1, or 2 for two years or more. */
    public static int spellBand(int years) {
        return Math.min(years, SPELL_BANDS - 1);
    }

    /** Agents of this column with the given key and {@linkplain #spellBand spell band}. */
    public int countBySpell(int key, int band) {
        return keySpellCounts[key << 2 | band];
    }

    /** Agents of this column with the given key and education level code (0..6). */
    public int count(int key, int level) {
        return keyEducationCounts[key << 3 | level];
    }

    /** Agents of this column with the given key: the histogram kept up to date by every change. */
    public int count(int key) {
        return counts[key];
    }

    /** Appends an agent and returns its index. */
    public int add(int status, int sector, int flags, int years) {
        return addKey(AgentKeys.key(status, sector, flags), years, 0);
    }

    private int addKey(int key, int yearsInStatus, int traitByte) {
        if (size == keys.length) {
            grow(size + 1);
        }
        keys[size] = (short) key;
        years[size] = (byte) yearsInStatus;
        traits[size] = (byte) traitByte;
        if (households != null) {
            households[size] = NO_HOUSEHOLD; // a newcomer (or a copy, who is a new person) is linked by the pass
        }
        maxYears = Math.max(maxYears, yearsInStatus);
        counts[key]++;
        traitCounts[traitByte & 0xFF]++;
        keyEducationCounts[key << 3 | AgentTraits.education(traitByte)]++;
        keySpellCounts[key << 2 | spellBand(yearsInStatus)]++;
        return size++;
    }

    /** Appends {@code n} agents with the same state, no years in status and no traits. */
    public void addIdentical(int n, int status, int sector, int flags) {
        int key = AgentKeys.key(status, sector, flags);
        ensureCapacity(size + n);
        Arrays.fill(keys, size, size + n, (short) key);
        Arrays.fill(years, size, size + n, (byte) 0);
        Arrays.fill(traits, size, size + n, (byte) 0);
        if (households != null) {
            Arrays.fill(households, size, size + n, NO_HOUSEHOLD);
        }
        counts[key] += n;
        traitCounts[0] += n;
        keyEducationCounts[key << 3] += n;
        keySpellCounts[key << 2] += n;
        size += n;
    }

    /** Appends agent {@code i} of {@code from}. */
    public int addCopyOf(AgentColumns from, int i) {
        return addKey(from.keys[i], from.years[i], from.traits[i]);
    }

    /** Removes agent {@code i}; the last agent takes its index. */
    public void removeAt(int i) {
        if (households != null && households[i] >= 0) {
            logHouseholdChange(households[i], isEmployed(keys[i]) ? EMPLOYED_MEMBER_LEFT : MEMBER_LEFT);
        }
        counts[keys[i]]--;
        traitCounts[traits[i] & 0xFF]--;
        keyEducationCounts[keys[i] << 3 | AgentTraits.education(traits[i])]--;
        keySpellCounts[keys[i] << 2 | spellBand(years[i])]--;
        int last = --size;
        keys[i] = keys[last];
        years[i] = years[last];
        traits[i] = traits[last];
        if (households != null) {
            households[i] = households[last];
        }
    }

    /** Appends every agent of {@code other} (used when a cohort joins the open age group). */
    public void addAll(AgentColumns other) {
        ensureCapacity(size + other.size);
        System.arraycopy(other.keys, 0, keys, size, other.size);
        System.arraycopy(other.years, 0, years, size, other.size);
        System.arraycopy(other.traits, 0, traits, size, other.size);
        if (households != null) {
            if (other.households != null) {
                System.arraycopy(other.households, 0, households, size, other.size);
            } else {
                Arrays.fill(households, size, size + other.size, NO_HOUSEHOLD);
            }
        }
        for (int k = 0; k < AgentKeys.COUNT; k++) {
            counts[k] += other.counts[k];
        }
        for (int t = 0; t < traitCounts.length; t++) {
            traitCounts[t] += other.traitCounts[t];
        }
        for (int k = 0; k < keyEducationCounts.length; k++) {
            keyEducationCounts[k] += other.keyEducationCounts[k];
        }
        for (int k = 0; k < keySpellCounts.length; k++) {
            keySpellCounts[k] += other.keySpellCounts[k];
        }
        maxYears = Math.max(maxYears, other.maxYears);
        size += other.size;
    }

    public void ensureCapacity(int needed) {
        if (needed > keys.length) {
            grow(needed);
        }
    }

    public boolean has(int i, int flag) {
        return (keys[i] & flag << AgentKeys.FLAG_SHIFT) != 0;
    }

    public void set(int i, int flag) {
        changeKey(i, keys[i] | flag << AgentKeys.FLAG_SHIFT);
    }

    public void clear(int i, int flag) {
        changeKey(i, keys[i] & ~(flag << AgentKeys.FLAG_SHIFT));
    }

    /** Sets status (and sector), restarting the years-in-status count if either changes. */
    public void setStatus(int i, int newStatus, int newSector) {
        int old = keys[i];
        int key = AgentKeys.key(newStatus, newSector, AgentKeys.flags(old));
        boolean restart = (old & AgentKeys.STATUS_SECTOR_MASK) != (key & AgentKeys.STATUS_SECTOR_MASK);
        changeKeyAndYears(i, key, restart ? 0 : years[i]);
    }

    /** Sets status, sector and flags at once, restarting the years-in-status count if status or sector changes. */
    public void setState(int i, int newStatus, int newSector, int newFlags) {
        int key = AgentKeys.key(newStatus, newSector, newFlags);
        boolean restart = (keys[i] & AgentKeys.STATUS_SECTOR_MASK) != (key & AgentKeys.STATUS_SECTOR_MASK);
        changeKeyAndYears(i, key, restart ? 0 : years[i]);
    }

    /** Sets the years in the current status (0..127). */
    public void setYears(int i, int value) {
        changeKeyAndYears(i, keys[i], value);
        maxYears = Math.max(maxYears, value);
    }

    /** Clears a flag on every agent of the column; a no-op, without a scan, when no agent has it. */
    public void clearEverywhere(int flag) {
        int bits = flag << AgentKeys.FLAG_SHIFT;
        boolean any = false;
        for (int k = 0; k < AgentKeys.COUNT; k++) {
            if ((k & bits) != 0 && counts[k] != 0) {
                counts[k & ~bits] += counts[k];
                counts[k] = 0;
                moveByKey(keyEducationCounts, 3, k, k & ~bits);
                moveByKey(keySpellCounts, 2, k, k & ~bits);
                any = true;
            }
        }
        if (!any) {
            return;
        }
        int mask = ~bits;
        short[] kk = keys;
        for (int i = 0, n = size; i < n; i++) {
            kk[i] = (short) (kk[i] & mask); // in this form (not &=) the loop vectorises
        }
    }

    /**
     * Replaces every agent's key k by {@code newKeyOf[k]} ({@link AgentKeys#COUNT} entries), leaving years in status
     * alone; a no-op, without a scan, when the map moves no agent present.
     */
    public void remap(short[] newKeyOf) {
        int[] moved = new int[AgentKeys.COUNT];
        boolean any = false;
        for (int k = 0; k < AgentKeys.COUNT; k++) {
            if (counts[k] != 0) {
                moved[newKeyOf[k]] += counts[k];
                any |= newKeyOf[k] != k;
            }
        }
        if (!any) {
            return;
        }
        remapByKey(keyEducationCounts, 3, newKeyOf); // reads the counts before the move
        remapByKey(keySpellCounts, 2, newKeyOf);
        System.arraycopy(moved, 0, counts, 0, AgentKeys.COUNT);
        short[] kk = keys;
        int[] hh = households;
        if (hh == null) {
            for (int i = 0, n = size; i < n; i++) {
                kk[i] = newKeyOf[kk[i]];
            }
            return;
        }
        for (int i = 0, n = size; i < n; i++) {
            int old = kk[i];
            kk[i] = newKeyOf[old];
            if (hh[i] >= 0 && isEmployed(old) != isEmployed(kk[i])) {
                logHouseholdChange(hh[i], isEmployed(old) ? MEMBER_LOST_JOB : MEMBER_HIRED);
            }
        }
    }

    /**
     * Everyone's years in status +1, capped at 127. Once a year is also when a column that has shrunk (deaths, moves to
     * town) by more than a quarter of its capacity gives the memory back, keeping an eighth as headroom.
     */
    public void advanceYears() {
        if (keys.length - size > (keys.length >> 2) + INITIAL_CAPACITY) {
            int c = Math.max(INITIAL_CAPACITY, size + (size >> 3));
            keys = Arrays.copyOf(keys, c);
            years = Arrays.copyOf(years, c);
            traits = Arrays.copyOf(traits, c);
            if (households != null) {
                households = Arrays.copyOf(households, c);
            }
        }
        for (int k = 0; k < keySpellCounts.length; k += 4) { // band 0 → 1, 1 → 2 or more, which stays
            keySpellCounts[k | 2] += keySpellCounts[k | 1];
            keySpellCounts[k | 1] = keySpellCounts[k];
            keySpellCounts[k] = 0;
        }
        byte[] y = years;
        int n = size;
        if (maxYears < Byte.MAX_VALUE) {
            for (int i = 0; i < n; i++) {
                y[i]++; // no one is at the cap: a plain increment, which vectorises
            }
            maxYears++;
            return;
        }
        for (int i = 0; i < n; i++) {
            int v = y[i];
            y[i] = (byte) (v + ((v - Byte.MAX_VALUE) >>> 31));
        }
    }

    /** Whether this column links its agents to household records. */
    public boolean linksHouseholds() {
        return households != null;
    }

    /** Starts linking: every agent gets {@link #NO_HOUSEHOLD} until the household pass links it. */
    public void linkHouseholds() {
        if (households == null) {
            households = new int[keys.length];
            Arrays.fill(households, NO_HOUSEHOLD);
            householdChanges = new int[INITIAL_CAPACITY];
            householdChangeCount = 0;
        }
    }

    /**
     * Stops linking (the column's cohort has left working age): the links are dropped, with the changes not yet
     * taken by {@link #forEachHouseholdChange}, which the household pass takes before.
     */
    public void unlinkHouseholds() {
        households = null;
        householdChanges = null;
        householdChangeCount = 0;
    }

    /** Receives the changes of {@link #forEachHouseholdChange}. */
    @FunctionalInterface
    public interface HouseholdChange {
        /**
         * @param household the member's record
         * @param kind      {@link #MEMBER_LEFT}, {@link #EMPLOYED_MEMBER_LEFT}, {@link #MEMBER_HIRED} or
         *                  {@link #MEMBER_LOST_JOB}
         */
        void apply(int household, int kind);
    }

    /**
     * Hands over, in the order they happened, the changes to linked agents since the last call that the household
     * records count: a member linked to a record removed (died, moved away), or one whose status became or stopped
     * being employed. Links set by {@link #setHousehold} are not reported: the household pass makes them and counts
     * them itself. No-op on a column that links none.
     */
    public void forEachHouseholdChange(HouseholdChange to) {
        int[] log = householdChanges;
        for (int j = 0, n = householdChangeCount; j < n; j++) {
            to.apply(log[j] >>> 2, log[j] & 3);
        }
        householdChangeCount = 0;
    }

    /** A linked agent's job gained or lost (out of line: the key change that calls it is on every process's path). */
    private void logJobChange(int i, int oldKey) {
        int h = households[i];
        if (h >= 0) {
            logHouseholdChange(h, isEmployed(oldKey) ? MEMBER_LOST_JOB : MEMBER_HIRED);
        }
    }

    private void logHouseholdChange(int household, int kind) {
        if (householdChangeCount == householdChanges.length) {
            householdChanges = Arrays.copyOf(householdChanges, householdChangeCount * 2);
        }
        householdChanges[householdChangeCount++] = household << 2 | kind;
    }

    private static boolean isEmployed(int key) {
        return AgentKeys.status(key) == Status.EMPLOYED;
    }

    /** The agent's household record, or {@link #NO_HOUSEHOLD}; only on a column that {@link #linksHouseholds}. */
    public int household(int i) {
        return households[i];
    }

    /** Links the agent to a household record (or {@link #NO_HOUSEHOLD}). */
    public void setHousehold(int i, int household) {
        households[i] = household;
    }

    /** Bytes held by the columns (capacity, not size), household links and their changes included. */
    public long bytes() {
        return 4L * keys.length + (households == null ? 0 : 4L * households.length + 4L * householdChanges.length);
    }

    /**
     * Bytes of this column's histograms (agents by key, by traits byte, by key and education, by key and spell band):
     * a fixed cost per column, whatever its agents, so not in {@link #bytes}; reported beside it by the bench.
     */
    public long countBytes() {
        return 4L * (counts.length + traitCounts.length + keyEducationCounts.length + keySpellCounts.length);
    }

    private void changeKey(int i, int key) {
        changeKeyAndYears(i, key, years[i]);
    }

    private void changeKeyAndYears(int i, int key, int newYears) {
        int old = keys[i];
        // Employment first: most changes (flags, sectors, other statuses) leave it and touch no household link.
        if (isEmployed(old) != isEmployed(key) && households != null) {
            logJobChange(i, old);
        }
        keySpellCounts[old << 2 | spellBand(years[i])]--;
        keySpellCounts[key << 2 | spellBand(newYears)]++;
        years[i] = (byte) newYears;
        counts[old]--;
        counts[key]++;
        int level = AgentTraits.education(traits[i]);
        keyEducationCounts[old << 3 | level]--;
        keyEducationCounts[key << 3 | level]++;
        keys[i] = (short) key;
    }

    /**
     * In a histogram by key and a second attribute ({@code [key << shift | value]}: education level, spell band),
     * moves every agent counted under key {@code from} to key {@code to}.
     */
    private static void moveByKey(int[] histogram, int shift, int from, int to) {
        for (int v = 0; v < 1 << shift; v++) {
            histogram[to << shift | v] += histogram[from << shift | v];
            histogram[from << shift | v] = 0;
        }
    }

    /**
     * In a histogram by key and a second attribute, replaces every key k by {@code newKeyOf[k]}. Only the rows of keys
     * present ({@link #counts}, not yet remapped) that move are touched: the others are zero or stay. They are taken
     * out first, as a row may move onto the row of a key that moves too.
     */
    private void remapByKey(int[] histogram, int shift, short[] newKeyOf) {
        int width = 1 << shift;
        short[] from = new short[AgentKeys.COUNT];
        int n = 0;
        for (int k = 0; k < AgentKeys.COUNT; k++) {
            if (counts[k] != 0 && newKeyOf[k] != k) {
                from[n++] = (short) k;
            }
        }
        int[] rows = new int[n << shift];
        for (int j = 0; j < n; j++) {
            System.arraycopy(histogram, from[j] << shift, rows, j << shift, width);
            Arrays.fill(histogram, from[j] << shift, (from[j] + 1) << shift, 0);
        }
        for (int j = 0; j < n; j++) {
            int to = newKeyOf[from[j]] << shift;
            for (int v = 0; v < width; v++) {
                histogram[to | v] += rows[j << shift | v];
            }
        }
    }

    private void grow(int needed) {
        // 25% headroom: groups grow slowly (in-migration, rural-urban moves), and memory per person is the constraint.
        int c = Math.max(needed, keys.length + (keys.length >> 2) + 1);
        keys = Arrays.copyOf(keys, c);
        years = Arrays.copyOf(years, c);
        traits = Arrays.copyOf(traits, c);
        if (households != null) {
            households = Arrays.copyOf(households, c);
        }
    }
}
