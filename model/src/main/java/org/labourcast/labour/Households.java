package org.labourcast.labour;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentKeys;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.Allocation;
import org.labourcast.agents.Draws;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.agents.Selection;
import org.labourcast.agents.Status;
import org.labourcast.scenario.labour.HouseholdAssumption;
import org.labourcast.scenario.labour.Sector;

/**
 * Urban family households (城镇家庭户), with {@code labour.households} (docs/labour-model.md, "Households"). Only
 * urban residents of working age (16–59) are linked to a household record, through the household column of their
 * urban column store ({@link AgentColumns#household}); a record holds its other members as two counts, children
 * (0–15) and elders (60+), four bits each. That is all the zero-employment rule (零就业家庭) needs: it asks about
 * the members of statutory working age only.
 *
 * <ul>
 *   <li><b>Base year</b> ({@link #form}): a share {@code collective_share} of residents live in collective households
 *       (集体户), taken among urban working-age agents (an assumption: dormitories of students and workers); the other
 *       urban residents are family members. The number of households is family persons / mean size; their sizes are
 *       exact counts of the size distribution ({@link HouseholdAssumption#sizeDistribution}); each household's first
 *       member is an adult, its other places are filled at random from the remaining working-age, child and elder
 *       persons; working-age places are given to the linked agents in a random order.</li>
 *   <li><b>Each year</b> ({@link #update}), one pass over the linked agents in slot order with the year's household
 *       stream: a cohort reaching 60 becomes elders of its households and is unlinked; a cohort reaching 16 is linked;
 *       each unlinked working-age agent (the 16-year-olds, rural-to-urban movers, in-migrants) is collective with the
 *       base year's collective share among working-age urban agents, else a 16-year-old takes the place of a child of
 *       a household (drawn in proportion to children), else it forms a new household with the base year's ratio of
 *       households to linked members and otherwise joins a household drawn uniformly among those with working-age
 *       members. Deaths and out-moves leave by themselves (the agent is gone). The children and elders counts are then
 *       brought to the urban residents aged 0–15 and 60+ (additions uniform over households with working-age
 *       members, removals in proportion to the counts). A record with no member left is free for a new household.</li>
 *   <li><b>Zero-employment households</b>: households with a registered unemployed working-age member and no
 *       working-age member employed (the MOHRSS definition asks that every member of working age able and willing to
 *       work be without work) are eligible; each is found and certified (认定) with {@code found_share}, the official
 *       count. With {@code zero_employment_help} > 0 the public employment service places one registered member of
 *       each household found (that share of them) in a tertiary job (公益性岗位 and the like) within the year: a
 *       re-employment of the hard to employ. Registered members of households found and not helped count as hard to
 *       employ.</li>
 * </ul>
 *
 * <p>Memory: one int per linked agent (in its column, counted by {@link AgentColumns#bytes}, with the column's
 * changes of the year) and three bytes per record ({@link #bytes}: dependants, members, employed members); the pass's
 * lists are scratch, kept from year to year to be reused (those of the scan, of free records and of children's records).
 *
 * <p>Not thread-safe: one replicate's pass runs at a time. Within it, the scan of the agents by slot and the loops over
 * the records in fixed parts ({@link #recordParts}) run on the executor's threads, joined in order; the linking, whose
 * every draw depends on the links before it, runs on one.
 */
final class Households {
    /** First and last age linked to a household record (the statutory working ages of the definition). */
    static final int FIRST_AGE = 16;
    static final int LAST_AGE = 59;
    /** The household link of a working-age agent living in a collective household (集体户). */
    static final int COLLECTIVE = -2;
    /** Children and elders per record are kept in four bits each. */
    private static final int MAX_DEPENDANTS = 15;
    /** No record has more linked members than this (the linking joins no full record); no household comes near it. */
    private static final int MAX_MEMBERS = 127;

    /** Children (0–15) in the high four bits, elders (60+) in the low four. */
    private byte[] dependants;
    /**
     * Linked members of each record in the low byte (at most {@link #MAX_MEMBERS}: the linking joins no record that
     * has as many), those of them employed in the high byte. Kept up to date from year to year: the pass applies the
     * columns' changes ({@link AgentColumns#forEachHouseholdChange}: members who left, jobs gained or lost) and counts
     * the links it makes and drops, so it need not tally every linked agent at random records.
     */
    private char[] memberCounts;
    /** Records in use: ids 0..size − 1, some of them free (no member). */
    private int size;
    /** The base year's households with working-age members per linked family member: the rate new ones form. */
    private final double formationRate;
    /** The base year's share of working-age urban agents living in collective households. */
    private final double collectiveRate;

    /** What the last pass found (agents and records; the recorder scales them). */
    private long households;
    private long persons;
    private long onePerson;
    private long eligible;
    private long zeroBeforeHelp;
    private long helped;
    private long zeroMembersHard;

    /** Households with {@code records} in use: their dependants and their member counts. */
    private Households(byte[] dependants, char[] memberCounts, int records, double formationRate,
                       double collectiveRate) {
        this.dependants = dependants;
        this.memberCounts = memberCounts;
        this.size = records;
        this.formationRate = formationRate;
        this.collectiveRate = collectiveRate;
    }

    /** Family households at the year's end (agents' scale: one record stands for {@code scale} households). */
    long households() {
        return households;
    }

    /** Persons in family households. */
    long persons() {
        return persons;
    }

    /** One-person family households. */
    long onePerson() {
        return onePerson;
    }

    /** Households meeting the zero-employment rule at the year's end, found or not. */
    long eligible() {
        return eligible;
    }

    /** Zero-employment households found (certified) at the year's end, before the year's help. */
    long zeroBeforeHelp() {
        return zeroBeforeHelp;
    }

    /** Zero-employment households of which one member was placed in the year. */
    long helped() {
        return helped;
    }

    /** Zero-employment households left at the year's end, after the help. */
    long zeroAfterHelp() {
        return zeroBeforeHelp - helped;
    }

    /**
     * Registered unemployed members of zero-employment households left at the year's end who are not hard to employ
     * on another ground ({@link HardToEmploy}): added to the recorder's count of the hard to employ.
     */
    long zeroMembersHardToEmploy() {
        return zeroMembersHard;
    }

    /** Bytes of the records (capacity): dependants and member counts. */
    long bytes() {
        return dependants.length + 2L * memberCounts.length;
    }

    /** Linked members of record {@code h} (for tests). */
    int members(int h) {
        return memberCounts[h] & 0xFF;
    }

    /** Employed linked members of record {@code h} (for tests). */
    int employedMembers(int h) {
        return memberCounts[h] >>> 8;
    }

    int children(int h) {
        return (dependants[h] >> 4) & 0xF;
    }

    int elders(int h) {
        return dependants[h] & 0xF;
    }

    /** Records in use, free ones included (for tests). */
    int records() {
        return size;
    }

    private void setDependants(int h, int children, int elders) {
        dependants[h] = (byte) (children << 4 | elders);
    }

    private int newRecord() {
        if (size == dependants.length) {
            dependants = Arrays.copyOf(dependants, size + (size >> 2) + 1);
            memberCounts = Arrays.copyOf(memberCounts, dependants.length);
        }
        dependants[size] = 0;
        memberCounts[size] = 0;
        return size++;
    }

    private static boolean linkedAge(int age) {
        return age >= FIRST_AGE && age <= LAST_AGE;
    }

    /** A uniform draw in [0, 1) for record {@code h} and purpose {@code salt}, a function of the year's key. */
    private static double uniform(long key, int h, int salt) {
        long z = key ^ (((long) h << 8) | salt) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L; // SplitMix64's finaliser
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }

    // ---- base year ----

    /** Forms the base year's households (see the class comment) from the year's household stream. */
    static Households form(YearContext year, HouseholdAssumption h) {
        AgentPopulation pop = year.population();
        UniformRandomProvider rng = year.householdRandom();
        long working = 0;
        long children = 0;
        long elders = 0;
        for (int slot = 0; slot < pop.slots(); slot++) {
            int age = pop.ageOf(slot);
            long n = pop.group(slot).urban().size();
            if (linkedAge(age)) {
                working += n;
                pop.group(slot).urban().linkHouseholds();
            } else if (age < FIRST_AGE) {
                children += n;
            } else {
                elders += n;
            }
        }
        long collective = Math.min(working, Math.round(h.collectiveShare() * pop.total()));
        long family = working - collective + children + elders;
        long adults = working - collective + elders;
        long count = Math.min(adults, Math.max(1, Math.round(family / h.meanSize())));
        // Sizes as exact counts (largest remainder), then persons balanced by moving households between 2 and 3.
        double[] p = h.sizeDistribution();
        long[] caps = new long[p.length];
        Arrays.fill(caps, count);
        long[] bySize = Allocation.proportional(count, p, caps);
        long placed = 0;
        for (int s = 0; s < bySize.length; s++) {
            placed += (s + 1) * bySize[s];
        }
        long excess = placed - family; // persons the sizes hold beyond the family persons
        if (excess > 0) {
            long move = Math.min(excess, bySize[2]);
            bySize[2] -= move;
            bySize[1] += move;
            excess -= move;
            long ones = Math.min(excess, bySize[1]);
            bySize[1] -= ones;
            bySize[0] += ones;
        } else if (excess < 0) {
            long move = Math.min(-excess, bySize[1]);
            bySize[1] -= move;
            bySize[2] += move;
        }
        // Each household's children and elders are counted in its record's byte as its places are filled; sizes and
        // working-age places (at most HouseholdAssumption.SIZES) in a byte each.
        byte[] records = new byte[(int) (count + count / 4 + 16)];
        byte[] workingPlaces = new byte[(int) count];
        long remW = working - collective;
        long remC = children;
        long remE = elders;
        byte[] sizes = new byte[(int) count];
        int id = 0;
        for (int s = 0; s < bySize.length; s++) {
            Arrays.fill(sizes, id, (int) (id + bySize[s]), (byte) (s + 1));
            id += (int) bySize[s];
        }
        // First members: adults.
        for (int k = 0; k < count; k++) {
            if (remW + remE > 0 && rng.nextLong(remW + remE) < remE) {
                records[k]++; // an elder
                remE--;
            } else if (remW > 0) {
                workingPlaces[k]++;
                remW--;
            }
        }
        // Other places: at random from what is left.
        for (int k = 0; k < count; k++) {
            for (int j = 1; j < sizes[k]; j++) {
                long left = remW + remC + remE;
                if (left == 0) {
                    break;
                }
                long r = rng.nextLong(left);
                int d = records[k] & 0xFF;
                if (r < remW) {
                    workingPlaces[k]++;
                    remW--;
                } else if (r < remW + remC && d >>> 4 < MAX_DEPENDANTS) {
                    records[k] = (byte) (d + 0x10);
                    remC--;
                } else if (r >= remW + remC && (d & 0xF) < MAX_DEPENDANTS) {
                    records[k] = (byte) (d + 1);
                    remE--;
                }
            }
        }
        // Working-age places in a random order, given to the linked agents in slot order.
        long totalPlaces = 0;
        for (int w : workingPlaces) {
            totalPlaces += w;
        }
        int[] order = new int[(int) totalPlaces];
        int next = 0;
        for (int k = 0; k < count; k++) {
            for (int j = 0; j < workingPlaces[k]; j++) {
                order[next++] = k;
            }
        }
        Draws.shuffle(order, order.length, rng); // draws in batches: twice as fast for 24 million places
        long toCollective = collective;
        long seen = 0;
        next = 0;
        for (int slot = 0; slot < pop.slots(); slot++) {
            if (!linkedAge(pop.ageOf(slot))) {
                continue;
            }
            AgentColumns c = pop.group(slot).urban();
            for (int i = 0, n = c.size(); i < n; i++) {
                if (toCollective > 0 && rng.nextLong(working - seen) < toCollective) {
                    c.setHousehold(i, COLLECTIVE);
                    toCollective--;
                } else {
                    // Places left over (remW ran out before the sizes did) stay unlinked until the next pass.
                    c.setHousehold(i, next < order.length ? order[next++] : AgentColumns.NO_HOUSEHOLD);
                }
                seen++;
            }
        }
        long withWorking = 0;
        for (int w : workingPlaces) {
            withWorking += w > 0 ? 1 : 0;
        }
        Households formed = new Households(records, countMembers(pop, records.length), (int) count,
                totalPlaces > 0 ? (double) withWorking / totalPlaces : 1, working > 0 ? (double) collective / working : 0);
        formed.tally(year, rng.nextLong(), formed.scan(pop, year.executor()), h.foundShare(), 0);
        return formed;
    }

    // ---- each year ----

    /** The year's pass (see the class comment): ageing, new links, dependants, zero-employment households, help. */
    void update(YearContext year, double found, double help) {
        AgentPopulation pop = year.population();
        UniformRandomProvider rng = year.householdRandom();
        long key = rng.nextLong(); // the first draw of the year's stream: the same whatever the pass does after it
        applyChanges(pop); // the columns about to be unlinked included
        // Cohorts reaching 60 become elders of their households; cohorts reaching 16 are linked.
        for (int slot = 0; slot < pop.slots(); slot++) {
            AgentColumns c = pop.group(slot).urban();
            boolean linked = linkedAge(pop.ageOf(slot));
            if (linked && !c.linksHouseholds()) {
                c.linkHouseholds();
            } else if (!linked && c.linksHouseholds()) {
                for (int i = 0, n = c.size(); i < n; i++) {
                    int h = c.household(i);
                    if (h >= 0) {
                        memberCounts[h] -= (char) memberUnit(c.key(i));
                        if (elders(h) < MAX_DEPENDANTS) {
                            setDependants(h, children(h), elders(h) + 1);
                        }
                    }
                }
                c.unlinkHouseholds();
            }
        }
        // One scan of the linked agents lists those the rest of the pass visits; the member counts say the rest, and
        // what the new links change is counted as they are made.
        Scan scan = scan(pop, year.executor());
        listRecords(year.executor());
        link(pop, scan, rng);
        reconcile(pop, rng);
        tally(year, key, scan, found, help);
    }

    /** What the scan of the linked agents found; the agents listed are (slot, index), in scan order. */
    private static final class Scan {
        /**
         * The registered unemployed members and the unlinked agents who are registered unemployed: the only agents the
         * placing visits (one the linking leaves collective is skipped there).
         */
        long[] registered = new long[64];
        /** The record of each listed registered agent: {@link AgentColumns#NO_HOUSEHOLD} until linked, if unlinked. */
        int[] registeredRecord = new int[64];
        int nRegistered;
        /** The unlinked agents: the only agents the linking visits. */
        long[] unlinked = new long[64];
        /** Where each unlinked agent is in the registered list, or -1. */
        int[] unlinkedRegistered = new int[64];
        int nUnlinked;

        void addRegistered(int slot, int i, int h) {
            if (nRegistered == registered.length) {
                registered = Arrays.copyOf(registered, nRegistered * 2);
                registeredRecord = Arrays.copyOf(registeredRecord, nRegistered * 2);
            }
            registeredRecord[nRegistered] = h;
            registered[nRegistered++] = (long) slot << 32 | i;
        }

        void addUnlinked(int slot, int i, boolean registeredUnemployed) {
            if (nUnlinked == unlinked.length) {
                unlinked = Arrays.copyOf(unlinked, nUnlinked * 2);
                unlinkedRegistered = Arrays.copyOf(unlinkedRegistered, nUnlinked * 2);
            }
            unlinkedRegistered[nUnlinked] = registeredUnemployed ? nRegistered : -1;
            unlinked[nUnlinked++] = (long) slot << 32 | i;
            if (registeredUnemployed) {
                addRegistered(slot, i, AgentColumns.NO_HOUSEHOLD);
            }
        }

        void clear() {
            nRegistered = 0;
            nUnlinked = 0;
        }

        /**
         * The lists of the slots' scans one after the other, in slot order (null for a slot never scanned), into this
         * scan's lists (grown with room to spare, as the lists grow from year to year).
         */
        Scan join(Scan[] bySlot) {
            int registeredIn = 0;
            int unlinkedIn = 0;
            for (Scan s : bySlot) {
                if (s != null) {
                    registeredIn += s.nRegistered;
                    unlinkedIn += s.nUnlinked;
                }
            }
            if (registered.length < registeredIn) {
                registered = new long[registeredIn + registeredIn / 4];
                registeredRecord = new int[registered.length];
            }
            if (unlinked.length < unlinkedIn) {
                unlinked = new long[unlinkedIn + unlinkedIn / 4];
                unlinkedRegistered = new int[unlinked.length];
            }
            clear();
            for (Scan s : bySlot) {
                if (s == null) {
                    continue;
                }
                int offset = nRegistered;
                System.arraycopy(s.registered, 0, registered, offset, s.nRegistered);
                System.arraycopy(s.registeredRecord, 0, registeredRecord, offset, s.nRegistered);
                nRegistered += s.nRegistered;
                for (int u = 0; u < s.nUnlinked; u++) {
                    unlinked[nUnlinked] = s.unlinked[u];
                    unlinkedRegistered[nUnlinked++] = s.unlinkedRegistered[u] < 0 ? -1
                            : offset + s.unlinkedRegistered[u];
                }
            }
            return this;
        }
    }

    /** What one linked member adds to its record's {@link #memberCounts}: one member, and one employed if it is. */
    private static int memberUnit(int key) {
        return AgentKeys.status(key) == Status.EMPLOYED ? 0x101 : 1;
    }

    /** The member-count change of each kind of {@link AgentColumns#forEachHouseholdChange}, by kind. */
    private static final int[] CHANGE = new int[4];

    static {
        CHANGE[AgentColumns.MEMBER_LEFT] = -1;
        CHANGE[AgentColumns.EMPLOYED_MEMBER_LEFT] = -1 - 0x100;
        CHANGE[AgentColumns.MEMBER_HIRED] = 0x100;
        CHANGE[AgentColumns.MEMBER_LOST_JOB] = -0x100;
    }

    /**
     * Applies what the processes changed since the last pass (members who left, jobs gained or lost). Package-private
     * for tests: applied early, the changes give the same counts.
     */
    void applyChanges(AgentPopulation pop) {
        char[] m = memberCounts;
        for (int slot = 0; slot < pop.slots(); slot++) {
            pop.group(slot).urban().forEachHouseholdChange((h, kind) -> m[h] += (char) CHANGE[kind]);
        }
    }

    /**
     * Every record's members counted from the links (the base year, once they are made). A pass of its own: the same
     * random additions made in the loop that links the agents took twice as long.
     */
    private static char[] countMembers(AgentPopulation pop, int records) {
        char[] members = new char[records];
        for (int slot = 0; slot < pop.slots(); slot++) {
            AgentColumns c = pop.group(slot).urban();
            if (!c.linksHouseholds()) {
                continue;
            }
            for (int i = 0, n = c.size(); i < n; i++) {
                int h = c.household(i);
                if (h >= 0) {
                    members[h] += (char) memberUnit(c.key(i));
                }
            }
        }
        return members;
    }

    /**
     * One pass over the linked agents in slot order listing the registered unemployed members and the unlinked
     * agents. Both are rare, so the pass is a sequential read; the slots are scanned on the executor's threads and
     * their lists joined in slot order.
     */
    private Scan scan(AgentPopulation pop, GroupExecutor exec) {
        if (slotScans.length != pop.slots()) {
            slotScans = new Scan[pop.slots()];
        }
        Scan[] bySlot = slotScans;
        exec.forEach(pop.slots(), slot -> {
            Scan s = bySlot[slot];
            if (s != null) {
                s.clear(); // last year's list, or none if the slot is no longer linked
            }
            AgentColumns c = pop.group(slot).urban();
            if (!c.linksHouseholds()) {
                return;
            }
            if (s == null) {
                s = bySlot[slot] = new Scan();
            }
            for (int i = 0, n = c.size(); i < n; i++) {
                int h = c.household(i);
                if (h == AgentColumns.NO_HOUSEHOLD) {
                    s.addUnlinked(slot, i, HardToEmploy.registeredUnemployed(c.key(i)));
                } else if (HardToEmploy.registeredUnemployed(c.key(i)) && h >= 0) {
                    s.addRegistered(slot, i, h);
                }
            }
        });
        return joined.join(bySlot);
    }

    /** The scans' lists, kept from year to year to be reused (scratch): one per slot, and their join. */
    private Scan[] slotScans = new Scan[0];
    private final Scan joined = new Scan();

    /**
     * Parts the record passes are split into, each on one of the executor's threads: a fixed number (not the thread
     * count), so that nothing depends on the threads; one for a small population, where a split costs more than it
     * saves.
     */
    private int recordParts() {
        return Math.max(1, Math.min(8, size >> 13));
    }

    /** Part {@code p}'s first record, of {@code parts}; part {@code parts} is {@link #size}. */
    private int partStart(int p, int parts) {
        return (int) ((long) size * p / parts);
    }

    /**
     * Records free for new households (ascending, the first {@link #nFree}), from {@link #listRecords}; afterwards the
     * households meeting the zero-employment rule, from {@link #tally}. Scratch, kept from year to year.
     */
    private int[] free = new int[16];
    private int nFree;
    /** Elders the records held before the linking, from {@link #listRecords}. */
    private long heldElders;
    /**
     * The record of each child not yet taken this year (the first {@link #childrenLeft}), for {@link #takeChild}; the
     * children held before the linking are its initial length. Scratch, kept from year to year.
     */
    private int[] childRecords = new int[16];
    private int childrenLeft;

    /**
     * The passes over the records before the linking: the free ones (no member and no dependant), the record of each
     * child (in record order, for {@link #takeChild}) and the elders held. The linking changes no record's dependants
     * but those of the children it takes. In {@link #recordParts} parts on the executor's threads: first the children
     * and elders of each part (eight records at a time, {@link #nibbleSums}), so each part knows where its children
     * go in the list; then the lists, written without data-dependent branches (record after record the values follow no
     * pattern a branch predictor could learn), each part's free records first at its own records' places, then moved
     * together in part order.
     */
    private void listRecords(GroupExecutor exec) {
        char[] m = memberCounts;
        byte[] dep = dependants;
        int parts = recordParts();
        long[][] held = heldBeforeParts(exec, parts);
        int[] childAt = new int[parts + 1]; // children of the records before each part: where its children go
        for (int p = 0; p <= parts; p++) {
            childAt[p] = (int) held[0][p];
        }
        long elderSum = held[1][parts];
        int nc = childAt[parts];
        // Room for every record and child, and for the writes past a part's last child.
        int[] fr = free.length >= size ? free : new int[size + size / 4]; // room to grow: the records grow yearly
        int[] cr = childRecords.length >= nc + MAX_DEPENDANTS ? childRecords : new int[nc + nc / 4 + MAX_DEPENDANTS];
        int[] freeOf = new int[parts];
        exec.forEach(parts, p -> {
            int from = partStart(p, parts);
            int nf = from;
            int c = childAt[p];
            for (int h = from, end = partStart(p + 1, parts); h < end; h++) {
                int d = dep[h] & 0xFF;
                fr[nf] = h;
                nf += ((d | m[h] & 0xFF) - 1) >>> 31; // kept (1) when 0: no dependant, no member
                int kids = d >>> 4;
                cr[c] = h; // most records have at most two children: written whether there or not
                cr[c + 1] = h;
                for (int k = 2; k < kids; k++) {
                    cr[c + k] = h;
                }
                c += kids;
            }
            freeOf[p] = nf - from;
        });
        // A part's writes past its last child reach the first two places of the next parts' children: written again.
        for (int p = 1; p < parts; p++) {
            int h = partStart(p, parts);
            long before = childAt[p]; // children of the records before h
            for (int q = childAt[p]; q < Math.min(childAt[p] + 2, nc); q++) {
                while (before + nibble(dep, h, 4) <= q) {
                    before += nibble(dep, h, 4);
                    h++;
                }
                cr[q] = h;
            }
        }
        free = fr;
        nFree = joinParts(fr, freeOf);
        childRecords = cr;
        childrenLeft = nc;
        heldElders = elderSum;
    }

    /**
     * The children ({@code [0]}) and elders ({@code [1]}) the records before each part hold, by part, and in all at
     * {@code [parts]}: each part's counted on the executor's threads (eight records at a time, {@link #nibbleSums}),
     * then added up in part order.
     */
    private long[][] heldBeforeParts(GroupExecutor exec, int parts) {
        byte[] dep = dependants;
        long[][] before = new long[2][parts + 1];
        exec.forEach(parts, p -> {
            before[0][p + 1] = nibbleSums(dep, partStart(p, parts), partStart(p + 1, parts), 4);
            before[1][p + 1] = nibbleSums(dep, partStart(p, parts), partStart(p + 1, parts), 0);
        });
        for (int p = 0; p < parts; p++) {
            before[0][p + 1] += before[0][p];
            before[1][p + 1] += before[1][p];
        }
        return before;
    }

    /**
     * Each part's list, written at its own records' places ({@code countOf[p]} entries from {@link #partStart}), moved
     * together in part order to the start of {@code list}; returns the entries in all.
     */
    private int joinParts(int[] list, int[] countOf) {
        int n = 0;
        for (int p = 0; p < countOf.length; p++) {
            System.arraycopy(list, partStart(p, countOf.length), list, n, countOf[p]);
            n += countOf[p];
        }
        return n;
    }

    /** The children ({@code shift} 4) or elders (0) of records {@code from..to − 1}, eight records at a time. */
    static long nibbleSums(byte[] d, int from, int to, int shift) {
        long sum = 0;
        int h = from;
        for (; h + 8 <= to; h += 8) {
            sum += eightNibbles(d, h, shift);
        }
        for (; h < to; h++) {
            sum += nibble(d, h, shift);
        }
        return sum;
    }

    /** The children ({@code shift} 4) or elders (0) of record {@code h}. */
    private static int nibble(byte[] d, int h, int shift) {
        return (d[h] & 0xFF) >>> shift & 0xF;
    }

    /** The children ({@code shift} 4) or elders (0) of records {@code h..h + 7}, summed from one long's nibbles. */
    private static long eightNibbles(byte[] d, int h, int shift) {
        long eight = ((long) EIGHT_BYTES.get(d, h) >>> shift) & LOW_NIBBLES;
        return (eight * ONES) >>> 56; // at most 8 × 15, so no byte overflows
    }

    /**
     * Links the listed unlinked working-age agents (see the class comment), in scan order, and counts them in the
     * member counts.
     */
    private void link(AgentPopulation pop, Scan scan, UniformRandomProvider rng) {
        int nextFree = 0;
        for (int u = 0; u < scan.nUnlinked; u++) {
            int slot = (int) (scan.unlinked[u] >>> 32);
            int i = (int) scan.unlinked[u];
            AgentColumns c = pop.group(slot).urban();
            int h;
            if (rng.nextDouble() < collectiveRate) {
                h = COLLECTIVE;
            } else {
                h = pop.ageOf(slot) == FIRST_AGE ? takeChild(rng) : -1;
                if (h < 0 && rng.nextDouble() >= formationRate) {
                    h = anyWithMembers(rng);
                }
                if (h < 0) {
                    h = nextFree < nFree ? free[nextFree++] : newRecord();
                    setDependants(h, 0, 0);
                }
                memberCounts[h] += (char) memberUnit(c.key(i));
            }
            c.setHousehold(i, h);
            if (scan.unlinkedRegistered[u] >= 0) {
                scan.registeredRecord[scan.unlinkedRegistered[u]] = h;
            }
        }
    }

    /**
     * A record drawn in proportion to its children, one child taken; -1 when no record has a child. Each child left is
     * equally likely: one draw from the list of the children's records (built by {@link #listRecords}), not a rejection
     * search.
     */
    private int takeChild(UniformRandomProvider rng) {
        if (childrenLeft == 0) {
            return -1;
        }
        int j = rng.nextInt(childrenLeft);
        int h = childRecords[j];
        if ((memberCounts[h] & 0xFF) >= MAX_MEMBERS) {
            return -1; // a full record takes no member (the counts' bound; no household comes near it)
        }
        childRecords[j] = childRecords[--childrenLeft];
        setDependants(h, children(h) - 1, elders(h));
        return h;
    }

    /** A record drawn uniformly among those with working-age members, full ones not; -1 when none is found. */
    private int anyWithMembers(UniformRandomProvider rng) {
        for (int tries = 0; tries < 64 && size > 0; tries++) {
            int h = rng.nextInt(size);
            int members = memberCounts[h] & 0xFF;
            if (members > 0 && members < MAX_MEMBERS) {
                return h;
            }
        }
        return -1;
    }

    /**
     * Removals drawn by {@link #adjust}: the ranks, among the held children or elders in record order, of those who
     * leave (the first {@code childrenGone} or {@code eldersGone}); made by {@link #tally}'s pass over the records.
     */
    private int[] childRanks;
    private int childrenGone;
    private int[] elderRanks;
    private int eldersGone;

    /**
     * Brings the children and elders counts to the urban residents aged 0–15 and 60+: additions at once, removals
     * drawn here and made by {@link #tally}.
     */
    private void reconcile(AgentPopulation pop, UniformRandomProvider rng) {
        long children = 0;
        long elders = 0;
        for (int slot = 0; slot < pop.slots(); slot++) {
            int age = pop.ageOf(slot);
            long n = pop.group(slot).urban().size();
            if (age < FIRST_AGE) {
                children += n;
            } else if (age > LAST_AGE) {
                elders += n;
            }
        }
        long heldChildren = childrenLeft; // those the linking did not take
        childrenGone = adjust(children - heldChildren, heldChildren, true, rng);
        childRanks = ranks;
        eldersGone = adjust(elders - heldElders, heldElders, false, rng);
        elderRanks = ranks;
        ranks = null;
    }

    /** The ranks drawn by the last {@link #adjust} that removes. */
    private int[] ranks;

    /**
     * Adds (d > 0) or removes (d < 0) children or elders; {@code held} is the count the records hold now. Additions
     * are made at once; for removals, returns how many and leaves their ranks in {@link #ranks}. Children and elders
     * are separate counts, so the elders' draws see the same records whether the children's removals are made yet or
     * not.
     */
    private int adjust(long d, long held, boolean kids, UniformRandomProvider rng) {
        ranks = null;
        if (d > 0) {
            for (long j = 0; j < d; j++) {
                int h = -1;
                for (int tries = 0; tries < 64 && h < 0; tries++) {
                    int x = rng.nextInt(size);
                    int now = kids ? children(x) : elders(x);
                    if ((memberCounts[x] & 0xFF) > 0 && now < MAX_DEPENDANTS) {
                        h = x;
                    }
                }
                if (h < 0) {
                    return 0; // no room found: the counts fall short, as they would with fifteen a household
                }
                setDependants(h, children(h) + (kids ? 1 : 0), elders(h) + (kids ? 0 : 1));
            }
        } else if (d < 0) {
            // Exactly −d of the held persons removed, each subset equally likely: their ranks among the held, in
            // record order, drawn at once (one draw per person removed, not one per person held).
            int need = (int) Math.min(-d, held);
            ranks = new Selection().chooseAscending(need, (int) held, rng, null);
            return need;
        }
        return 0;
    }

    /** Eight dependants bytes read as one long, for {@link #removalRecords}. */
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_NIBBLES = 0x0F0F0F0F0F0F0F0FL;

    /**
     * The record of each removal of children ({@code shift} 4) or elders (0) drawn by {@link #adjust}, from its rank
     * among those records {@code 0..size − 1} of {@code d} hold, in record order ({@code ranks}, ascending, the first
     * {@code need}; each below the number held): {@link #removalRecords(byte[], int, int, long, int[], int, int, int,
     * int[])} over all the records at once.
     */
    static int[] removalRecords(byte[] d, int size, int[] ranks, int need, int shift) {
        int[] records = new int[need];
        removalRecords(d, 0, size, 0, ranks, 0, need, shift, records);
        return records;
    }

    /**
     * The records of removals {@code from..to − 1} ({@code ranks} ascending), each among records {@code first..last − 1}
     * of {@code d}, which hold the ranks {@code held..} (the records before {@code first} hold {@code held}), written to
     * {@code into} at the removals' places. The walk skips eight records at a time while the rank lies beyond them
     * (their counts summed from the nibbles of one long), then finds the record among the eight without a branch: the
     * running counts of the eight, one per byte of a product, are compared with the rank in all eight bytes at once.
     * So a removal costs a few steps, not a branch per record.
     */
    static void removalRecords(byte[] d, int first, int last, long held, int[] ranks, int from, int to, int shift,
                               int[] into) {
        int h = first;
        for (int j = from; j < to; j++) {
            int rank = ranks[j];
            while (h + 8 <= last) {
                long sum = eightNibbles(d, h, shift);
                if (held + sum > rank) {
                    break;
                }
                held += sum;
                h += 8;
            }
            if (h + 8 <= last) {
                // Byte k of the product is the count of records h..h + k (at most 120, so no byte overflows); the
                // record is h + the number of those counts not above the rank's place among the eight (0..119). Each
                // byte of (0x80 + place) − count stays within 8..247, so no byte borrows from the next.
                long running = (((long) EIGHT_BYTES.get(d, h) >>> shift) & LOW_NIBBLES) * ONES;
                long place = rank - held;
                into[j] = h + Long.bitCount(((place * ONES | HIGH_BITS) - running) & HIGH_BITS);
            } else {
                while (held + nibble(d, h, shift) <= rank) { // the last records, past the last whole eight
                    held += nibble(d, h, shift);
                    h++;
                }
                into[j] = h;
            }
        }
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** The first of {@code a[from..to − 1]} (ascending) at least {@code v}, or {@code to}. */
    private static int firstAtLeast(int[] a, int from, int to, long v) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Makes the removals {@link #reconcile} drew and counts households and the households meeting the
     * zero-employment rule, in one pass over the records; each of those is found (certified) with probability
     * {@code found}, and each found is helped with probability {@code help} (see the class comment).
     */
    private void tally(YearContext year, long key, Scan scan, double found, double help) {
        AgentPopulation pop = year.population();
        char[] m = memberCounts;
        // Records with a registered unemployed member, from the list of them (a bit per record).
        long[] registered = new long[(size + 63) >>> 6];
        for (int r = 0; r < scan.nRegistered; r++) {
            int h = scan.registeredRecord[r];
            if (h >= 0) { // not one the linking left collective
                registered[h >>> 6] |= 1L << h;
            }
        }
        int[] rule = free.length >= size ? free : new int[size + size / 4]; // those meeting the rule; free is done
        // In parts on the executor's threads (sums added and lists joined in part order after): the part's removals
        // first, then the count. A removal's part is known from the children and elders the parts hold before.
        int parts = recordParts();
        byte[] dep = dependants;
        long[][] held = childrenGone > 0 || eldersGone > 0 ? heldBeforeParts(year.executor(), parts)
                : new long[2][parts + 1]; // no removal: no part needs its place
        long[] kidsBefore = held[0];
        long[] eldersBefore = held[1];
        int[] kidRanks = childRanks;
        int[] oldRanks = elderRanks;
        int kidsGone = childrenGone;
        int oldsGone = eldersGone;
        int[] kidRecords = new int[kidsGone];
        int[] elderRecords = new int[oldsGone];
        long[][] sums = new long[parts][];
        int[] ruleOf = new int[parts];
        year.executor().forEach(parts, p -> {
            int from = partStart(p, parts);
            int end = partStart(p + 1, parts);
            // The records the part's removals fall in, found from their ranks, then the removals made (both found
            // before either is made, as children and elders are separate counts).
            int k0 = firstAtLeast(kidRanks, 0, kidsGone, kidsBefore[p]);
            int k1 = firstAtLeast(kidRanks, k0, kidsGone, kidsBefore[p + 1]);
            int e0 = firstAtLeast(oldRanks, 0, oldsGone, eldersBefore[p]);
            int e1 = firstAtLeast(oldRanks, e0, oldsGone, eldersBefore[p + 1]);
            removalRecords(dep, from, end, kidsBefore[p], kidRanks, k0, k1, 4, kidRecords);
            removalRecords(dep, from, end, eldersBefore[p], oldRanks, e0, e1, 0, elderRecords);
            for (int j = k0; j < k1; j++) {
                int h = kidRecords[j];
                setDependants(h, children(h) - 1, elders(h));
            }
            for (int j = e0; j < e1; j++) {
                int h = elderRecords[j];
                setDependants(h, children(h), elders(h) - 1);
            }
            long households = 0;
            long persons = 0;
            long onePerson = 0;
            int nRule = from; // the part's households meeting the rule go at its own records' places
            for (int h = from; h < end; h++) {
                int d = dep[h] & 0xFF;
                int v = m[h];
                int n = (v & 0xFF) + (d >>> 4) + (d & 0xF);
                // Counted without data-dependent branches (as in listRecords): (−n) >>> 31 is 1 when n > 0.
                households += (-n) >>> 31;
                persons += n;
                onePerson += ((n ^ 1) - 1) >>> 31;
                // The rule: a registered unemployed member (so n > 0), nobody of working age employed.
                rule[nRule] = h;
                nRule += (int) (registered[h >>> 6] >>> h) & 1 & ((v >>> 8) - 1) >>> 31; // (e − 1) >>> 31: 1 if e = 0
            }
            sums[p] = new long[] {households, persons, onePerson};
            ruleOf[p] = nRule - from;
        });
        long households = 0;
        long persons = 0;
        long onePerson = 0;
        for (long[] sum : sums) {
            households += sum[0];
            persons += sum[1];
            onePerson += sum[2];
        }
        int nRule = joinParts(rule, ruleOf);
        this.households = households;
        this.persons = persons;
        this.onePerson = onePerson;
        free = rule;
        childRanks = null;
        childrenGone = 0;
        elderRanks = null;
        eldersGone = 0;
        eligible = nRule;
        zeroBeforeHelp = 0;
        helped = 0;
        zeroMembersHard = 0;
        long[] foundBits = new long[registered.length];
        long[] helpBits = new long[registered.length];
        long toHelp = 0;
        for (int k = 0; k < nRule; k++) {
            int h = rule[k];
            // Drawn per household record, not in sequence: a household's draw does not depend on which others meet
            // the rule, so runs that differ a little (a calibration's neighbouring parameters under common random
            // numbers) find and help mostly the same households.
            if (uniform(key, h, 1) < found) {
                foundBits[h >>> 6] |= 1L << h;
                zeroBeforeHelp++;
                if (uniform(key, h, 2) < help) {
                    helpBits[h >>> 6] |= 1L << h;
                    toHelp++;
                }
            }
        }
        if (zeroBeforeHelp == 0) {
            return; // nobody to place, no certified member to count
        }
        // One registered member of each household helped is placed; members of those left are hard to employ.
        YearEvents events = year.isBaseYear() ? null : year.events();
        for (int r = 0; r < scan.nRegistered; r++) {
            int h = scan.registeredRecord[r];
            if (h < 0 || ((foundBits[h >>> 6] | helpBits[h >>> 6]) & 1L << h) == 0) {
                continue; // left collective by the linking, or not in a household found
            }
            int slot = (int) (scan.registered[r] >>> 32);
            int i = (int) scan.registered[r];
            AgentColumns c = pop.group(slot).urban();
            long bit = 1L << h;
            if ((helpBits[h >>> 6] & bit) != 0) {
                if (events != null) {
                    events.reemployed++;
                    events.hardToEmployPlaced++; // a member of a zero-employment household is hard to employ
                }
                c.setState(i, Status.EMPLOYED, Sector.TERTIARY.code(), c.flags(i)
                        & ~(AgentColumns.F_SEEKING_NONFARM | AgentColumns.F_REGISTERED));
                year.market().addNewUrbanJobs(1);
                helpBits[h >>> 6] &= ~bit; // one member per household: the household has one employed now
                foundBits[h >>> 6] &= ~bit;
                helped++;
            } else if ((foundBits[h >>> 6] & bit) != 0 && !HardToEmploy.is(Status.UNEMPLOYED, c.flags(i), c.years(i),
                    c.traits(i), year.olderWorker(slot))) {
                zeroMembersHard++;
            }
        }
        assert helped == toHelp : "every household helped has a registered member";
    }
}
