package org.orrery.sim;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;

/**
 * A named, seeded source of random numbers. Its seed is a function of the simulation's master
 * seed and the stream's name only, so adding a stream, or asking for streams in another order,
 * never changes the numbers another stream draws.
 * <p>
 * The generator is SplitMix64 (Steele, Lea and Flood, 2014), written out here rather than taken
 * from the JDK so that a trace recorded today replays bit for bit on a later JDK. The derived
 * methods ({@link #nextDouble()}, {@link #nextLong(long)}, {@link #nextExponential()}, ...) are
 * {@link RandomGenerator}'s, which the JDK specifies in terms of {@link #nextLong()}.
 */
public final class RandomStream implements RandomGenerator {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private final String name;
    private long state;

    /** A stream whose generator starts from {@code seed}; see {@link #seedFor(long, String)}. */
    RandomStream(String name, long seed) {
        this.name = name;
        this.state = seed;
    }

    /** The stream's name, as given to {@link Simulation#random(String)}. */
    public String name() {
        return name;
    }

    @Override
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /**
     * The seed of stream {@code name} under {@code masterSeed}: a 64-bit FNV-1a hash of the name's
     * UTF-8 bytes combined with the scrambled master seed, then scrambled again so that similar
     * names or seeds give unrelated streams.
     */
    static long seedFor(long masterSeed, String name) {
        long hash = FNV_OFFSET;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xFF)) * FNV_PRIME;
        }
        return mix64(mix64(masterSeed) + hash);
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "RandomStream[" + name + "]";
    }
}
