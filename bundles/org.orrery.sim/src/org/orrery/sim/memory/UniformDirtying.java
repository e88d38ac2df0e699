package org.orrery.sim.memory;

/**
 * A guest that dirties its used memory at a constant rate of distinct bytes, until all of it is
 * dirty: the textbook pre-copy model (each round re-sends what the previous one let the guest
 * dirty, rate x duration).
 *
 * @param bytes     memory size, bytes
 * @param zeroBytes memory never written, bytes
 * @param dirtyRate distinct bytes dirtied per second
 */
public record UniformDirtying(long bytes, long zeroBytes, double dirtyRate) implements GuestMemory {

    public UniformDirtying {
        GuestMemory.checkSizes(bytes, zeroBytes);
        GuestMemory.checkRate("dirty rate", dirtyRate);
    }

    @Override
    public long dirtiedBytes(long from, long to, double speed) {
        return GuestMemory.written(dirtyRate, from, to, speed, writableBytes());
    }

    @Override
    public double dirtyRate(long time) {
        return dirtyRate;
    }
}
