package org.orrery.libvirt;

import org.orrery.telemetry.LifecycleState;

/** State of a domain as the hypervisor reports it. */
public enum DomainState {
    RUNNING(LifecycleState.RUNNING),
    BLOCKED(LifecycleState.BLOCKED),
    PAUSED(LifecycleState.PAUSED),
    SHUTTING_DOWN(LifecycleState.SHUTTING_DOWN),
    SHUT_OFF(LifecycleState.SHUT_OFF),
    CRASHED(LifecycleState.CRASHED),
    PM_SUSPENDED(LifecycleState.PM_SUSPENDED),
    UNKNOWN(LifecycleState.UNKNOWN);

    private final String telemetryName;

    DomainState(String telemetryName) {
        this.telemetryName = telemetryName;
    }

    /** The state's name in telemetry ({@link LifecycleState}). */
    public String telemetryName() {
        return telemetryName;
    }
}
