package org.labourcast.uncertainty;

import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.simple.RandomSource;

/**
 * One independent random stream per Monte Carlo replicate, derived from a 64-bit master seed.
 *
 * <p>The generator is pinned by name, {@link #ALGORITHM} (XoRoShiRo128++, Blackman &amp; Vigna 2019), never a
 * library default. Replicate i is seeded with outputs 2i and 2i+1 of SplitMix64 started at the master seed, so
 * streams are created in a fixed order, depend only on (seed, i) — never on thread scheduling — and all 64 bits of
 * the seed matter (unlike MASON's SimState, which keeps 32). Thread-safe: each call builds a new generator.
 */
public final class RandomStreams {
    /** The pinned generator. */
    public static final RandomSource ALGORITHM = RandomSource.XO_RO_SHI_RO_128_PP;

    private final long masterSeed;

    public RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
    }

    public long masterSeed() {
        return masterSeed;
    }

    /** The stream of replicate {@code index} (0-based). */
    public RestorableUniformRandomProvider replicate(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("replicate index must be >= 0, got " + index);
        }
        return ALGORITHM.create(stateOf(index));
    }

    /**
     * The stream of one uncertainty source in replicate {@code index}, keyed by a name within the source (a field
     * path, or "" for a source's single stream). It depends only on (master seed, index, source, key): never on
     * which other sources are drawn or how many fields a scenario has, so two scenarios run with one seed draw the
     * same values for every source and field they share (common random numbers), and switching a source off leaves
     * the others' draws and the agents' stream ({@link #replicate}) unchanged.
     */
    public RestorableUniformRandomProvider source(int index, UncertaintySource source, String key) {
        if (index < 0) {
            throw new IllegalArgumentException("replicate index must be >= 0, got " + index);
        }
        long h = 0xcbf29ce484222325L; // FNV-1a 64 over the key's UTF-16 units, then the source's name
        for (char c : (source.name() + '/' + key).toCharArray()) {
            h = (h ^ c) * 0x100000001b3L;
        }
        SplitMix64 seeder = new SplitMix64(masterSeed ^ mix(h) ^ mix(0x5EED0000L + index));
        long s0 = seeder.nextLong();
        long s1 = seeder.nextLong();
        if (s0 == 0 && s1 == 0) {
            s1 = 1;
        }
        return ALGORITHM.create(new long[] {s0, s1});
    }

    /** Stafford's variant 13 finaliser (as in SplitMix64): spreads a 64-bit key over all bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The two 64-bit state words of replicate {@code index}. */
    long[] stateOf(int index) {
        SplitMix64 seeder = new SplitMix64(masterSeed);
        for (long skip = 0; skip < 2L * index; skip++) {
            seeder.nextLong();
        }
        long s0 = seeder.nextLong();
        long s1 = seeder.nextLong();
        if (s0 == 0 && s1 == 0) {
            s1 = 1; // the all-zero state is the one XoRoShiRo cannot leave
        }
        return new long[] {s0, s1};
    }
}
