package org.orrery.sim.sched;

/** Where a host thread stands with the scheduler; the names are those of telemetry's VCPU_STATE. */
public enum TaskState {
    /** On a pCPU now (its run queue's current task). */
    RUNNING("running"),
    /** Waiting in a run queue's tree. */
    RUNNABLE("runnable"),
    /** Asleep (a halted vCPU): on no run queue. */
    BLOCKED("blocked");

    private final String label;

    TaskState(String label) {
        this.label = label;
    }

    /** The state as telemetry names it. */
    public String label() {
        return label;
    }
}
