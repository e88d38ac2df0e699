package org.orrery.model.lifecycle;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.orrery.model.VirtualMachine;
import org.orrery.model.VmState;

/**
 * The VM state machine: the conventional states (halted, running, paused, suspended, migrating)
 * plus the substrate states inactive (holds memory and running status) and docked (turned into a
 * substrate in a pool), after Wang's VM substrate life cycle.
 */
public final class VmLifecycle {

    private static final Map<VmState, Map<VmAction, VmState>> TRANSITIONS = new EnumMap<>(VmState.class);

    static {
        allow(VmState.HALTED, VmAction.START, VmState.RUNNING);
        allow(VmState.HALTED, VmAction.ACTIVATE, VmState.RUNNING);
        allow(VmState.RUNNING, VmAction.PAUSE, VmState.PAUSED);
        allow(VmState.PAUSED, VmAction.RESUME, VmState.RUNNING);
        allow(VmState.RUNNING, VmAction.SUSPEND, VmState.SUSPENDED);
        allow(VmState.PAUSED, VmAction.SUSPEND, VmState.SUSPENDED);
        allow(VmState.SUSPENDED, VmAction.RESUME, VmState.RUNNING);
        allow(VmState.RUNNING, VmAction.MIGRATE, VmState.MIGRATING);
        // Completed or abandoned, a migration leaves a running VM (on the new or the old host).
        allow(VmState.MIGRATING, VmAction.FINISH_MIGRATION, VmState.RUNNING);
        allow(VmState.RUNNING, VmAction.DOCK, VmState.INACTIVE);
        allow(VmState.RUNNING, VmAction.DOCK_LIVE, VmState.RUNNING);
        allow(VmState.INACTIVE, VmAction.REACTIVATE, VmState.RUNNING);
        allow(VmState.INACTIVE, VmAction.STORE, VmState.DOCKED);
        allow(VmState.DOCKED, VmAction.ACTIVATE, VmState.RUNNING);
        for (VmState state : new VmState[] { VmState.RUNNING, VmState.PAUSED, VmState.SUSPENDED, VmState.INACTIVE,
                VmState.DOCKED }) {
            allow(state, VmAction.SHUT_DOWN, VmState.HALTED);
        }
    }

    private VmLifecycle() {
    }

    private static void allow(VmState from, VmAction action, VmState to) {
        TRANSITIONS.computeIfAbsent(from, s -> new EnumMap<>(VmAction.class)).put(action, to);
    }

    /** The state {@code action} leads to from {@code state}, or empty if it is not allowed there. */
    public static Optional<VmState> next(VmState state, VmAction action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(state, Map.of()).get(action));
    }

    /** The actions allowed in {@code state}. */
    public static Set<VmAction> allowed(VmState state) {
        return Collections.unmodifiableSet(TRANSITIONS.getOrDefault(state, Map.of()).keySet());
    }

    /**
     * Applies {@code action} to the VM's state.
     *
     * @throws IllegalStateException naming the VM, its state and the actions allowed, if the
     *         action is not allowed in the VM's current state
     */
    public static void apply(VirtualMachine vm, VmAction action) {
        VmState state = vm.getState();
        VmState target = next(state, action).orElseThrow(() -> new IllegalStateException("Cannot " + action
                + " virtual machine '" + vm.getName() + "' while it is " + state + "; allowed: " + allowed(state)));
        vm.setState(target);
    }

    /**
     * Whether a VM in this state occupies memory and vCPUs on its host: running, paused,
     * migrating (still on its source) and inactive (substrate state that keeps memory).
     */
    public static boolean holdsResources(VmState state) {
        return state == VmState.RUNNING || state == VmState.PAUSED || state == VmState.MIGRATING
                || state == VmState.INACTIVE;
    }
}
