package org.orrery.sim.migration;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What an algorithm reports about one live round (a MIGRATION_ROUND event).
 *
 * @param bytesSent        wire bytes sent in the round
 * @param bytesRemaining   wire bytes still to send after it
 * @param dirtyRate        rate at which the guest dirtied memory during it, bytes per second
 * @param bandwidth        transfer rate at its end, bytes per second
 * @param expectedDowntime downtime a switchover now would cause: remaining over bandwidth, nanoseconds
 * @param pages            the round's pages by kind, where the algorithm counts them
 * @param throttle         the guest's CPU throttle during it, where the algorithm throttles
 */
public record RoundReport(long bytesSent, long bytesRemaining, double dirtyRate, double bandwidth,
        long expectedDowntime, Optional<PageCounts> pages, OptionalDouble throttle) {

    /** A report without page counts or throttle. */
    public RoundReport(long bytesSent, long bytesRemaining, double dirtyRate, double bandwidth) {
        this(bytesSent, bytesRemaining, dirtyRate, bandwidth, downtimeAt(bytesRemaining, bandwidth), Optional.empty(),
                OptionalDouble.empty());
    }

    /** This report with page counts. */
    public RoundReport withPages(PageCounts counts) {
        return new RoundReport(bytesSent, bytesRemaining, dirtyRate, bandwidth, expectedDowntime, Optional.of(counts),
                throttle);
    }

    /** This report with the guest's throttle. */
    public RoundReport withThrottle(double fraction) {
        return new RoundReport(bytesSent, bytesRemaining, dirtyRate, bandwidth, expectedDowntime, pages,
                OptionalDouble.of(fraction));
    }

    /** Time to send {@code bytes} at {@code bandwidth}, nanoseconds, as QEMU estimates the expected downtime. */
    public static long downtimeAt(double bytes, double bandwidth) {
        return bandwidth > 0 ? (long) Math.ceil(bytes / bandwidth * 1e9) : 0;
    }
}
