package org.orrery.sim.memory;

/**
 * A guest with a writable working set: a hot region rewritten so often that any interval longer
 * than {@code hotBytes / hotWriteRate} finds all of it dirty, and a cold rest dirtied slowly.
 * This is what keeps Xen's rounds from shrinking below the hot set, so its last round, and the
 * downtime, is about the hot set over the bandwidth.
 *
 * @param bytes         memory size, bytes
 * @param zeroBytes     memory never written, bytes
 * @param hotBytes      size of the hot working set, bytes, at most the used memory
 * @param hotWriteRate  rate at which distinct hot bytes get dirtied, bytes per second
 * @param coldDirtyRate rate at which the rest gets dirtied, bytes per second
 */
public record HotColdDirtying(long bytes, long zeroBytes, long hotBytes, double hotWriteRate, double coldDirtyRate)
        implements GuestMemory {

    private static final long SECOND = 1_000_000_000L;

    public HotColdDirtying {
        GuestMemory.checkSizes(bytes, zeroBytes);
        if (hotBytes < 0 || hotBytes > bytes - zeroBytes) {
            throw new IllegalArgumentException("hot set must be within the used memory: " + hotBytes);
        }
        GuestMemory.checkRate("hot write rate", hotWriteRate);
        GuestMemory.checkRate("cold dirty rate", coldDirtyRate);
    }

    @Override
    public long dirtiedBytes(long from, long to, double speed) {
        return GuestMemory.written(hotWriteRate, from, to, speed, hotBytes)
                + GuestMemory.written(coldDirtyRate, from, to, speed, writableBytes() - hotBytes);
    }

    /** Distinct bytes dirtied over one second: the hot set (or what the hot writes reach) plus the cold rate. */
    @Override
    public double dirtyRate(long time) {
        return dirtiedBytes(0, SECOND, 1);
    }
}
