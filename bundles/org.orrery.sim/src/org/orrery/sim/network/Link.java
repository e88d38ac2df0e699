package org.orrery.sim.network;

import java.util.Objects;

/**
 * A network link between two hosts.
 *
 * @param id             stable id of the link (telemetry subject, e.g. {@code link/gbe})
 * @param bytesPerSecond bandwidth available to one transfer, bytes per second
 * @param latency        one-way latency, nanoseconds
 */
public record Link(String id, double bytesPerSecond, long latency) {

    private static final double NANOS_PER_SECOND = 1e9;

    public Link {
        Objects.requireNonNull(id, "id");
        if (!(bytesPerSecond > 0) || Double.isInfinite(bytesPerSecond)) {
            throw new IllegalArgumentException("bandwidth must be positive and finite: " + bytesPerSecond);
        }
        if (latency < 0) {
            throw new IllegalArgumentException("latency must not be negative: " + latency);
        }
    }

    /** A link of {@code gigabitsPerSecond} (10^9 bits per second), e.g. 1 for gigabit Ethernet. */
    public static Link ofGigabits(String id, double gigabitsPerSecond, long latency) {
        return new Link(id, gigabitsPerSecond * 1e9 / 8, latency);
    }

    /**
     * Time the sender needs to put {@code bytes} on the link at full bandwidth, in nanoseconds,
     * rounded up so a transfer never finishes early. Latency is not included: it delays when the
     * last byte lands, which only matters where the receiver must have everything (a switchover).
     */
    public long transferTime(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative: " + bytes);
        }
        return (long) Math.ceil(bytes * NANOS_PER_SECOND / bytesPerSecond);
    }
}
