package org.orrery.sim.migration;

import java.util.Objects;
import java.util.function.Consumer;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * Parameters of pre-copy with QEMU/KVM semantics (qemu-precopy.md); {@link #defaults()} are
 * QEMU 7.2 under libvirt as observed there.
 *
 * @param maxDowntime          longest pause QEMU aims at, nanoseconds
 * @param bandwidthLimit       rate limit of the live rounds, bytes per second ({@code +Infinity}: none)
 * @param syncInterval         interval of dirty-bitmap syncs near convergence, nanoseconds
 * @param autoConverge         whether auto-converge throttles a guest that dirties too fast
 * @param throttleInitial      first throttle, a fraction of the guest's CPU time
 * @param throttleIncrement    throttle added at each further step
 * @param throttleMax          highest throttle
 * @param throttleTrigger      auto-converge acts when the guest dirties more than this share of
 *                             what was sent, in two periods of at least a second
 * @param managementTimeout    time after which the management layer pauses a guest that has not
 *                             switched over, nanoseconds ({@link #NO_TIMEOUT}: never)
 * @param maxRounds            rounds after which the guest is paused whatever is pending
 *                             ({@link #NO_ROUND_CAP}: never, as in QEMU)
 * @param nonConvergenceRounds rounds in a row that do not shrink before non-convergence is reported
 * @param setupTime            time before the first round, nanoseconds
 * @param deviceStateBytes     device state sent during the downtime, bytes
 * @param wire                 page encoding
 */
@Describes
public record QemuParameters(
        @Parameter(value = "longest pause aimed at: QEMU switches over once what is pending fits in it"
                + " at the measured rate", unit = "ns", source = "qemu-precopy.md: 300 ms by default") long maxDowntime,
        @Parameter(value = "rate limit of the live rounds, lifted for the final copy; Infinity for none", unit = "B/s",
                source = "qemu-precopy.md; none is libvirt's default") double bandwidthLimit,
        @Parameter(value = "interval of dirty-bitmap syncs once what the round has left fits in the downtime",
                unit = "ns", source = "qemu-precopy.md: about every 100 ms near convergence") long syncInterval,
        @Parameter(value = "throttle the guest's vCPUs while it dirties faster than it is copied",
                source = "qemu-precopy.md: off by default") boolean autoConverge,
        @Parameter(value = "first throttle of auto-converge", unit = "fraction",
                source = "QEMU's cpu-throttle-initial default (not in the digest)", assumption = true)
        double throttleInitial,
        @Parameter(value = "throttle added at each further step", unit = "fraction",
                source = "QEMU's cpu-throttle-increment default (not in the digest)", assumption = true)
        double throttleIncrement,
        @Parameter(value = "highest throttle", unit = "fraction",
                source = "QEMU's max-cpu-throttle default (not in the digest)", assumption = true) double throttleMax,
        @Parameter(value = "auto-converge acts when the guest dirties more than this share of what was sent,"
                + " twice, over periods of at least a second", unit = "fraction",
                source = "QEMU's throttle-trigger-threshold default (not in the digest)", assumption = true)
        double throttleTrigger,
        @Parameter(value = "time after which the management layer pauses a guest still not switched over;"
                + " the rest then goes at the limited rate", unit = "ns",
                source = "qemu-precopy.md: QEMU never gives up by itself; none by default") long managementTimeout,
        @Parameter(value = "rounds after which the guest is paused whatever is pending (not QEMU's: a management"
                + " layer's or a teaching model's cap)", unit = "rounds",
                source = "qemu-precopy.md: QEMU has no round cap; none by default") int maxRounds,
        @Parameter(value = "rounds in a row that do not shrink before non-convergence is reported",
                unit = "rounds", assumption = true) int nonConvergenceRounds,
        @Parameter(value = "time before the first round", unit = "ns",
                source = "qemu-precopy.md: libvirt adds 1-2 s; 0 models QEMU's own elapsed time", assumption = true)
        long setupTime,
        @Parameter(value = "device state sent during the downtime", unit = "B", assumption = true)
        long deviceStateBytes,
        WireFormat wire) {

    /** {@link #managementTimeout()} value meaning "never". */
    public static final long NO_TIMEOUT = Long.MAX_VALUE;
    /** {@link #maxRounds()} value meaning "no cap". */
    public static final int NO_ROUND_CAP = Integer.MAX_VALUE;

    private static final long MS = 1_000_000L;

    public QemuParameters {
        Objects.requireNonNull(wire, "wire");
        if (maxDowntime < 0 || syncInterval <= 0 || managementTimeout <= 0 || setupTime < 0 || deviceStateBytes < 0) {
            throw new IllegalArgumentException("max downtime, setup time and device state must not be negative;"
                    + " sync interval and management timeout must be positive");
        }
        if (!(bandwidthLimit > 0)) {
            throw new IllegalArgumentException("bandwidth limit must be positive (Infinity for none): " + bandwidthLimit);
        }
        if (!(throttleInitial > 0 && throttleIncrement > 0 && throttleMax < 1 && throttleInitial <= throttleMax
                && throttleTrigger > 0)) {
            throw new IllegalArgumentException("throttles must satisfy 0 < initial <= max < 1, increment > 0,"
                    + " trigger > 0");
        }
        if (nonConvergenceRounds < 1 || maxRounds < 1) {
            throw new IllegalArgumentException("non-convergence rounds and the round cap must be at least 1");
        }
    }

    /**
     * QEMU 7.2 under libvirt, as qemu-precopy.md observed it: 300 ms maximum downtime, no
     * bandwidth limit (libvirt's default), bitmap syncs every 100 ms near convergence, no
     * auto-converge (QEMU's own throttle defaults 20% + 10% up to 99%, trigger 50%, ready if it is
     * turned on), no management timeout, no round cap, zero pages at about 10 bytes.
     */
    public static QemuParameters defaults() {
        return new QemuParameters(PreCopyMigration.DEFAULT_MAX_DOWNTIME, Double.POSITIVE_INFINITY, 100 * MS, false, 0.20, 0.10, 0.99, 0.5,
                NO_TIMEOUT, NO_ROUND_CAP, 2, 0, 0, WireFormat.QEMU);
    }

    /**
     * KVM 0.15, the hypervisor of Shrinker's experiments (riteau.md): its page encoding (8-byte
     * addresses, ~1-byte zero pages). Assumptions, from QEMU of that time rather than the digest:
     * 30 ms maximum downtime and a 32 MiB/s speed limit.
     */
    public static QemuParameters kvm015() {
        return defaults().withMaxDowntime(30 * MS).withBandwidthLimit(32 * (1 << 20)).withWire(WireFormat.KVM_0_15);
    }

    /** These parameters with another maximum downtime (nanoseconds). */
    public QemuParameters withMaxDowntime(long nanos) {
        return edit(p -> p.maxDowntime = nanos);
    }

    /** These parameters with another live-round rate limit (bytes per second, Infinity for none). */
    public QemuParameters withBandwidthLimit(double bytesPerSecond) {
        return edit(p -> p.bandwidthLimit = bytesPerSecond);
    }

    /** These parameters with auto-converge on or off. */
    public QemuParameters withAutoConverge(boolean on) {
        return edit(p -> p.autoConverge = on);
    }

    /** These parameters with a management timeout (nanoseconds, {@link #NO_TIMEOUT} for none). */
    public QemuParameters withManagementTimeout(long nanos) {
        return edit(p -> p.managementTimeout = nanos);
    }

    /** These parameters with a round cap ({@link #NO_ROUND_CAP} for none). */
    public QemuParameters withMaxRounds(int rounds) {
        return edit(p -> p.maxRounds = rounds);
    }

    /** These parameters with another page encoding. */
    public QemuParameters withWire(WireFormat format) {
        return edit(p -> p.wire = format);
    }

    private QemuParameters edit(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.build();
    }

    /** A mutable copy, so that each "with" method names only what it changes. */
    private static final class Draft {
        long maxDowntime;
        double bandwidthLimit;
        long syncInterval;
        boolean autoConverge;
        double throttleInitial;
        double throttleIncrement;
        double throttleMax;
        double throttleTrigger;
        long managementTimeout;
        int maxRounds;
        int nonConvergenceRounds;
        long setupTime;
        long deviceStateBytes;
        WireFormat wire;

        Draft(QemuParameters p) {
            maxDowntime = p.maxDowntime;
            bandwidthLimit = p.bandwidthLimit;
            syncInterval = p.syncInterval;
            autoConverge = p.autoConverge;
            throttleInitial = p.throttleInitial;
            throttleIncrement = p.throttleIncrement;
            throttleMax = p.throttleMax;
            throttleTrigger = p.throttleTrigger;
            managementTimeout = p.managementTimeout;
            maxRounds = p.maxRounds;
            nonConvergenceRounds = p.nonConvergenceRounds;
            setupTime = p.setupTime;
            deviceStateBytes = p.deviceStateBytes;
            wire = p.wire;
        }

        QemuParameters build() {
            return new QemuParameters(maxDowntime, bandwidthLimit, syncInterval, autoConverge, throttleInitial,
                    throttleIncrement, throttleMax, throttleTrigger, managementTimeout, maxRounds, nonConvergenceRounds,
                    setupTime, deviceStateBytes, wire);
        }
    }
}
