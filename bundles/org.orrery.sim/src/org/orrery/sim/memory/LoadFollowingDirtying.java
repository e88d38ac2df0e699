package org.orrery.sim.memory;

import java.util.Objects;

import org.orrery.sim.workload.CpuLoad;

/**
 * A guest whose dirty rate follows its CPU load: {@code peakDirtyRate x load(t)}, integrated
 * exactly over each interval. Assumption: memory writes scale linearly with CPU activity.
 *
 * @param bytes         memory size, bytes
 * @param zeroBytes     memory never written, bytes
 * @param peakDirtyRate distinct bytes dirtied per second at full load
 * @param load          the guest's CPU load
 */
public record LoadFollowingDirtying(long bytes, long zeroBytes, double peakDirtyRate, CpuLoad load)
        implements GuestMemory {

    public LoadFollowingDirtying {
        GuestMemory.checkSizes(bytes, zeroBytes);
        GuestMemory.checkRate("peak dirty rate", peakDirtyRate);
        Objects.requireNonNull(load, "load");
    }

    @Override
    public long dirtiedBytes(long from, long to, double speed) {
        double written = peakDirtyRate * speed * load.integral(from, to);
        return written >= writableBytes() ? writableBytes() : Math.round(written);
    }

    @Override
    public double dirtyRate(long time) {
        return peakDirtyRate * load.at(time);
    }
}
