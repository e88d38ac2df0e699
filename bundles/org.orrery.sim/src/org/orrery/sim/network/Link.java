package org.orrery.sim.network;

import java.util.Objects;

/**
 * A network link: a capacity that concurrent flows share and a one-way latency. A link is a
 * resource, so identity matters: every {@link Route} that names the same {@code Link} object
 * shares its bandwidth (a host's NIC, a WAN router), while two links built with the same values
 * are two separate wires. A link holds no state of a run; the {@link FlowNetwork} of each
 * simulation keeps the flows that cross it, so one link may serve several simulations.
 */
public final class Link {

    private static final double NANOS_PER_SECOND = 1e9;

    private final String id;
    private final double bytesPerSecond;
    private final long latency;

    /**
     * @param id             stable id of the link (telemetry subject, e.g. {@code link/wan-router})
     * @param bytesPerSecond capacity shared by the flows crossing it, bytes per second
     * @param latency        one-way latency, nanoseconds
     */
    public Link(String id, double bytesPerSecond, long latency) {
        this.id = Objects.requireNonNull(id, "id");
        if (!(bytesPerSecond > 0) || Double.isInfinite(bytesPerSecond)) {
            throw new IllegalArgumentException("bandwidth of " + id + " must be positive and finite: " + bytesPerSecond);
        }
        if (latency < 0) {
            throw new IllegalArgumentException("latency of " + id + " must not be negative: " + latency);
        }
        this.bytesPerSecond = bytesPerSecond;
        this.latency = latency;
    }

    /** A link of {@code gigabitsPerSecond} (10^9 bits per second), e.g. 1 for gigabit Ethernet. */
    public static Link ofGigabits(String id, double gigabitsPerSecond, long latency) {
        return new Link(id, gigabitsPerSecond * 1e9 / 8, latency);
    }

    /** A link of {@code megabitsPerSecond} (10^6 bits per second), e.g. 100 for an emulated WAN. */
    public static Link ofMegabits(String id, double megabitsPerSecond, long latency) {
        return new Link(id, megabitsPerSecond * 1e6 / 8, latency);
    }

    /** Stable id of the link. */
    public String id() {
        return id;
    }

    /** Capacity shared by the flows crossing the link, bytes per second. */
    public double bytesPerSecond() {
        return bytesPerSecond;
    }

    /** One-way latency, nanoseconds. */
    public long latency() {
        return latency;
    }

    /**
     * Time one transfer alone needs to put {@code bytes} on the link, in nanoseconds, rounded up so
     * it never finishes early. Latency is not included.
     */
    public long transferTime(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative: " + bytes);
        }
        return (long) Math.ceil(bytes * NANOS_PER_SECOND / bytesPerSecond);
    }

    @Override
    public String toString() {
        return "Link[" + id + ", " + bytesPerSecond + " B/s, " + latency + " ns]";
    }
}
