package org.orrery.sim.sched.guest;

/**
 * What a guest runs, in terms its vCPUs see: items of work (nanoseconds of productive pCPU time),
 * halts when a vCPU has nothing to do, kicks (guest IPIs or device interrupts) that wake one.
 * Implementations live in {@link org.orrery.sim.sched.workload}.
 */
public interface Workload {

    /** Short kind, e.g. {@code kernbench}. */
    String kind();

    /**
     * Gives each vCPU of {@code guest} its first item ({@link Vcpu#work(long)} then
     * {@link Vcpu#kick(Vcpu)}) or leaves it halted.
     */
    void start(Guest guest);

    /**
     * {@code vcpu} finished its item (it is running): give it another with {@link Vcpu#work(long)},
     * or do nothing and it halts.
     */
    void itemDone(Vcpu vcpu);

    /** Whether the workload has a finite amount of work and has done it all. */
    default boolean finished() {
        return false;
    }

    /** When it finished (simulated ns), or -1. */
    default long finishedAt() {
        return -1;
    }

    /** Units completed so far (jobs, transactions, phases, items), for throughput. */
    long completed();

    /** What {@link #completed()} counts, e.g. {@code jobs}. */
    String unit();
}
