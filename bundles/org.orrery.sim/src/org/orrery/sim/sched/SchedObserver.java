package org.orrery.sim.sched;

/**
 * Told of every scheduler decision and guest lock event as it happens, on the simulation thread;
 * measurements, telemetry and tests listen here. Every method does nothing by default.
 */
public interface SchedObserver {

    /**
     * {@code rq} picked {@code next} (null: idle) after {@code prev} (null: was idle); equal when
     * the running task simply continues.
     *
     * @param productiveFrom when {@code next}'s own instructions start (after the switch cost)
     */
    default void switched(RunQueue rq, Task prev, Task next, long productiveFrom) {
    }

    /** {@code task} became runnable on {@code rq}. */
    default void woke(Task task, RunQueue rq) {
    }

    /** {@code task}, which was running, blocked. */
    default void blocked(Task task) {
    }

    /**
     * SBCO did not pick the leftmost {@code skipped}: sibling {@code sibling} is {@code distance}
     * places away, at least the threshold {@code threshold}; {@code picked} (the successor) runs.
     */
    default void skipped(RunQueue rq, Task skipped, Task picked, Task sibling, int distance, double threshold) {
    }

    /** SBCO lent {@code amount} of vruntime: {@code lender} paid at once, the debt waits on {@code debtQueue}. */
    default void lent(Task lender, Task borrower, long amount, RunQueue debtQueue) {
    }

    /** {@code rq} settled {@code debt} at its pick; {@code voided} when the borrower had left the queue. */
    default void debtSettled(RunQueue rq, Debt debt, boolean voided) {
    }

    /** {@code task} moved from {@code from} to {@code to}; {@code reason}: balance, wake or ipi. */
    default void migrated(Task task, RunQueue from, RunQueue to, String reason) {
    }

    /** {@code from} sent an IPI telling {@code to} to run {@code task} now. */
    default void ipi(RunQueue from, RunQueue to, Task task) {
    }

    /** {@code holder} was preempted inside the critical section of lock {@code lock}. */
    default void lockHolderPreempted(Task holder, String lock) {
    }

    /** {@code waiter} began spinning on {@code lock}, held by the preempted {@code holder}. */
    default void spinStarted(Task waiter, Task holder, String lock) {
    }

    /** {@code waiter} stopped spinning after {@code spun} ns on its pCPU (lock acquired or preempted). */
    default void spinStopped(Task waiter, long spun) {
    }

    /** {@code holder} released {@code lock} after resuming. */
    default void lockReleased(Task holder, String lock) {
    }
}
