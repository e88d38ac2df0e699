package org.orrery.sim.sched;

import java.util.Objects;

/**
 * A host thread the CFS model schedules: a vCPU thread of a {@link Vm}, or another host task
 * (grey in the run-queue view). It is its own red-black tree node (intrusive, so the hot loop
 * allocates nothing per enqueue) with CFS's key, the vruntime, and SBCO's additions: rb_index
 * (size of the left subtree) and the dirty flag.
 * <p>
 * The vruntime may only change while the task is outside a tree; {@link RunQueue} takes it out and
 * puts it back around every change.
 */
public final class Task {

    private final int id;
    private final String subject;
    private final Vm vm;
    private final int vcpuIndex;
    private final int weight;

    long vruntime;

    // red-black tree node: links, colour, order statistic, tie-break of equal vruntimes
    Task left;
    Task right;
    Task parent;
    boolean red;
    int rbIndex;
    long tieBreak;
    boolean inTree;

    boolean dirty;
    TaskState state = TaskState.BLOCKED;
    /** The run queue it is on (running or queued), or the one it last ran on when blocked. */
    RunQueue rq;
    /** When it became the running task, for update_curr; when it ran last, for cache-hotness. */
    long execStart;
    long lastRan = Long.MIN_VALUE / 2;
    /** When it last started waiting in a queue, for the starvation measure. */
    long readySince;
    TaskBehavior behavior = TaskBehavior.NONE;

    long runTime;
    long switchesIn;
    long migrations;
    long maxWait;

    /**
     * @param id        dense index of the task on its host, also the last tie-break
     * @param subject   telemetry id, e.g. {@code vm/kernbench/vcpu0} or {@code host/pe1950/task/hog3}
     * @param vm        the VM whose vCPU it is, or null for another host task
     * @param vcpuIndex the vCPU's number in its VM, -1 for other tasks
     * @param weight    CFS load weight (1024 for nice 0, see {@link CfsParameters#NICE_0_WEIGHT})
     */
    public Task(int id, String subject, Vm vm, int vcpuIndex, int weight) {
        if (weight <= 0) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
        this.id = id;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.vm = vm;
        this.vcpuIndex = vcpuIndex;
        this.weight = weight;
    }

    /** Dense index on its host. */
    public int id() {
        return id;
    }

    /** Telemetry subject. */
    public String subject() {
        return subject;
    }

    /** The VM it is a vCPU of, or null. */
    public Vm vm() {
        return vm;
    }

    /** Whether it is a vCPU thread with at least one sibling (the tasks co-scheduling cares about). */
    public boolean hasSiblings() {
        return vm != null && vm.vcpus().size() > 1;
    }

    /** Its vCPU number, or -1. */
    public int vcpuIndex() {
        return vcpuIndex;
    }

    /** CFS load weight. */
    public int weight() {
        return weight;
    }

    /** Virtual runtime, nanoseconds of weighted execution. */
    public long vruntime() {
        return vruntime;
    }

    /** Size of its left subtree while in a run-queue tree. */
    public int rbIndex() {
        return rbIndex;
    }

    /** SBCO: a vruntime loan involving it is not settled yet. */
    public boolean isDirty() {
        return dirty;
    }

    /** Running, runnable or blocked. */
    public TaskState state() {
        return state;
    }

    /** Index of the pCPU it is on, or last ran on when blocked; -1 before it was first placed. */
    public int cpu() {
        return rq == null ? -1 : rq.cpu();
    }

    /** Its run queue (see {@link #cpu()}), or null. */
    public RunQueue runQueue() {
        return rq;
    }

    /**
     * Time on a pCPU, context-switch time included, nanoseconds, up to its last accounting; see
     * {@link HostScheduler#runTime(Task)} for the figure up to now.
     */
    public long runTime() {
        return runTime;
    }

    /** Times it was switched in. */
    public long switchesIn() {
        return switchesIn;
    }

    /** Times it moved to another pCPU. */
    public long migrations() {
        return migrations;
    }

    /** Longest time it waited runnable before running, nanoseconds. */
    public long maxWait() {
        return maxWait;
    }

    /** Installs what the thread does with its CPU time. */
    public void setBehavior(TaskBehavior behavior) {
        this.behavior = Objects.requireNonNull(behavior, "behavior");
    }

    /** Sets the vruntime of a task that is on no tree (tests, initial placement). */
    public void setVruntime(long vruntime) {
        if (inTree) {
            throw new IllegalStateException(subject + " is in a run-queue tree: take it out first");
        }
        this.vruntime = vruntime;
    }

    @Override
    public String toString() {
        return subject;
    }
}
