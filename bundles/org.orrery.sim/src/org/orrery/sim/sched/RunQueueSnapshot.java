package org.orrery.sim.sched;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.orrery.telemetry.Attribute;

/**
 * The attributes of a RUN_QUEUE telemetry event for one run queue at this instant, in the form
 * {@link SchedAttribute} documents: the waiting tasks by vruntime with their vruntimes, ordinates
 * and tree nodes, the running task, dirty flags, debts and SBCO's threshold. A view redraws a
 * queue from the last such event at or before the time it shows.
 */
public final class RunQueueSnapshot {

    private RunQueueSnapshot() {
    }

    /** Encodes {@code rq}; {@code alpha} gives the threshold {@code alpha * nr_running}. */
    public static Map<String, Object> attributes(RunQueue rq, double alpha) {
        List<Task> waiting = new ArrayList<>(rq.tree.size());
        rq.tree.forEachInOrder(waiting::add);
        int ahead = rq.current == null ? 0 : 1;
        StringBuilder queue = new StringBuilder();
        StringBuilder vruntimes = new StringBuilder();
        StringBuilder ordinates = new StringBuilder();
        StringBuilder tree = new StringBuilder();
        StringBuilder dirty = new StringBuilder();
        for (int i = 0; i < waiting.size(); i++) {
            Task t = waiting.get(i);
            String sep = i == 0 ? "" : " ";
            queue.append(sep).append(t.subject());
            vruntimes.append(sep).append(t.vruntime - rq.minVruntime);
            ordinates.append(sep).append(i + ahead);
            int parent = t.parent == null ? -1 : RunQueueTree.ordinate(t.parent);
            tree.append(sep).append(t.rbIndex).append(':').append(parent).append(':').append(t.red ? 'r' : 'b');
            if (t.dirty) {
                dirty.append(dirty.length() == 0 ? "" : " ").append(t.subject());
            }
        }
        if (rq.current != null && rq.current.dirty) {
            dirty.append(dirty.length() == 0 ? "" : " ").append(rq.current.subject());
        }
        StringBuilder debts = new StringBuilder();
        for (Debt d : rq.debts) {
            debts.append(debts.length() == 0 ? "" : " ").append(d.sibling().subject()).append(':').append(d.vruntimeChange());
        }
        Map<String, Object> a = new HashMap<>(16);
        a.put(Attribute.QUEUE, queue.toString());
        a.put(Attribute.PCPU, (long) rq.cpu());
        a.put(SchedAttribute.CURRENT, rq.current == null ? "" : rq.current.subject());
        a.put(SchedAttribute.VRUNTIMES, vruntimes.toString());
        a.put(SchedAttribute.ORDINATES, ordinates.toString());
        a.put(SchedAttribute.TREE, tree.toString());
        a.put(SchedAttribute.DIRTY, dirty.toString());
        a.put(SchedAttribute.DEBTS, debts.toString());
        a.put(SchedAttribute.NR_RUNNING, (long) rq.nrRunning());
        a.put(SchedAttribute.THRESHOLD, alpha * rq.nrRunning());
        return a;
    }
}
