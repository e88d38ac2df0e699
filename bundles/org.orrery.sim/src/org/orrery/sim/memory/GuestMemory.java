package org.orrery.sim.memory;

import java.util.Optional;

/**
 * A guest's memory as a migration sees it: how much there is, how much was never written (zero
 * pages, which travel as small markers), and how fast the running guest dirties it.
 * <p>
 * Dirtying is counted in distinct bytes: {@link #dirtiedBytes(long, long, double)} is the amount
 * of memory written at least once in an interval, which is what a pre-copy round must re-send. It
 * never exceeds {@link #writableBytes()}: the guest writes only memory it uses (an assumption
 * shared by every profile here).
 */
public interface GuestMemory {

    /** Configured memory size, bytes. */
    long bytes();

    /** Memory never written since boot, bytes: sent as zero-page markers in the first round. */
    long zeroBytes();

    /** Memory the guest uses and may dirty: {@link #bytes()} minus {@link #zeroBytes()}. */
    default long writableBytes() {
        return bytes() - zeroBytes();
    }

    /**
     * Distinct bytes the guest writes in [{@code from}, {@code to}] (nanoseconds), at most
     * {@link #writableBytes()}.
     *
     * @param speed how fast the guest runs, in (0, 1]: 1 normally, less when a migration throttles
     *              its vCPUs (QEMU's auto-converge), which slows its writes in proportion
     */
    long dirtiedBytes(long from, long to, double speed);

    /** The guest's dirty rate at {@code time} at full speed, bytes per second, as telemetry reports it. */
    double dirtyRate(long time);

    /** The content of each page, when the model needs it (deduplication); empty otherwise. */
    default Optional<PageContents> contents() {
        return Optional.empty();
    }

    /** Rejects a negative size or zero memory outside [0, bytes]; size 0 is an empty state (an actor's). */
    static void checkSizes(long bytes, long zeroBytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("memory must not be negative: " + bytes);
        }
        if (zeroBytes < 0 || zeroBytes > bytes) {
            throw new IllegalArgumentException("zero memory must be within [0, " + bytes + "]: " + zeroBytes);
        }
    }

    /** Rejects a negative, infinite or NaN rate. */
    static void checkRate(String what, double rate) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(what + " must be finite and not negative: " + rate);
        }
    }

    /** Bytes written at {@code rate} bytes per second for the interval at {@code speed}, at most {@code cap}. */
    static long written(double rate, long from, long to, double speed, long cap) {
        double bytes = rate * speed * ((to - from) / 1e9);
        return bytes >= cap ? cap : Math.round(bytes);
    }
}
