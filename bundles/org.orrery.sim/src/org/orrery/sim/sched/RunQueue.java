package org.orrery.sim.sched;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.orrery.sim.SimEvent;

/**
 * The CFS run queue of one pCPU: the tree of waiting tasks, the running task (outside the tree,
 * as in Linux), min_vruntime, the load, and SBCO's debt list. The {@link HostScheduler} changes
 * it only under its lock (see {@link LockWatch}); views and measurements read it between events.
 */
public final class RunQueue {

    private final int cpu;
    final RunQueueTree tree = new RunQueueTree();
    final List<Debt> debts = new ArrayList<>();
    /** SBCO: borrowers whose debt this queue settled at the pick under way (dirty until it ends). */
    final List<Task> settledThisPick = new ArrayList<>(2);
    private final List<Debt> debtsView = Collections.unmodifiableList(debts);

    Task current;
    long minVruntime;
    /** Sum of the weights of the queued tasks and the running one. */
    long load;
    boolean locked;

    /** A reschedule is requested (Linux's TIF_NEED_RESCHED), its event pending. */
    boolean reschedPending;
    SimEvent sliceEvent;
    /** A co-scheduling IPI's choice: run this task at the next pick. */
    Task forcedNext;
    SimEvent balanceEvent;
    long balanceBackoff;

    long contextSwitches;
    long idleSince;
    long idleTime;

    RunQueue(int cpu) {
        this.cpu = cpu;
    }

    /** Index of the pCPU. */
    public int cpu() {
        return cpu;
    }

    /** The running task, or null when the pCPU is idle. */
    public Task current() {
        return current;
    }

    /** The waiting tasks, for read-only inspection. */
    public RunQueueTree tree() {
        return tree;
    }

    /** Runnable tasks, the running one included (Linux's nr_running). */
    public int nrRunning() {
        return tree.size() + (current == null ? 0 : 1);
    }

    /** Whether nothing runs and nothing waits. */
    public boolean isIdle() {
        return current == null && tree.size() == 0;
    }

    /** Sum of the runnable tasks' weights. */
    public long load() {
        return load;
    }

    /** The queue's min_vruntime, monotonic. */
    public long minVruntime() {
        return minVruntime;
    }

    /** SBCO loans waiting for this queue's next pick, oldest first. */
    public List<Debt> debts() {
        return debtsView;
    }

    /** Switches to a different task (idle included as "from") so far. */
    public long contextSwitches() {
        return contextSwitches;
    }

    /** Time the pCPU spent idle up to the last change, nanoseconds. */
    public long idleTime() {
        return idleTime;
    }

    /**
     * The scheduling ordinate of {@code task} in this run queue: the number of tasks ahead of it.
     * For a waiting task that is its tree ordinate (sbco.md's O(log n) walk) plus one for the
     * running task, which Linux keeps outside the tree; the running task is at 0. During a pick
     * the previous task is back in the tree and nothing runs, so the picking queue's ordinates
     * are exactly the tree's. -1 for a task that is not on this queue or is blocked.
     */
    public int positionOf(Task task) {
        if (task.rq != this || task.state == TaskState.BLOCKED) {
            return -1;
        }
        if (task == current) {
            return 0;
        }
        return RunQueueTree.ordinate(task) + (current == null ? 0 : 1);
    }

    /** Whether a sibling of {@code task} (not itself) is running or waiting here. */
    public boolean holdsSiblingOf(Task task) {
        Vm vm = task.vm();
        if (vm == null) {
            return false;
        }
        for (Task s : vm.vcpus()) {
            if (s != task && s.rq == this && s.state != TaskState.BLOCKED) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "cpu" + cpu;
    }
}
