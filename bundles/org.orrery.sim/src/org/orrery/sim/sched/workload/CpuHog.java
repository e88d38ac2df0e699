package org.orrery.sim.sched.workload;

import org.orrery.sim.sched.guest.Guest;
import org.orrery.sim.sched.guest.Vcpu;

/**
 * Threads that only compute and never finish: SuperPI disturbers (one per busy vCPU) and the
 * scalability experiment's hogs. {@link #completed()} counts chunks of {@code chunk} ns.
 */
public final class CpuHog extends FiniteWork {

    private final int busyVcpus;
    private final long chunk;

    /**
     * @param kind      e.g. {@code superpi} or {@code hog}
     * @param busyVcpus vCPUs running a hog thread (the first ones); assumption for SuperPI: all
     *                  of them (one SuperPI per vCPU), so a disturber VM loads every pCPU share it gets
     * @param chunk     accounting unit, nanoseconds
     */
    public CpuHog(String kind, int busyVcpus, long chunk) {
        super(kind, "chunks");
        this.busyVcpus = busyVcpus;
        this.chunk = chunk;
    }

    @Override
    public void start(Guest guest) {
        for (Vcpu v : guest.vcpus()) {
            if (v.index() < busyVcpus) {
                v.work(chunk);
                v.kick(null);
            }
        }
    }

    @Override
    public void itemDone(Vcpu vcpu) {
        count(0, 0);
        vcpu.work(chunk);
    }
}
