package org.orrery.sim.sched.workload;

import org.orrery.sim.sched.guest.Guest;
import org.orrery.sim.sched.guest.Vcpu;

/**
 * Bulk-synchronous threads, one per vCPU: each computes a chunk, then waits at a barrier
 * (blocking, so its vCPU halts); the last to arrive wakes the others by guest IPI and the next
 * phase starts. PARSEC's streamcluster, facesim, blackscholes and NPB's kernels follow this
 * shape. One preempted vCPU holds up every sibling, which is what co-scheduling is for.
 */
public final class BarrierPhases extends FiniteWork {

    private final int phases;
    private final long meanChunk;
    private final double jitter;
    private Guest guest;
    private int arrived;

    /**
     * @param kind      e.g. {@code streamcluster}
     * @param phases    barrier phases until done; 0 for endless (fairness runs)
     * @param meanChunk mean work between barriers, ns
     * @param jitter    chunks are uniform in mean x (1 +- jitter), so threads arrive at different times
     */
    public BarrierPhases(String kind, int phases, long meanChunk, double jitter) {
        super(kind, "phases");
        this.phases = phases;
        this.meanChunk = meanChunk;
        this.jitter = jitter;
    }

    @Override
    public void start(Guest g) {
        this.guest = g;
        for (Vcpu v : g.vcpus()) {
            v.work(chunk());
            v.kick(null);
        }
    }

    @Override
    public void itemDone(Vcpu vcpu) {
        if (++arrived < guest.vcpus().size()) {
            return; // waits at the barrier: halts
        }
        arrived = 0;
        count(phases, guest.host().simulation().now());
        if (finished()) {
            return;
        }
        for (Vcpu other : guest.vcpus()) {
            if (other != vcpu) {
                other.work(chunk());
                other.kick(vcpu);
            }
        }
        vcpu.work(chunk());
    }

    private long chunk() {
        double f = 1 + jitter * (2 * guest.random().nextDouble() - 1);
        return Math.max(1_000, Math.round(meanChunk * f));
    }
}
