package org.labourcast.labour;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentPopulation;
import org.labourcast.agents.Allocation;
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
 * <p>Memory: one int per linked agent (in its column, counted by {@link AgentColumns#bytes}) and one byte per
 * record ({@link #bytes}); the pass's tallies are scratch. Not thread-safe: one replicate's thread runs the pass.
 */
final class Households {
    /** First and last age linked to a household record (the statutory working ages of the definition). */
    static final int FIRST_AGE = 16;
    static final int LAST_AGE = 59;
    /** The household link of a working-age agent living in a collective household (集体户). */
    static final int COLLECTIVE = -2;
    /** Children and elders per record are kept in four bits each. */
    private static final int MAX_DEPENDANTS = 15;
    /** A tally of linked members is capped here (a byte); no household comes near it. */
    private static final int MAX_MEMBERS = 127;
    private static final int EMPLOYED = 1;
    private static final int REGISTERED = 2;
    private static final int HELP = 4;
    private static final int FOUND = 8;

    /** Children (0–15) in the high four bits, elders (60+) in the low four. */
    private byte[] dependants;
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

    private Households(int capacity, double formationRate, double collectiveRate) {
        this.dependants = new byte[Math.max(16, capacity)];
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

    /** Bytes of the records (capacity). */
    long bytes() {
        return dependants.length;
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
        }
        dependants[size] = 0;
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
        byte[] records = new byte[(int) (count + count / 4 + 16)];
        int[] workingPlaces = new int[(int) count];
        long remW = working - collective;
        long remC = children;
        long remE = elders;
        int id = 0;
        int[] sizes = new int[(int) count];
        for (int s = 0; s < bySize.length; s++) {
            for (long j = 0; j < bySize[s]; j++) {
                sizes[id++] = s + 1;
            }
        }
        // First members: adults.
        int[] kids = new int[(int) count];
        int[] olds = new int[(int) count];
        for (int k = 0; k < count; k++) {
            if (remW + remE > 0 && rng.nextLong(remW + remE) < remE) {
                olds[k]++;
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
                if (r < remW) {
                    workingPlaces[k]++;
                    remW--;
                } else if (r < remW + remC && kids[k] < MAX_DEPENDANTS) {
                    kids[k]++;
                    remC--;
                } else if (r >= remW + remC && olds[k] < MAX_DEPENDANTS) {
                    olds[k]++;
                    remE--;
                }
            }
            records[k] = (byte) (kids[k] << 4 | olds[k]);
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
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
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
        Households formed = new Households(records.length, totalPlaces > 0 ? (double) withWorking / totalPlaces : 1,
                working > 0 ? (double) collective / working : 0);
        formed.dependants = records;
        formed.size = (int) count;
        formed.tally(year, rng.nextLong(), formed.members(pop), h.foundShare(), 0);
        return formed;
    }

    // ---- each year ----

    /** The year's pass (see the class comment): ageing, new links, dependants, zero-employment households, help. */
    void update(YearContext year, double found, double help) {
        AgentPopulation pop = year.population();
        UniformRandomProvider rng = year.householdRandom();
        long key = rng.nextLong(); // the first draw of the year's stream: the same whatever the pass does after it
        // Cohorts reaching 60 become elders of their households; cohorts reaching 16 are linked.
        for (int slot = 0; slot < pop.slots(); slot++) {
            AgentColumns c = pop.group(slot).urban();
            boolean linked = linkedAge(pop.ageOf(slot));
            if (linked && !c.linksHouseholds()) {
                c.linkHouseholds();
            } else if (!linked && c.linksHouseholds()) {
                for (int i = 0, n = c.size(); i < n; i++) {
                    int h = c.household(i);
                    if (h >= 0 && elders(h) < MAX_DEPENDANTS) {
                        setDependants(h, children(h), elders(h) + 1);
                    }
                }
                c.unlinkHouseholds();
            }
        }
        byte[] members = link(pop, members(pop), rng);
        reconcile(pop, members, rng);
        tally(year, key, members, found, help);
    }

    /** Linked members per record, counted from the agents. */
    private byte[] members(AgentPopulation pop) {
        byte[] members = new byte[size];
        for (int slot = 0; slot < pop.slots(); slot++) {
            AgentColumns c = pop.group(slot).urban();
            if (!c.linksHouseholds()) {
                continue;
            }
            for (int i = 0, n = c.size(); i < n; i++) {
                int h = c.household(i);
                if (h >= 0 && members[h] < MAX_MEMBERS) {
                    members[h]++;
                }
            }
        }
        return members;
    }

    /**
     * Links the unlinked working-age agents (see the class comment); returns the members per record, grown with the
     * new records.
     */
    private byte[] link(AgentPopulation pop, byte[] membersIn, UniformRandomProvider rng) {
        byte[][] members = {membersIn};
        int[] free = freeRecords(membersIn);
        int[] nextFree = {0};
        childRecords = null; // built when the first 16-year-old needs a child's place
        for (int slot = 0; slot < pop.slots(); slot++) {
            AgentColumns c = pop.group(slot).urban();
            if (!c.linksHouseholds()) {
                continue;
            }
            boolean sixteen = pop.ageOf(slot) == FIRST_AGE;
            for (int i = 0, n = c.size(); i < n; i++) {
                if (c.household(i) != AgentColumns.NO_HOUSEHOLD) {
                    continue;
                }
                int h;
                if (rng.nextDouble() < collectiveRate) {
                    h = COLLECTIVE;
                } else {
                    h = sixteen ? takeChild(rng) : -1;
                    if (h < 0 && rng.nextDouble() >= formationRate) {
                        h = anyWithMembers(members[0], rng);
                    }
                    if (h < 0) {
                        h = nextFree[0] < free.length ? free[nextFree[0]++] : newRecord();
                        if (h >= members[0].length) {
                            members[0] = Arrays.copyOf(members[0], Math.max(size, members[0].length * 5 / 4 + 1));
                        }
                        setDependants(h, 0, 0);
                    }
                    if (members[0][h] < MAX_MEMBERS) {
                        members[0][h]++;
                    }
                }
                c.setHousehold(i, h);
            }
        }
        return members[0];
    }

    /** Records with no member and no dependant, ascending: free for new households. */
    private int[] freeRecords(byte[] members) {
        int n = 0;
        for (int h = 0; h < size; h++) {
            n += members[h] == 0 && dependants[h] == 0 ? 1 : 0;
        }
        int[] free = new int[n];
        n = 0;
        for (int h = 0; h < size; h++) {
            if (members[h] == 0 && dependants[h] == 0) {
                free[n++] = h;
            }
        }
        return free;
    }

    /** The record of each child not yet taken this year (the first {@link #childrenLeft}), for {@link #takeChild}. */
    private int[] childRecords;
    private int childrenLeft;

    /**
     * A record drawn in proportion to its children, one child taken; -1 when no record has a child. Each child left is
     * equally likely: one draw from the list of the children's records (built once a year), not a rejection search.
     */
    private int takeChild(UniformRandomProvider rng) {
        if (childRecords == null) {
            int n = 0;
            for (int h = 0; h < size; h++) {
                n += children(h);
            }
            childRecords = new int[n];
            n = 0;
            for (int h = 0; h < size; h++) {
                for (int k = children(h); k > 0; k--) {
                    childRecords[n++] = h;
                }
            }
            childrenLeft = n;
        }
        if (childrenLeft == 0) {
            return -1;
        }
        int j = rng.nextInt(childrenLeft);
        int h = childRecords[j];
        childRecords[j] = childRecords[--childrenLeft];
        setDependants(h, children(h) - 1, elders(h));
        return h;
    }

    /** A record drawn uniformly among those with working-age members; -1 when none is found. */
    private int anyWithMembers(byte[] members, UniformRandomProvider rng) {
        for (int tries = 0; tries < 64 && size > 0; tries++) {
            int h = rng.nextInt(size);
            if (h < members.length && members[h] > 0) {
                return h;
            }
        }
        return -1;
    }

    /** Brings the children and elders counts to the urban residents aged 0–15 and 60+. */
    private void reconcile(AgentPopulation pop, byte[] members, UniformRandomProvider rng) {
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
        long heldChildren = 0;
        long heldElders = 0;
        for (int h = 0; h < size; h++) {
            heldChildren += children(h);
            heldElders += elders(h);
        }
        adjust(members, children - heldChildren, heldChildren, true, rng);
        adjust(members, elders - heldElders, heldElders, false, rng);
    }

    /** Adds (d > 0) or removes (d < 0) children or elders; {@code held} is the count the records hold now. */
    private void adjust(byte[] members, long d, long held, boolean kids, UniformRandomProvider rng) {
        if (d > 0) {
            for (long j = 0; j < d; j++) {
                int h = -1;
                for (int tries = 0; tries < 64 && h < 0; tries++) {
                    int x = rng.nextInt(size);
                    int now = kids ? children(x) : elders(x);
                    if (members[x] > 0 && now < MAX_DEPENDANTS) {
                        h = x;
                    }
                }
                if (h < 0) {
                    return; // no room found: the counts fall short, as they would with fifteen a household
                }
                setDependants(h, children(h) + (kids ? 1 : 0), elders(h) + (kids ? 0 : 1));
            }
        } else if (d < 0) {
            // Exactly −d of the held persons removed, each subset equally likely: their ranks among the held, in
            // record order, drawn at once (one draw per person removed, not one per person held).
            int need = (int) Math.min(-d, held);
            int[] ranks = new Selection().chooseAscending(need, (int) held, rng, null);
            int next = 0;
            long first = 0; // rank of the record's first dependant
            for (int h = 0; h < size && next < need; h++) {
                int now = kids ? children(h) : elders(h);
                int gone = 0;
                while (next < need && ranks[next] < first + now) {
                    gone++;
                    next++;
                }
                if (gone > 0) {
                    setDependants(h, kids ? now - gone : children(h), kids ? elders(h) : now - gone);
                }
                first += now;
            }
        }
    }

    /**
     * Counts households and the households meeting the zero-employment rule; each of those is found (certified) with
     * probability {@code found}, and each found is helped with probability {@code help} (see the class comment).
     */
    private void tally(YearContext year, long key, byte[] membersIn, double found, double help) {
        AgentPopulation pop = year.population();
        byte[] members = membersIn.length >= size ? membersIn : Arrays.copyOf(membersIn, size);
        byte[] state = new byte[size];
        // The registered unemployed members, (slot, index) in scan order: the only agents the placing below visits.
        long[] registered = new long[64];
        int nRegistered = 0;
        for (int slot = 0; slot < pop.slots(); slot++) {
            AgentColumns c = pop.group(slot).urban();
            if (!c.linksHouseholds()) {
                continue;
            }
            for (int i = 0, n = c.size(); i < n; i++) {
                int h = c.household(i);
                if (h < 0) {
                    continue;
                }
                int status = c.status(i);
                if (status == Status.EMPLOYED) {
                    state[h] |= EMPLOYED;
                } else if (status == Status.UNEMPLOYED && c.has(i, AgentColumns.F_REGISTERED)) {
                    state[h] |= REGISTERED;
                    if (nRegistered == registered.length) {
                        registered = Arrays.copyOf(registered, nRegistered * 2);
                    }
                    registered[nRegistered++] = (long) slot << 32 | i;
                }
            }
        }
        households = 0;
        persons = 0;
        onePerson = 0;
        eligible = 0;
        zeroBeforeHelp = 0;
        helped = 0;
        zeroMembersHard = 0;
        long toHelp = 0;
        for (int h = 0; h < size; h++) {
            int n = members[h] + children(h) + elders(h);
            if (n == 0) {
                continue;
            }
            households++;
            persons += n;
            onePerson += n == 1 ? 1 : 0;
            if (state[h] == REGISTERED) { // a registered unemployed member, nobody of working age employed
                eligible++;
                // Drawn per household record, not in sequence: a household's draw does not depend on which others
                // meet the rule, so runs that differ a little (a calibration's neighbouring parameters under common
                // random numbers) find and help mostly the same households.
                if (uniform(key, h, 1) < found) {
                    state[h] |= FOUND;
                    zeroBeforeHelp++;
                    if (uniform(key, h, 2) < help) {
                        state[h] |= HELP;
                        toHelp++;
                    }
                }
            }
        }
        if (zeroBeforeHelp == 0) {
            return; // nobody to place, no certified member to count
        }
        // One registered member of each household helped is placed; members of those left are hard to employ.
        YearEvents events = year.isBaseYear() ? null : year.events();
        for (int r = 0; r < nRegistered; r++) {
            int slot = (int) (registered[r] >>> 32);
            int i = (int) registered[r];
            AgentColumns c = pop.group(slot).urban();
            boolean older = year.olderWorker(slot);
            int h = c.household(i);
            if ((state[h] & HELP) != 0) {
                if (events != null) {
                    events.reemployed++;
                    events.hardToEmployPlaced++; // a member of a zero-employment household is hard to employ
                }
                c.setState(i, Status.EMPLOYED, Sector.TERTIARY.code(), c.flags(i)
                        & ~(AgentColumns.F_SEEKING_NONFARM | AgentColumns.F_REGISTERED));
                year.market().addNewUrbanJobs(1);
                state[h] = EMPLOYED; // one member per household
                helped++;
            } else if (state[h] == (REGISTERED | FOUND) && !HardToEmploy.is(Status.UNEMPLOYED, c.flags(i), c.years(i),
                    c.traits(i), older)) {
                zeroMembersHard++;
            }
        }
        assert helped == toHelp : "every household helped has a registered member";
    }
}
