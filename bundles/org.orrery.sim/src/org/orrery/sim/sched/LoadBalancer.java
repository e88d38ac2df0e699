package org.orrery.sim.sched;

import java.util.ArrayList;
import java.util.List;

/**
 * Linux's pull balancer, simplified to one domain: each pCPU periodically (often when idle, with
 * back-off; rarely when busy) and on becoming idle looks for the busiest queue and pulls
 * runnable, not cache-hot threads from it until the loads are even. It balances counts and
 * weights only, not siblings: this soft affinity is why stock CFS can stack a VM's vCPUs. Under a
 * policy that separates siblings it never moves a vCPU onto a queue holding a sibling.
 * <p>
 * A pull detaches under the busiest queue's lock, releases it, then attaches under this queue's
 * lock: never two run-queue locks at once.
 */
final class LoadBalancer {

    /** Linux's sysctl_sched_nr_migrate: the most threads one pull moves. */
    private static final int MAX_PULL = 32;
    /** Failed pulls after which cache-hot threads may be moved too (cache_nice_tries + 1). */
    private static final int HOT_AFTER_FAILURES = 2;

    private final HostScheduler host;
    private final int[] failures;
    private final List<Task> batch = new ArrayList<>();

    LoadBalancer(HostScheduler host) {
        this.host = host;
        this.failures = new int[host.queues().length];
    }

    /** Schedules each pCPU's periodic balance, staggered so they do not all run at once. */
    void start() {
        RunQueue[] rqs = host.queues();
        long interval = host.params().busyBalanceInterval();
        for (RunQueue rq : rqs) {
            rq.balanceBackoff = host.params().idleBalanceInterval();
            rq.balanceEvent = host.simulation().schedule(interval * (rq.cpu() + 1) / rqs.length, s -> tick(rq));
        }
    }

    private void tick(RunQueue rq) {
        boolean pulled = balance(rq);
        CfsParameters p = host.params();
        long next;
        if (!rq.isIdle()) {
            rq.balanceBackoff = p.idleBalanceInterval();
            next = p.busyBalanceInterval();
        } else if (pulled) {
            rq.balanceBackoff = p.idleBalanceInterval();
            next = rq.balanceBackoff;
        } else {
            next = rq.balanceBackoff;
            rq.balanceBackoff = Math.min(rq.balanceBackoff * 2, p.busyBalanceInterval());
        }
        rq.balanceEvent = host.simulation().schedule(next, s -> tick(rq));
    }

    /** Newly idle: try to pull at once, and balance again soon if that failed. */
    void newlyIdle(RunQueue rq) {
        if (!balance(rq) && rq.balanceEvent != null) {
            host.simulation().unschedule(rq.balanceEvent);
            rq.balanceBackoff = host.params().idleBalanceInterval();
            rq.balanceEvent = host.simulation().schedule(rq.balanceBackoff, s -> tick(rq));
        }
    }

    /** One pull into {@code dst}; true when something moved. */
    boolean balance(RunQueue dst) {
        RunQueue busiest = null;
        long total = 0;
        for (RunQueue rq : host.queues()) {
            total += rq.load;
            if (rq != dst && rq.nrRunning() >= 2 && (busiest == null || rq.load > busiest.load)) {
                busiest = rq;
            }
        }
        CfsParameters p = host.params();
        long average = total / host.queues().length;
        if (busiest == null || busiest.load * 100 <= dst.load * p.imbalancePct() || dst.load >= average) {
            return false;
        }
        // move what brings neither queue past the average (Linux's calculate_imbalance)
        long remaining = Math.min(busiest.load - average, average - dst.load);
        boolean hotToo = failures[dst.cpu()] >= HOT_AFTER_FAILURES;
        long now = host.simulation().now();
        batch.clear();
        for (Task t = busiest.tree.leftmost(); t != null && batch.size() < MAX_PULL && remaining > 0;
                t = RunQueueTree.successor(t)) {
            if (t.weight() / 2 >= remaining || (!hotToo && now - t.lastRan < p.migrationCost())
                    || !host.allows(t, dst) || siblingInBatch(t)) {
                continue;
            }
            batch.add(t);
            remaining -= t.weight();
        }
        if (batch.isEmpty()) {
            failures[dst.cpu()]++;
            return false;
        }
        failures[dst.cpu()] = 0;
        List<Task> moving = List.copyOf(batch);
        host.detach(busiest, moving);
        host.attach(busiest, dst, moving, "balance");
        return true;
    }

    /** Under a separating policy, two siblings may not land on the destination in one pull. */
    private boolean siblingInBatch(Task t) {
        if (!host.policy().separatesSiblings() || t.vm() == null) {
            return false;
        }
        for (Task other : batch) {
            if (other.vm() == t.vm()) {
                return true;
            }
        }
        return false;
    }
}
