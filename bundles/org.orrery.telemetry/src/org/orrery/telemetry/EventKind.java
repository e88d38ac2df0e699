package org.orrery.telemetry;

/**
 * What a telemetry event reports. Engines emit these about model objects identified by a stable
 * id; views select on them. The set follows ARCHITECTURE.md's vocabulary.
 */
public enum EventKind {
    /** A model object's life-cycle state changed (attribute {@code state}). */
    LIFECYCLE,
    /** An object was placed on a container (attributes {@code host}, {@code pcpu}). */
    PLACEMENT,
    MIGRATION_START,
    /** One pre-copy round: iteration, bytes sent, bytes remaining, dirty rate, bandwidth, expected downtime. */
    MIGRATION_ROUND,
    MIGRATION_SWITCHOVER,
    MIGRATION_END,
    MIGRATION_FAILED,
    /** A vCPU's state on a pCPU (running, runnable, blocked, spinning). */
    VCPU_STATE,
    /** A scheduler decision: pick, skip, lend, migrate. */
    SCHEDULER,
    PROVISIONING,
    SYNC_PHASE,
    SYNC_TRANSFER,
    OVERLAY_TABLE,
    /** A sampled numeric series (attribute {@code value}), e.g. CPU load or link utilisation. */
    METRIC,
    /** A message for the event log. */
    MESSAGE
}
