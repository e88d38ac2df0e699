package org.orrery.sim.sched;

/**
 * The IPI-driven co-scheduling baselines of sbco.md. PROCCO: when a VM's vCPU0 is switched in,
 * its waiting siblings are forced onto other pCPUs by IPI. CPUCO: pCPU0 decides: when it switches
 * to a vCPU, every other pCPU is told by IPI to run a sibling of it. A target pCPU is the
 * sibling's own when that one is free for it, else the least loaded pCPU not yet claimed in this
 * round; the sibling migrates there if needed and runs next (see {@link HostScheduler}'s IPI).
 */
final class CoScheduling implements SchedulingPolicy {

    /** What starts a round of IPIs. */
    enum Trigger {
        /** PROCCO: any pCPU switching to a vCPU0. */
        VCPU0,
        /** CPUCO: pCPU0 switching to any vCPU. */
        PCPU0
    }

    private final Trigger trigger;
    private boolean[] claimed = new boolean[0];

    CoScheduling(Trigger trigger) {
        this.trigger = trigger;
    }

    @Override
    public String name() {
        return trigger == Trigger.VCPU0 ? "PROCCO" : "CPUCO";
    }

    @Override
    public void afterSwitch(RunQueue rq, Task next, HostScheduler host) {
        boolean leads = trigger == Trigger.VCPU0 ? next.vcpuIndex() == 0 : rq.cpu() == 0;
        if (!leads || !next.hasSiblings()) {
            return;
        }
        RunQueue[] rqs = host.queues();
        if (claimed.length != rqs.length) {
            claimed = new boolean[rqs.length];
        }
        for (RunQueue q : rqs) {
            claimed[q.cpu()] = q == rq || (q.current != null && q.current.vm() == next.vm());
        }
        for (Task s : next.vm().vcpus()) {
            if (s == next || s.state != TaskState.RUNNABLE) {
                continue;
            }
            RunQueue to = claimed[s.rq.cpu()] ? leastLoadedFree(rqs) : s.rq;
            if (to == null) {
                return; // more siblings than pCPUs
            }
            claimed[to.cpu()] = true;
            host.sendIpi(rq, to, s);
        }
    }

    private RunQueue leastLoadedFree(RunQueue[] rqs) {
        RunQueue best = null;
        for (RunQueue q : rqs) {
            if (!claimed[q.cpu()] && (best == null || q.nrRunning() < best.nrRunning())) {
                best = q;
            }
        }
        return best;
    }
}
