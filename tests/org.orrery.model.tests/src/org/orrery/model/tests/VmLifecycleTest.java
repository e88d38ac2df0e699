package org.orrery.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmState;
import org.orrery.model.lifecycle.VmAction;
import org.orrery.model.lifecycle.VmLifecycle;

class VmLifecycleTest {

    @Test
    void conventionalLifeCycle() {
        VirtualMachine vm = TestWorlds.F.createVirtualMachine();
        vm.setName("vm");
        assertEquals(VmState.HALTED, vm.getState());
        for (VmAction action : new VmAction[] { VmAction.START, VmAction.PAUSE, VmAction.RESUME, VmAction.SUSPEND,
                VmAction.RESUME, VmAction.MIGRATE, VmAction.FINISH_MIGRATION, VmAction.SHUT_DOWN }) {
            VmLifecycle.apply(vm, action);
        }
        assertEquals(VmState.HALTED, vm.getState());
    }

    @Test
    void dockingGoesThroughInactiveToDockedAndActivatesAgain() {
        assertEquals(Optional.of(VmState.INACTIVE), VmLifecycle.next(VmState.RUNNING, VmAction.DOCK));
        assertEquals(Optional.of(VmState.DOCKED), VmLifecycle.next(VmState.INACTIVE, VmAction.STORE));
        assertEquals(Optional.of(VmState.RUNNING), VmLifecycle.next(VmState.INACTIVE, VmAction.REACTIVATE));
        assertEquals(Optional.of(VmState.RUNNING), VmLifecycle.next(VmState.DOCKED, VmAction.ACTIVATE));
        // Live docking (checkpointing) keeps the VM running.
        assertEquals(Optional.of(VmState.RUNNING), VmLifecycle.next(VmState.RUNNING, VmAction.DOCK_LIVE));
    }

    @Test
    void illegalActionIsRefusedWithTheAllowedOnes() {
        VirtualMachine vm = TestWorlds.F.createVirtualMachine();
        vm.setName("web1");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> VmLifecycle.apply(vm, VmAction.MIGRATE));
        assertTrue(e.getMessage().contains("'web1' while it is halted"), e.getMessage());
        assertTrue(e.getMessage().contains("START"), e.getMessage());
        assertEquals(VmState.HALTED, vm.getState());
    }

    @Test
    void onlyStatesThatKeepMemoryHoldHostResources() {
        assertTrue(VmLifecycle.holdsResources(VmState.RUNNING));
        assertTrue(VmLifecycle.holdsResources(VmState.INACTIVE));
        assertTrue(VmLifecycle.holdsResources(VmState.MIGRATING));
        assertFalse(VmLifecycle.holdsResources(VmState.SUSPENDED));
        assertFalse(VmLifecycle.holdsResources(VmState.DOCKED));
        assertFalse(VmLifecycle.holdsResources(VmState.HALTED));
    }
}
