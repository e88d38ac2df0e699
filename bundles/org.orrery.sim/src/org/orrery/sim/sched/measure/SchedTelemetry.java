package org.orrery.sim.sched.measure;

import java.util.HashMap;
import java.util.Map;

import org.orrery.sim.EventHandler;
import org.orrery.sim.Simulation;
import org.orrery.sim.sched.Debt;
import org.orrery.sim.sched.HostScheduler;
import org.orrery.sim.sched.RunQueue;
import org.orrery.sim.sched.RunQueueSnapshot;
import org.orrery.sim.sched.SchedAttribute;
import org.orrery.sim.sched.SchedObserver;
import org.orrery.sim.sched.Task;
import org.orrery.sim.sched.TaskState;
import org.orrery.sim.sched.Vm;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;

/**
 * Reports a host scheduler to telemetry, in the vocabulary a run-queue view reads for simulated
 * and real hosts alike:
 * <ul>
 * <li>VCPU_STATE about each thread ({@code vm/NAME/vcpuN}) when it changes: {@code state}
 * (running, runnable, blocked, spinning), {@code pcpu}, {@code host}; spinning adds the lock
 * and its preempted holder.</li>
 * <li>SCHEDULER about the pCPU ({@code <host>/pcpuN}): {@code decision} pick, skip (with the
 * task picked instead, the far sibling, the distance and the threshold), lend (the borrower, the
 * amount, the debtor queue), debt (applied or voided), migrate (from where, why), ipi (to where),
 * lhp (the lock).</li>
 * <li>RUN_QUEUE about the pCPU after every change of its queue: see {@link RunQueueSnapshot}.</li>
 * <li>METRIC at a fixed interval: per VM its distance, threshold, stacked flag, T_vm and spin
 * time; per host the counters (context switches, spin, lag, skips, IPIs, lock-holder
 * preemptions).</li>
 * </ul>
 * Each group can be switched off ({@link Options}); the model's own trace does not depend on it.
 */
public final class SchedTelemetry implements SchedObserver {

    /**
     * What to report.
     *
     * @param states         VCPU_STATE events
     * @param decisions      SCHEDULER events
     * @param queues         RUN_QUEUE snapshots
     * @param metricInterval METRIC sampling interval, ns; 0 for none
     */
    public record Options(boolean states, boolean decisions, boolean queues, long metricInterval) {
        /** Everything, metrics every 100 ms: what the live views want. */
        public static final Options ALL = new Options(true, true, true, 100_000_000L);
    }

    private final HostScheduler host;
    private final Simulation sim;
    private final Options options;
    private final double alpha;
    private final String[] pcpus;
    private final long[] vmSpin;
    private long skips;
    private long ipis;
    private long lhp;

    private SchedTelemetry(HostScheduler host, Options options, double alpha) {
        this.host = host;
        this.sim = host.simulation();
        this.options = options;
        this.alpha = alpha;
        this.pcpus = new String[host.runQueues().size()];
        for (int c = 0; c < pcpus.length; c++) {
            pcpus[c] = SchedAttribute.pcpu(host.host(), c);
        }
        this.vmSpin = new long[host.vms().size()];
    }

    /**
     * Starts reporting {@code host} (add its VMs first); {@code alpha} is SBCO's, for the
     * thresholds shown whatever the policy.
     */
    public static SchedTelemetry attach(HostScheduler host, Options options, double alpha) {
        SchedTelemetry t = new SchedTelemetry(host, options, alpha);
        host.addObserver(t);
        if (options.queues()) {
            for (RunQueue rq : host.runQueues()) {
                t.snapshot(rq);
            }
        }
        if (options.metricInterval() > 0) {
            host.simulation().schedule(0, new EventHandler() {
                @Override
                public void fire(Simulation s) {
                    t.metrics();
                    s.schedule(options.metricInterval(), this);
                }
            });
        }
        return t;
    }

    // --- observer ------------------------------------------------------------------------------

    @Override
    public void switched(RunQueue rq, Task prev, Task next, long productiveFrom) {
        if (next != prev) {
            if (prev != null && prev.state() == TaskState.RUNNABLE) {
                state(prev, TaskState.RUNNABLE.label(), null);
            }
            if (next != null) {
                state(next, TaskState.RUNNING.label(), null);
                decision(rq, "pick", next, null);
            }
        }
        snapshot(rq);
    }

    @Override
    public void woke(Task task, RunQueue rq) {
        state(task, TaskState.RUNNABLE.label(), null);
        snapshot(rq);
    }

    @Override
    public void blocked(Task task) {
        state(task, TaskState.BLOCKED.label(), null);
    }

    @Override
    public void skipped(RunQueue rq, Task skipped, Task picked, Task sibling, int distance, double threshold) {
        skips++;
        decision(rq, "skip", skipped, Map.of(SchedAttribute.PICKED, picked.subject(), SchedAttribute.SIBLING,
                sibling.subject(), SchedAttribute.DISTANCE, (long) distance, SchedAttribute.THRESHOLD, threshold));
    }

    @Override
    public void lent(Task lender, Task borrower, long amount, RunQueue debtQueue) {
        decision(lender.runQueue(), "lend", lender, Map.of(SchedAttribute.SIBLING, borrower.subject(),
                SchedAttribute.AMOUNT, amount, SchedAttribute.TARGET, (long) debtQueue.cpu()));
        snapshot(debtQueue);
    }

    @Override
    public void debtSettled(RunQueue rq, Debt debt, boolean voided) {
        decision(rq, SchedAttribute.DECISION_DEBT, debt.sibling(), Map.of(SchedAttribute.AMOUNT, debt.vruntimeChange(),
                Attribute.REASON, voided ? "voided" : "applied"));
    }

    @Override
    public void migrated(Task task, RunQueue from, RunQueue to, String reason) {
        decision(to, "migrate", task, Map.of(SchedAttribute.TARGET, (long) from.cpu(), Attribute.REASON, reason));
        state(task, task.state().label(), null);
        snapshot(from);
        snapshot(to);
    }

    @Override
    public void ipi(RunQueue from, RunQueue to, Task task) {
        ipis++;
        decision(from, SchedAttribute.DECISION_IPI, task, Map.of(SchedAttribute.TARGET, (long) to.cpu()));
    }

    @Override
    public void lockHolderPreempted(Task holder, String lock) {
        lhp++;
        decision(holder.runQueue(), SchedAttribute.DECISION_LHP, holder, Map.of(SchedAttribute.LOCK, lock));
    }

    @Override
    public void spinStarted(Task waiter, Task holder, String lock) {
        state(waiter, SchedAttribute.SPINNING, Map.of(SchedAttribute.LOCK, lock, SchedAttribute.HOLDER, holder.subject()));
    }

    @Override
    public void spinStopped(Task waiter, long spun) {
        if (waiter.vm() != null) {
            vmSpin[waiter.vm().index()] += spun;
        }
        if (waiter.state() == TaskState.RUNNING) {
            state(waiter, TaskState.RUNNING.label(), null);
        }
    }

    // --- emission ------------------------------------------------------------------------------

    private void state(Task task, String state, Map<String, Object> extra) {
        if (!options.states()) {
            return;
        }
        Map<String, Object> a = new HashMap<>(8);
        a.put(Attribute.STATE, state);
        a.put(Attribute.PCPU, (long) task.cpu());
        a.put(Attribute.HOST, host.host());
        if (extra != null) {
            a.putAll(extra);
        }
        sim.emit(EventKind.VCPU_STATE, task.subject(), a);
    }

    private void decision(RunQueue rq, String decision, Task task, Map<String, Object> extra) {
        if (!options.decisions()) {
            return;
        }
        Map<String, Object> a = new HashMap<>(8);
        a.put(Attribute.DECISION, decision);
        a.put(Attribute.VCPU, task.subject());
        a.put(Attribute.PCPU, (long) rq.cpu());
        if (extra != null) {
            a.putAll(extra);
        }
        sim.emit(EventKind.SCHEDULER, pcpus[rq.cpu()], a);
    }

    private void snapshot(RunQueue rq) {
        if (options.queues()) {
            sim.emit(EventKind.RUN_QUEUE, pcpus[rq.cpu()], RunQueueSnapshot.attributes(rq, alpha));
        }
    }

    private void metrics() {
        double meanQueue = 0;
        long switches = 0;
        for (RunQueue rq : host.runQueues()) {
            meanQueue += rq.nrRunning();
            switches += rq.contextSwitches();
        }
        meanQueue /= host.runQueues().size();
        long minT = Long.MAX_VALUE;
        long maxT = Long.MIN_VALUE;
        long spin = 0;
        for (Vm vm : host.vms()) {
            long tvm = host.tvm(vm);
            minT = Math.min(minT, tvm);
            maxT = Math.max(maxT, tvm);
            spin += vmSpin[vm.index()];
            SiblingSpread spread = SiblingSpread.of(vm);
            sim.emit(EventKind.METRIC, vm.id(), Map.of(SchedAttribute.DISTANCE, (long) spread.distance(),
                    SchedAttribute.THRESHOLD, alpha * meanQueue, SchedAttribute.STACKED, spread.stacked() ? 1L : 0L,
                    SchedAttribute.T_VM, tvm, SchedAttribute.SPIN, vmSpin[vm.index()]));
        }
        sim.emit(EventKind.METRIC, host.host(), Map.of(SchedAttribute.CONTEXT_SWITCHES, switches, SchedAttribute.SPIN,
                spin, SchedAttribute.LAG, host.vms().isEmpty() ? 0L : maxT - minT, SchedAttribute.SKIPS, skips,
                SchedAttribute.IPIS, ipis, SchedAttribute.LHP, lhp));
    }
}
