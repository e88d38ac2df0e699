package org.orrery.telemetry;

/**
 * Values of the {@link Attribute#STATE} attribute of {@link EventKind#LIFECYCLE} events, shared by
 * the simulator and the libvirt driver so a view colours a simulated and a real VM alike.
 */
public final class LifecycleState {

    /** Persistently defined, not running. */
    public static final String DEFINED = "defined";
    /** Definition removed. */
    public static final String UNDEFINED = "undefined";
    /** Running (also after a migration, at the destination). */
    public static final String RUNNING = "running";
    /** Running, but every vCPU waits (e.g. on I/O); a libvirt state. */
    public static final String BLOCKED = "blocked";
    /** Paused: by an operator, or by a migration's switchover. */
    public static final String PAUSED = "paused";
    /** Shutting down on request. */
    public static final String SHUTTING_DOWN = "shutting-down";
    /** Stopped. */
    public static final String SHUT_OFF = "shut-off";
    /** Stopped by a failure (of the guest, or of its host). */
    public static final String CRASHED = "crashed";
    /** Suspended by guest power management. */
    public static final String PM_SUSPENDED = "pm-suspended";
    /** The engine could not tell. */
    public static final String UNKNOWN = "unknown";

    private LifecycleState() {
    }
}
