package org.orrery.sim.sched;

/**
 * SBCO's deferred half of a vruntime loan: {@code sibling}'s vruntime changes by
 * {@code vruntimeChange} when the run queue whose debt list holds this next picks a task, under
 * that queue's own lock only.
 *
 * @param sibling        the vCPU on the other queue (usually the borrower, far back in its queue)
 * @param vruntimeChange added to its vruntime: negative for a borrower, nanoseconds
 * @param partner        the sibling on the picking queue, adjusted at once
 * @param createdAt      simulated time the loan was made
 */
public record Debt(Task sibling, long vruntimeChange, Task partner, long createdAt) {
}
