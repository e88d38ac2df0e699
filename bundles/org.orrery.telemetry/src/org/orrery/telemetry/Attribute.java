package org.orrery.telemetry;

/**
 * Names of the attributes engines put on {@link TelemetryEvent}s, so that a simulated and a real
 * run of the same thing use the same keys and one view reads both. Units are fixed here, not per
 * engine: times and durations in nanoseconds ({@link Long}), sizes in bytes ({@link Long}), rates
 * in bytes per second ({@link Double}).
 */
public final class Attribute {

    /** Life-cycle state after the event, a string (e.g. {@code running}, {@code paused}). */
    public static final String STATE = "state";
    /** What happened, as the engine names it (e.g. libvirt's {@code STARTED}), a string. */
    public static final String EVENT = "event";
    /** Engine-specific refinement of {@link #EVENT} (e.g. {@code BOOTED}, {@code MIGRATED}), a string. */
    public static final String DETAIL = "detail";
    /** The host an object is on or is reported by, a string id (or a libvirt URI for real hosts). */
    public static final String HOST = "host";
    /** A physical CPU index. */
    public static final String PCPU = "pcpu";
    /** The value of a {@link EventKind#METRIC} sample. */
    public static final String VALUE = "value";
    /** Why something happened or failed, a short string. */
    public static final String REASON = "reason";

    /** Migration: the host the VM leaves. */
    public static final String SOURCE = "source";
    /** Migration: the host the VM goes to. */
    public static final String DESTINATION = "destination";
    /** Migration: the algorithm's name (e.g. {@code pre-copy}). */
    public static final String ALGORITHM = "algorithm";
    /** Migration: the VM's memory size in bytes. */
    public static final String MEMORY = "memory";
    /** Migration round: its number, counting from 1. */
    public static final String ITERATION = "iteration";
    /** Migration round or switchover: bytes sent in it. */
    public static final String BYTES_SENT = "bytesSent";
    /** Migration: bytes still to send (dirty memory) after the round. */
    public static final String BYTES_REMAINING = "bytesRemaining";
    /** Migration: rate at which the guest dirties memory, bytes per second. */
    public static final String DIRTY_RATE = "dirtyRate";
    /** Migration: bandwidth available to the transfer, bytes per second. */
    public static final String BANDWIDTH = "bandwidth";
    /** Migration round: downtime a switchover now would cause, nanoseconds. */
    public static final String EXPECTED_DOWNTIME = "expectedDowntime";
    /** Migration end: all bytes sent over all rounds and the switchover. */
    public static final String TOTAL_BYTES = "totalBytes";
    /** Migration end: time from start to the VM running at the destination, nanoseconds. */
    public static final String TOTAL_TIME = "totalTime";
    /** Migration end: time the VM was paused, nanoseconds. */
    public static final String DOWNTIME = "downtime";
    /** Migration end: number of live (pre-copy) rounds before the switchover. */
    public static final String ROUNDS = "rounds";

    private Attribute() {
    }
}
