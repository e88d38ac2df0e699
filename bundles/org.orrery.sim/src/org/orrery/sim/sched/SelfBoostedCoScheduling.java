package org.orrery.sim.sched;

/**
 * SBCO exactly as sbco.md gives it. Dispatch masks keep siblings on distinct queues (as BAL).
 * Pick: take the leftmost a; if a is a vCPU with siblings, look at each sibling b that is not
 * dirty (nor asleep); the first one whose ordinate is at least {@code alpha * Q_size} away from
 * a's makes the queue run a's successor instead, and a lends vruntime to b. a is repositioned at
 * once under this queue's lock; b's change waits in the debt list of b's queue until that queue's
 * next pick, so no two run-queue locks are ever held together.
 * <p>
 * Readings of the spec, stated: a sibling's ordinate is read without its queue's lock (0 when it
 * is running); a dirty leftmost picks itself without looking (it already took part in a loan, and
 * looking again is the repeated yielding the dirty flag is there to prevent); with no successor
 * there is nothing to skip to and a runs; siblings at the same ordinate are never "apart" (matters
 * only for alpha = 0). Dirty flags ("adjusted vCPUs stay dirty until their debt is applied, which
 * prevents starvation"): the borrower stays dirty until the end of the pick that settles its debt,
 * so it runs if that made it leftmost instead of yielding to another sibling at once; the lender
 * stays dirty until its next turn. Clearing both at the settlement, as first built, let two
 * siblings lend to each other forever at alpha = 0 (the VM got no CPU at all).
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
        Task next = choose(rq, host);
        host.endPick(rq);
        if (next != null) {
            next.dirty = false; // a lender stays dirty until it has had its turn: it cannot be skipped twice running
        }
        return next;
    }

    private Task choose(RunQueue rq, HostScheduler host) {
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
            if (distance >= threshold && distance > 0) { // alpha = 0: siblings at one ordinate are together already
                Task successor = RunQueueTree.successor(a);
                if (successor == null) {
                    return a;
                }
                long amount = ordA <= ordB ? loan(a, ordA, b, ordB) : loan(b, ordB, a, ordA);
                host.lend(rq, a, ordA, b, ordB, amount);
                host.tellSkipped(rq, a, successor, b, distance, threshold);
                return successor;
            }
        }
        return a;
    }

    /**
     * The loan, in vruntime: enough for the two to meet {@code lendFraction} of the way from the
     * lender's position to the borrower's (0.5: in the middle), and no more than either needs, so
     * neither overshoots. Each need is read off its own queue: the vruntime of the thread now at
     * the meeting position, found through rb_index (the borrower's queue read without its lock,
     * like the ordinate).
     * <p>
     * Why positions and not a share of the borrower's vruntime lead: equal-weight threads in a CFS
     * queue sit within about one slice of vruntime of each other whatever their order, so a share
     * of the lead sent the lender to the back of its queue and the borrower to the head of its
     * one: the siblings swapped places instead of meeting (measured: distance and spin went up).
     */
    private long loan(Task lender, int lenderPosition, Task borrower, int borrowerPosition) {
        int meet = lenderPosition + (int) Math.round(params.lendFraction() * (borrowerPosition - lenderPosition));
        Task lenderMark = at(lender.rq, meet);
        Task borrowerMark = at(borrower.rq, meet);
        long lenderNeed = lenderMark == null || lenderMark == lender ? 1 : lenderMark.vruntime - lender.vruntime + 1;
        long borrowerNeed = borrowerMark == null || borrowerMark == borrower ? 1
                : borrower.vruntime - borrowerMark.vruntime + 1;
        return Math.max(1, Math.min(lenderNeed, borrowerNeed));
    }

    /** The thread at {@code position} of {@code q} (0 = running, or the leftmost during a pick), or null. */
    private static Task at(RunQueue q, int position) {
        if (q.current != null) {
            if (position == 0) {
                return q.current;
            }
            position--;
        }
        return position < q.tree.size() ? q.tree.select(position) : null;
    }
}
