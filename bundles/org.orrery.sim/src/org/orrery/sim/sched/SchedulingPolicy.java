package org.orrery.sim.sched;

/**
 * A co-scheduling policy: how a pCPU picks its next task, where siblings may be placed, and what
 * happens after a switch. Implementations: {@link Policies}. A policy is stateless across hosts
 * but may keep per-run state; create one per {@link HostScheduler}.
 */
public interface SchedulingPolicy {

    /** Short name as the spec uses it (DFT, BAL, SBCO, PROCCO, CPUCO). */
    String name();

    /**
     * Whether sibling vCPUs must be kept on distinct run queues: wake-up and creation exclude
     * pCPUs holding a sibling, and the balancer may not move a vCPU onto a sibling's queue.
     */
    default boolean separatesSiblings() {
        return false;
    }

    /** At the start of {@code rq}'s pick, under its lock, before {@link #pickNext}. */
    default void beforePick(RunQueue rq, HostScheduler host) {
    }

    /**
     * The task {@code rq} runs next, from its tree (the previous task already put back), or null
     * to idle. Called under {@code rq}'s lock only. Default: CFS's leftmost.
     */
    default Task pickNext(RunQueue rq, HostScheduler host) {
        return rq.tree.leftmost();
    }

    /** After {@code rq} switched to {@code next} (a different task), no lock held. */
    default void afterSwitch(RunQueue rq, Task next, HostScheduler host) {
    }
}
