package org.orrery.sim.sched.measure;

import org.orrery.sim.sched.Task;
import org.orrery.sim.sched.TaskState;
import org.orrery.sim.sched.Vm;

/**
 * Where a VM's runnable vCPUs stand now: how many are runnable, whether two share a run queue,
 * and their scheduling distance (largest minus smallest ordinate, the running one at 0).
 *
 * @param runnable number of runnable or running vCPUs
 * @param stacked  whether two of them share a run queue
 * @param distance largest minus smallest ordinate; 0 with fewer than two runnable
 */
public record SiblingSpread(int runnable, boolean stacked, int distance) {

    /** The spread of {@code vm}'s vCPUs at this instant. */
    public static SiblingSpread of(Vm vm) {
        int runnable = 0;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        boolean stacked = false;
        for (Task t : vm.vcpus()) {
            if (t.state() == TaskState.BLOCKED) {
                continue;
            }
            runnable++;
            int position = t.runQueue().positionOf(t);
            min = Math.min(min, position);
            max = Math.max(max, position);
            stacked |= t.runQueue().holdsSiblingOf(t);
        }
        return new SiblingSpread(runnable, stacked, runnable < 2 ? 0 : max - min);
    }
}
