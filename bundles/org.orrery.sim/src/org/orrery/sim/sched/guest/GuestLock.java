package org.orrery.sim.sched.guest;

import java.util.ArrayList;
import java.util.List;

/**
 * One guest spin lock of a kind ({@link LockProfile}) as far as lock-holder preemption is
 * concerned: who was preempted inside it, and which siblings spin on it meanwhile.
 */
final class GuestLock {

    final int index;
    final LockProfile profile;
    /** Attempts per second of a running sibling on this very lock (the kind's rate over the hot locks). */
    final double attemptRate;
    Vcpu holder;
    final List<Vcpu> waiters = new ArrayList<>();

    GuestLock(int index, LockProfile profile, int hotLocks) {
        this.index = index;
        this.profile = profile;
        this.attemptRate = profile.callsPerSecond() / hotLocks;
    }

    String name() {
        return profile.name();
    }
}
