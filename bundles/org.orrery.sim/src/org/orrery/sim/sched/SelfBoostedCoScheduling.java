package org.orrery.sim.sched;

/**
 * SBCO exactly as sbco.md gives it. Dispatch masks keep siblings on distinct queues (as BAL).
 * Pick: take the leftmost a; if a is a vCPU with siblings, look at each sibling b that is not
 * dirty (nor asleep); the first one whose ordinate is at least {@code alpha * Q_size} away from
 * a's makes the queue run a's successor instead, and a lends vruntime to b. a is repositioned at
 * once under this queue's lock; b's change waits in the debt list of b's queue until that queue's
 * next pick, so no two run-queue locks are ever held together. Both stay dirty until the debt is
 * settled.
 * <p>
 * Readings of the spec, stated: a sibling's ordinate is read without its queue's lock (0 when it
 * is running); a dirty leftmost picks itself without looking (it already took part in a loan, and
 * looking again is the repeated yielding the dirty flag is there to prevent); with no successor
 * there is nothing to skip to and a runs.
 */
final class SelfBoostedCoScheduling implements SchedulingPolicy {

    private final SbcoParameters params;

    SelfBoostedCoScheduling(SbcoParameters params) {
        this.params = params;
    }

    @Override
    public String name() {
        return "SBCO";
    }

    @Override
    public boolean separatesSiblings() {
        return true;
    }

    @Override
    public void beforePick(RunQueue rq, HostScheduler host) {
        host.settleDebts(rq);
    }

    @Override
    public Task pickNext(RunQueue rq, HostScheduler host) {
        Task a = rq.tree.leftmost();
        if (a == null || !a.hasSiblings() || a.dirty) {
            return a;
        }
        double threshold = params.alpha() * rq.nrRunning();
        int ordA = RunQueueTree.ordinate(a);
        for (Task b : a.vm().vcpus()) {
            if (b == a || b.dirty || b.state == TaskState.BLOCKED) {
                continue;
            }
            int ordB = host.positionLockless(b);
            int distance = Math.abs(ordA - ordB);
            if (distance >= threshold) {
                Task successor = RunQueueTree.successor(a);
                if (successor == null) {
                    return a;
                }
                host.lend(rq, a, ordA, b, ordB, loan(host, ordA <= ordB ? b : a));
                host.tellSkipped(rq, a, successor, b, distance, threshold);
                return successor;
            }
        }
        return a;
    }

    /** lendFraction of the borrower's lead over its queue's min_vruntime, at least 1 ns. */
    private long loan(HostScheduler host, Task borrower) {
        long lead = Math.max(0, borrower.vruntime - borrower.rq.minVruntime);
        return Math.max(1, Math.round(params.lendFraction() * lead));
    }
}
