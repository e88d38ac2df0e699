package org.orrery.sync;

import java.util.SplittableRandom;

/**
 * Finds content-defined chunk boundaries with a Gear rolling hash and FastCDC's normalized
 * chunking (Xia et al., USENIX ATC 2016). The hash is {@code h = (h << 1) + GEAR[byte]}: after 64
 * bytes a byte has shifted out, so the top bits of {@code h} depend only on the last 64 bytes and a
 * boundary depends on local content alone; an insertion moves the boundaries next to it, and the
 * ones after it fall where they did before (the CDC property the sync relies on).
 * <p>
 * Normalization: below the average size a cut needs {@code log2(avg) + 2} zero top bits (rare),
 * above it {@code log2(avg) - 2} (frequent), which packs chunk sizes around the average. Hashing
 * starts at the minimum size (bytes before it cannot be a cut), which also makes scanning faster.
 * <p>
 * The loop is over a plain {@code byte[]} with a {@code long[]} table: no per-byte calls, so the
 * JIT keeps it at about a nanosecond per byte. Stateless apart from its parameters: one instance
 * is safe to share between threads.
 */
public final class Chunker {

    /**
     * Fixed for all time: both sides must draw the same table, or no chunk would ever match.
     * Seeded random 64-bit values, as FastCDC's Gear table is.
     */
    private static final long[] GEAR = gearTable(0x6f72726572795343L);

    private final int min;
    private final int avg;
    private final int max;
    private final long maskHard;
    private final long maskEasy;

    public Chunker(ChunkParams params) {
        this.min = params.min();
        this.avg = params.avg();
        this.max = params.max();
        int bits = Integer.numberOfTrailingZeros(avg);
        this.maskHard = topBits(bits + 2);
        this.maskEasy = topBits(bits - 2);
    }

    /**
     * Length of the chunk that starts at {@code from}. The caller passes either at least
     * {@code max} bytes ({@code end - from >= max}) or all that is left of the file: the cut never
     * depends on how the file was read into buffers.
     */
    public int cut(byte[] data, int from, int end) {
        int n = end - from;
        if (n <= min) {
            return n;
        }
        int stop = Math.min(n, max);
        int normal = Math.min(stop, avg);
        long[] gear = GEAR;
        long hard = maskHard;
        long easy = maskEasy;
        long h = 0;
        int i = from + min;
        int limit = from + normal;
        for (; i < limit; i++) {
            h = (h << 1) + gear[data[i] & 0xff];
            if ((h & hard) == 0) {
                return i - from + 1;
            }
        }
        limit = from + stop;
        for (; i < limit; i++) {
            h = (h << 1) + gear[data[i] & 0xff];
            if ((h & easy) == 0) {
                return i - from + 1;
            }
        }
        return stop;
    }

    public int max() {
        return max;
    }

    private static long topBits(int bits) {
        return -1L << (64 - bits);
    }

    private static long[] gearTable(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] table = new long[256];
        for (int i = 0; i < table.length; i++) {
            table[i] = random.nextLong();
        }
        return table;
    }
}
