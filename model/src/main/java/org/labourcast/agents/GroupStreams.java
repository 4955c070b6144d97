package org.labourcast.agents;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * The random streams of one replicate's groups for one year. A replicate's key (two 64-bit words drawn from its
 * replicate stream, see {@link org.labourcast.uncertainty.RandomStreams}) and the (year, slot) pair are mixed by the
 * SplitMix64 finaliser (Steele, Lea &amp; Flood 2014) into the state of a fresh XoRoShiRo128++ generator — the same
 * pinned algorithm, used directly so creating thousands of streams costs nothing. A group's stream therefore depends
 * only on (seed, replicate, year, slot): never on which thread runs the group or in what order.
 */
public final class GroupStreams {
    private final long key0;
    private final long key1;

    public GroupStreams(long key0, long key1) {
        this.key0 = key0;
        this.key1 = key1;
    }

    /** The stream of group {@code slot} in {@code year}. */
    public UniformRandomProvider stream(int year, int slot) {
        long counter = ((long) year << 32) ^ (slot & 0xffffffffL);
        long s0 = mix64(key0 ^ mix64(counter));
        long s1 = mix64(key1 + mix64(counter ^ 0x5DEECE66DL));
        if (s0 == 0 && s1 == 0) {
            s1 = 1; // the one state XoRoShiRo cannot leave
        }
        return new XoRoShiRo128PlusPlus(s0, s1);
    }

    /** SplitMix64's output function (Stafford's variant 13). */
    static long mix64(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
