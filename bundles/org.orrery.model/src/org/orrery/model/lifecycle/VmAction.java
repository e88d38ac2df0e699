package org.orrery.model.lifecycle;

/**
 * What can be done to a VM. Besides the conventional actions, the substrate ones: {@link #DOCK}
 * converts a running VM into an inactive one (intrusive docking), {@link #STORE} completes the
 * dock once the substrate is in the pool, {@link #DOCK_LIVE} makes a substrate by checkpointing
 * while the VM keeps running, and {@link #ACTIVATE} starts a VM from a substrate without booting.
 */
public enum VmAction {
    START, ACTIVATE, PAUSE, RESUME, SUSPEND, SHUT_DOWN, MIGRATE, FINISH_MIGRATION, DOCK, DOCK_LIVE, REACTIVATE,
    STORE
}
