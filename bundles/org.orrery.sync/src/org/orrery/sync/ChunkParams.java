package org.orrery.sync;

/**
 * Sizes of content-defined chunks: no chunk is shorter than {@code min} (except a file's last) or
 * longer than {@code max}; cut points are chosen so that chunks average about {@code avg} bytes.
 * Both sides of a sync must use the same parameters (they decide the chunk boundaries, hence which
 * chunks match), so they travel with every manifest and a peer with other ones is refused.
 * <p>
 * Defaults 2 / 8 / 64 KiB: small enough that a change of a few bytes resends about 8 KiB, large
 * enough that a chunk's 36 bytes of hash and length are under 0.5% of its data.
 */
public record ChunkParams(int min, int avg, int max) {

    /** 2 KiB minimum, 8 KiB average, 64 KiB maximum. */
    public static final ChunkParams DEFAULT = new ChunkParams(2 << 10, 8 << 10, 64 << 10);

    /** Rejects sizes the chunker cannot honour, naming the rule broken. */
    public ChunkParams {
        if (Integer.bitCount(avg) != 1 || avg < 256) {
            throw new IllegalArgumentException("average chunk size must be a power of two >= 256: " + avg);
        }
        if (min < 64 || min >= avg) {
            throw new IllegalArgumentException("minimum chunk size must be in [64, avg): " + min);
        }
        if (max <= avg || max > (16 << 20)) {
            throw new IllegalArgumentException("maximum chunk size must be in (avg, 16 MiB]: " + max);
        }
    }
}
