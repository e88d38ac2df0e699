package org.orrery.sim.sched;

/**
 * Where a waking or new thread goes (Linux's select_task_rq_fair, simplified). New threads go to
 * the least loaded allowed pCPU (fork balancing). A woken thread starts from its previous pCPU
 * (soft affinity), moves to its waker's pCPU when that one is not busier by more than half the
 * imbalance margin (wake-affine), then to an idle pCPU sharing the target's cache if the target
 * is busy. Under a policy that separates siblings, a pCPU holding a sibling is replaced by the
 * least loaded allowed one; when none is allowed (more vCPUs than pCPUs), a random pCPU.
 * <p>
 * Wake-affine is how stock CFS stacks siblings: in a guest, vCPUs wake each other by IPI, and the
 * host pulls the woken vCPU thread next to the waking one.
 */
final class Placement {

    private Placement() {
    }

    static RunQueue select(HostScheduler host, Task task, Task waker) {
        if (task.rq == null) {
            return leastLoadedAllowed(host, task);
        }
        CfsParameters p = host.params();
        RunQueue target = task.rq;
        if (p.wakeAffine() && waker != null && waker.state == TaskState.RUNNING && waker.rq != target) {
            RunQueue here = waker.rq;
            long thisLoad = here.load + task.weight();
            long pct = 100 + (p.imbalancePct() - 100) / 2;
            if (100 * thisLoad <= pct * Math.max(target.load, 0)) {
                target = here;
            }
        }
        if (!target.isIdle()) {
            RunQueue idle = idleSibling(host, target, task);
            if (idle != null) {
                target = idle;
            }
        }
        if (!host.allows(task, target)) {
            target = leastLoadedAllowed(host, task);
        }
        return target;
    }

    /** An idle, allowed pCPU in {@code target}'s cache domain, searched from the target on. */
    private static RunQueue idleSibling(HostScheduler host, RunQueue target, Task task) {
        RunQueue[] rqs = host.queues();
        int size = Math.min(host.params().cacheDomainSize(), rqs.length);
        int first = target.cpu() / size * size;
        for (int i = 1; i < size; i++) {
            int c = first + (target.cpu() - first + i) % size;
            if (c < rqs.length && rqs[c].isIdle() && host.allows(task, rqs[c])) {
                return rqs[c];
            }
        }
        return null;
    }

    /**
     * The allowed pCPU with the fewest runnable threads (then the least load), ties broken at
     * random; a random pCPU when none is allowed.
     */
    static RunQueue leastLoadedAllowed(HostScheduler host, Task task) {
        RunQueue[] rqs = host.queues();
        RunQueue best = null;
        int ties = 0;
        for (RunQueue rq : rqs) {
            if (!host.allows(task, rq)) {
                continue;
            }
            int cmp = best == null ? -1 : compare(rq, best);
            if (cmp < 0) {
                best = rq;
                ties = 1;
            } else if (cmp == 0 && host.random().nextInt(++ties) == 0) {
                best = rq; // reservoir choice: each of the tied queues equally likely
            }
        }
        return best != null ? best : rqs[host.random().nextInt(rqs.length)];
    }

    private static int compare(RunQueue a, RunQueue b) {
        int byCount = Integer.compare(a.nrRunning(), b.nrRunning());
        return byCount != 0 ? byCount : Long.compare(a.load, b.load);
    }
}
