package org.orrery.sim.sched.workload;

import org.orrery.sim.sched.guest.Guest;
import org.orrery.sim.sched.guest.Vcpu;

/**
 * SPECjbb: one thread per warehouse, spread over the vCPUs round-robin, each running
 * transactions back to back. Throughput is transactions per second ({@link #completed()} over the
 * run); a vCPU without a warehouse stays halted.
 */
public final class SpecJbb extends FiniteWork {

    private final int warehouses;
    private final long meanTransaction;

    /**
     * @param warehouses      1 to 16 in the source
     * @param meanTransaction mean CPU time of a transaction, ns; assumption: 200 us
     */
    public SpecJbb(int warehouses, long meanTransaction) {
        super("specjbb", "transactions");
        this.warehouses = warehouses;
        this.meanTransaction = meanTransaction;
    }

    @Override
    public void start(Guest guest) {
        for (Vcpu v : guest.vcpus()) {
            if (v.index() < warehouses) {
                v.work(exponential(guest.random(), meanTransaction));
                v.kick(null);
            }
        }
    }

    @Override
    public void itemDone(Vcpu vcpu) {
        count(0, 0);
        vcpu.work(exponential(vcpu.guest().random(), meanTransaction));
    }
}
