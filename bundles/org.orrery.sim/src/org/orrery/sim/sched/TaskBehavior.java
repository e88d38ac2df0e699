package org.orrery.sim.sched;

/**
 * What a host thread does with the CPU it is given, told by the scheduler when it gets and loses a
 * pCPU. A vCPU's guest model implements it to account progress and spin-lock state; a plain CPU
 * hog needs nothing ({@link #NONE}).
 */
public interface TaskBehavior {

    /** A thread that only burns CPU. */
    TaskBehavior NONE = new TaskBehavior() {
        @Override
        public void started(Task task, long productiveFrom) {
        }

        @Override
        public void stopped(Task task, boolean stillRunnable) {
        }
    };

    /**
     * {@code task} became the running task of a pCPU.
     *
     * @param productiveFrom when its own instructions start executing: now plus the context-switch
     *                       cost when the pCPU switched to it from another thread
     */
    void started(Task task, long productiveFrom);

    /**
     * {@code task} left its pCPU.
     *
     * @param stillRunnable true when it was preempted (it stays in a run queue), false when it
     *                      blocked
     */
    void stopped(Task task, boolean stillRunnable);
}
