package org.orrery.sim.sched;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Watches a host scheduler while it runs and records every broken invariant: siblings sharing a
 * queue under a separating policy, a pick that is neither the leftmost nor SBCO's announced skip,
 * debts still pending after their queue picked, dirty flags that do not match SBCO's loans (a
 * borrower while its debt is pending, a lender until its next turn), and co-scheduling IPIs that
 * were not honoured.
 */
final class InvariantProbe implements SchedObserver {

    final List<String> violations = new ArrayList<>();
    private final HostScheduler host;
    private Task announcedSkip;
    private Task announcedPick;
    long picks;
    long checkedSeparations;
    long debtsCreated;
    long debtsSettledAtPick;
    long ipisSent;
    long ipisHonoured;
    private final List<Ipi> pendingIpis = new ArrayList<>();
    /** Lenders that have not run since their loan. */
    private final Set<Task> owedTurn = new HashSet<>();

    private record Ipi(Task task, RunQueue target) {
    }

    InvariantProbe(HostScheduler host) {
        this.host = host;
    }

    @Override
    public void skipped(RunQueue rq, Task skipped, Task picked, Task sibling, int distance, double threshold) {
        announcedSkip = skipped;
        announcedPick = picked;
        if (distance < threshold) {
            violations.add("skip below the threshold: " + distance + " < " + threshold);
        }
    }

    @Override
    public void lent(Task lender, Task borrower, long amount, RunQueue debtQueue) {
        debtsCreated++;
        owedTurn.add(lender);
        if (!lender.isDirty() || !borrower.isDirty()) {
            violations.add("loan without dirty flags at " + host.simulation().now());
        }
    }

    @Override
    public void debtSettled(RunQueue rq, Debt debt, boolean voided) {
        debtsSettledAtPick++;
    }

    @Override
    public void ipi(RunQueue from, RunQueue to, Task task) {
        ipisSent++;
        pendingIpis.add(new Ipi(task, to));
    }

    @Override
    public void switched(RunQueue rq, Task prev, Task next, long productiveFrom) {
        picks++;
        owedTurn.remove(next);
        checkPick(rq, next);
        if (!rq.debts().isEmpty()) {
            violations.add("cpu" + rq.cpu() + " picked with " + rq.debts().size() + " debts pending");
        }
        checkDirtyFlags();
        checkSeparation();
        pendingIpis.removeIf(ipi -> {
            boolean honoured = ipi.task() == next && ipi.target() == rq;
            if (honoured) {
                ipisHonoured++;
            }
            return honoured;
        });
    }

    @Override
    public void woke(Task task, RunQueue rq) {
        checkSeparation();
    }

    @Override
    public void migrated(Task task, RunQueue from, RunQueue to, String reason) {
        checkSeparation();
    }

    private void checkPick(RunQueue rq, Task next) {
        Task skip = announcedSkip;
        Task pick = announcedPick;
        announcedSkip = null;
        announcedPick = null;
        if (next == null || host.policy().name().equals("PROCCO") || host.policy().name().equals("CPUCO")) {
            return; // an IPI may force any waiting task
        }
        Task leftmost = rq.tree().leftmost();
        boolean isLeftmost = leftmost == null || next.vruntime() <= leftmost.vruntime();
        if (skip != null) {
            if (pick != next) {
                violations.add("SBCO announced " + pick + " but ran " + next);
            }
        } else if (!isLeftmost) {
            violations.add(host.policy().name() + " ran " + next + " ahead of the leftmost " + leftmost);
        }
    }

    /** A task is dirty exactly when a pending debt makes it the borrower, or it lent and has not run since. */
    private void checkDirtyFlags() {
        Set<Task> expected = new HashSet<>(owedTurn);
        for (RunQueue q : host.runQueues()) {
            for (Debt d : q.debts()) {
                expected.add(d.sibling());
            }
        }
        for (Task t : host.tasks()) {
            if (t.isDirty() != expected.contains(t)) {
                violations.add(t + " dirty=" + t.isDirty() + " but " + (expected.contains(t) ? "" : "not ")
                        + "a pending borrower or a lender owed a turn");
                return;
            }
        }
    }

    private void checkSeparation() {
        if (!host.policy().separatesSiblings()) {
            return;
        }
        for (Vm vm : host.vms()) {
            if (vm.vcpus().size() > host.runQueues().size()) {
                continue; // more siblings than pCPUs: the spec lets the extra ones land anywhere
            }
            checkedSeparations++;
            for (Task t : vm.vcpus()) {
                if (t.state() != TaskState.BLOCKED && t.runQueue().holdsSiblingOf(t)) {
                    violations.add("siblings of " + vm + " share cpu" + t.cpu() + " at " + host.simulation().now());
                    return;
                }
            }
        }
    }
}
